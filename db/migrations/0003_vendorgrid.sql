-- The application's own tables. Grain state lives in orleans.grain_state; Hangfire creates and owns
-- schema "hangfire" itself. Append-only history tables (ledger, events) arrive with the engine work.

CREATE SCHEMA IF NOT EXISTS vg;

-- Last run of each recurring job, so operators (and tests) can see that the job server is alive.
CREATE TABLE vg.job_heartbeats
(
    job_id       text        NOT NULL PRIMARY KEY,
    host_name    text        NOT NULL,
    last_beat_at timestamptz NOT NULL,
    beats        bigint      NOT NULL DEFAULT 1
);
