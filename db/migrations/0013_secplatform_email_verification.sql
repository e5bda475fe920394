-- secplatform (issue 17, item 2): the platform is no spam relay.
--
-- A contact's e-mail address gets reminders and digests only once someone holding its mailbox followed the link
-- sent to it: vg.email_addresses keeps the address (lower case), the SHA-256 of the link's secret token (never
-- the token), when the link was sent (at most once a day per address) and when it was followed. A portal account's
-- username counts as verified too: it was proven by accepting the invitation sent to it.
CREATE TABLE vg.email_addresses
(
    address       text        NOT NULL PRIMARY KEY,   -- lower(address)
    token_hash    bytea,
    requested_at  timestamptz,                        -- the current link's issue; it lapses 7 days later
    last_sent_at  timestamptz,                        -- the last verification e-mail to it: at most one a day
    verified_at   timestamptz
);
CREATE UNIQUE INDEX email_addresses_by_token ON vg.email_addresses (token_hash) WHERE token_hash IS NOT NULL;

-- When each e-mail or webhook call left, for the per-recipient rate limit (so many per hour to one address or webhook).
ALTER TABLE vg.notifications ADD COLUMN sent_at timestamptz;
CREATE INDEX notifications_sent_by_address ON vg.notifications (channel, address, sent_at) WHERE delivery = 'sent';
