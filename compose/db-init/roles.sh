#!/bin/bash
# Run by the postgres image once, when the database's volume is new: creates the owner and the
# service's roles (compose/roles.sql). The passwords travel in the environment, as session
# settings, never on a command line; PGOPTIONS takes a backslash as \\ and a space as \<space>.
set -euo pipefail
escaped() {
    local value=${1//\\/\\\\}
    printf '%s' "${value// /\\ }"
}
PGOPTIONS="-c abparts.owner_password=$(escaped "$ABPARTS_OWNER_PASSWORD") -c abparts.api_password=$(escaped "$ABPARTS_API_PASSWORD")" \
    psql -v ON_ERROR_STOP=1 --quiet --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --file /abparts/roles.sql
