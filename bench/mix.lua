-- wrk script: cycles through the paths given after "--", for warming up every page at once.
--   wrk -t2 -c32 -d10s -s bench/mix.lua http://127.0.0.1:18080 -- / /americas /americas?page=50
local paths = {}
local i = 0

function init(args)
  for _, path in ipairs(args) do
    paths[#paths + 1] = path
  end
  if #paths == 0 then
    paths[1] = "/"
  end
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
