-- What GET /machines/{id} runs: the machine, then its owner.
\set n random(1, :machines)
SELECT id, customer_organization_id, model_type, name, serial_number, status, purchase_date, warranty_expiry_date, last_maintenance_date, next_maintenance_date, location, notes, created_at, updated_at, version FROM machines WHERE id = md5('m' || :n)::uuid;
SELECT id, name, created_at, updated_at, version FROM organizations WHERE id = ANY(ARRAY[md5('o' || (1 + :n % 100))::uuid]);
