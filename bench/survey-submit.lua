-- wrk script for bench/survey-submit.sh and bench/survey-kill.sh: POSTs public survey responses, each with its own
-- Idempotency-Key (and no browser token, so that every request is a new browser), random answers, one of the
-- units in UNITS (comma-separated). Counts 2xx per thread; with OK_LOG=dir, every 2xx receipt id is appended to
-- dir/ok-<thread>.log at once (for the kill -9 test: these must all be stored).
local options = {"SATISFIED", "FAIRLY_SATISFIED", "BASICALLY_SATISFIED", "NOT_VERY_SATISFIED", "DISSATISFIED"}
local questions = {"content", "timeliness", "channels", "systems", "requests", "attitude", "effect"}
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
  table.insert(threads, thread)
end

function init(args)
  ok = 0
  busy = 0
  other = 0
  counter = 0
  prefix = (os.getenv("KEY_PREFIX") or tostring(os.time())) .. "-" .. tid .. "-"
  units = {}
  for u in string.gmatch(os.getenv("UNITS") or "", "[^,]+") do table.insert(units, u) end
  path = os.getenv("SUBMIT_PATH")
  math.randomseed(os.time() + tid * 7919)
  local dir = os.getenv("OK_LOG")
  if dir and dir ~= "" then log = io.open(dir .. "/ok-" .. tid .. ".log", "a") end
end

function request()
  counter = counter + 1
  local answers = {}
  local base = math.random(0, 2)
  for i, q in ipairs(questions) do
    local a = math.min(5, math.max(1, base + math.random(0, 2)))
    answers[i] = string.format('"%s":"%s"', q, options[a])
  end
  table.insert(answers, string.format('"overall-rating":%d', math.random(0, 10)))
  local body = string.format('{"unitCode":"%s","answers":{%s}}', units[(counter % #units) + 1],
    table.concat(answers, ","))
  return wrk.format("POST", path, {["Content-Type"] = "application/json",
    ["Idempotency-Key"] = prefix .. counter}, body)
end

function response(status, headers, body)
  if status == 200 or status == 201 then
    ok = ok + 1
    if log then
      log:write(string.match(body, '"id":"([^"]+)"') .. "\n")
      log:flush()
    end
  elseif status == 503 or status == 429 then
    busy = busy + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local ok_total, busy_total, other_total = 0, 0, 0
  for _, t in ipairs(threads) do
    ok_total = ok_total + t:get("ok")
    busy_total = busy_total + t:get("busy")
    other_total = other_total + t:get("other")
  end
  io.write(string.format("2xx: %d\n503/429: %d\nother status: %d\n", ok_total, busy_total, other_total))
  io.write(string.format("p50: %.1f ms\np99: %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
