-- Shared by the wrk scripts: a number per thread, and the machine ids sampled by the bench script.
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
