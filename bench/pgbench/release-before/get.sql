-- The release before add_machine_columns reads a machine by id, with its owner: the original columns only.
\set n random(1, :machines)
SELECT m.id, m.customer_organization_id, m.model_type, m.name, m.serial_number, m.created_at, m.updated_at, o.name AS owner_name FROM machines m JOIN organizations o ON o.id = m.customer_organization_id WHERE m.id = md5('m' || :n)::uuid;
