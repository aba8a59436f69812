-- The benchmark's dataset: 100 organizations and :machines machines (psql -v machines=N) with a
-- realistic spread of models, statuses, dates and nulls. Ids derive from numbers (md5('m' || n)),
-- so that pgbench can pick the same random machines as wrk without a lookup.
INSERT INTO organizations (id, name, created_at, updated_at)
SELECT md5('o' || n)::uuid, 'Bench organization ' || n, timestamptz '2022-01-01' + n * interval '1 day', now()
FROM generate_series(1, 100) AS n;

INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number, status,
                      purchase_date, warranty_expiry_date, last_maintenance_date, next_maintenance_date,
                      location, notes, created_at, updated_at)
SELECT md5('m' || n)::uuid,
       md5('o' || (1 + n % 100))::uuid,
       (ARRAY['V3.0', 'V3.1B', 'V4.0', 'V4.1'])[1 + n % 4],
       'Machine ' || n,
       'BENCH-' || n,
       (CASE WHEN n % 20 < 14 THEN 'active' WHEN n % 20 < 17 THEN 'inactive'
             WHEN n % 20 < 19 THEN 'maintenance' ELSE 'decommissioned' END)::machinestatus,
       CASE WHEN n % 10 = 0 THEN NULL ELSE timestamptz '2020-01-01' + (n % 1500) * interval '1 day' END,
       CASE WHEN n % 10 = 0 THEN NULL ELSE timestamptz '2022-01-01' + (n % 1500) * interval '1 day' END,
       CASE WHEN n % 3 = 0 THEN NULL ELSE timestamptz '2024-01-01' + (n % 500) * interval '1 day' END,
       CASE WHEN n % 4 = 0 THEN NULL ELSE timestamptz '2025-06-01' + (n % 400) * interval '1 day' END,
       CASE WHEN n % 5 = 0 THEN NULL ELSE 'Pier ' || (n % 40) END,
       CASE WHEN n % 7 = 0 THEN 'Serviced after the storm of week ' || (n % 52) END,
       timestamptz '2023-01-01' + n * interval '1 minute',
       timestamptz '2023-01-01' + n * interval '1 minute'
FROM generate_series(1, :machines) AS n;
