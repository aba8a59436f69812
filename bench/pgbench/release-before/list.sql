-- The release before lists an organization's machines, newest first, a page of 50.
\set o random(1, 100)
SELECT m.id, m.model_type, m.name, m.serial_number, m.created_at FROM machines m WHERE m.customer_organization_id = md5('o' || :o)::uuid ORDER BY m.created_at DESC, m.id DESC LIMIT 50;
