-- GET /machines/{id} over random machines of the dataset.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local ids

function init(args)
    math.randomseed(os.time() * 1000 + tid)
    ids = read_ids()
end

function request()
    return wrk.format("GET", "/api/v1/machines/" .. ids[math.random(#ids)])
end
