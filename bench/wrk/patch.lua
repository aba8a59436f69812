-- PATCH /machines/{id} with If-Match. Each thread patches its own slice of machines in turn, so no
-- two requests race for one machine; the bench script resets their versions to 0 before each run,
-- so the version a machine is at is how often this run has patched it.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local mine = {}
local patched = {}
local next_one = 0
-- Before the run wrk calls request() once on its first thread to check the script, and never sends
-- that request; counted, its machine's next PATCH named a version one ahead and got 412.
local unsent = 0

function init(args)
    local threads = tonumber(os.getenv("BENCH_THREADS"))
    for i, id in ipairs(read_ids()) do
        if i % threads == tid - 1 then
            mine[#mine + 1] = id
        end
    end
    if tid == 1 then
        unsent = 1
    end
end

function request()
    next_one = next_one % #mine + 1
    local id = mine[next_one]
    local version = patched[id] or 0
    if unsent > 0 then
        unsent = unsent - 1
    else
        patched[id] = version + 1
    end
    return wrk.format("PATCH", "/api/v1/machines/" .. id,
            with_token({ ["Content-Type"] = "application/merge-patch+json", ["If-Match"] = '"' .. version .. '"' }),
            '{"notes":"Checked by the benchmark","status":"maintenance"}')
end
