-- Issue 17, branch security: accounts hardened (docs/SECURITY.md, "Accounts and HTTP").
-- Times come from the application's clock, never now(), like 0008.

-- Item 4. Failed sign-ins slow down one client guessing one account name instead of locking the account (which let
-- anyone lock a victim out, and answered 423 only for accounts that exist). Both keys are SHA-256 hashes: the name
-- as typed (whether or not an account has it, so the table tells nothing about who has one, and a password typed into
-- the name field is not kept) and the client's address.
CREATE TABLE vg.sign_in_backoff
(
    account_key     bytea       NOT NULL,
    client_key      bytea       NOT NULL,
    failures        integer     NOT NULL,   -- attempts since the last success, the one in progress included
    next_attempt_at timestamptz NOT NULL,   -- earlier attempts from this client for this name are refused unchecked
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (account_key, client_key)
);
CREATE INDEX sign_in_backoff_by_update ON vg.sign_in_backoff (updated_at);
ALTER TABLE vg.accounts DROP COLUMN failed_attempts, DROP COLUMN locked_until;

-- Item 5. A person (an account: one e-mail, one password) may be a user of several parties: each membership is one
-- role in one party, added by an invitation the person accepted. The party columns follow the role exactly as a
-- token's claims do. A session signs in one membership; an administrator disables the membership of their party
-- (the person keeps the others).
CREATE TABLE vg.account_memberships
(
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id      bigint      NOT NULL REFERENCES vg.accounts (id),
    role            text        NOT NULL,
    institution_id  text,
    vendor_id       text,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    disabled_at     timestamptz,
    CONSTRAINT account_memberships_role_party CHECK (
        (role = 'platform-admin' AND institution_id IS NULL AND vendor_id IS NULL)
        OR (role IN ('institution-admin', 'institution-staff') AND institution_id IS NOT NULL AND vendor_id IS NULL)
        OR (role = 'vendor' AND vendor_id IS NOT NULL AND institution_id IS NULL)),
    CONSTRAINT account_memberships_one_per_party UNIQUE NULLS NOT DISTINCT (account_id, institution_id, vendor_id)
);
CREATE INDEX account_memberships_by_institution ON vg.account_memberships (institution_id, id) WHERE institution_id IS NOT NULL;
CREATE INDEX account_memberships_by_vendor ON vg.account_memberships (vendor_id, id) WHERE vendor_id IS NOT NULL;

INSERT INTO vg.account_memberships (account_id, role, institution_id, vendor_id, created_at, created_by)
SELECT id, role, institution_id, vendor_id, created_at, created_by FROM vg.accounts ORDER BY id;

ALTER TABLE vg.account_sessions ADD COLUMN membership_id bigint REFERENCES vg.account_memberships (id);
UPDATE vg.account_sessions s SET membership_id = m.id FROM vg.account_memberships m WHERE m.account_id = s.account_id;
ALTER TABLE vg.account_sessions ALTER COLUMN membership_id SET NOT NULL;
CREATE INDEX account_sessions_by_membership ON vg.account_sessions (membership_id);

ALTER TABLE vg.accounts DROP CONSTRAINT accounts_role_party;
DROP INDEX vg.accounts_by_institution;
DROP INDEX vg.accounts_by_vendor;
ALTER TABLE vg.accounts DROP COLUMN role, DROP COLUMN institution_id, DROP COLUMN vendor_id;

-- An invitation now only ever reaches the invitee by e-mail; accepting it adds the membership (to a new account, or to
-- the existing account of that address after its password is given).
ALTER TABLE vg.account_invitations ADD COLUMN membership_id bigint REFERENCES vg.account_memberships (id);
UPDATE vg.account_invitations i SET membership_id = m.id FROM vg.account_memberships m WHERE m.account_id = i.account_id;

-- Item 6. The identity provider's subject an account signed in with, once its verified e-mail matched: from then on the
-- subject is what matches, and another subject with the same address is refused.
CREATE TABLE vg.account_identities
(
    issuer      text        NOT NULL,
    subject     text        NOT NULL,
    account_id  bigint      NOT NULL REFERENCES vg.accounts (id),
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (issuer, subject),
    CONSTRAINT account_identities_one_per_issuer UNIQUE (account_id, issuer)
);

-- Item 7. Password reset by a one-time link e-mailed to the account's address; only the token's hash is kept.
CREATE TABLE vg.password_resets
(
    token_hash  bytea       NOT NULL PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES vg.accounts (id),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX password_resets_by_account ON vg.password_resets (account_id, created_at);

-- Item 5. Calendar feed URLs are credentials too: keep their SHA-256 only (PostgreSQL's sha256() of the UTF-8 token).
ALTER TABLE vg.calendar_feeds ADD COLUMN token_hash bytea;
UPDATE vg.calendar_feeds SET token_hash = sha256(convert_to(token, 'UTF8'));
ALTER TABLE vg.calendar_feeds DROP COLUMN token;
ALTER TABLE vg.calendar_feeds ALTER COLUMN token_hash SET NOT NULL;
ALTER TABLE vg.calendar_feeds ADD PRIMARY KEY (token_hash);

-- Secrets that reached stored answers and the audit trail before this migration: stored first responses carrying an
-- invitation link or a feed URL are dropped (a retry then runs again), and the feed tokens that revocations wrote
-- into the audit trail are replaced by their hash, the form the gateway writes from now on. This is the one rewrite
-- of the append-only audit trail, done here by its owner and never by the application.
DELETE FROM vg.idempotency_keys
 WHERE position(convert_to('/accept-invitation#', 'UTF8') IN body) > 0
    OR position(convert_to('/api/notifications/feeds/', 'UTF8') IN body) > 0;
ALTER TABLE vg.audit_log DISABLE TRIGGER audit_log_append_only;
UPDATE vg.audit_log SET resource_id = 'sha256:' || encode(sha256(convert_to(resource_id, 'UTF8')), 'hex')
 WHERE route = '/api/notifications/feeds/{token}' AND resource_id IS NOT NULL AND resource_id NOT LIKE 'sha256:%';
ALTER TABLE vg.audit_log ENABLE TRIGGER audit_log_append_only;
