-- What PATCH /machines/{id} runs: the machine, its owner, then the update checked against the version read.
\set n random(1, :machines)
SELECT id, customer_organization_id, model_type, name, serial_number, status, purchase_date, warranty_expiry_date, last_maintenance_date, next_maintenance_date, location, notes, created_at, updated_at, version FROM machines WHERE id = md5('m' || :n)::uuid;
SELECT id, name, created_at, updated_at, version FROM organizations WHERE id = md5('o' || (1 + :n % 100))::uuid;
UPDATE machines SET customer_organization_id = customer_organization_id, model_type = model_type, name = name, serial_number = serial_number, status = 'maintenance', purchase_date = purchase_date, warranty_expiry_date = warranty_expiry_date, last_maintenance_date = last_maintenance_date, next_maintenance_date = next_maintenance_date, location = location, notes = 'Checked by the benchmark', updated_at = now(), version = version + 1 WHERE id = md5('m' || :n)::uuid AND version = version;
