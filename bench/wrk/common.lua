-- Shared by the wrk scripts: a number per thread, the machine ids sampled by the bench script, and
-- the bearer token every request carries (the floor ignores it; its bytes are on the wire alike).
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("tid", threads)
end

function read_ids()
    local ids = {}
    for line in io.lines(os.getenv("BENCH_IDS")) do
        ids[#ids + 1] = line
    end
    return ids
end

wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

-- The headers given, and the token.
function with_token(headers)
    headers["Authorization"] = wrk.headers["Authorization"]
    return headers
end
