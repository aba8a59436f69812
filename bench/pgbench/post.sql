-- What POST /machines runs: the owner, then the insert.
\set o random(1, 100)
SELECT id, name, created_at, updated_at, version FROM organizations WHERE id = md5('o' || :o)::uuid;
INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number, status, purchase_date, warranty_expiry_date, last_maintenance_date, next_maintenance_date, location, notes, created_at, updated_at, version) VALUES (gen_random_uuid(), md5('o' || :o)::uuid, 'V4.0', 'Bench unit', 'PGB-' || gen_random_uuid(), 'active', NULL, NULL, NULL, NULL, 'Pier 7', NULL, now(), now(), 0);
