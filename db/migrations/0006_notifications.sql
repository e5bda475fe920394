-- Reminders and notifications (issue 5). Grains keep the deadline index current; the deadline sweep
-- (a Hangfire recurring job) reads only the rows whose next reminder is due; notifications are keyed by
-- their operation key so a retried, doubled or interrupted sweep can never notify twice.

-- Reminder policy per institution; an institution without a row gets ReminderPolicy.Default
-- (30, 7 and 1 day before, at due, daily while late). policy is {"before":[{"amount":3,"unit":"WorkingDays"}],"atDue":true,"dailyWhileLate":true}.
CREATE TABLE vg.reminder_policies
(
    institution_id text        NOT NULL PRIMARY KEY,
    policy         jsonb       NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- One row per open or late obligation with a due instant, rewritten by its contract grain whenever the
-- contract's facts change and advanced by the grain after each sweep. Met or waived obligations have no row.
CREATE TABLE vg.deadline_index
(
    contract_key      text        NOT NULL,
    obligation_id     text        NOT NULL,
    institution_id    text        NOT NULL,
    vendor_id         text        NOT NULL,
    party             text        NOT NULL,   -- vendor | client: whose obligation it is
    recipient         text        NOT NULL,   -- the inbox it goes to: vendor:{id} or institution:{id}
    title             text        NOT NULL,
    due_at            timestamptz NOT NULL,
    status            text        NOT NULL,   -- open | late
    next_point        text,                   -- key of the next reminder point, e.g. 7d-before, due, late-3
    next_reminder_at  timestamptz,            -- null when the policy has no more reminders for it
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (contract_key, obligation_id)
);
-- The sweep's only question: which contracts have a reminder due now.
CREATE INDEX deadline_index_due ON vg.deadline_index (next_reminder_at, contract_key) WHERE next_reminder_at IS NOT NULL;
CREATE INDEX deadline_index_by_recipient ON vg.deadline_index (recipient, due_at);

-- Every notification ever created, one per recipient and channel. operation_key is
-- {contract}:{obligation}:{reminder point}:{recipient}:{channel}; the unique constraint is what makes
-- "exactly once" hold however many sweeps run.
CREATE TABLE vg.notifications
(
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    operation_key  text        NOT NULL,
    contract_key   text        NOT NULL,
    obligation_id  text        NOT NULL,
    point          text        NOT NULL,
    recipient      text        NOT NULL,   -- vendor:{id} | institution:{id}
    channel        text        NOT NULL,   -- inbox | email | webhook
    address        text,                   -- the e-mail address or webhook id, for delivering channels
    title          text        NOT NULL,
    body           text        NOT NULL,
    due_at         timestamptz NOT NULL,
    created_at     timestamptz NOT NULL,
    read_at        timestamptz,
    delivery       text        NOT NULL DEFAULT 'pending',   -- inbox: delivered; else pending | sent | failed
    attempts       integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_error     text,
    CONSTRAINT notifications_operation_key UNIQUE (operation_key)
);
CREATE INDEX notifications_by_recipient ON vg.notifications (recipient, id DESC);
CREATE INDEX notifications_pending ON vg.notifications (next_attempt_at) WHERE delivery = 'pending';

-- Webhooks per institution or vendor (owner is institution:{id} or vendor:{id}, like an inbox). format:
-- generic (JSON signed with HMAC-SHA256 of "{timestamp}.{body}" under secret), wecom or dingtalk (group
-- robots; a dingtalk secret turns on its own URL signature). Each reminder makes one notification per
-- active webhook of the party who must act, channel 'webhook', address the webhook id.
CREATE TABLE vg.webhooks
(
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner      text        NOT NULL,
    url        text        NOT NULL,
    format     text        NOT NULL DEFAULT 'generic' CHECK (format IN ('generic', 'wecom', 'dingtalk')),
    secret     text,
    active     boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhooks_by_owner ON vg.webhooks (owner) WHERE active;

-- iCalendar feeds: a secret, revocable URL per user showing the open deadlines of the user's party.
CREATE TABLE vg.calendar_feeds
(
    token      text        NOT NULL PRIMARY KEY,   -- 32 random bytes, base64url: the URL is the credential
    owner      text        NOT NULL,               -- institution:{id} | vendor:{id}
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);
