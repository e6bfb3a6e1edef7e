-- wrk script: searches that were never asked before, so the search answer cache never helps: two
-- words of the generated corpus (bench/CorpusGenerator.java) per query, 60 × 60 pairs walked from a
-- random start with a stride that repeats no pair within 3,600 requests of one thread.
--   wrk -t2 -c32 -d20s -s bench/search-new.lua http://127.0.0.1:18080
dofile("bench/report.lua") -- its done() prints the RESULT line

local words = {
  "workers", "dockworkers", "teachers", "nurses", "miners", "rail", "farmworkers", "garment",
  "drivers", "students", "tenants", "riders", "steelworkers", "health", "servants", "refinery",
  "textile", "fishermen", "postal", "airport", "cleaners", "autoworkers", "port", "construction",
  "pensioners", "farmers", "doctors", "lecturers", "warehouse", "oil", "sugar", "tea",
  "sanitation", "journalists", "municipal", "electricity", "government", "finance", "bank",
  "parliament", "coalition", "opposition", "employers", "union", "committee", "court", "council",
  "ministry", "army", "minister", "president", "governor", "commission", "authority", "company",
  "assembly", "senate", "strike", "wages", "pensions",
}
local n = #words
local i = 0

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  i = math.random(0, n * n - 1)
end

function request()
  i = (i + 7) % (n * n) -- 7 and 3,600 share no factor: every pair comes once per 3,600
  local a = words[i % n + 1]
  local b = words[math.floor(i / n) + 1]
  return wrk.format("GET", "/search?q=" .. a .. "+" .. b)
end
