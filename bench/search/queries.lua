-- wrk script: cycles through QUERIES (one per line) against PATH?q=…, and prints p50/p95/p99 latency at the end.
local queries = {}
local path = os.getenv("SEARCH_PATH") or "/api/v1/search"
for line in io.lines(os.getenv("QUERIES")) do
  queries[#queries + 1] = line:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)
end
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", path .. "?q=" .. queries[i])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %s requests=%d non2xx=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f rps=%.0f\n", path,
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
