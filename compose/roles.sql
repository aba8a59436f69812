-- The two roles of an ABParts Machines database, each with no more than its work needs:
--   abparts_owner  owns the database and its schema: migrations.jar connects as it to change the schema.
--   abparts_api    the service's role: it reads and writes rows of the tables, and nothing else; it
--                  cannot create, alter, drop or truncate anything.
-- Run once per database by a superuser, connected to that database, with the two passwords in the
-- session settings abparts.owner_password and abparts.api_password (compose/db-init/roles.sh sets
-- them through PGOPTIONS, so they never appear on a command line). Running it again sets the
-- passwords anew and changes nothing else.

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'abparts_owner') THEN
        CREATE ROLE abparts_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'abparts_api') THEN
        CREATE ROLE abparts_api LOGIN;
    END IF;
    EXECUTE format('ALTER ROLE abparts_owner PASSWORD %L', current_setting('abparts.owner_password'));
    EXECUTE format('ALTER ROLE abparts_api PASSWORD %L', current_setting('abparts.api_password'));

    EXECUTE format('ALTER DATABASE %I OWNER TO abparts_owner', current_database());
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO abparts_api', current_database());
END
$roles$;

ALTER SCHEMA public OWNER TO abparts_owner;
-- PostgreSQL 14 lets every role create tables in public; 15 and later no longer do.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO abparts_api;

-- Whatever the owner creates from now on, tables and sequences, the service may use, rows only.
ALTER DEFAULT PRIVILEGES FOR ROLE abparts_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO abparts_api;
ALTER DEFAULT PRIVILEGES FOR ROLE abparts_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO abparts_api;
