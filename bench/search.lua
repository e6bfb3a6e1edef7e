-- wrk script: searches with a different query each request, cycling through words and phrases of the
-- generated corpus (bench/CorpusGenerator.java): common words that match a third of the articles,
-- rare ones, two-word queries, a phrase, a filter and a second page. Repeating one query would
-- measure nothing but its most expensive or its cheapest case.
--   wrk -t2 -c32 -d20s -s bench/search.lua http://127.0.0.1:18080
dofile("bench/report.lua") -- its done() prints the RESULT line

local queries = {
  "dockworkers", "teachers strike", "nurses", "miners pay", "\"rail workers\"", "farmworkers",
  "garment workers wages", "bus drivers", "students", "tenants eviction", "delivery riders",
  "steelworkers", "health workers", "civil servants pensions", "refinery", "textile",
  "fishermen", "postal workers", "airport staff", "cleaners", "autoworkers", "port workers",
  "construction", "pensioners", "small farmers", "doctors", "university lecturers",
  "call-centre", "warehouse", "oil workers", "sugar", "tea pickers", "sanitation", "journalists",
  "municipal workers", "electricity", "finance ministry", "central bank", "parliament",
  "ruling coalition", "opposition", "employers federation", "strike committee", "IMF",
  "constitutional court", "city council", "labour ministry", "interior ministry", "army",
  "prime minister", "president", "regional governor", "electoral commission", "port authority",
  "mining company", "state oil company", "transport union", "national assembly", "senate",
  "health ministry", "denounced", "postponed", "suspended", "condemned", "strike",
  "strike&section=americas", "workers&page=2",
}
local i = 0

function request()
  i = i % #queries + 1
  local q = queries[i]:gsub(" ", "+"):gsub("\"", "%%22")
  return wrk.format("GET", "/search?q=" .. q)
end
