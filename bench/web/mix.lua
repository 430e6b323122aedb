-- The request mix of the load test: profiles, pairs, vote searches and statement comparisons, in turn.
local paths = {
  "/api/states/KAZ/profile?years=2010-2023&replicates=0",
  "/api/states/UZB/profile",
  "/api/pairs/KAZ/RUS?by=year&replicates=0",
  "/api/pairs/TKM/CHN",
  "/api/votes?q=ES-11",
  "/api/votes?q=nuclear&states=KAZ,RUS,USA",
  "/api/compare?docs=c5plus1-samarkand,c5plus1-new-york-declaration",
  "/api/states/KGZ/ties",
  "/states/TJK",
  "/",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d timeouts=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.errors.status, summary.errors.timeout, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
