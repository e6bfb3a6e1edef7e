-- wrk script for bench/soak.sh: cycles through the paths given after "--"; a path written
-- "PATH|ETAG" is asked conditionally (If-None-Match: ETAG, so a 304 is the answer expected).
--   wrk -t2 -c8 -d30s -s bench/soak.lua http://127.0.0.1:18080 -- / /americas '/|"abc"' /no-such-page
-- After the run it prints one line, summed over the threads:
--   SOAK requests=… ok=… not_modified=… redirects=… not_found=… errors=… connect=… read=… write=… timeout=…
-- ok: 2xx, not_modified: 304, redirects: other 3xx, not_found: 404 (the mix asks for one on purpose),
-- errors: any other status (a 5xx, a 4xx but 404). Socket errors are wrk's own counts.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local requests = {}
local i = 0
ok, not_modified, redirects, not_found, errors = 0, 0, 0, 0, 0

function init(args)
  for _, arg in ipairs(args) do
    local path, etag = arg:match("^(.-)|(.+)$")
    if path then
      requests[#requests + 1] = wrk.format("GET", path, { ["If-None-Match"] = etag })
    else
      requests[#requests + 1] = wrk.format("GET", arg)
    end
  end
  if #requests == 0 then
    requests[1] = wrk.format("GET", "/")
  end
end

function request()
  i = i % #requests + 1
  return requests[i]
end

function response(status, headers, body)
  if status == 304 then
    not_modified = not_modified + 1
  elseif status >= 200 and status < 300 then
    ok = ok + 1
  elseif status >= 300 and status < 400 then
    redirects = redirects + 1
  elseif status == 404 then
    not_found = not_found + 1
  else
    errors = errors + 1
  end
end

function done(summary, latency, reqs)
  local t = { ok = 0, not_modified = 0, redirects = 0, not_found = 0, errors = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do
      t[k] = t[k] + thread:get(k)
    end
  end
  local e = summary.errors
  io.write(string.format(
    "SOAK requests=%d ok=%d not_modified=%d redirects=%d not_found=%d errors=%d"
      .. " connect=%d read=%d write=%d timeout=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, t.ok, t.not_modified, t.redirects, t.not_found, t.errors,
    e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
