-- The demo organizations and machines, for docker compose, the dev run and the tests against
-- Keycloak. Their ids are those of the realm's demo users (compose/abparts-realm.json) and of the
-- OpenAPI examples (DemoIds). Applying it again changes nothing.
INSERT INTO organizations (id, name) VALUES
    ('0a5e0000-0000-4000-8000-000000000001', 'Oraseas EE'),
    ('0a5e0000-0000-4000-8000-000000000002', 'Nordfjord Aqua AS'),
    ('0a5e0000-0000-4000-8000-000000000003', 'Baltic Nets OÜ')
ON CONFLICT DO NOTHING;

INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number, status,
                      purchase_date, warranty_expiry_date, next_maintenance_date, location) VALUES
    ('0a5e0000-0000-4000-8000-000000000101', '0a5e0000-0000-4000-8000-000000000002', 'V4.0', 'Harbour unit 1', 'NA-2023-0001',
     'active', '2023-03-01T00:00:00Z', '2026-03-01T00:00:00Z', '2026-09-01T08:00:00Z', 'Pier 7'),
    ('0a5e0000-0000-4000-8000-000000000102', '0a5e0000-0000-4000-8000-000000000002', 'V4.0', 'Harbour unit 2', 'NA-2023-0002',
     'maintenance', '2023-03-01T00:00:00Z', '2026-03-01T00:00:00Z', '2026-06-15T08:00:00Z', 'Pier 7'),
    ('0a5e0000-0000-4000-8000-000000000103', '0a5e0000-0000-4000-8000-000000000002', 'V3.1B', 'Outer pen unit', 'NA-2021-0007',
     'active', '2021-05-10T00:00:00Z', '2024-05-10T00:00:00Z', '2026-07-01T08:00:00Z', 'Outer pen'),
    ('0a5e0000-0000-4000-8000-000000000201', '0a5e0000-0000-4000-8000-000000000003', 'V4.0', 'Riga dock unit', 'BN-2024-0001',
     'active', '2024-02-01T00:00:00Z', '2027-02-01T00:00:00Z', '2026-08-01T08:00:00Z', 'Riga dock'),
    ('0a5e0000-0000-4000-8000-000000000202', '0a5e0000-0000-4000-8000-000000000003', 'V3.1B', 'Spare unit', 'BN-2019-0003',
     'inactive', '2019-09-01T00:00:00Z', '2022-09-01T00:00:00Z', NULL, 'Warehouse')
ON CONFLICT DO NOTHING;
