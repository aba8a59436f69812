-- The fewest statements PATCH /machines/{id} can be: one update on the version the client names,
-- answering the machine and its owner. (The service reads the machine first, to validate the
-- merged result; see bench/README.md.)
\set n random(1, :machines)
WITH m AS (UPDATE machines SET status = 'maintenance', notes = 'Checked by the benchmark', updated_at = now(), version = version + 1 WHERE id = md5('m' || :n)::uuid AND version = version RETURNING *) SELECT m.id, m.customer_organization_id, m.model_type, m.name, m.serial_number, m.status, m.purchase_date, m.warranty_expiry_date, m.last_maintenance_date, m.next_maintenance_date, m.location, m.notes, m.created_at, m.updated_at, m.version, o.id AS owner_id, o.name AS owner_name, o.created_at AS owner_created_at, o.updated_at AS owner_updated_at, o.version AS owner_version FROM m JOIN organizations o ON o.id = m.customer_organization_id;
