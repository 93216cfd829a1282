-- wrk script for deploy/bench/portal-streaming-bench.sh.
--
-- BENCH_MODE=get (default): the URL given to wrk is requested as it is (key, playlist).
-- BENCH_MODE=heartbeat: POST /api/playback/sessions/<id>/heartbeat with a JSON body and
--   "Authorization: Bearer <secret>"; the URL given to wrk supplies only scheme, host and port.
--   BENCH_SESSION_IDS and BENCH_BEARERS are comma-separated lists of equal length: wrk thread n
--   (counting from 1) uses session n and API token n, wrapping around when there are more
--   threads than sessions. With one session every thread and connection renews the same one.
--
-- In both modes every response's status is counted, and the counts are printed at the end as
-- "status <code> <count>" lines, so a run shows that its responses were 200s and not merely
-- "not 4xx/5xx" (which is all wrk itself reports).

local mode = os.getenv("BENCH_MODE") or "get"

local function split(list)
   local items = {}
   for item in string.gmatch(list or "", "[^,]+") do
      table.insert(items, item)
   end
   return items
end

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_number", #threads)
end

function init(args)
   statuses = {}
   if mode == "heartbeat" then
      local sessions = split(os.getenv("BENCH_SESSION_IDS"))
      local bearers = split(os.getenv("BENCH_BEARERS"))
      if #sessions == 0 or #sessions ~= #bearers then
         error("BENCH_MODE=heartbeat needs BENCH_SESSION_IDS and BENCH_BEARERS of equal length")
      end
      local n = (thread_number - 1) % #sessions + 1
      wrk.method = "POST"
      wrk.path = "/api/playback/sessions/" .. sessions[n] .. "/heartbeat"
      wrk.body = '{"secondsWatched":1,"position":10}'
      wrk.headers["Content-Type"] = "application/json"
      wrk.headers["Accept"] = "application/json"
      wrk.headers["Authorization"] = "Bearer " .. bearers[n]
   end
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local total = {}
   for _, thread in ipairs(threads) do
      for code, count in pairs(thread:get("statuses")) do
         total[code] = (total[code] or 0) + count
      end
   end
   local codes = {}
   for code in pairs(total) do
      table.insert(codes, code)
   end
   table.sort(codes)
   for _, code in ipairs(codes) do
      io.write(string.format("status %d %d\n", code, total[code]))
   end
end
