-- The release before renames a machine.
\set n random(1, :machines)
UPDATE machines SET name = 'Renamed ' || :n, updated_at = now() WHERE id = md5('m' || :n)::uuid;
