#!/usr/bin/env bash
# Measures what the service adds on top of PostgreSQL: for each operation, the API's throughput under
# wrk against pgbench running the same SQL (prepared) at the same concurrency, in the same run on
# the same machine, and their ratio; plus the time from JVM start to ready, as built and with
# Spring's AOT and the JDK's AOT cache, and the resident memory after the load.
# Builds nothing: run ./mvnw package first.
#
# Usage: bench/api-vs-postgres.sh        (see bench/README.md for the settings)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR="$(pwd)/bench"
export BENCH_DIR

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-}"
DATABASE="${BENCH_DATABASE:-abparts_bench}"
MACHINES="${BENCH_MACHINES:-1000000}"
WARMUP="${BENCH_WARMUP:-60}"            # seconds of mixed load before measuring
DURATION="${BENCH_DURATION:-20}"        # seconds per measurement
REPEATS="${BENCH_REPEATS:-2}"           # measurements per operation and concurrency; the table shows the best
CONCURRENCIES="${BENCH_CONCURRENCIES:-8 32}"
PORT="${BENCH_PORT:-18080}"
THREADS=2
JAR=api/target/api.jar
# How the service runs in production (docs/operations.md, "Running it fast"): from the extracted jar, schema
# migrated beforehand by migrations.jar, a fixed small heap, the serial collector on few cores.
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}"
MIGRATIONS=migrations/target/migrations.jar
WORK="$BENCH_DIR/work"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

for tool in psql pgbench wrk curl "$JAVA"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (see bench/README.md)" >&2; exit 1; }
done
[ -f "$JAR" ] && [ -f "$MIGRATIONS" ] || { echo "build first: ./mvnw package" >&2; exit 1; }
java_major=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
rm -rf "$WORK" && mkdir -p "$WORK"
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE"
log() { printf '[bench] %s\n' "$*" >&2; }

log "seeding $MACHINES machines into $DATABASE"
dropdb --if-exists --force "$DATABASE" 2>/dev/null
createdb "$DATABASE"
"$JAVA" -jar "$MIGRATIONS" --url="$URL" --username="$PGUSER" --password="$PGPASSWORD" update >"$WORK/migrate.log" 2>&1
psql -q -v ON_ERROR_STOP=1 -v machines="$MACHINES" -d "$DATABASE" -f "$BENCH_DIR/seed.sql"
psql -q -d "$DATABASE" -c "VACUUM ANALYZE"
psql -At -d "$DATABASE" -c "SELECT md5('m' || n)::uuid FROM generate_series(1, $MACHINES, greatest($MACHINES / 20000, 1)) AS n" >"$WORK/ids.txt"
export BENCH_IDS="$WORK/ids.txt" BENCH_THREADS=$THREADS
export BENCH_OWNER
BENCH_OWNER=$(psql -At -d "$DATABASE" -c "SELECT md5('o1')::uuid")

api_pid="" ready_ms=""
start_api() { # log file, extra JVM options...; sets api_pid and ready_ms
    local logfile="$1"; shift
    local started
    started=$(date +%s%N)
    SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
        SERVER_PORT="$PORT" ABPARTS_API_CURSOR_SECRET="benchmark-cursor-secret-0123456789abcdef" SPRING_LIQUIBASE_ENABLED=false \
        "$JAVA" $JAVA_OPTS "$@" -jar "$WORK/api/api.jar" >"$logfile" 2>&1 &
    api_pid=$!
    until curl -sf "localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; do
        kill -0 "$api_pid" 2>/dev/null || { echo "the API exited; see $logfile" >&2; exit 1; }
        sleep 0.02
    done
    ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_api() {
    [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null || true
    api_pid=""
}
trap stop_api EXIT

"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/api" >/dev/null
# As production runs it (docs/operations.md, "Running it fast"): Spring's build-time bean definitions, and on
# JDK 25 the AOT cache; the startup rows measure each step on its own.
SPRING_AOT=(-Dspring.aot.enabled=true)
AOT=("${SPRING_AOT[@]}")
startup_plain=() startup_spring_aot=() startup_aot=()
for i in 1 2 3; do start_api "$WORK/start-plain-$i.log"; startup_plain+=("$ready_ms"); stop_api; done
for i in 1 2 3; do start_api "$WORK/start-spring-aot-$i.log" "${SPRING_AOT[@]}"; startup_spring_aot+=("$ready_ms"); stop_api; done
if [ "$java_major" -ge 25 ]; then
    log "training the AOT cache"
    # The context needs a datasource URL but does not connect while it starts; a failed training run
    # would still write a cache, an incomplete one, so its exit code counts.
    SPRING_LIQUIBASE_ENABLED=false "$JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$WORK/api.aot" "${SPRING_AOT[@]}" -Dspring.context.exit=onRefresh \
        -Dspring.datasource.url=jdbc:postgresql://aot-training.invalid/none -jar "$WORK/api/api.jar" >"$WORK/aot-training.log" 2>&1 \
        || { echo "the AOT cache training run failed; see $WORK/aot-training.log" >&2; exit 1; }
    AOT=(-XX:AOTCache="$WORK/api.aot" "${SPRING_AOT[@]}")
    for i in 1 2 3; do start_api "$WORK/start-aot-$i.log" "${AOT[@]}"; startup_aot+=("$ready_ms"); stop_api; done
    # A cache the JVM refuses (other flags, other jars) only costs a log line; it must not go unnoticed.
    ! grep -l '\[aot\]' "$WORK"/start-aot-*.log || { echo "the JVM did not take the AOT cache as recorded" >&2; exit 1; }
fi

log "starting the API for the load"
start_api "$WORK/api.log" "${AOT[@]}"
# The deep page starts after DEPTH machines (20,000 by default), reached by following cursors.
DEPTH=$(( MACHINES / 2 < 20000 ? MACHINES / 2 / 500 * 500 : 20000 ))
DEEP_CURSOR=""
deep_url="/api/v1/machines?limit=500"
for page in $(seq 1 $(( DEPTH / 500 ))); do
    DEEP_CURSOR=$(curl -s "localhost:$PORT$deep_url" | sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p')
    deep_url="/api/v1/machines?limit=500&cursor=$DEEP_CURSOR"
done
deep_position=$(psql -At -F'|' -d "$DATABASE" -c "SELECT created_at, id FROM machines ORDER BY created_at DESC, id DESC OFFSET $(( DEPTH - 1 )) LIMIT 1")
DEEP_CREATED_AT="${deep_position%%|*}" DEEP_ID="${deep_position##*|}"
# The owners each page shows, as the array the service binds to look them up.
owners_of() { # page's WHERE clause -> {id,...}
    psql -At -d "$DATABASE" -c "SELECT '{' || string_agg(DISTINCT customer_organization_id::text, ',') || '}'
        FROM (SELECT customer_organization_id FROM machines $1 ORDER BY created_at DESC, id DESC LIMIT 50) AS page"
}
FIRST_OWNERS=$(owners_of "")
DEEP_OWNERS=$(owners_of "WHERE (created_at, id) < ('$DEEP_CREATED_AT', '$DEEP_ID')")

log "warming up for ${WARMUP}s"
# Every operation's code path gets its share: a path the JIT has not compiled yet runs slower.
warm=$(( WARMUP / 5 > 1 ? WARMUP / 5 : 1 ))
wrk -t$THREADS -c32 -d${warm}s -s "$BENCH_DIR/wrk/get.lua" "http://localhost:$PORT" >/dev/null
wrk -t$THREADS -c32 -d${warm}s "http://localhost:$PORT/api/v1/machines?limit=50" >/dev/null
wrk -t$THREADS -c32 -d${warm}s "http://localhost:$PORT/api/v1/machines?limit=50&cursor=$DEEP_CURSOR" >/dev/null
wrk -t$THREADS -c32 -d${warm}s -s "$BENCH_DIR/wrk/post.lua" "http://localhost:$PORT" >/dev/null
wrk -t$THREADS -c32 -d${warm}s -s "$BENCH_DIR/wrk/patch.lua" "http://localhost:$PORT" >/dev/null

# The machines the warm-up and the write runs create are the newest, so they would make the first
# page (wrk's all of one owner) against the deep page's 50 machines of 50 owners. Removed before
# the pages are measured, both pages are the generator's, alike but for their depth.
remove_benchmark_machines() {
    psql -q -d "$DATABASE" -c "DELETE FROM machines WHERE serial_number LIKE 'WRK-%' OR serial_number LIKE 'PGB-%'"
    psql -q -d "$DATABASE" -c "VACUUM ANALYZE machines"
}

to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }'; }

reset_patched_versions() {
    psql -q -d "$DATABASE" -c "UPDATE machines SET version = 0 WHERE id IN (SELECT id::uuid FROM unnest(string_to_array(pg_read_file('$WORK/ids.txt'), E'\n')) AS id WHERE id <> '')" 2>/dev/null \
        || psql -q -d "$DATABASE" -c "UPDATE machines SET version = 0"
}

run_wrk() { # operation, concurrency -> "rps p50 p99 errors"
    local operation="$1" concurrency="$2" target script=()
    case "$operation" in
        get) script=(-s "$BENCH_DIR/wrk/get.lua"); target="http://localhost:$PORT" ;;
        list-first) target="http://localhost:$PORT/api/v1/machines?limit=50" ;;
        list-deep) target="http://localhost:$PORT/api/v1/machines?limit=50&cursor=$DEEP_CURSOR" ;;
        post) script=(-s "$BENCH_DIR/wrk/post.lua"); target="http://localhost:$PORT" ;;
        patch) script=(-s "$BENCH_DIR/wrk/patch.lua"); target="http://localhost:$PORT"; reset_patched_versions ;;
    esac
    wrk -t$THREADS -c"$concurrency" -d"${DURATION}s" --latency "${script[@]}" "$target" >"$WORK/wrk.out"
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out")
    p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.out" | to_ms)
    p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.out" | to_ms)
    errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$WORK/wrk.out")
    echo "$rps $p50 $p99 ${errors:-0}"
}

run_pgbench() { # operation, concurrency -> tps
    local operation="$1" concurrency="$2"
    pgbench -n -M prepared -c "$concurrency" -j $THREADS -T "$DURATION" -D machines="$MACHINES" \
        -D deep_created_at="$DEEP_CREATED_AT" -D deep_id="$DEEP_ID" -D first_owners="$FIRST_OWNERS" -D deep_owners="$DEEP_OWNERS" -f "$BENCH_DIR/pgbench/$operation.sql" "$DATABASE" 2>&1 \
        | awk '/^tps = / {print $3}'
}

# The two pages are measured in turns, run by run, so that their latencies, which the deep page's
# target compares, see the same state of the machine; apart, they drifted by more than the target.
# Their ratio is taken within each such pair of runs, and the median of the pairs reported.
declare -A best_rps best_line best_tps pair_p50 pair_ratios
for group in get list post patch; do
    case "$group" in list) operations="list-first list-deep"; remove_benchmark_machines ;; *) operations="$group" ;; esac
    for concurrency in $CONCURRENCIES; do
        for repeat in $(seq 1 "$REPEATS"); do
            for operation in $operations; do
                key="$operation $concurrency"
                log "$operation at $concurrency, run $repeat"
                read -r rps p50 p99 errors < <(run_wrk "$operation" "$concurrency")
                tps=$(run_pgbench "$operation" "$concurrency")
                if awk -v a="$rps" -v b="${best_rps[$key]:-0}" 'BEGIN { exit !(a > b) }'; then
                    best_rps[$key]=$rps; best_line[$key]="$p50 $p99 $errors"
                fi
                if awk -v a="$tps" -v b="${best_tps[$key]:-0}" 'BEGIN { exit !(a > b) }'; then best_tps[$key]=$tps; fi
                pair_p50[$operation]=$p50
            done
            if [ "$group" = list ]; then
                pair_ratios[$concurrency]+="$(awk -v a="${pair_p50[list-deep]}" -v b="${pair_p50[list-first]}" 'BEGIN { printf "%.2f", a / b }') "
            fi
        done
    done
done
results=()
for operation in get list-first list-deep post patch; do
    for concurrency in $CONCURRENCIES; do
        key="$operation $concurrency"
        results+=("$key ${best_rps[$key]} ${best_line[$key]} ${best_tps[$key]}")
    done
done
rss_mb=$(( $(ps -o rss= -p "$api_pid") / 1024 ))
stop_api

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END {
    if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
printf '\nABParts Machines vs PostgreSQL — %s, %s cores, JDK %s, PostgreSQL %s, %s machines, commit %s\n' \
    "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" "$java_major" "$(psql -At -d postgres -c 'SHOW server_version' | cut -d' ' -f1)" \
    "$MACHINES" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
printf '%-11s %5s %10s %9s %9s %6s %11s %10s\n' operation conc "API req/s" "p50 ms" "p99 ms" errors "pgbench tps" "API/pgbench"
for line in "${results[@]}"; do
    read -r operation concurrency rps p50 p99 errors tps <<<"$line"
    printf '%-11s %5s %10.0f %9s %9s %6s %11.0f %10.2f\n' "$operation" "$concurrency" "$rps" "$p50" "$p99" "$errors" "$tps" \
        "$(awk -v a="$rps" -v b="$tps" 'BEGIN { print (b > 0 ? a / b : 0) }')"
done
printf 'JVM options: %s\n' "$JAVA_OPTS"
printf 'startup to ready, ms (median of 3): as built %s (%s), Spring AOT %s (%s), Spring AOT + AOT cache %s\n' \
    "$(median "${startup_plain[@]}")" "${startup_plain[*]}" "$(median "${startup_spring_aot[@]}")" "${startup_spring_aot[*]}" \
    "$( [ ${#startup_aot[@]} -gt 0 ] && echo "$(median "${startup_aot[@]}") (${startup_aot[*]})" || echo "n/a (needs JDK 25)")"
printf 'resident memory after the load: %s MB\n' "$rss_mb"
for concurrency in $CONCURRENCIES; do
    # shellcheck disable=SC2086 # the pairs' ratios, one word each
    printf 'deep page p50 / first page p50 at concurrency %s: %s (median of the pairs of runs: %s)\n' "$concurrency" \
        "$(median ${pair_ratios[$concurrency]})" "${pair_ratios[$concurrency]% }"
done
for line in "${results[@]}"; do
    read -r operation concurrency rps p50 p99 errors tps <<<"$line"
    [ "$operation" = get ] && [ "$concurrency" = 32 ] && \
        printf 'GET by id at concurrency 32, API/pgbench: %.2f\n' "$(awk -v a="$rps" -v b="$tps" 'BEGIN { print a / b }')"
done
