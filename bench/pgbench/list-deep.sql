-- What GET /machines?limit=50&cursor=… runs deep in the dataset: keyset after the cursor's position,
-- then the page's owners.
SELECT id, customer_organization_id, model_type, name, serial_number, status, purchase_date, warranty_expiry_date, last_maintenance_date, next_maintenance_date, location, notes, created_at, updated_at, version FROM machines WHERE (created_at, id) < (:deep_created_at::timestamptz, :deep_id::uuid) ORDER BY created_at DESC, id DESC LIMIT 51;
SELECT id, name, created_at, updated_at, version FROM organizations WHERE id = ANY(:deep_owners);
