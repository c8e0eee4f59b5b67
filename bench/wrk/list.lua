-- wrk script: posts listing (connector dialect), first FIRST (25) scheduled posts, optionally after AFTER (a cursor).
-- Env: API_KEY, ORG_ID, FIRST, AFTER.
local key = os.getenv("API_KEY")
local org = os.getenv("ORG_ID")
local first = os.getenv("FIRST") or "25"
local after = os.getenv("AFTER")
local threads = {}
local cursor = ""
if after and after ~= "" then cursor = ',"after":"' .. after .. '"' end
wrk.method = "POST"
wrk.path = "/"
wrk.headers["Authorization"] = "Bearer " .. key
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"query P($input: PostsInput!) { posts(input: $input) { edges { node { id status text scheduledAt } }'
  .. ' pageInfo { hasNextPage endCursor } } }","variables":{"input":{"organizationId":"' .. org
  .. '","status":["scheduled"],"first":' .. first .. cursor .. '}}}'

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  failed = 0
end

function response(status, hdrs, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) or not string.find(body, '"edges"', 1, true) then
    failed = failed + 1
    if failed <= 2 then io.stderr:write("failed: " .. status .. " " .. string.sub(body, 1, 300) .. "\n") end
  end
end

function done(summary, latency, requests)
  local f = 0
  for _, t in ipairs(threads) do f = f + t:get("failed") end
  io.write(string.format("graphql_failures %d\n", f))
end
