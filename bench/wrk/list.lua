-- GET of the page wrk is given (its URL's path and query), with the token.
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
