-- wrk script: prints one machine-readable line after the run, next to wrk's own report.
--   wrk --latency -t2 -c32 -d20s -s bench/report.lua URL
-- RESULT req_s=… p50_ms=… p90_ms=… p99_ms=… max_ms=… requests=… non2xx3xx=… connect=… read=… write=… timeout=…
-- The percentiles are the ones wrk prints: wrk 4 corrects its latency histogram for coordinated
-- omission before reporting (stats_correct), adding samples for responses slower than the mean
-- interval per connection. max is the slowest response actually seen. non2xx3xx counts status >= 400.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT req_s=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f requests=%d bytes=%d"
      .. " non2xx3xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.bytes,
    e.status, e.connect, e.read, e.write, e.timeout))
end
