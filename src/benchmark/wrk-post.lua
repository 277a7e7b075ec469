-- wrk script of the benchmark (run-benchmark.sh): POSTs one fixed body and prints one machine-readable line.
-- Arguments after "--": <body file> <readings> [<headers file>]
--   readings > 0: the body file is a {"readings":[...]} request; its first reading is repeated <readings> times
--                 (whitespace dropped: the samples have none inside strings);
--   readings = 0: the body file is sent byte for byte (CloudEvents).
--   headers file: "Name: value" lines (binary-mode CloudEvents); default Content-Type application/json.
-- wrk itself counts answers with status > 399 in errors.status: the harness requires 0.

local function slurp(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

function init(args)
  local n = tonumber(args[2] or "1")
  local raw = slurp(args[1])
  if n > 0 then
    local readings = raw:gsub("%s+", ""):match('^{"readings":%[(.-})[,%]]')
    local parts = {}
    for i = 1, n do parts[i] = readings end
    wrk.body = '{"readings":[' .. table.concat(parts, ",") .. ']}'
  else
    wrk.body = raw
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  if args[3] and args[3] ~= "" then
    for line in slurp(args[3]):gmatch("[^\r\n]+") do
      local name, value = line:match("^([^:]+):%s*(.-)%s*$")
      if name then wrk.headers[name] = value end
    end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d p999_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    latency:percentile(99.9), e.status, e.connect + e.read + e.write + e.timeout))
end
