-- Gateway hardening (issue 4): the audit trail of state-changing calls, and stored responses for Idempotency-Key.

-- One row per POST/PUT/PATCH/DELETE under /api, whatever its outcome. Append-only like the contract history:
-- the application can insert, never rewrite (vg.refuse_change from 0004).
CREATE TABLE vg.audit_log
(
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    subject     text        NOT NULL,   -- token sub (or name); 'anonymous' when no valid token came
    role        text,
    tenant      text,                   -- the caller's institution or vendor id; 'platform' for platform admins
    method      text        NOT NULL,
    route       text        NOT NULL,   -- the route template, e.g. /api/contracts/{id}/events
    resource_id text,                   -- the route's ids ({id}, {entryId}), joined by '/'
    request_id  text        NOT NULL,
    status      integer     NOT NULL
);
CREATE INDEX audit_log_by_tenant ON vg.audit_log (tenant, id);

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON vg.audit_log
    FOR EACH ROW EXECUTE FUNCTION vg.refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON vg.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION vg.refuse_change();

-- The first response to each (caller, Idempotency-Key), replayed for retries. Not append-only: old keys may be purged.
CREATE TABLE vg.idempotency_keys
(
    caller       text        NOT NULL,  -- role:tenant:subject (CurrentCaller.Identity)
    key          text        NOT NULL,
    request_hash text        NOT NULL,  -- SHA-256 of method, path and body: another body under the same key is refused
    status       integer     NOT NULL,
    content_type text,
    body         bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
