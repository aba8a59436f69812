-- POST /machines: new machines with unique serial numbers, owned by one organization.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local counter = 0
local prefix

function init(args)
    prefix = tid .. "-" .. os.time()
end

function request()
    counter = counter + 1
    local body = string.format('{"customerOrganizationId":"%s","modelType":"V4.0","name":"Bench unit",'
            .. '"serialNumber":"WRK-%s-%d","location":"Pier 7"}', os.getenv("BENCH_OWNER"), prefix, counter)
    return wrk.format("POST", "/api/v1/machines", with_token({ ["Content-Type"] = "application/json" }), body)
end
