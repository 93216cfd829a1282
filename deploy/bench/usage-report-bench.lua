-- wrk script for the usage-report benchmark (docs/benchmarks.md): a different period on almost
-- every request, so that the database cannot hand back the previous identical query's result
-- (H2 reuses the last result of an identical query while no table changed).
-- Usage: TOKEN=dp_... wrk -t2 -c4 -d30s -s deploy/bench/usage-report-bench.lua http://localhost:9292
local token = os.getenv("TOKEN")
math.randomseed(os.time())
request = function()
  local from = string.format("2025-%02d", math.random(1, 12))
  local to = string.format("2026-%02d", math.random(1, 11))
  return wrk.format("GET", "/api/reports/usage?from=" .. from .. "&to=" .. to,
    { ["Authorization"] = "Bearer " .. token })
end
