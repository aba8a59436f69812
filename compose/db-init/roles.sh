#!/bin/bash
# Run by the postgres image once, when the database's volume is new: creates the owner and the
# service's roles (compose/roles.sql). The passwords travel in the environment, as session
# settings, never on a command line; a space in one is escaped as PGOPTIONS requires.
set -euo pipefail
owner_password=${ABPARTS_OWNER_PASSWORD// /\\ }
api_password=${ABPARTS_API_PASSWORD// /\\ }
PGOPTIONS="-c abparts.owner_password=$owner_password -c abparts.api_password=$api_password" \
    psql -v ON_ERROR_STOP=1 --quiet --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --file /abparts/roles.sql
