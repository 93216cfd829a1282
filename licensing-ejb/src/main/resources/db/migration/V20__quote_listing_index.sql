-- Purchases and Approvals list an institution's quotes newest first, filtered by status, and the
-- navigation counts those awaiting approval on every page an administrator opens: one index serves
-- the count (institution, status) and the list's order (created_at) without a scan of the table.
CREATE INDEX quote_institution_status_created ON quote (institution_id, status, created_at);
