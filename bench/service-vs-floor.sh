#!/usr/bin/env bash
# The service against the best that could be done, in one run on one machine: for each operation,
# its throughput and p99 under wrk beside the floor's (bench/floor: the same requests on the same
# Spring Boot with nothing but the framework and one statement each), beside the standard secured
# app's (bench/standard: the floor's code with Spring Boot's OAuth2 resource server and actuator at
# their defaults) and beside pgbench running the fewest statements that give the answer; then the
# cost of verifying tokens, of tracing and of metrics, the start, the memory, and one line per goal
# saying met or not. Builds nothing: run ./mvnw package first.
#
# Usage: bench/service-vs-floor.sh        (see bench/README.md for the settings)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR="$(pwd)/bench"
export BENCH_DIR

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-}"
DATABASE="${BENCH_DATABASE:-abparts_bench}"
MACHINES="${BENCH_MACHINES:-1000000}"
WARMUP="${BENCH_WARMUP:-60}"            # seconds of load per application before measuring, shared by the operations
DURATION="${BENCH_DURATION:-20}"        # seconds per measurement
REPEATS="${BENCH_REPEATS:-2}"           # measurements per operation and side; the table shows the best of each
COST_ROUNDS="${BENCH_COST_ROUNDS:-24}"  # rounds of GET against the service with and without tracing and metrics
COST_DURATION="${BENCH_COST_DURATION:-4}" # seconds per side and round
CONCURRENCY="${BENCH_CONCURRENCY:-32}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}"
THREADS=2
SERVICE_PORT=18080 UNCACHED_PORT=18090 FLOOR_PORT=18100 STANDARD_PORT=18140
# Two starts each of the service as shipped, untraced and unobserved: the port of the first, the second's is 50 above.
SHIPPED_PORT=18130 UNTRACED_PORT=18110 UNOBSERVED_PORT=18120 COPIES="1 2"
JAR=api/target/api.jar
FLOOR_JAR=bench/floor/target/floor.jar
STANDARD_JAR=bench/standard/target/standard.jar
MIGRATIONS=migrations/target/migrations.jar
WORK="$BENCH_DIR/work"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

for tool in psql pgbench wrk curl openssl "$JAVA" $([ "${BENCH_PROFILE:-0}" = 1 ] && echo python3); do
    command -v "$tool" >/dev/null || { echo "missing: $tool (see bench/README.md)" >&2; exit 1; }
done
[ -f "$JAR" ] && [ -f "$FLOOR_JAR" ] && [ -f "$STANDARD_JAR" ] && [ -f "$MIGRATIONS" ] || { echo "build first: ./mvnw package" >&2; exit 1; }
java_major=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
[ "$java_major" -ge 25 ] || { echo "needs JDK 25 or newer for the AOT cache (JAVA_HOME); this is $java_major" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK"
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE"
log() { printf '[bench] %s\n' "$*" >&2; }

log "seeding $MACHINES machines into $DATABASE"
dropdb --if-exists --force "$DATABASE" 2>/dev/null
createdb "$DATABASE"
"$JAVA" -jar "$MIGRATIONS" --url="$URL" --username="$PGUSER" --password="$PGPASSWORD" update >"$WORK/migrate.log" 2>&1
psql -q -v ON_ERROR_STOP=1 -v machines="$MACHINES" -d "$DATABASE" -f "$BENCH_DIR/seed.sql"
psql -q -d "$DATABASE" -c "VACUUM ANALYZE"
SAMPLED="SELECT md5('m' || n)::uuid AS id FROM generate_series(1, $MACHINES, greatest($MACHINES / 20000, 1)) AS n"
psql -At -d "$DATABASE" -c "$SAMPLED" >"$WORK/ids.txt"
PROBE_ID=$(head -1 "$WORK/ids.txt")
export BENCH_IDS="$WORK/ids.txt" BENCH_THREADS=$THREADS
export BENCH_OWNER
BENCH_OWNER=$(psql -At -d "$DATABASE" -c "SELECT md5('o1')::uuid")

# A key of the benchmark's own and a token it signs, for a caller who may do everything; the
# service trusts that key alone (public-key-location), so no identity provider runs beside it.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/token-key.pem" 2>/dev/null
openssl pkey -in "$WORK/token-key.pem" -pubout -out "$WORK/token-key.pub.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
signing_input="$(printf '{"alg":"RS256","typ":"JWT"}' | b64url).$(printf '{"sub":"bench-operator","aud":"abparts-machines","roles":["super_admin"],"iat":%d,"exp":%d}' \
    "$now" $(( now + 4 * 3600 )) | b64url)"
BENCH_TOKEN="$signing_input.$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$WORK/token-key.pem" -binary | b64url)"
export BENCH_TOKEN

declare -A pid
# Each runs its command in place of the shell it is called in (exec), so that a background start's
# $! is the JVM's process.
service_env() { # port, management port, [NAME=value...] -- command...
    local port="$1" management="$2" settings=()
    shift 2
    while [ "$1" != -- ]; do settings+=("$1"); shift; done
    shift
    exec env SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
        SERVER_PORT="$port" MANAGEMENT_SERVER_PORT="$management" SPRING_LIQUIBASE_ENABLED=false \
        ABPARTS_API_CURSOR_SECRET="benchmark-cursor-secret-0123456789abcdef" \
        SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION="file:$WORK/token-key.pub.pem" \
        SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES=abparts-machines "${settings[@]}" "$@"
}
floor_env() { # port -- command...
    local port="$1"
    shift 2
    exec env SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
        SERVER_PORT="$port" "$@"
}
# The standard secured app: the floor, which checks the same token the service does the standard way
# (signature, expiry, audience), with every other setting at Spring Boot's default.
standard_env() { # port -- command...
    local port="$1"
    shift 2
    exec env SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
        SERVER_PORT="$port" SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION="file:$WORK/token-key.pub.pem" \
        SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES=abparts-machines "$@"
}
first_200_ms=""
start() { # name, port, log file, command...; waits for the first 200 of GET /machines/{id}, sets first_200_ms
    local name="$1" port="$2" logfile="$3" started
    shift 3
    started=$(date +%s%N)
    "$@" >"$logfile" 2>&1 &
    pid[$name]=$!
    until curl -sf -o /dev/null -H "Authorization: Bearer $BENCH_TOKEN" "127.0.0.1:$port/api/v1/machines/$PROBE_ID"; do
        kill -0 "${pid[$name]}" 2>/dev/null || { echo "$name exited; see $logfile" >&2; exit 1; }
        sleep 0.02
    done
    first_200_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop() { # name
    if [ -n "${pid[$1]:-}" ]; then kill "${pid[$1]}" 2>/dev/null; wait "${pid[$1]}" 2>/dev/null || true; unset "pid[$1]"; fi
}
trap 'for name in "${!pid[@]}"; do stop "$name"; done' EXIT

# The service the production way (docs/operations.md, "Running it fast"): the extracted jar, Spring's
# build-time bean definitions and the JDK's AOT cache, recorded by a run that stops after the refresh.
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/api" >/dev/null
log "recording the AOT cache"
(service_env 0 0 -- "$JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$WORK/api.aot" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
    -Dspring.datasource.url=jdbc:postgresql://aot-training.invalid/none -jar "$WORK/api/api.jar") >"$WORK/aot-training.log" 2>&1 \
    || { echo "the AOT cache recording failed; see $WORK/aot-training.log" >&2; exit 1; }
PRODUCTION=(-XX:AOTCache="$WORK/api.aot" -Dspring.aot.enabled=true -jar "$WORK/api/api.jar")

log "starting each application three times"
start_jar=() start_production=() start_floor=()
for i in 1 2 3; do
    start service "$SERVICE_PORT" "$WORK/start-jar-$i.log" service_env "$SERVICE_PORT" 18081 -- "$JAVA" $JAVA_OPTS -jar "$JAR"
    start_jar+=("$first_200_ms"); stop service
    start service "$SERVICE_PORT" "$WORK/start-production-$i.log" service_env "$SERVICE_PORT" 18081 -- "$JAVA" $JAVA_OPTS "${PRODUCTION[@]}"
    start_production+=("$first_200_ms"); stop service
    start floor "$FLOOR_PORT" "$WORK/start-floor-$i.log" floor_env "$FLOOR_PORT" -- "$JAVA" $JAVA_OPTS -jar "$FLOOR_JAR"
    start_floor+=("$first_200_ms"); stop floor
done
# A cache the JVM refuses (other flags, other jars) costs only a log line; it must not go unnoticed.
! grep -l '\[aot\]' "$WORK"/start-production-*.log || { echo "the JVM did not take the AOT cache as recorded" >&2; exit 1; }

log "starting the service, the service without its token cache, the floor and the standard secured app"
start service "$SERVICE_PORT" "$WORK/service.log" service_env "$SERVICE_PORT" 18081 -- "$JAVA" $JAVA_OPTS "${PRODUCTION[@]}"
start uncached "$UNCACHED_PORT" "$WORK/uncached.log" service_env "$UNCACHED_PORT" 18091 ABPARTS_SECURITY_TOKEN_CACHE_CAPACITY=0 -- \
    "$JAVA" $JAVA_OPTS "${PRODUCTION[@]}"
start floor "$FLOOR_PORT" "$WORK/floor.log" floor_env "$FLOOR_PORT" -- "$JAVA" $JAVA_OPTS -jar "$FLOOR_JAR"
start standard "$STANDARD_PORT" "$WORK/standard.log" standard_env "$STANDARD_PORT" -- "$JAVA" $JAVA_OPTS -jar "$STANDARD_JAR"
# The standard app is secured, or it is the floor again: without a token it answers 401.
[ "$(curl -s -o /dev/null -w '%{http_code}' "127.0.0.1:$STANDARD_PORT/api/v1/machines/$PROBE_ID")" = 401 ] \
    || { echo "the standard secured app answers without a token; see $WORK/standard.log" >&2; exit 1; }

# All sides answer alike, or the comparison is void: the same machine, with its owner's name.
for port in $SERVICE_PORT $FLOOR_PORT $STANDARD_PORT; do
    curl -sf -H "Authorization: Bearer $BENCH_TOKEN" "127.0.0.1:$port/api/v1/machines/$PROBE_ID" >"$WORK/probe-$port.json"
    grep -q "\"name\":\"Bench organization" "$WORK/probe-$port.json" \
        || { echo "the application on $port answers no owner: $(cat "$WORK/probe-$port.json")" >&2; exit 1; }
done

# The deep page starts after DEPTH machines (20,000 by default), reached on each side by following its cursors.
DEPTH=$(( MACHINES / 2 < 20000 ? MACHINES / 2 / 500 * 500 : 20000 ))
deep_cursor() { # port
    local cursor="" url="/api/v1/machines?limit=500"
    for _ in $(seq 1 $(( DEPTH / 500 ))); do
        cursor=$(curl -sf -H "Authorization: Bearer $BENCH_TOKEN" "127.0.0.1:$1$url" | sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p')
        url="/api/v1/machines?limit=500&cursor=$cursor"
    done
    echo "$cursor"
}
declare -A deep
deep[service]=$(deep_cursor $SERVICE_PORT)
deep[floor]=$(deep_cursor $FLOOR_PORT)
deep[standard]=$(deep_cursor $STANDARD_PORT)
[ -n "${deep[service]}" ] && [ -n "${deep[floor]}" ] && [ -n "${deep[standard]}" ] || { echo "no cursor $DEPTH machines deep" >&2; exit 1; }
deep_position=$(psql -At -F'|' -d "$DATABASE" -c "SELECT created_at, id FROM machines ORDER BY created_at DESC, id DESC OFFSET $(( DEPTH - 1 )) LIMIT 1")
DEEP_CREATED_AT="${deep_position%%|*}" DEEP_ID="${deep_position##*|}"

declare -A port=([service]=$SERVICE_PORT [uncached]=$UNCACHED_PORT [floor]=$FLOOR_PORT [standard]=$STANDARD_PORT)
cost_sides=()
for copy in $COPIES; do
    offset=$(( (copy - 1) * 50 ))
    port[shipped$copy]=$(( SHIPPED_PORT + offset )) port[untraced$copy]=$(( UNTRACED_PORT + offset )) port[unobserved$copy]=$(( UNOBSERVED_PORT + offset ))
    cost_sides+=("shipped$copy" "untraced$copy" "unobserved$copy")
done
wrk_args() { # side, operation -> wrk's script and URL
    local base="http://127.0.0.1:${port[$1]}"
    case "$2" in
        get) echo "-s $BENCH_DIR/wrk/get.lua $base" ;;
        list-first) echo "-s $BENCH_DIR/wrk/list.lua $base/api/v1/machines?limit=50" ;;
        list-deep) echo "-s $BENCH_DIR/wrk/list.lua $base/api/v1/machines?limit=50&cursor=${deep[$1]:-${deep[service]}}" ;;
        post) echo "-s $BENCH_DIR/wrk/post.lua $base" ;;
        patch) echo "-s $BENCH_DIR/wrk/patch.lua $base" ;;
    esac
}
# The versions the PATCH script names start at 0 for each run.
reset_patched_versions() { psql -q -d "$DATABASE" -c "UPDATE machines SET version = 0 WHERE id IN ($SAMPLED)"; }

log "warming up, ${WARMUP}s per application"
# Every operation's code path gets its share: a path the JIT has not compiled yet runs slower.
warm=$(( WARMUP / 5 > 1 ? WARMUP / 5 : 1 ))
for side in service floor standard; do
    for operation in get list-first list-deep post patch; do
        [ "$operation" = patch ] && reset_patched_versions
        # shellcheck disable=SC2046 # wrk_args is words
        wrk -t$THREADS -c"$CONCURRENCY" -d${warm}s $(wrk_args $side $operation) >/dev/null
    done
done
# shellcheck disable=SC2046
wrk -t$THREADS -c"$CONCURRENCY" -d$(( 2 * warm ))s $(wrk_args uncached get) >/dev/null

# The machines the warm-up and the write runs create are the newest; left there, the first page
# would show wrk's, all of one owner, against the deep page's 50 owners.
remove_benchmark_machines() {
    psql -q -d "$DATABASE" -c "DELETE FROM machines WHERE serial_number LIKE 'WRK-%' OR serial_number LIKE 'PGB-%'"
    psql -q -d "$DATABASE" -c "VACUUM ANALYZE machines"
}

to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }'; }
run_wrk() { # side, operation -> "rps p99 errors"
    [ "$2" = patch ] && reset_patched_versions
    # shellcheck disable=SC2046
    wrk -t$THREADS -c"$CONCURRENCY" -d"${DURATION}s" --latency $(wrk_args "$1" "$2") >"$WORK/wrk.out"
    local rps p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out")
    p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.out" | to_ms)
    errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$WORK/wrk.out")
    echo "$rps $p99 ${errors:-0}"
}
run_pgbench() { # operation -> tps
    pgbench -n -M prepared -c "$CONCURRENCY" -j $THREADS -T "$DURATION" -D machines="$MACHINES" \
        -D deep_created_at="$DEEP_CREATED_AT" -D deep_id="$DEEP_ID" -f "$BENCH_DIR/pgbench/$1.sql" "$DATABASE" 2>&1 \
        | awk '/^tps = / {print $3}'
}
better() { awk -v a="$1" -v b="${2:-0}" 'BEGIN { exit !(a > b) }'; }

# Sides take turns within each repeat, so that all see the same state of the machine.
declare -A rps p99 errors tps
for group in get list post patch; do
    case "$group" in list) operations="list-first list-deep"; remove_benchmark_machines ;; *) operations="$group" ;; esac
    for repeat in $(seq 1 "$REPEATS"); do
        for operation in $operations; do
            sides="service floor standard"; [ "$operation" = get ] && sides="service uncached floor standard"
            for side in $sides; do
                log "$operation, $side, run $repeat"
                read -r r p e < <(run_wrk "$side" "$operation")
                if better "$r" "${rps[$side $operation]:-}"; then rps[$side $operation]=$r p99[$side $operation]=$p errors[$side $operation]=$e; fi
            done
            log "$operation, pgbench, run $repeat"
            t=$(run_pgbench "$operation") || { echo "pgbench failed on $operation" >&2; exit 1; }
            if better "$t" "${tps[$operation]:-}"; then tps[$operation]=$t; fi
        done
    done
done
rss_standard=$(( $(ps -o rss= -p "${pid[standard]}") / 1024 ))
# Their pools would pass PostgreSQL's 100 connections beside the six that follow.
stop uncached; stop standard
log "starting the service as shipped, untraced and unobserved, twice each"
# Started only now: their pools beside pgbench's connections would pass PostgreSQL's 100.
# What tracing and metrics cost, from three services started alike with java -jar (Spring's build-time
# bean definitions fix which auto-configurations apply, so the production way cannot leave one out):
# as shipped; without tracing (no tracer, no exemplars, so no span of any kind), the observations
# still timing every request; and without any observation, so no timer either.
UNTRACED=(SPRING_AUTOCONFIGURE_EXCLUDE="$(printf '%s,' \
    org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration \
    org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration \
    org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration \
    org.springframework.boot.micrometer.tracing.autoconfigure.prometheus.PrometheusExemplarsAutoConfiguration)")
# Each is started twice: two starts of one jar differ by a few per cent for as long as they run (the
# JIT compiles each its own way), as much as the costs measured, so each side's throughput is the sum
# of its two.
for copy in $COPIES; do
    offset=$(( (copy - 1) * 50 ))
    start "shipped$copy" $(( SHIPPED_PORT + offset )) "$WORK/shipped$copy.log" service_env $(( SHIPPED_PORT + offset )) $(( SHIPPED_PORT + offset + 1 )) -- \
        "$JAVA" $JAVA_OPTS -jar "$JAR"
    start "untraced$copy" $(( UNTRACED_PORT + offset )) "$WORK/untraced$copy.log" service_env $(( UNTRACED_PORT + offset )) $(( UNTRACED_PORT + offset + 1 )) \
        "${UNTRACED[@]}" -- "$JAVA" $JAVA_OPTS -jar "$JAR"
    start "unobserved$copy" $(( UNOBSERVED_PORT + offset )) "$WORK/unobserved$copy.log" service_env $(( UNOBSERVED_PORT + offset )) $(( UNOBSERVED_PORT + offset + 1 )) \
        "${UNTRACED[@]}" MANAGEMENT_OBSERVATIONS_ENABLE_ALL=false -- "$JAVA" $JAVA_OPTS -jar "$JAR"
    # The untraced service must have no tracer, or its cost compares the service with itself.
    ! curl -sf -D - -o /dev/null -H "Authorization: Bearer $BENCH_TOKEN" "127.0.0.1:$(( UNTRACED_PORT + offset ))/api/v1/machines/$PROBE_ID" \
        | grep -qi '^traceresponse' || { echo "the untraced service still traces; see $WORK/untraced$copy.log" >&2; exit 1; }
done
for side in "${cost_sides[@]}"; do
    # shellcheck disable=SC2046
    wrk -t$THREADS -c"$CONCURRENCY" -d"${WARMUP}s" $(wrk_args "$side" get) >/dev/null
done
# A few per cent is less than this machine's noise between runs, which comes and goes over tens of
# seconds (other machines' load on the same cores): each round measures the six services back to
# back for a few seconds each (in turns, so that none is always first), and the cost is the median
# of many rounds' ratios.
tracing_costs=() metrics_costs=() rps_costs=""
cost() { awk -v with="$1" -v without="$2" 'BEGIN { printf "%.1f", 100 * (1 - with / without) }'; }
order=("${cost_sides[@]}")
for round in $(seq 1 "$COST_ROUNDS"); do
    declare -A round_rps=([shipped]=0 [untraced]=0 [unobserved]=0) round_detail=()
    for side in "${order[@]}"; do
        log "get, $side, cost round $round"
        read -r r _ _ < <(DURATION=$COST_DURATION run_wrk "$side" get)
        round_rps[${side%[0-9]}]=$(awk -v a="${round_rps[${side%[0-9]}]}" -v b="$r" 'BEGIN { printf "%.2f", a + b }')
        round_detail[$side]=$r
    done
    order=("${order[@]:1}" "${order[0]}")
    tracing_costs+=("$(cost "${round_rps[shipped]}" "${round_rps[untraced]}")")
    metrics_costs+=("$(cost "${round_rps[untraced]}" "${round_rps[unobserved]}")")
    rps_costs+="  round $round: as shipped ${round_detail[shipped1]} + ${round_detail[shipped2]}, untraced ${round_detail[untraced1]} + ${round_detail[untraced2]}, unobserved ${round_detail[unobserved1]} + ${round_detail[unobserved2]} req/s"$'\n'
done
rss() { echo $(( $(ps -o rss= -p "${pid[$1]}") / 1024 )); }
rss_service=$(rss service) rss_floor=$(rss floor)

# With BENCH_PROFILE=1, one more GET run per side under JFR, after the measurements, so that the
# recording costs them nothing; bench/jfr-breakdown.py says where each side's CPU went.
declare -A recorded
if [ "${BENCH_PROFILE:-0}" = 1 ]; then
    for side in service floor; do
        log "get, $side, recorded by JFR"
        "${JAVA%java}jcmd" "${pid[$side]}" JFR.start name=bench settings=profile filename="$WORK/$side.jfr" >/dev/null
        # shellcheck disable=SC2046
        recorded[$side]=$(wrk -t$THREADS -c"$CONCURRENCY" -d"${DURATION}s" $(wrk_args $side get) | awk '/requests in/ {print $1}')
        "${JAVA%java}jcmd" "${pid[$side]}" JFR.stop name=bench >/dev/null
    done
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
printf '\nABParts Machines against its floor — %s, %s cores, JDK %s, PostgreSQL %s, %s machines, wrk at %s connections, commit %s\n' \
    "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" "$java_major" "$(psql -At -d postgres -c 'SHOW server_version' | cut -d' ' -f1)" \
    "$MACHINES" "$CONCURRENCY" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
printf '%-10s %13s %7s %11s %7s %14s %7s %11s %13s %16s %13s %6s\n' operation "service req/s" "p99 ms" "floor req/s" "p99 ms" \
    "standard req/s" "p99 ms" "pgbench tps" "service/floor" "service/standard" "floor/pgbench" errors
for operation in get list-first list-deep post patch; do
    printf '%-10s %13.0f %7s %11.0f %7s %14.0f %7s %11.0f %13s %16s %13s %6s\n' "$operation" "${rps[service $operation]}" "${p99[service $operation]}" \
        "${rps[floor $operation]}" "${p99[floor $operation]}" "${rps[standard $operation]}" "${p99[standard $operation]}" "${tps[$operation]}" \
        "$(ratio "${rps[service $operation]}" "${rps[floor $operation]}")" "$(ratio "${rps[service $operation]}" "${rps[standard $operation]}")" \
        "$(ratio "${rps[floor $operation]}" "${tps[$operation]}")" \
        "$(( ${errors[service $operation]} + ${errors[floor $operation]} + ${errors[standard $operation]} ))"
done
verification_cost=$(awk -v cached="${rps[service get]}" -v uncached="${rps[uncached get]}" 'BEGIN { printf "%.1f", 100 * (1 - uncached / cached) }')
printf 'token verification: GET by id %.0f req/s with verified tokens remembered, %.0f req/s verifying each (p99 %s ms), %s %% of throughput\n' \
    "${rps[service get]}" "${rps[uncached get]}" "${p99[uncached get]}" "$verification_cost"
tracing_cost=$(median "${tracing_costs[@]}") metrics_cost=$(median "${metrics_costs[@]}")
printf 'observability, GET by id in %s rounds, two starts of each: as shipped (tracing at sampling 0.1, metrics), untraced, and with no observation at all\n%s' \
    "$COST_ROUNDS" "$rps_costs"
printf '  tracing costs %s %% of throughput (median; rounds %s), metrics %s %% (rounds %s)\n' \
    "$tracing_cost" "${tracing_costs[*]}" "$metrics_cost" "${metrics_costs[*]}"
printf 'JVM options: %s\n' "$JAVA_OPTS"
printf 'start to the first 200 of GET /machines/{id}, ms (median of 3): service java -jar %s (%s), service the production way %s (%s), floor java -jar %s (%s)\n' \
    "$(median "${start_jar[@]}")" "${start_jar[*]}" "$(median "${start_production[@]}")" "${start_production[*]}" \
    "$(median "${start_floor[@]}")" "${start_floor[*]}"
printf 'resident memory after the load: service %s MB, floor %s MB, standard secured app %s MB\n' "$rss_service" "$rss_floor" "$rss_standard"

if [ "${BENCH_PROFILE:-0}" = 1 ]; then
    JFR="${JAVA%java}jfr" python3 "$BENCH_DIR/jfr-breakdown.py" service="$WORK/service.jfr:${recorded[service]}" floor="$WORK/floor.jfr:${recorded[floor]}"
fi

goal() { # description, value, comparison, bound
    local verdict=met
    awk -v v="$2" -v b="$4" -v op="$3" 'BEGIN { exit !((op == ">=") ? v >= b : v <= b) }' || verdict="NOT met"
    printf 'goal: %-58s %8s %s %-6s %s\n' "$1" "$2" "$3" "$4" "$verdict"
}
# Throughput: within reach of the bare framework, and well ahead of what the standard way gives.
for operation in get list-first list-deep post; do
    case "$operation" in get) name="GET by id" ;; list-first) name="first page" ;; list-deep) name="page $DEPTH deep" ;; post) name="POST" ;; esac
    goal "$name, service/floor throughput" "$(ratio "${rps[service $operation]}" "${rps[floor $operation]}")" ">=" 0.80
    goal "$name, service/standard throughput" "$(ratio "${rps[service $operation]}" "${rps[standard $operation]}")" ">=" 1.40
done
goal "PATCH, service/floor throughput" "$(ratio "${rps[service patch]}" "${rps[floor patch]}")" ">=" 0.60
goal "start the production way, ms" "$(median "${start_production[@]}")" "<=" 3000
goal "start with java -jar, service/floor" "$(ratio "$(median "${start_jar[@]}")" "$(median "${start_floor[@]}")")" "<=" 1.50
goal "service resident memory after the load, MB" "$rss_service" "<=" 400
goal "tracing's cost, % of GET throughput" "$tracing_cost" "<=" 5
goal "metrics' cost, % of GET throughput" "$metrics_cost" "<=" 5
goal "answers other than 2xx" "$(( ${errors[service get]} + ${errors[service list-first]} + ${errors[service list-deep]} + ${errors[service post]} + ${errors[service patch]} ))" "<=" 0
