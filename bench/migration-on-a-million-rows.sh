#!/usr/bin/env bash
# Measures add_machine_columns on a machines table of a million rows against the same migration
# on an empty table, in the same run: a migration that only touches the catalog takes about as
# long either way (ratio near 1) and leaves the table's file (relfilenode) where it was; a table
# rewrite would show as a large ratio and a new file.
#
# Usage: bench/migration-on-a-million-rows.sh [ROWS]   (after ./mvnw package)
# Server: PGHOST, PGPORT, PGUSER, PGPASSWORD (default 127.0.0.1:5432, postgres); needs psql and createdb.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-}"
JAR=migrations/target/migrations.jar
[ -f "$JAR" ] || { echo "$JAR is missing: run ./mvnw package first" >&2; exit 1; }

migrate() { # database, command...
    local database="$1"; shift
    java -jar "$JAR" --url="jdbc:postgresql://$PGHOST:$PGPORT/$database" --username="$PGUSER" --password="$PGPASSWORD" "$@" >/dev/null 2>&1
}

prepare() { # database, rows
    dropdb --if-exists "$1" 2>/dev/null && createdb "$1"
    migrate "$1" update-to-tag --tag=add_security_session
    psql -q -d "$1" -v ON_ERROR_STOP=1 -c "
        INSERT INTO organizations (id, name) SELECT gen_random_uuid(), 'Organization ' || n FROM generate_series(1, 100) AS n;
        INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number, created_at)
        SELECT gen_random_uuid(), (SELECT id FROM organizations ORDER BY name OFFSET (n % 100) LIMIT 1),
               (ARRAY['V3.1B', 'V4.0'])[1 + n % 2], 'Machine ' || n, 'AB-' || n, now() - n * interval '1 minute'
        FROM generate_series(1, $2) AS n;"
    psql -q -d "$1" -c "VACUUM ANALYZE machines"
}

timed_update() { # database -> milliseconds
    local start end
    start=$(date +%s%N)
    migrate "$1" update
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

file_of() { psql -At -d "$1" -c "SELECT relfilenode FROM pg_class WHERE relname = 'machines'"; }

prepare bench_migration_empty 0
prepare bench_migration_large "$ROWS"
size=$(psql -At -d bench_migration_large -c "SELECT pg_size_pretty(pg_total_relation_size('machines'))")
file_before=$(file_of bench_migration_large)
empty_ms=$(timed_update bench_migration_empty)
large_ms=$(timed_update bench_migration_large)
file_after=$(file_of bench_migration_large)
active=$(psql -At -d bench_migration_large -c "SELECT count(*) FROM machines WHERE status = 'active'")
dropdb bench_migration_empty && dropdb bench_migration_large

printf 'PostgreSQL %s, %s\n' "$(psql -At -d postgres -c 'SHOW server_version')" "$(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-32s %12s\n' "update, empty machines table" "${empty_ms} ms"
printf '%-32s %12s\n' "update, $ROWS rows ($size)" "${large_ms} ms"
printf '%-32s %12s\n' "rows active afterwards" "$active"
printf '%-32s %12s\n' "table file rewritten" "$([ "$file_before" = "$file_after" ] && echo no || echo YES)"
awk -v large="$large_ms" -v empty="$empty_ms" 'BEGIN { printf "ratio large/empty: %.2f\n", large / empty }'
