#!/usr/bin/env bash
# Applies the changesets that lock tables (add_machine_columns and add_versions: from
# add_security_session to the tag add_versions) on a table of a million machines while pgbench runs,
# without pause, the statements of the release before (reads by id, pages, renames:
# bench/pgbench/release-before/) and a long transaction holds machines, as a rolling deploy meets
# them: it ends BENCH_HOLD seconds after the migration first waits for its lock. (The concurrent
# index builds of add_machine_sort_indexes take no lock that clients wait for and are left out.) Twice, in the same run: with today's settings (one wait of up to
# 5 s for each lock) and with the lock retries (waits of 100 ms growing to 500 ms, retried). Prints,
# side by side, the client latency before, during and after each migration, the attempts it made and
# the clients' errors.
#
# Usage: bench/migration-under-traffic.sh [ROWS]   (after ./mvnw package)
# Server: PGHOST, PGPORT, PGUSER, PGPASSWORD (default 127.0.0.1:5432, postgres); needs psql, pgbench,
# createdb and python3. BENCH_PHASE (s, default 10) before and after; BENCH_HOLD (s, default 4) the
# long transaction; BENCH_CLIENTS (default 8).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
PHASE="${BENCH_PHASE:-10}" HOLD="${BENCH_HOLD:-4}" CLIENTS="${BENCH_CLIENTS:-8}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-}"
JAR=migrations/target/migrations.jar
[ -f "$JAR" ] || { echo "$JAR is missing: run ./mvnw package first" >&2; exit 1; }
DATABASE=bench_migration_under_traffic
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

migrate() { # [NAME=value...] -- command...
    local settings=()
    while [ "$1" != -- ]; do settings+=("$1"); shift; done
    shift
    env "${settings[@]}" LIQUIBASE_COMMAND_PASSWORD="$PGPASSWORD" java -jar "$JAR" \
        --url="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" --username="$PGUSER" "$@"
}

dropdb --if-exists "$DATABASE" && createdb "$DATABASE"
migrate -- update-to-tag --tag=add_security_session >/dev/null
psql -q -d "$DATABASE" -v ON_ERROR_STOP=1 -c "
    INSERT INTO organizations (id, name) SELECT md5('o' || n)::uuid, 'Organization ' || n FROM generate_series(1, 100) AS n;
    INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number, created_at)
    SELECT md5('m' || n)::uuid, md5('o' || (1 + n % 100))::uuid, (ARRAY['V3.1B', 'V4.0'])[1 + n % 2],
           'Machine ' || n, 'AB-' || n, now() - n * interval '1 minute'
    FROM generate_series(1, $ROWS) AS n;
    CREATE INDEX ON machines (customer_organization_id, created_at DESC, id DESC);"
psql -q -d "$DATABASE" -c "VACUUM ANALYZE machines"

round() { # name, [NAME=value...]: one migration under traffic; writes $WORK/name.{times,migration,summary,*log*}
    local name="$1" started ended
    shift
    pgbench -n -c "$CLIENTS" -j 2 -T $(( 2 * PHASE + HOLD + 15 )) -D machines="$ROWS" -l --log-prefix="$WORK/$name" \
        -f bench/pgbench/release-before/get.sql@5 -f bench/pgbench/release-before/list.sql@3 -f bench/pgbench/release-before/rename.sql@2 \
        "$DATABASE" >"$WORK/$name.summary" 2>&1 &
    local traffic=$!
    sleep "$PHASE"
    psql -q -d "$DATABASE" >/dev/null <<SQL &
BEGIN;
SELECT count(*) FROM machines;
DO \$\$ BEGIN
    WHILE NOT EXISTS (SELECT FROM pg_locks WHERE NOT granted AND relation = 'machines'::regclass) LOOP
        PERFORM pg_sleep(0.01);
    END LOOP;
END \$\$;
SELECT pg_sleep($HOLD);
COMMIT;
SQL
    local long=$!
    sleep 0.5
    started=$(date +%s.%N)
    migrate "$@" -- update-to-tag --tag=add_versions >"$WORK/$name.migration" 2>&1 || { cat "$WORK/$name.migration" >&2; exit 1; }
    ended=$(date +%s.%N)
    wait "$long"
    wait "$traffic" || { cat "$WORK/$name.summary" >&2; exit 1; }
    echo "$started $ended" >"$WORK/$name.times"
    # Back to where the next round starts, with no traffic: only the migration under traffic is measured.
    migrate -- rollback --tag=add_security_session >/dev/null
}

round today ABPARTS_MIGRATION_LOCK_WAIT=5s ABPARTS_MIGRATION_LOCK_WAIT_MAX=5s ABPARTS_MIGRATION_LOCK_PATIENCE=0s
round retried
dropdb "$DATABASE"

printf 'PostgreSQL %s, %s, %s machines, %s clients, a transaction holding machines for %s s\n' \
    "$(psql -At -d postgres -c 'SHOW server_version')" "$(date -u +%Y-%m-%dT%H:%MZ)" "$ROWS" "$CLIENTS" "$HOLD"
python3 - "$WORK" <<'PY'
import glob, os, re, sys
work = sys.argv[1]
print(f"{'settings':<9} {'window':<7} {'statements':>10} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'changesets':>10} {'retries':>7} {'errors':>6}")
for name in ("today", "retried"):
    started, ended = map(float, open(os.path.join(work, name + ".times")).read().split())
    windows = {"before": [], "during": [], "after": []}
    for log in glob.glob(os.path.join(work, name + ".*")):
        if not re.search(r"\.\d+(\.\d+)?$", log):
            continue
        for line in open(log):
            fields = line.split()
            latency_ms = int(fields[2]) / 1000
            done = int(fields[4]) + int(fields[5]) / 1e6
            begun = done - latency_ms / 1000
            window = "before" if done < started else "after" if begun > ended else "during"
            windows[window].append(latency_ms)
    migration = open(os.path.join(work, name + ".migration")).read()
    changesets = migration.count("Running Changeset")
    retries = migration.count("did not get its lock")
    summary = open(os.path.join(work, name + ".summary")).read()
    failed = re.search(r"number of failed transactions: (\d+)", summary)
    errors = int(failed.group(1)) if failed else 0
    errors += summary.count("aborted")
    for window, latencies in windows.items():
        latencies.sort()
        if not latencies:
            continue
        pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
        extra = f"{changesets:>10} {retries:>7} {errors:>6}" if window == "during" else ""
        print(f"{name:<9} {window:<7} {len(latencies):>10} {pick(0.5):>8.1f} {pick(0.99):>8.1f} {latencies[-1]:>8.1f} {extra}")
print("during: from the migration's start (java -jar migrations.jar) to its end; retries: attempts that gave up waiting for a lock")
PY
