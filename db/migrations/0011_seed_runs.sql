-- Start-up seeding (issue 14). A silo started with VG_SEEDS marks its seed directory requested here before Orleans
-- starts and completed once every contract in it is created; a gateway answers /health/ready only while no such
-- run is open, so a script that waits for ready and then lists contracts sees every seeded one. A silo that died
-- mid-run leaves its row open until the next start with the same directory completes it.
CREATE TABLE vg.seed_runs
(
    seeds           text        PRIMARY KEY,
    requested_at    timestamptz NOT NULL,
    completed_at    timestamptz,
    created         integer,
    already_present integer,
    rejected        integer
);
