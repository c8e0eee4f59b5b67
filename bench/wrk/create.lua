-- wrk script: createPost (connector dialect) round-robin over CHANNEL_IDS, scheduled far in the future so
-- nothing gets published during the run. Env: API_KEY, ORG_ID, CHANNEL_IDS (comma list), SCHEDULED_AT.
local key = os.getenv("API_KEY")
local org = os.getenv("ORG_ID")
local at = os.getenv("SCHEDULED_AT") or "2030-12-03T15:00:00Z"
local channels = {}
for id in string.gmatch(os.getenv("CHANNEL_IDS"), "[^,]+") do channels[#channels + 1] = id end
local headers = { ["Authorization"] = "Bearer " .. key, ["Content-Type"] = "application/json" }
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  failed = 0
end

function request()
  counter = counter + 1
  local channel = channels[(counter % #channels) + 1]
  local body = '{"query":"mutation M($input: PostCreateInput!) { createPost(input: $input) { id } }",'
    .. '"variables":{"input":{"organizationId":"' .. org .. '","channelIds":["' .. channel .. '"],'
    .. '"text":"wrk ' .. id .. '-' .. counter .. '","scheduledAt":"' .. at .. '","status":"scheduled"}}}'
  return wrk.format("POST", "/", headers, body)
end

function response(status, hdrs, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    failed = failed + 1
    if failed <= 2 then io.stderr:write("failed: " .. status .. " " .. string.sub(body, 1, 300) .. "\n") end
  end
end

function done(summary, latency, requests)
  local f = 0
  for _, t in ipairs(threads) do f = f + t:get("failed") end
  io.write(string.format("graphql_failures %d\n", f))
end
