-- Per-user read state of the portal inbox (issue 5). A notification still goes to a party (institution:{id} or
-- vendor:{id}) exactly once, under its operation key; who of that party has read it is a separate fact, one row
-- per notification and user, so one user reading no longer marks it read for every colleague. "Unread" for a
-- user means "no row here for that user".
--
-- reader is the user's token subject (sub): the inbox is already the caller's own party, so within one
-- notification the subject names one user. vg.notifications.read_at is no longer written: a notification
-- marked read before this migration (by someone of the party, unknown who) stays read for all of the party.
CREATE TABLE vg.notification_reads
(
    notification_id bigint      NOT NULL REFERENCES vg.notifications (id) ON DELETE CASCADE,
    reader          text        NOT NULL,
    read_at         timestamptz NOT NULL,
    PRIMARY KEY (notification_id, reader)
);
