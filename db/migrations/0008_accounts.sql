-- Local accounts for the portal's sign-in (issue 7) and the users an institution admin manages (issue 4).
-- Times come from the application's clock (its TimeProvider), never now(): lock-out and expiry are testable.

-- One person's login. username is the e-mail address, unique whatever its letter case. The party columns follow
-- the role exactly as a token's claims do (CurrentCaller.Problem): institution roles name an institution, a vendor
-- user names a vendor, a platform admin names neither.
CREATE TABLE vg.accounts
(
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username         text        NOT NULL,
    display_name     text        NOT NULL,
    role             text        NOT NULL,
    institution_id   text,
    vendor_id        text,
    password_hash    text,                      -- ASP.NET Core Identity PasswordHasher format; null = OIDC sign-in only
    failed_attempts  integer     NOT NULL DEFAULT 0,   -- consecutive failures since the last success or lock-out
    locked_until     timestamptz,
    disabled_at      timestamptz,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,      -- who invited them (CurrentCaller.Identity), or 'demo-seed'
    CONSTRAINT accounts_role_party CHECK (
        (role = 'platform-admin' AND institution_id IS NULL AND vendor_id IS NULL)
        OR (role IN ('institution-admin', 'institution-staff') AND institution_id IS NOT NULL AND vendor_id IS NULL)
        OR (role = 'vendor' AND vendor_id IS NOT NULL AND institution_id IS NULL))
);
CREATE UNIQUE INDEX accounts_username ON vg.accounts (lower(username));
CREATE INDEX accounts_by_institution ON vg.accounts (institution_id, id) WHERE institution_id IS NOT NULL;
CREATE INDEX accounts_by_vendor ON vg.accounts (vendor_id, id) WHERE vendor_id IS NOT NULL;

-- A browser session behind the vg_session cookie. Only SHA-256 hashes of the cookie and of its CSRF token are
-- kept, so a copy of this table signs nobody in. Logout sets revoked_at; a disabled account's sessions stop
-- working at once because every request joins the account.
CREATE TABLE vg.account_sessions
(
    token_hash  bytea       NOT NULL PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES vg.accounts (id),
    csrf_hash   bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);
CREATE INDEX account_sessions_by_account ON vg.account_sessions (account_id);

-- An invitation to become a user of a party. The secret token in the accept URL is the credential; only its hash
-- is stored. Single use: accepted_at is set in the same statement that checks it is still null.
CREATE TABLE vg.account_invitations
(
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash      bytea       NOT NULL UNIQUE,
    email           text        NOT NULL,
    display_name    text        NOT NULL,
    role            text        NOT NULL,
    institution_id  text,
    vendor_id       text,
    invited_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    accepted_at     timestamptz,
    account_id      bigint      REFERENCES vg.accounts (id)
);
