-- A vendor's change to a hospital's contract belongs to the hospital's audit trail too: the row keeps the
-- caller's tenant and, when the call touched a contract, the institution that owns it.
ALTER TABLE vg.audit_log ADD COLUMN resource_tenant text;
CREATE INDEX audit_log_by_resource_tenant ON vg.audit_log (resource_tenant, id);
