-- The contract engine's history: definitions as created and every recorded fact, append-only.
-- Grain state stays small (summary and counters); the full history lives here, keyed for idempotency.

CREATE TABLE vg.contract_definitions
(
    contract_key text        NOT NULL,
    version      integer     NOT NULL,
    definition   text        NOT NULL,   -- the JSON exactly as submitted
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (contract_key, version)
);

-- One row per fact; (contract_key, fact_id) makes recording the same fact twice a no-op.
CREATE TABLE vg.contract_facts
(
    contract_key text        NOT NULL,
    fact_id      text        NOT NULL,
    seq          bigint      GENERATED ALWAYS AS IDENTITY,
    fact_type    text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    recorded_at  timestamptz NOT NULL,
    payload      jsonb       NOT NULL,
    PRIMARY KEY (contract_key, fact_id)
);
CREATE INDEX contract_facts_by_contract ON vg.contract_facts (contract_key, seq);

CREATE FUNCTION vg.refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'table %.% is append-only', TG_TABLE_SCHEMA, TG_TABLE_NAME;
END
$$;

CREATE TRIGGER contract_facts_append_only BEFORE UPDATE OR DELETE ON vg.contract_facts
    FOR EACH ROW EXECUTE FUNCTION vg.refuse_change();
CREATE TRIGGER contract_facts_no_truncate BEFORE TRUNCATE ON vg.contract_facts
    FOR EACH STATEMENT EXECUTE FUNCTION vg.refuse_change();
CREATE TRIGGER contract_definitions_append_only BEFORE UPDATE OR DELETE ON vg.contract_definitions
    FOR EACH ROW EXECUTE FUNCTION vg.refuse_change();

-- Holiday years announced after the build (the build ships 2016–2026 in data/calendar).
CREATE TABLE vg.holiday_years
(
    year         integer     NOT NULL PRIMARY KEY,
    announcement text        NOT NULL,
    added_at     timestamptz NOT NULL DEFAULT now(),
    added_by     text        NOT NULL
);

-- An institution's own closures and working hours, applied on top of the national calendar.
CREATE TABLE vg.institution_calendars
(
    institution_id text        NOT NULL PRIMARY KEY,
    closures       date[]      NOT NULL DEFAULT '{}',
    work_starts    time        NOT NULL DEFAULT '08:00',
    work_ends      time        NOT NULL DEFAULT '17:00',
    updated_at     timestamptz NOT NULL DEFAULT now()
);
