--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: orleans; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA orleans;


--
-- Name: vg; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA vg;


--
-- Name: bump_membership_version(text, integer); Type: FUNCTION; Schema: orleans; Owner: -
--

CREATE FUNCTION orleans.bump_membership_version(p_deployment_id text, p_expected_version integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE orleans.membership_version
       SET version = version + 1, changed_at = now()
     WHERE deployment_id = p_deployment_id AND version = p_expected_version;
    RETURN FOUND;
END
$$;


--
-- Name: insert_membership(text, text, integer, integer, text, text, integer, integer, timestamp with time zone, timestamp with time zone, integer); Type: FUNCTION; Schema: orleans; Owner: -
--

CREATE FUNCTION orleans.insert_membership(p_deployment_id text, p_address text, p_port integer, p_generation integer, p_silo_name text, p_host_name text, p_status integer, p_proxy_port integer, p_start_time timestamp with time zone, p_i_am_alive_time timestamp with time zone, p_expected_version integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NOT orleans.bump_membership_version(p_deployment_id, p_expected_version) THEN
        RETURN 0;
    END IF;
    INSERT INTO orleans.membership (deployment_id, address, port, generation, silo_name, host_name,
                                    status, proxy_port, start_time, i_am_alive_time)
    VALUES (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
            p_status, p_proxy_port, p_start_time, p_i_am_alive_time)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'membership row already exists';
    END IF;
    RETURN 1;
EXCEPTION WHEN raise_exception THEN
    -- Leaving the block through the handler undoes the version bump above.
    RETURN 0;
END
$$;


--
-- Name: update_membership(text, text, integer, integer, integer, text, timestamp with time zone, integer); Type: FUNCTION; Schema: orleans; Owner: -
--

CREATE FUNCTION orleans.update_membership(p_deployment_id text, p_address text, p_port integer, p_generation integer, p_status integer, p_suspect_times text, p_i_am_alive_time timestamp with time zone, p_expected_version integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NOT orleans.bump_membership_version(p_deployment_id, p_expected_version) THEN
        RETURN 0;
    END IF;
    UPDATE orleans.membership
       SET status = p_status,
           suspect_times = p_suspect_times,
           i_am_alive_time = greatest(i_am_alive_time, p_i_am_alive_time)
     WHERE deployment_id = p_deployment_id AND address = p_address
       AND port = p_port AND generation = p_generation;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'membership row not found';
    END IF;
    RETURN 1;
EXCEPTION WHEN raise_exception THEN
    RETURN 0;
END
$$;


--
-- Name: write_grain_state(text, integer, integer, bigint, bigint, text, text, integer, bytea); Type: FUNCTION; Schema: orleans; Owner: -
--

CREATE FUNCTION orleans.write_grain_state(p_service_id text, p_grain_type_hash integer, p_grain_id_hash integer, p_grain_id_n0 bigint, p_grain_id_n1 bigint, p_grain_type_string text, p_grain_id_extension_string text, p_expected_version integer, p_payload bytea) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    new_version integer;
BEGIN
    IF p_expected_version IS NULL THEN
        INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1,
                                         grain_type_string, grain_id_extension_string, payload_binary, version)
        VALUES (p_service_id, p_grain_type_hash, p_grain_id_hash, p_grain_id_n0, p_grain_id_n1,
                p_grain_type_string, p_grain_id_extension_string, p_payload, 1)
        ON CONFLICT ON CONSTRAINT grain_state_identity DO NOTHING
        RETURNING version INTO new_version;
    ELSE
        UPDATE orleans.grain_state
           SET payload_binary = p_payload, version = version + 1, modified_at = now()
         WHERE service_id = p_service_id AND grain_type_hash = p_grain_type_hash
           AND grain_id_hash = p_grain_id_hash AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_type_string = p_grain_type_string
           AND grain_id_extension_string IS NOT DISTINCT FROM p_grain_id_extension_string
           AND version = p_expected_version
        RETURNING version INTO new_version;
    END IF;
    RETURN new_version;
END
$$;


--
-- Name: refuse_change(); Type: FUNCTION; Schema: vg; Owner: -
--

CREATE FUNCTION vg.refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'table %.% is append-only', TG_TABLE_SCHEMA, TG_TABLE_NAME;
END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: grain_state; Type: TABLE; Schema: orleans; Owner: -
--

CREATE TABLE orleans.grain_state (
    service_id text NOT NULL,
    grain_type_hash integer NOT NULL,
    grain_id_hash integer NOT NULL,
    grain_id_n0 bigint NOT NULL,
    grain_id_n1 bigint NOT NULL,
    grain_type_string text NOT NULL,
    grain_id_extension_string text,
    payload_binary bytea,
    version integer NOT NULL,
    modified_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: membership; Type: TABLE; Schema: orleans; Owner: -
--

CREATE TABLE orleans.membership (
    deployment_id text NOT NULL,
    address text NOT NULL,
    port integer NOT NULL,
    generation integer NOT NULL,
    silo_name text NOT NULL,
    host_name text NOT NULL,
    status integer NOT NULL,
    proxy_port integer,
    suspect_times text,
    start_time timestamp with time zone NOT NULL,
    i_am_alive_time timestamp with time zone NOT NULL
);


--
-- Name: membership_version; Type: TABLE; Schema: orleans; Owner: -
--

CREATE TABLE orleans.membership_version (
    deployment_id text NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    changed_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: orleansquery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansquery (
    querykey text NOT NULL,
    querytext text NOT NULL
);


--
-- Name: vg_schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vg_schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: account_invitations; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.account_invitations (
    id bigint NOT NULL,
    token_hash bytea NOT NULL,
    email text NOT NULL,
    display_name text NOT NULL,
    role text NOT NULL,
    institution_id text,
    vendor_id text,
    invited_by text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    accepted_at timestamp with time zone,
    account_id bigint
);


--
-- Name: account_invitations_id_seq; Type: SEQUENCE; Schema: vg; Owner: -
--

ALTER TABLE vg.account_invitations ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME vg.account_invitations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: account_sessions; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.account_sessions (
    token_hash bytea NOT NULL,
    account_id bigint NOT NULL,
    csrf_hash bytea NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: accounts; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.accounts (
    id bigint NOT NULL,
    username text NOT NULL,
    display_name text NOT NULL,
    role text NOT NULL,
    institution_id text,
    vendor_id text,
    password_hash text,
    failed_attempts integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone,
    disabled_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    created_by text NOT NULL,
    CONSTRAINT accounts_role_party CHECK ((((role = 'platform-admin'::text) AND (institution_id IS NULL) AND (vendor_id IS NULL)) OR ((role = ANY (ARRAY['institution-admin'::text, 'institution-staff'::text])) AND (institution_id IS NOT NULL) AND (vendor_id IS NULL)) OR ((role = 'vendor'::text) AND (vendor_id IS NOT NULL) AND (institution_id IS NULL))))
);


--
-- Name: accounts_id_seq; Type: SEQUENCE; Schema: vg; Owner: -
--

ALTER TABLE vg.accounts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME vg.accounts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_log; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.audit_log (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    subject text NOT NULL,
    role text,
    tenant text,
    method text NOT NULL,
    route text NOT NULL,
    resource_id text,
    request_id text NOT NULL,
    status integer NOT NULL,
    resource_tenant text
);


--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: vg; Owner: -
--

ALTER TABLE vg.audit_log ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME vg.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: calendar_feeds; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.calendar_feeds (
    token text NOT NULL,
    owner text NOT NULL,
    created_by text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: contract_definitions; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.contract_definitions (
    contract_key text NOT NULL,
    version integer NOT NULL,
    definition text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: contract_facts; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.contract_facts (
    contract_key text NOT NULL,
    fact_id text NOT NULL,
    seq bigint NOT NULL,
    fact_type text NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    payload jsonb NOT NULL
);


--
-- Name: contract_facts_seq_seq; Type: SEQUENCE; Schema: vg; Owner: -
--

ALTER TABLE vg.contract_facts ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME vg.contract_facts_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: contract_statements; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.contract_statements (
    contract_key text NOT NULL,
    month text NOT NULL,
    workbook bytea NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    CONSTRAINT contract_statements_month_check CHECK ((month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'::text))
);


--
-- Name: deadline_index; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.deadline_index (
    contract_key text NOT NULL,
    obligation_id text NOT NULL,
    institution_id text NOT NULL,
    vendor_id text NOT NULL,
    party text NOT NULL,
    recipient text NOT NULL,
    title text NOT NULL,
    due_at timestamp with time zone NOT NULL,
    status text NOT NULL,
    next_point text,
    next_reminder_at timestamp with time zone,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: holiday_years; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.holiday_years (
    year integer NOT NULL,
    announcement text NOT NULL,
    added_at timestamp with time zone DEFAULT now() NOT NULL,
    added_by text NOT NULL
);


--
-- Name: idempotency_keys; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.idempotency_keys (
    caller text NOT NULL,
    key text NOT NULL,
    request_hash text NOT NULL,
    status integer NOT NULL,
    content_type text,
    body bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: institution_calendars; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.institution_calendars (
    institution_id text NOT NULL,
    closures date[] DEFAULT '{}'::date[] NOT NULL,
    work_starts time without time zone DEFAULT '08:00:00'::time without time zone NOT NULL,
    work_ends time without time zone DEFAULT '17:00:00'::time without time zone NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: job_heartbeats; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.job_heartbeats (
    job_id text NOT NULL,
    host_name text NOT NULL,
    last_beat_at timestamp with time zone NOT NULL,
    beats bigint DEFAULT 1 NOT NULL
);


--
-- Name: notification_reads; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.notification_reads (
    notification_id bigint NOT NULL,
    reader text NOT NULL,
    read_at timestamp with time zone NOT NULL
);


--
-- Name: notifications; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.notifications (
    id bigint NOT NULL,
    operation_key text NOT NULL,
    contract_key text NOT NULL,
    obligation_id text NOT NULL,
    point text NOT NULL,
    recipient text NOT NULL,
    channel text NOT NULL,
    address text,
    title text NOT NULL,
    body text NOT NULL,
    due_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone,
    delivery text DEFAULT 'pending'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone,
    last_error text
);


--
-- Name: notifications_id_seq; Type: SEQUENCE; Schema: vg; Owner: -
--

ALTER TABLE vg.notifications ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME vg.notifications_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reminder_policies; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.reminder_policies (
    institution_id text NOT NULL,
    policy jsonb NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: webhooks; Type: TABLE; Schema: vg; Owner: -
--

CREATE TABLE vg.webhooks (
    id bigint NOT NULL,
    owner text NOT NULL,
    url text NOT NULL,
    format text DEFAULT 'generic'::text NOT NULL,
    secret text,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT webhooks_format_check CHECK ((format = ANY (ARRAY['generic'::text, 'wecom'::text, 'dingtalk'::text])))
);


--
-- Name: webhooks_id_seq; Type: SEQUENCE; Schema: vg; Owner: -
--

ALTER TABLE vg.webhooks ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME vg.webhooks_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: grain_state; Type: TABLE DATA; Schema: orleans; Owner: -
--

INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', 464135897, -995569514, 0, 0, 'contract-state', '12110000400686566Y/c1-childrens-internet-hospital-2016', '\x20e8c00121e8404763312d6368696c6472656e732d696e7465726e65742d686f73706974616c2d32303136410141b5e9a696e983bde58cbbe7a791e5a4a7e5ada6e99984e5b19ee9a696e983bde584bfe7aba5e58cbbe5ada6e4b8ade5bf83e4ba92e88194e7bd91e58cbbe999a2e8bf90e890a5e7aea1e79086e69c8de58aa1e59088e5908ce4b9a621e840253132313130303030343030363836353636594161e9a696e983bde58cbbe7a791e5a4a7e5ada6e99984e5b19ee9a696e983bde584bfe7aba5e58cbbe5ada6e4b8ade5bf83e021e840253931313130303030363333363937323037344149e9a696e983bde4bfa1e681afe58f91e5b195e882a1e4bbbde69c89e99990e585ace58fb8e061453b0b0061b13c0b0041210000000000000000e0d40e0000000000e00105e0', 1, '2026-12-03 04:13:09.953673+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', 1669396917, 2007673038, 0, 0, 'vendor-state', '911100006336972074', '\x20e82020000321406d3132313130303030343030363836353636592f63312d6368696c6472656e732d696e7465726e65742d686f73706974616c2d3230313621e8404763312d6368696c6472656e732d696e7465726e65742d686f73706974616c2d32303136410141b5e9a696e983bde58cbbe7a791e5a4a7e5ada6e99984e5b19ee9a696e983bde584bfe7aba5e58cbbe5ada6e4b8ade5bf83e4ba92e88194e7bd91e58cbbe999a2e8bf90e890a5e7aea1e79086e69c8de58aa1e59088e5908ce4b9a621e840253132313130303030343030363836353636594161e9a696e983bde58cbbe7a791e5a4a7e5ada6e99984e5b19ee9a696e983bde584bfe7aba5e58cbbe5ada6e4b8ade5bf83e021e840253931313130303030363333363937323037344149e9a696e983bde4bfa1e681afe58f91e5b195e882a1e4bbbde69c89e99990e585ace58fb8e061453b0b0061b13c0b0041210000000000000000e0d40e0000000000e0e0e0c101c101e0c1012120e03101312cd42e1d537472696e67436f6d706172657200030101e0e0e0', 1, '2026-12-03 04:13:09.99806+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', -1506077405, -1602361236, 0, 0, 'institution-state', '12110000400686566Y', '\x20e82020000321404763312d6368696c6472656e732d696e7465726e65742d686f73706974616c2d3230313621e8c00d410141b5e9a696e983bde58cbbe7a791e5a4a7e5ada6e99984e5b19ee9a696e983bde584bfe7aba5e58cbbe5ada6e4b8ade5bf83e4ba92e88194e7bd91e58cbbe999a2e8bf90e890a5e7aea1e79086e69c8de58aa1e59088e5908ce4b9a621e840253132313130303030343030363836353636594161e9a696e983bde58cbbe7a791e5a4a7e5ada6e99984e5b19ee9a696e983bde584bfe7aba5e58cbbe5ada6e4b8ade5bf83e021e840253931313130303030363333363937323037344149e9a696e983bde4bfa1e681afe58f91e5b195e882a1e4bbbde69c89e99990e585ace58fb8e061453b0b0061b13c0b0041210000000000000000e0d40e0000000000e0e0e0c101c101e0e0', 1, '2026-12-03 04:13:10.483772+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', 464135897, 1124072090, 0, 0, 'contract-state', '121100004006863122/c2-chaoyang-his-2026', '\x20e8c00121e8402963322d6368616f79616e672d6869732d323032364155e69c9de58cbb2d323032362d41432de4bfa1e681afe7aea1e79086e58a9ee585ace5aea42d3131372d3541a5e58c97e4baace69c9de998b3e58cbbe999a2484953e694b9e980a0e58f8ae8bf90e7bbb4e69c8de58aa1efbc88e69cace983a82be5b8b8e890a5efbc89e9a1b9e79baee8bf90e7bbb4e59088e5908ce4b9a621e840253132313130303030343030363836333132324155e9a696e983bde58cbbe7a791e5a4a7e5ada6e99984e5b19ee58c97e4baace69c9de998b3e58cbbe999a2e021e8402539313131303130364d4130314135314537424149e9a696e4bfa1e58cbbe88194e4bfa1e681afe68a80e69cafe69c89e99990e585ace58fb8e06143490b0061c94a0b0041210000000000000000b881160000000000e00105e0', 1, '2026-12-03 04:13:10.634134+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', 1669396917, 1236863936, 0, 0, 'vendor-state', '91110106MA01A51E7B', '\x20e82020000321404f3132313130303030343030363836333132322f63322d6368616f79616e672d6869732d3230323621e8402963322d6368616f79616e672d6869732d323032364155e69c9de58cbb2d323032362d41432de4bfa1e681afe7aea1e79086e58a9ee585ace5aea42d3131372d3541a5e58c97e4baace69c9de998b3e58cbbe999a2484953e694b9e980a0e58f8ae8bf90e7bbb4e69c8de58aa1efbc88e69cace983a82be5b8b8e890a5efbc89e9a1b9e79baee8bf90e7bbb4e59088e5908ce4b9a621e840253132313130303030343030363836333132324155e9a696e983bde58cbbe7a791e5a4a7e5ada6e99984e5b19ee58c97e4baace69c9de998b3e58cbbe999a2e021e8402539313131303130364d4130314135314537424149e9a696e4bfa1e58cbbe88194e4bfa1e681afe68a80e69cafe69c89e99990e585ace58fb8e06143490b0061c94a0b0041210000000000000000b881160000000000e0e0e0c101c101e0c1012120e03101312cd42e1d537472696e67436f6d706172657200030101e0e0e0', 1, '2026-12-03 04:13:10.670104+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', -1506077405, -1246066825, 0, 0, 'institution-state', '121100004006863122', '\x20e82020000321402963322d6368616f79616e672d6869732d3230323621e8c00d4155e69c9de58cbb2d323032362d41432de4bfa1e681afe7aea1e79086e58a9ee585ace5aea42d3131372d3541a5e58c97e4baace69c9de998b3e58cbbe999a2484953e694b9e980a0e58f8ae8bf90e7bbb4e69c8de58aa1efbc88e69cace983a82be5b8b8e890a5efbc89e9a1b9e79baee8bf90e7bbb4e59088e5908ce4b9a621e840253132313130303030343030363836333132324155e9a696e983bde58cbbe7a791e5a4a7e5ada6e99984e5b19ee58c97e4baace69c9de998b3e58cbbe999a2e021e8402539313131303130364d4130314135314537424149e9a696e4bfa1e58cbbe88194e4bfa1e681afe68a80e69cafe69c89e99990e585ace58fb8e06143490b0061c94a0b0041210000000000000000b881160000000000e0e0e0c101c101e0e0', 1, '2026-12-03 04:13:10.859079+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', 464135897, -2050537137, 0, 0, 'contract-state', 'bj-health-data-center/c3-medical-registration-ops-2024', '\x20e8c00121e8404163332d6d65646963616c2d726567697374726174696f6e2d6f70732d32303234410141c9e58c97e4baace5b882e58cbbe694bfe58cbbe7aea1e794b5e5ad90e58c96e6b3a8e5868ce5b9b3e58fb0e58f8ae58cbbe694bfe7aea1e79086e8bf90e7bbb420e794b5e5ad90e694bfe58aa1e8bf90e7bbb4e9a1b9e79baee69c8de58aa1e59088e5908c21e8402b626a2d6865616c74682d646174612d63656e7465724167e58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a4a7e695b0e68daee4b88ee694bfe7ad96e7a094e7a9b6e4b8ade5bf83e021e8401b6d696e6b652d6d65646963616c4149e58c97e4baace6b091e7a791e58cbbe79697e7a791e68a80e69c89e99990e585ace58fb8e06124470b006190480b0041210000000000000000689a1b0000000000e00105e0', 1, '2026-12-03 04:13:10.929281+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', 1669396917, 169749051, 0, 0, 'vendor-state', 'minke-medical', '\x20e82020000321406d626a2d6865616c74682d646174612d63656e7465722f63332d6d65646963616c2d726567697374726174696f6e2d6f70732d3230323421e8404163332d6d65646963616c2d726567697374726174696f6e2d6f70732d32303234410141c9e58c97e4baace5b882e58cbbe694bfe58cbbe7aea1e794b5e5ad90e58c96e6b3a8e5868ce5b9b3e58fb0e58f8ae58cbbe694bfe7aea1e79086e8bf90e7bbb420e794b5e5ad90e694bfe58aa1e8bf90e7bbb4e9a1b9e79baee69c8de58aa1e59088e5908c21e8402b626a2d6865616c74682d646174612d63656e7465724167e58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a4a7e695b0e68daee4b88ee694bfe7ad96e7a094e7a9b6e4b8ade5bf83e021e8401b6d696e6b652d6d65646963616c4149e58c97e4baace6b091e7a791e58cbbe79697e7a791e68a80e69c89e99990e585ace58fb8e06124470b006190480b0041210000000000000000689a1b0000000000e0e0e0c101c101e0c1012120e03101312cd42e1d537472696e67436f6d706172657200030101e0e0e0', 1, '2026-12-03 04:13:10.94749+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', 464135897, -524590327, 0, 0, 'contract-state', 'bj-health-data-center/c4-health-commission-medadmin-ops-2024', '\x20e8c00121e8404d63342d6865616c74682d636f6d6d697373696f6e2d6d656461646d696e2d6f70732d32303234410141a5e58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a794e58cbbe694bfe7aea1e79086e7b3bbe7bb9fe8bf90e8a18ce7bbb4e68aa4e9a1b9e79baee59088e5908cefbc8832303234e5b9b4e5baa6efbc8921e8402b626a2d6865616c74682d646174612d63656e7465724167e58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a4a7e695b0e68daee4b88ee694bfe7ad96e7a094e7a9b6e4b8ade5bf83e021e84021687561616e2d7a686f6e676368656e674155e58c97e4baace58d8ee5ae89e4bc97e68890e4bfa1e681afe68a80e69cafe69c89e99990e585ace58fb8e061e2460b00614e480b0041210000000000000000fc5c0b0000000000e00105e0', 1, '2026-12-03 04:13:11.025498+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', 1669396917, 389562654, 0, 0, 'vendor-state', 'huaan-zhongcheng', '\x20e820200003214079626a2d6865616c74682d646174612d63656e7465722f63342d6865616c74682d636f6d6d697373696f6e2d6d656461646d696e2d6f70732d3230323421e8404d63342d6865616c74682d636f6d6d697373696f6e2d6d656461646d696e2d6f70732d32303234410141a5e58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a794e58cbbe694bfe7aea1e79086e7b3bbe7bb9fe8bf90e8a18ce7bbb4e68aa4e9a1b9e79baee59088e5908cefbc8832303234e5b9b4e5baa6efbc8921e8402b626a2d6865616c74682d646174612d63656e7465724167e58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a4a7e695b0e68daee4b88ee694bfe7ad96e7a094e7a9b6e4b8ade5bf83e021e84021687561616e2d7a686f6e676368656e674155e58c97e4baace58d8ee5ae89e4bc97e68890e4bfa1e681afe68a80e69cafe69c89e99990e585ace58fb8e061e2460b00614e480b0041210000000000000000fc5c0b0000000000e0e0e0c101c101e0c1012120e03101312cd42e1d537472696e67436f6d706172657200030101e0e0e0', 1, '2026-12-03 04:13:11.033108+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', -1506077405, 1488284530, 0, 0, 'institution-state', 'bj-health-data-center', '\x20e82020000521404163332d6d65646963616c2d726567697374726174696f6e2d6f70732d3230323421e8c00d410141c9e58c97e4baace5b882e58cbbe694bfe58cbbe7aea1e794b5e5ad90e58c96e6b3a8e5868ce5b9b3e58fb0e58f8ae58cbbe694bfe7aea1e79086e8bf90e7bbb420e794b5e5ad90e694bfe58aa1e8bf90e7bbb4e9a1b9e79baee69c8de58aa1e59088e5908c21e8402b626a2d6865616c74682d646174612d63656e7465724167e58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a4a7e695b0e68daee4b88ee694bfe7ad96e7a094e7a9b6e4b8ade5bf83e021e8401b6d696e6b652d6d65646963616c4149e58c97e4baace6b091e7a791e58cbbe79697e7a791e68a80e69c89e99990e585ace58fb8e06124470b006190480b0041210000000000000000689a1b0000000000e0e020404d63342d6865616c74682d636f6d6d697373696f6e2d6d656461646d696e2d6f70732d3230323421e8c02bc11341a5e58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a794e58cbbe694bfe7aea1e79086e7b3bbe7bb9fe8bf90e8a18ce7bbb4e68aa4e9a1b9e79baee59088e5908cefbc8832303234e5b9b4e5baa6efbc8921e8402b626a2d6865616c74682d646174612d63656e7465724167e58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a4a7e695b0e68daee4b88ee694bfe7ad96e7a094e7a9b6e4b8ade5bf83e021e84021687561616e2d7a686f6e676368656e674155e58c97e4baace58d8ee5ae89e4bc97e68890e4bfa1e681afe68a80e69cafe69c89e99990e585ace58fb8e061e2460b00614e480b0041210000000000000000fc5c0b0000000000e0e0e0c101c101e0e0', 2, '2026-12-03 04:13:11.047563+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', -340306155, 1636759799, 0, 0, 'platform-directory-state', 'platform', '\x20e82020000921402531323131303030303430303638363331323221e8c00d4155e9a696e983bde58cbbe7a791e5a4a7e5ada6e99984e5b19ee58c97e4baace69c9de998b3e58cbbe999a2e0e020402531323131303030303430303638363536365921e8c0174161e9a696e983bde58cbbe7a791e5a4a7e5ada6e99984e5b19ee9a696e983bde584bfe7aba5e58cbbe5ada6e4b8ade5bf83e0e0204029626a2d6865616c74682d636f6d6d697373696f6e21e8c021413de58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a794e59198e4bc9ae0e020402b626a2d6865616c74682d646174612d63656e74657221e8c02b4167e58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a4a7e695b0e68daee4b88ee694bfe7ad96e7a094e7a9b6e4b8ade5bf83e0e0e0c101c101e02120e0c101c101e0e0', 4, '2026-12-03 04:13:11.068943+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', 464135897, -1997778913, 0, 0, 'contract-state', 'bj-health-commission/c5-booking-platform-2024', '\x20e8c00121e8403163352d626f6f6b696e672d706c6174666f726d2d3230323441014179e58c97e4baace5b882e9a284e7baa6e68c82e58fb7e7bb9fe4b880e5b9b3e58fb0e69c8de58aa1e9a1b9e79baee59088e4bd9ce58d8fe8aeaee4b9a621e84029626a2d6865616c74682d636f6d6d697373696f6e413de58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a794e59198e4bc9ae021e84025393131313030303038303136353732373231416de4b8ade59bbde88194e59088e7bd91e7bb9ce9809ae4bfa1e69c89e99990e585ace58fb8e58c97e4baace5b882e58886e585ace58fb8e06164460b0061d1470b0041210000000000000000c0ea210100000000e00105e0', 1, '2026-12-03 04:13:11.092764+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', 1669396917, 1066699921, 0, 0, 'vendor-state', '911100008016572721', '\x20e82020000321405b626a2d6865616c74682d636f6d6d697373696f6e2f63352d626f6f6b696e672d706c6174666f726d2d3230323421e8403163352d626f6f6b696e672d706c6174666f726d2d3230323441014179e58c97e4baace5b882e9a284e7baa6e68c82e58fb7e7bb9fe4b880e5b9b3e58fb0e69c8de58aa1e9a1b9e79baee59088e4bd9ce58d8fe8aeaee4b9a621e84029626a2d6865616c74682d636f6d6d697373696f6e413de58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a794e59198e4bc9ae021e84025393131313030303038303136353732373231416de4b8ade59bbde88194e59088e7bd91e7bb9ce9809ae4bfa1e69c89e99990e585ace58fb8e58c97e4baace5b882e58886e585ace58fb8e06164460b0061d1470b0041210000000000000000c0ea210100000000e0e0e0c101c101e0c1012120e03101312cd42e1d537472696e67436f6d706172657200030101e0e0e0', 1, '2026-12-03 04:13:11.097968+00');
INSERT INTO orleans.grain_state (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string, payload_binary, version, modified_at) VALUES ('vendorgrid', -1506077405, -356198214, 0, 0, 'institution-state', 'bj-health-commission', '\x20e82020000321403163352d626f6f6b696e672d706c6174666f726d2d3230323421e8c00d41014179e58c97e4baace5b882e9a284e7baa6e68c82e58fb7e7bb9fe4b880e5b9b3e58fb0e69c8de58aa1e9a1b9e79baee59088e4bd9ce58d8fe8aeaee4b9a621e84029626a2d6865616c74682d636f6d6d697373696f6e413de58c97e4baace5b882e58dabe7949fe581a5e5bab7e5a794e59198e4bc9ae021e84025393131313030303038303136353732373231416de4b8ade59bbde88194e59088e7bd91e7bb9ce9809ae4bfa1e69c89e99990e585ace58fb8e58c97e4baace5b882e58886e585ace58fb8e06164460b0061d1470b0041210000000000000000c0ea210100000000e0e0e0c101c101e0e0', 1, '2026-12-03 04:13:11.118908+00');


--
-- Data for Name: orleansquery; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.orleansquery (querykey, querytext) VALUES ('InsertMembershipVersionKey', '
    WITH inserted AS (
        INSERT INTO orleans.membership_version (deployment_id) VALUES (@DeploymentId::text)
        ON CONFLICT DO NOTHING
        RETURNING 1)
    SELECT count(*)::integer FROM inserted
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('InsertMembershipKey', '
    SELECT orleans.insert_membership(@DeploymentId::text, @Address::text, @Port::integer, @Generation::integer,
        @SiloName::text, @HostName::text, @Status::integer, @ProxyPort::integer,
        @StartTime::timestamptz, @IAmAliveTime::timestamptz, @Version::integer)
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('UpdateMembershipKey', '
    SELECT orleans.update_membership(@DeploymentId::text, @Address::text, @Port::integer, @Generation::integer,
        @Status::integer, @SuspectTimes::text, @IAmAliveTime::timestamptz, @Version::integer)
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('UpdateIAmAlivetimeKey', '
    UPDATE orleans.membership
       SET i_am_alive_time = @IAmAliveTime::timestamptz
     WHERE deployment_id = @DeploymentId::text AND address = @Address::text
       AND port = @Port::integer AND generation = @Generation::integer
       AND i_am_alive_time < @IAmAliveTime::timestamptz
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('MembershipReadRowKey', '
    SELECT v.deployment_id AS DeploymentId, m.address AS Address, m.port AS Port, m.generation AS Generation,
           m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
           m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime,
           v.version AS Version
      FROM orleans.membership_version v
      LEFT JOIN orleans.membership m
        ON m.deployment_id = v.deployment_id AND m.address = @Address::text
       AND m.port = @Port::integer AND m.generation = @Generation::integer
     WHERE v.deployment_id = @DeploymentId::text
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('MembershipReadAllKey', '
    SELECT v.deployment_id AS DeploymentId, m.address AS Address, m.port AS Port, m.generation AS Generation,
           m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
           m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime,
           v.version AS Version
      FROM orleans.membership_version v
      LEFT JOIN orleans.membership m ON m.deployment_id = v.deployment_id
     WHERE v.deployment_id = @DeploymentId::text
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('GatewaysQueryKey', '
    SELECT address AS Address, proxy_port AS ProxyPort, generation AS Generation
      FROM orleans.membership
     WHERE deployment_id = @DeploymentId::text AND status = @Status::integer AND proxy_port > 0
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('DeleteMembershipTableEntriesKey', '
    DELETE FROM orleans.membership WHERE deployment_id = @DeploymentId::text;
    DELETE FROM orleans.membership_version WHERE deployment_id = @DeploymentId::text
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('CleanupDefunctSiloEntriesKey', '
    DELETE FROM orleans.membership
     WHERE deployment_id = @DeploymentId::text AND status = 6
       AND i_am_alive_time < @IAmAliveTime::timestamptz
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('CleanupDefunctSiloEntryKey', '
    DELETE FROM orleans.membership
     WHERE deployment_id = @DeploymentId::text AND address = @Address::text
       AND port = @Port::integer AND generation = @Generation::integer AND status = 6
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('WriteToStorageKey', '
    SELECT orleans.write_grain_state(@ServiceId::text, @GrainTypeHash::integer, @GrainIdHash::integer,
        @GrainIdN0::bigint, @GrainIdN1::bigint, @GrainTypeString::text, @GrainIdExtensionString::text,
        @GrainStateVersion::integer, @PayloadBinary::bytea) AS NewGrainStateVersion
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('ReadFromStorageKey', '
    SELECT payload_binary AS PayloadBinary, version AS Version
      FROM orleans.grain_state
     WHERE service_id = @ServiceId::text AND grain_type_hash = @GrainTypeHash::integer
       AND grain_id_hash = @GrainIdHash::integer AND grain_id_n0 = @GrainIdN0::bigint
       AND grain_id_n1 = @GrainIdN1::bigint AND grain_type_string = @GrainTypeString::text
       AND grain_id_extension_string IS NOT DISTINCT FROM @GrainIdExtensionString::text
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('ClearStorageKey', '
    UPDATE orleans.grain_state
       SET payload_binary = NULL, version = version + 1, modified_at = now()
     WHERE service_id = @ServiceId::text AND grain_type_hash = @GrainTypeHash::integer
       AND grain_id_hash = @GrainIdHash::integer AND grain_id_n0 = @GrainIdN0::bigint
       AND grain_id_n1 = @GrainIdN1::bigint AND grain_type_string = @GrainTypeString::text
       AND grain_id_extension_string IS NOT DISTINCT FROM @GrainIdExtensionString::text
       AND version = @GrainStateVersion::integer
    RETURNING version AS NewGrainStateVersion
');
INSERT INTO public.orleansquery (querykey, querytext) VALUES ('DeleteStorageKey', '
    DELETE FROM orleans.grain_state
     WHERE service_id = @ServiceId::text AND grain_type_hash = @GrainTypeHash::integer
       AND grain_id_hash = @GrainIdHash::integer AND grain_id_n0 = @GrainIdN0::bigint
       AND grain_id_n1 = @GrainIdN1::bigint AND grain_type_string = @GrainTypeString::text
       AND grain_id_extension_string IS NOT DISTINCT FROM @GrainIdExtensionString::text
       AND version = @GrainStateVersion::integer
    RETURNING version + 1 AS NewGrainStateVersion
');


--
-- Data for Name: vg_schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.vg_schema_migrations (version, name, checksum, applied_at) VALUES (1, 'orleans_clustering', '3b1b6ee0ef08b5370508e0c52b0d927443b89bdfac7270584969dc593762d19f', '2026-12-03 04:13:02.699236+00');
INSERT INTO public.vg_schema_migrations (version, name, checksum, applied_at) VALUES (2, 'orleans_persistence', '90e2b0cd6aefb2ef714ff01b76f4c32429bead915d94e2dec4d1222054728897', '2026-12-03 04:13:02.741122+00');
INSERT INTO public.vg_schema_migrations (version, name, checksum, applied_at) VALUES (3, 'vendorgrid', '4473e515557fff4b0a36a2ae1ce95e55b5e913c80ff63face59fa641f3160324', '2026-12-03 04:13:02.772627+00');
INSERT INTO public.vg_schema_migrations (version, name, checksum, applied_at) VALUES (4, 'contract_facts', '6009e2c3f0c42668464ea1c8be0c4388051dbb2e4514f9b55febb45c20dc1818', '2026-12-03 04:13:02.79499+00');
INSERT INTO public.vg_schema_migrations (version, name, checksum, applied_at) VALUES (5, 'audit', '2ff0b836b0fb2ed9dd3cf16cecc9a81dd1590c70b75093653e09679c487cf032', '2026-12-03 04:13:02.869206+00');
INSERT INTO public.vg_schema_migrations (version, name, checksum, applied_at) VALUES (6, 'notifications', '001b43c8dd7296ce1784077cac235f88159438b963e79241c327464d91da42d4', '2026-12-03 04:13:02.935883+00');
INSERT INTO public.vg_schema_migrations (version, name, checksum, applied_at) VALUES (7, 'audit_resource_tenant', 'bca09760628f8c83d9859ca14d5e8b748045360da61809b96c664bd524c843ce', '2026-12-03 04:13:03.018047+00');
INSERT INTO public.vg_schema_migrations (version, name, checksum, applied_at) VALUES (8, 'accounts', '55ff29e4ec850c66d3ae4fb44f867c05ad596865e94ea718408b27a470f38e55', '2026-12-03 04:13:03.049744+00');
INSERT INTO public.vg_schema_migrations (version, name, checksum, applied_at) VALUES (9, 'contract_statements', '48f8b189ae3abce6fb50bf80a839f8f84ab456fc80f5af7a095d1fffacb8e3af', '2026-12-03 04:13:03.174573+00');
INSERT INTO public.vg_schema_migrations (version, name, checksum, applied_at) VALUES (10, 'notification_reads', '8f58055d7b76c17ba4cdbe3a4c31c3482623c53ae13eab979356a60e22c99b60', '2026-12-03 04:13:03.194407+00');


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: vg; Owner: -
--

INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (1, '2026-12-03 04:17:46.2314+00', 'fixture-c1-admin', 'institution-admin', '12110000400686566Y', 'POST', '/api/contracts/{id}/events', 'c1-childrens-internet-hospital-2016', '0HNQGUEVA24SK:00000001', 201, '12110000400686566Y');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (2, '2026-12-03 04:17:46.273891+00', 'fixture-c1-staff', 'institution-staff', '12110000400686566Y', 'POST', '/api/contracts/{id}/events', 'c1-childrens-internet-hospital-2016', '0HNQGUEVA24SL:00000001', 201, '12110000400686566Y');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (3, '2026-12-03 04:17:46.3228+00', 'fixture-c1-staff', 'institution-staff', '12110000400686566Y', 'POST', '/api/contracts/{id}/events', 'c1-childrens-internet-hospital-2016', '0HNQGUEVA24SM:00000001', 201, '12110000400686566Y');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (4, '2026-12-03 04:17:46.368958+00', 'fixture-c1-vendor', 'vendor', '911100006336972074', 'POST', '/api/contracts/{id}/events', 'c1-childrens-internet-hospital-2016', '0HNQGUEVA24SN:00000001', 201, '12110000400686566Y');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (5, '2026-12-03 04:17:46.40718+00', 'fixture-c1-staff', 'institution-staff', '12110000400686566Y', 'POST', '/api/contracts/{id}/events', 'c1-childrens-internet-hospital-2016', '0HNQGUEVA24SO:00000001', 201, '12110000400686566Y');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (6, '2026-12-03 04:17:46.679374+00', 'fixture-c1-admin', 'institution-admin', '12110000400686566Y', 'POST', '/api/contracts/{id}/evaluations', 'c1-childrens-internet-hospital-2016', '0HNQGUEVA24SP:00000001', 422, '12110000400686566Y');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (7, '2026-12-03 04:17:46.841206+00', 'fixture-c1-admin', 'institution-admin', '12110000400686566Y', 'POST', '/api/contracts/{id}/ledger/{entryId}/confirm', 'c1-childrens-internet-hospital-2016/c1-late-service:c1-staff-onsite-start', '0HNQGUEVA24SR:00000001', 409, '12110000400686566Y');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (8, '2026-12-03 04:17:46.891147+00', 'fixture-c1-admin', 'institution-admin', '12110000400686566Y', 'POST', '/api/contracts/{id}/ledger/{entryId}/waive', 'c1-childrens-internet-hospital-2016/c1-complaint-escalated:complaint-1', '0HNQGUEVA24SS:00000001', 200, '12110000400686566Y');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (9, '2026-12-03 04:17:46.924841+00', 'fixture-c2-vendor', 'vendor', '91110106MA01A51E7B', 'POST', '/api/contracts/{id}/events', 'c2-chaoyang-his-2026', '0HNQGUEVA24ST:00000001', 201, '121100004006863122');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (10, '2026-12-03 04:17:46.957301+00', 'fixture-c2-admin', 'institution-admin', '121100004006863122', 'POST', '/api/contracts/{id}/events', 'c2-chaoyang-his-2026', '0HNQGUEVA24SU:00000001', 201, '121100004006863122');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (11, '2026-12-03 04:17:46.996698+00', 'fixture-c2-admin', 'institution-admin', '121100004006863122', 'POST', '/api/contracts/{id}/events', 'c2-chaoyang-his-2026', '0HNQGUEVA24SV:00000001', 201, '121100004006863122');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (12, '2026-12-03 04:17:47.018307+00', 'fixture-c2-admin', 'institution-admin', '121100004006863122', 'POST', '/api/contracts/{id}/events', 'c2-chaoyang-his-2026', '0HNQGUEVA24T0:00000001', 201, '121100004006863122');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (13, '2026-12-03 04:17:47.045485+00', 'fixture-c2-vendor', 'vendor', '91110106MA01A51E7B', 'POST', '/api/contracts/{id}/events', 'c2-chaoyang-his-2026', '0HNQGUEVA24T1:00000001', 201, '121100004006863122');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (14, '2026-12-03 04:17:47.252883+00', 'fixture-c2-admin', 'institution-admin', '121100004006863122', 'POST', '/api/contracts/{id}/incidents', 'c2-chaoyang-his-2026', '0HNQGUEVA24T2:00000001', 201, '121100004006863122');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (15, '2026-12-03 04:17:47.353079+00', 'fixture-c2-vendor', 'vendor', '91110106MA01A51E7B', 'POST', '/api/contracts/{id}/incidents/{incidentId}/events', 'c2-chaoyang-his-2026/inc-1', '0HNQGUEVA24T3:00000001', 201, '121100004006863122');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (16, '2026-12-03 04:17:47.422557+00', 'fixture-c2-vendor', 'vendor', '91110106MA01A51E7B', 'POST', '/api/contracts/{id}/incidents/{incidentId}/events', 'c2-chaoyang-his-2026/inc-1', '0HNQGUEVA24T4:00000001', 201, '121100004006863122');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (17, '2026-12-03 04:17:47.458496+00', 'fixture-c2-admin', 'institution-admin', '121100004006863122', 'POST', '/api/contracts/{id}/ledger/{entryId}/confirm', 'c2-chaoyang-his-2026/c2-late-performance:c2-go-live', '0HNQGUEVA24T6:00000001', 200, '121100004006863122');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (18, '2026-12-03 04:17:47.485292+00', 'fixture-c2-admin', 'institution-admin', '121100004006863122', 'POST', '/api/contracts/{id}/ledger/{entryId}/confirm', 'c2-chaoyang-his-2026/c2-safety-breach:safety-1', '0HNQGUEVA24T7:00000001', 200, '121100004006863122');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (19, '2026-12-03 04:17:54.326442+00', 'fixture-c1-admin', 'institution-admin', '12110000400686566Y', 'POST', '/api/contracts/{id}/evaluations', 'c1-childrens-internet-hospital-2016', '0HNQGUEVA24T8:00000001', 201, '12110000400686566Y');
INSERT INTO vg.audit_log (id, at, subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant) OVERRIDING SYSTEM VALUE VALUES (20, '2026-12-03 04:17:54.463791+00', 'fixture-c1-admin', 'institution-admin', '12110000400686566Y', 'POST', '/api/contracts/{id}/acceptance/documents/{obligationId}/{index}/submit', 'c1-childrens-internet-hospital-2016/c1-acceptance-documents@document-1/1', '0HNQGUEVA24T9:00000001', 404, '12110000400686566Y');


--
-- Data for Name: calendar_feeds; Type: TABLE DATA; Schema: vg; Owner: -
--



--
-- Data for Name: contract_definitions; Type: TABLE DATA; Schema: vg; Owner: -
--

INSERT INTO vg.contract_definitions (contract_key, version, definition, created_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 1, '{
  "$schema": "../schema/contract.schema.json",
  "formatVersion": 1,
  "id": "c1-childrens-internet-hospital-2016",
  "title": "首都医科大学附属首都儿童医学中心互联网医院运营管理服务合同书",
  "institution": {
    "id": "12110000400686566Y",
    "name": "首都医科大学附属首都儿童医学中心",
    "address": "北京市朝阳区雅宝路2号",
    "contacts": [
      {
        "role": "owner",
        "name": "闫雪",
        "phone": "13911141613",
        "email": "hlwylgzbgs@shouer.com.cn"
      }
    ]
  },
  "vendor": {
    "id": "911100006336972074",
    "name": "首都信息发展股份有限公司",
    "address": "北京市海淀区西三环中路11号(中央电视塔底座北门)",
    "contacts": [
      {
        "role": "project-lead",
        "name": "李然非",
        "phone": "13720096839",
        "email": "liranfei@capinfo.com.cn"
      }
    ]
  },
  "signedOn": "2016-04-16",
  "effectiveOn": "2016-04-16",
  "term": {
    "start": "2016-04-16",
    "end": "2017-04-15"
  },
  "total": 972000,
  "claimWindowDays": 7,
  "lineItems": [
    {
      "id": "operations-service",
      "name": "互联网医院运营管理服务",
      "amount": 972000
    }
  ],
  "payments": [
    {
      "id": "c1-pay-advance",
      "label": "首付款 30%",
      "article": "第二条",
      "amount": 291600,
      "share": 0.3,
      "due": {
        "from": {
          "event": "signed"
        },
        "within": {
          "n": 30,
          "unit": "working-days"
        }
      },
      "conditions": [
        "invoice"
      ]
    },
    {
      "id": "c1-pay-acceptance",
      "label": "验收款 60%",
      "article": "第二条",
      "amount": 583200,
      "share": 0.6,
      "due": {
        "from": {
          "event": "accepted"
        },
        "within": {
          "n": 30,
          "unit": "working-days"
        }
      },
      "conditions": [
        "acceptance",
        "invoice"
      ]
    },
    {
      "id": "c1-pay-retention",
      "label": "尾款 10%",
      "article": "第二条",
      "amount": 97200,
      "share": 0.1,
      "due": {
        "from": {
          "event": "accepted"
        },
        "within": {
          "n": 3,
          "unit": "months"
        }
      },
      "conditions": [
        "acceptance",
        "no-breach",
        "invoice"
      ]
    }
  ],
  "obligations": [
    {
      "id": "c1-staff-onsite-start",
      "article": "第一条第6款",
      "title": "项目人员到岗（服务启动）",
      "summary": "Vendor''s project team must be working on site no later than the 7th working day after signing; this is the start of the service.",
      "kind": "one-off",
      "due": {
        "from": {
          "event": "signed"
        },
        "within": {
          "n": 7,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c1-annual-ops-plan",
      "article": "第一条第5款",
      "title": "年度运营方案经甲方审核一致",
      "summary": "The annual operations plan has to be reviewed and agreed with the hospital before services start. No lead time is printed; modelled as due when the team must be on site (7 working days after signing).",
      "kind": "one-off",
      "due": {
        "from": {
          "event": "signed"
        },
        "within": {
          "n": 7,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c1-report-weekly",
      "article": "第三条1.1(6)",
      "title": "运营数据周报",
      "summary": "Weekly operations data report; no submission day printed, so each week''s report is due by the week''s last day.",
      "kind": "recurring",
      "recurrence": {
        "every": "week"
      }
    },
    {
      "id": "c1-report-monthly",
      "article": "第三条1.1(6)",
      "title": "运营数据月报",
      "summary": "Monthly operations data report, due by the end of each service month.",
      "kind": "recurring",
      "recurrence": {
        "every": "month"
      }
    },
    {
      "id": "c1-report-quarterly",
      "article": "第三条1.1(6)",
      "title": "运营数据季报",
      "summary": "Quarterly operations data report, due by the end of each service quarter.",
      "kind": "recurring",
      "recurrence": {
        "every": "quarter"
      }
    },
    {
      "id": "c1-report-annual",
      "article": "第三条1.1(6)",
      "title": "年度数据报告",
      "summary": "Annual operations data report for the service year.",
      "kind": "recurring",
      "recurrence": {
        "every": "year"
      }
    },
    {
      "id": "c1-fault-emergency-plan",
      "article": "第三条1.2(2)2)",
      "title": "系统故障应急预案启动",
      "summary": "On a sudden system fault or emergency the vendor launches its emergency plan within 24 hours (round the clock) and then restores service.",
      "kind": "response-clock",
      "clocks": [
        {
          "name": "emergency-plan",
          "until": "emergency-plan-started",
          "within": {
            "n": 24,
            "unit": "hours"
          }
        }
      ]
    },
    {
      "id": "c1-major-incident-response",
      "article": "第三条1.2(2)2)",
      "title": "重大事故30分钟响应",
      "summary": "A major incident must be responded to within 30 minutes, at any hour.",
      "kind": "response-clock",
      "clocks": [
        {
          "name": "respond",
          "until": "responded",
          "within": {
            "n": 30,
            "unit": "minutes"
          },
          "severities": [
            "major"
          ]
        }
      ]
    },
    {
      "id": "c1-monthly-evaluation",
      "article": "第三条2.3",
      "title": "运营人员服务质量月度考评",
      "summary": "The hospital scores the vendor every calendar month out of 100 (management rules 10, workflow 30, supervision 30, targets 30); 80 passes, below 80 lets the hospital terminate. The body text also mentions a year-end review; the table note''s monthly rhythm is used.",
      "party": "client",
      "kind": "recurring",
      "recurrence": {
        "every": "month",
        "align": "calendar"
      },
      "scorecard": {
        "total": 100,
        "passAt": 80,
        "penaltyClause": "c1-evaluation-failed",
        "sections": [
          { "id": "management-rules", "title": "管理制度", "titleEn": "Management rules", "max": 10 },
          { "id": "workflow", "title": "工作流程", "titleEn": "Workflow", "max": 30 },
          { "id": "supervision", "title": "监督检查", "titleEn": "Supervision and inspection", "max": 30 },
          { "id": "targets", "title": "目标完成", "titleEn": "Targets met", "max": 30 }
        ]
      }
    },
    {
      "id": "c1-promoter-weekly-onsite",
      "article": "第三条2.1",
      "title": "驻场运营人员每周至少出勤一天",
      "summary": "On-site operations/promotion staff must be present at the hospital at least one day in every week.",
      "kind": "counted-minimum",
      "minimum": {
        "activity": "promoter-onsite-day",
        "count": 1,
        "per": "week"
      }
    },
    {
      "id": "c1-onsite-replacement-notice",
      "article": "第三条2.2(3)",
      "title": "驻场人员更换提前一个月报备",
      "summary": "Replacing on-site staff needs notice to the hospital at least one month ahead and the hospital''s consent.",
      "kind": "notice",
      "conditional": true,
      "due": {
        "from": {
          "event": "onsite-staff-replacement"
        },
        "before": {
          "n": 1,
          "unit": "months"
        }
      }
    },
    {
      "id": "c1-acceptance-documents",
      "article": "第四条第2款",
      "title": "验收文档",
      "summary": "At the end of the one-year term the vendor hands over the acceptance file: ten documents checked at acceptance.",
      "kind": "one-off",
      "due": {
        "from": {
          "event": "term-end"
        }
      },
      "documents": [
        "开工申请",
        "招投标文件（原正本或副本备用）",
        "合同复印件",
        "项目总体运营方案",
        "年度运营方案",
        "项目周报、月报、季报",
        "运营人员服务质量考核办法",
        "会议备忘录",
        "验收申请单",
        "项目验收报告"
      ]
    },
    {
      "id": "c1-perform-services",
      "article": "第三条2.3",
      "title": "按约定提供运营服务",
      "summary": "Services must be performed as agreed; a failure that harms the hospital is a breach with its own penalty.",
      "kind": "standing"
    },
    {
      "id": "c1-no-scalper-dealing",
      "article": "第三条2.3",
      "title": "不得与号贩子、药贩子勾结",
      "summary": "Vendor staff must not collude with appointment or drug scalpers; the hospital may demand the person''s dismissal.",
      "kind": "standing"
    },
    {
      "id": "c1-attendance-registration",
      "article": "第八条第7款",
      "title": "按要求登记考勤",
      "summary": "Vendor staff must register attendance as the hospital requires.",
      "kind": "standing"
    },
    {
      "id": "c1-follow-instructions",
      "article": "第八条第8款",
      "title": "服从甲方工作安排",
      "summary": "Vendor operations staff follow the hospital''s work arrangements.",
      "kind": "standing"
    },
    {
      "id": "c1-complaint-handling",
      "article": "第八条第9款",
      "title": "妥善处理投诉",
      "summary": "Complaints are resolved by the vendor so that the hospital does not have to step in.",
      "kind": "standing"
    },
    {
      "id": "c1-no-publicity",
      "article": "第八条第10款",
      "title": "未经许可不得宣传",
      "summary": "No publicity that uses the hospital''s name or this contract without permission.",
      "kind": "standing"
    },
    {
      "id": "c1-no-subcontracting",
      "article": "第八条第11款",
      "title": "不得分包转包",
      "summary": "The vendor may not subcontract or assign the work.",
      "kind": "standing"
    },
    {
      "id": "c1-confidentiality",
      "article": "第六条第7款; 第七条; 第八条第12款",
      "title": "保密义务（永久）",
      "summary": "Permanent duty to keep the hospital''s information confidential.",
      "kind": "standing"
    },
    {
      "id": "c1-safety",
      "article": "第八条第15款",
      "title": "不得造成人身伤害或财产损失",
      "summary": "The vendor must not cause injury or property damage while performing.",
      "kind": "standing"
    },
    {
      "id": "c1-data-security",
      "article": "附件二",
      "title": "数据安全协议",
      "summary": "Follow the data-security annex: data used only for the contract, never handed to third parties.",
      "kind": "standing"
    },
    {
      "id": "c1-data-deletion",
      "article": "附件二第一条（二）3",
      "title": "验收后永久删除数据及备份",
      "summary": "After delivery and acceptance the vendor permanently deletes all hospital data and backups; no deadline printed, so it applies from acceptance.",
      "kind": "one-off",
      "conditional": true,
      "due": {
        "from": {
          "event": "accepted"
        }
      }
    },
    {
      "id": "c1-claim-answer",
      "article": "第八条第6款",
      "title": "索赔通知7日内答复",
      "summary": "The vendor answers a claim notice within 7 days; silence means the claim is accepted.",
      "kind": "after-each",
      "afterEach": {
        "activity": "claim-notice",
        "within": {
          "n": 7,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c1-claim-settlement",
      "article": "第八条第6款",
      "title": "索赔30日内解决",
      "summary": "A claim not settled within 30 days of the notice is recovered from unpaid amounts.",
      "kind": "after-each",
      "afterEach": {
        "activity": "claim-notice",
        "within": {
          "n": 30,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c1-force-majeure-notice",
      "article": "第十条第2款",
      "title": "不可抗力立即书面通知",
      "summary": "The affected party notifies the other in writing immediately (same day) after a force-majeure event.",
      "kind": "notice",
      "conditional": true,
      "due": {
        "from": {
          "event": "force-majeure"
        }
      }
    },
    {
      "id": "c1-force-majeure-proof",
      "article": "第十条第2款",
      "title": "不可抗力证明15日内寄送",
      "summary": "Official proof of the force-majeure event is sent within 15 days of it.",
      "kind": "one-off",
      "conditional": true,
      "due": {
        "from": {
          "event": "force-majeure"
        },
        "within": {
          "n": 15,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c1-address-change-notice",
      "article": "第九条第2款",
      "title": "地址变更提前3日通知",
      "summary": "A change of address or recipient is notified in writing at least 3 days before it takes effect.",
      "kind": "notice",
      "conditional": true,
      "due": {
        "from": {
          "event": "address-change"
        },
        "before": {
          "n": 3,
          "unit": "calendar-days"
        }
      }
    }
  ],
  "penalties": [
    {
      "id": "c1-scalper-dealing",
      "article": "第三条2.3",
      "summary": "Staff dealing with scalpers: person dismissed on demand, 30 % of the total, and the hospital may terminate.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c1-no-scalper-dealing"
      ],
      "amount": {
        "rate": 0.3
      },
      "terminationRight": true
    },
    {
      "id": "c1-vacancy-refill",
      "article": "第三条2.3",
      "summary": "A vacant post not refilled after 1 working day costs ¥2,000 per person for each further calendar day.",
      "shape": "per-person-day",
      "trigger": "vacancy",
      "roles": [
        "internet-hospital-ops",
        "customer-service",
        "onsite-promoter",
        "full-course-ops",
        "pm-team",
        "project-lead"
      ],
      "amount": {
        "amount": 2000
      },
      "grace": {
        "n": 1,
        "unit": "working-days"
      }
    },
    {
      "id": "c1-service-not-performed",
      "article": "第三条2.3",
      "summary": "Service not or badly performed, causing loss: 10 % of the total plus losses; the hospital may terminate early.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c1-perform-services"
      ],
      "amount": {
        "rate": 0.1
      },
      "terminationRight": true
    },
    {
      "id": "c1-attendance-not-registered",
      "article": "第八条第7款",
      "summary": "Attendance not registered: ¥2,000 per person each time.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c1-attendance-registration"
      ],
      "amount": {
        "amount": 2000
      },
      "perPerson": true
    },
    {
      "id": "c1-disobey-instructions",
      "article": "第八条第8款",
      "summary": "Staff disobeying the hospital''s work arrangements: ¥2,000 per person each time.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c1-follow-instructions"
      ],
      "amount": {
        "amount": 2000
      },
      "perPerson": true
    },
    {
      "id": "c1-complaint-escalated",
      "article": "第八条第9款",
      "summary": "Each complaint the hospital itself has to handle: 0.1 % of the total.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c1-complaint-handling"
      ],
      "amount": {
        "rate": 0.001
      }
    },
    {
      "id": "c1-unauthorized-publicity",
      "article": "第八条第10款",
      "summary": "Unauthorised publicity: ¥100,000 plus all damages.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c1-no-publicity"
      ],
      "amount": {
        "amount": 100000
      }
    },
    {
      "id": "c1-subcontracting",
      "article": "第八条第11款",
      "summary": "Subcontracting or assignment: 30 % of the total, joint liability, termination right.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c1-no-subcontracting"
      ],
      "amount": {
        "rate": 0.3
      },
      "terminationRight": true
    },
    {
      "id": "c1-confidentiality-breach",
      "article": "第八条第12款",
      "summary": "Confidentiality breach: ¥100,000 plus damages and a termination right.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c1-confidentiality"
      ],
      "amount": {
        "amount": 100000
      },
      "terminationRight": true
    },
    {
      "id": "c1-late-service",
      "article": "第八条第13款",
      "summary": "Late service: 2 % of the total for every day late, at most 20 % for the contract; still undelivered at the cap gives a termination right, and on termination 30 % of the total (the contract lets the hospital claim full losses instead).",
      "shape": "per-day",
      "trigger": "late",
      "obligations": [
        "c1-staff-onsite-start",
        "c1-acceptance-documents"
      ],
      "amount": {
        "rate": 0.02
      },
      "cap": {
        "rate": 0.2,
        "base": "contract-total",
        "scope": "clause"
      },
      "escalation": {
        "atCap": true,
        "terminationRight": true,
        "mode": "additive"
      },
      "onTermination": {
        "rate": 0.3
      }
    },
    {
      "id": "c1-obligations-not-performed",
      "article": "第八条第14款",
      "summary": "Contract obligations not performed: 20 % of the total (or full losses) and partial or full termination.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "amount": {
        "rate": 0.2
      },
      "terminationRight": true
    },
    {
      "id": "c1-injury-damage",
      "article": "第八条第15款",
      "summary": "Injury or property damage caused by the vendor: 30 % of the total plus damages; termination at the hospital''s discretion.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c1-safety"
      ],
      "amount": {
        "rate": 0.3
      },
      "terminationRight": true
    },
    {
      "id": "c1-data-security-breach",
      "article": "附件二第五条",
      "summary": "Breach of the data-security annex: 20 % of the total plus costs; the hospital may end all contracts with the vendor.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c1-data-security",
        "c1-data-deletion"
      ],
      "amount": {
        "rate": 0.2
      },
      "terminationRight": true
    },
    {
      "id": "c1-acceptance-failed",
      "article": "第八条第2款",
      "summary": "Acceptance failed and not remedied in the agreed time: 10 % of the total and a termination right (refund in c1-acceptance-failed-refund).",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "amount": {
        "rate": 0.1
      },
      "terminationRight": true
    },
    {
      "id": "c1-acceptance-failed-refund",
      "article": "第八条第2款",
      "summary": "Same event: everything the hospital has paid is returned.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "amount": {
        "rate": 1,
        "base": "paid-amount"
      }
    },
    {
      "id": "c1-unilateral-termination",
      "article": "第八条第3款",
      "summary": "Vendor ends the contract early without good reason: 10 % of the total to the hospital.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "amount": {
        "rate": 0.1
      }
    },
    {
      "id": "c1-unilateral-termination-by-client",
      "article": "第八条第3款",
      "summary": "Hospital ends the contract early without good reason: 10 % of the total to the vendor.",
      "payer": "client",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "amount": {
        "rate": 0.1
      }
    },
    {
      "id": "c1-other-breach",
      "article": "第八条第4款",
      "summary": "Any other breach after written notice: 10 % of the total payable within 30 days; continued breach allows termination.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "amount": {
        "rate": 0.1
      },
      "terminationRight": true
    },
    {
      "id": "c1-evaluation-failed",
      "article": "第三条2.3",
      "summary": "A monthly score below 80 fails and lets the hospital terminate early.",
      "shape": "termination-right",
      "trigger": "occurrence",
      "obligations": [
        "c1-monthly-evaluation"
      ],
      "terminationRight": true
    },
    {
      "id": "c1-force-majeure-termination",
      "article": "第十条第2款",
      "summary": "Force majeure lasting more than 120 days lets the other party terminate by written notice.",
      "shape": "termination-right",
      "trigger": "occurrence",
      "terminationRight": true
    },
    {
      "id": "c1-remedy-deadline-missed",
      "article": "第五条第5款",
      "summary": "Unfinished or unsatisfactory work not resolved within the period agreed in a supplemental agreement: the hospital may terminate and recover funds.",
      "shape": "termination-right",
      "trigger": "occurrence",
      "terminationRight": true
    },
    {
      "id": "c1-integrity-termination",
      "article": "附件一第七条",
      "summary": "Breach of the integrity (anti-bribery) annex: the hospital may end the contract.",
      "shape": "termination-right",
      "trigger": "occurrence",
      "terminationRight": true
    }
  ],
  "staffing": [
    {
      "role": "internet-hospital-ops",
      "title": "互联网医院运营",
      "article": "第三条2.1; 第三条2.2(3)",
      "minimum": 3,
      "qualified": [
        {
          "count": 1,
          "minYears": 5,
          "education": "硕士研究生及以上"
        }
      ],
      "onsiteDaysPerWeek": 1,
      "onSiteWithin": {
        "n": 7,
        "unit": "working-days"
      },
      "refillWithin": {
        "n": 1,
        "unit": "working-days"
      },
      "changeNotice": {
        "n": 1,
        "unit": "months"
      },
      "changeNeedsConsent": true,
      "startObligation": "c1-staff-onsite-start",
      "changeNoticeObligation": "c1-onsite-replacement-notice"
    },
    {
      "role": "customer-service",
      "title": "客服及医生助理（线上）",
      "article": "第三条2.1",
      "minimum": 10,
      "onSiteWithin": {
        "n": 7,
        "unit": "working-days"
      },
      "refillWithin": {
        "n": 1,
        "unit": "working-days"
      },
      "changeNotice": {
        "n": 1,
        "unit": "months"
      },
      "changeNeedsConsent": true,
      "startObligation": "c1-staff-onsite-start"
    },
    {
      "role": "onsite-promoter",
      "title": "驻场运营推广专员",
      "article": "第三条2.1",
      "minimum": 1,
      "onsiteDaysPerWeek": 1,
      "onSiteWithin": {
        "n": 7,
        "unit": "working-days"
      },
      "refillWithin": {
        "n": 1,
        "unit": "working-days"
      },
      "changeNotice": {
        "n": 1,
        "unit": "months"
      },
      "changeNeedsConsent": true,
      "startObligation": "c1-staff-onsite-start",
      "changeNoticeObligation": "c1-onsite-replacement-notice",
      "onsiteActivity": "promoter-onsite-day"
    },
    {
      "role": "full-course-ops",
      "title": "全病程管理运营",
      "article": "第三条2.1",
      "minimum": 3,
      "qualified": [
        {
          "count": 1,
          "minYears": 5
        }
      ],
      "onSiteWithin": {
        "n": 7,
        "unit": "working-days"
      },
      "refillWithin": {
        "n": 1,
        "unit": "working-days"
      },
      "changeNotice": {
        "n": 1,
        "unit": "months"
      },
      "changeNeedsConsent": true,
      "startObligation": "c1-staff-onsite-start"
    },
    {
      "role": "pm-team",
      "title": "项目管理团队",
      "article": "第三条2.2(1)",
      "minimum": 2,
      "qualified": [
        {
          "count": 1,
          "minYears": 5,
          "certificates": [
            "信息系统项目管理师（高级）"
          ]
        },
        {
          "count": 1,
          "minYears": 5,
          "certificates": [
            "ITSS 项目经理"
          ]
        }
      ],
      "onSiteWithin": {
        "n": 7,
        "unit": "working-days"
      },
      "refillWithin": {
        "n": 1,
        "unit": "working-days"
      },
      "changeNotice": {
        "n": 1,
        "unit": "months"
      },
      "changeNeedsConsent": true,
      "startObligation": "c1-staff-onsite-start"
    },
    {
      "role": "project-lead",
      "title": "项目负责人",
      "article": "第三条2.2(2)",
      "minimum": 1,
      "qualified": [
        {
          "count": 1,
          "minYears": 5,
          "education": "硕士研究生及以上",
          "certificates": [
            "信息系统项目管理师（高级）"
          ]
        }
      ],
      "onSiteWithin": {
        "n": 7,
        "unit": "working-days"
      },
      "refillWithin": {
        "n": 1,
        "unit": "working-days"
      },
      "changeNotice": {
        "n": 1,
        "unit": "months"
      },
      "changeNeedsConsent": true,
      "startObligation": "c1-staff-onsite-start"
    }
  ]
}
', '2026-12-03 04:13:09.906288+00');
INSERT INTO vg.contract_definitions (contract_key, version, definition, created_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 1, '{
  "$schema": "../schema/contract.schema.json",
  "formatVersion": 1,
  "id": "c2-chaoyang-his-2026",
  "number": "朝医-2026-AC-信息管理办公室-117-5",
  "title": "北京朝阳医院HIS改造及运维服务（本部+常营）项目运维合同书",
  "institution": {
    "id": "121100004006863122",
    "name": "首都医科大学附属北京朝阳医院",
    "address": "北京市朝阳区工人体育场南路8号（本部）；北京市朝阳区东十里堡路3号院（常营）",
    "contacts": [
      {
        "role": "owner",
        "name": "刘丹",
        "phone": "85231654"
      }
    ]
  },
  "vendor": {
    "id": "91110106MA01A51E7B",
    "name": "首信医联信息技术有限公司",
    "address": "北京市东城区后永康胡同17号10号楼1层2086室",
    "contacts": [
      {
        "role": "on-site",
        "name": "韩昭东",
        "phone": "010-88511155",
        "email": "hanzhaodong@capinfo.com.cn"
      }
    ]
  },
  "signedOn": "2026-02-05",
  "effectiveOn": "2026-02-05",
  "term": {
    "start": "2026-02-05",
    "end": "2027-03-02"
  },
  "total": 1475000,
  "vat": 83490.57,
  "payments": [
    {
      "id": "c2-pay-advance",
      "label": "首付款 50%",
      "article": "第四条第1款",
      "amount": 737500,
      "share": 0.5,
      "due": {
        "from": {
          "event": "signed"
        },
        "within": {
          "n": 20,
          "unit": "working-days"
        }
      },
      "conditions": [
        "invoice"
      ]
    },
    {
      "id": "c2-pay-final",
      "label": "尾款 50%",
      "article": "第四条第2款",
      "amount": 737500,
      "share": 0.5,
      "due": {
        "from": {
          "event": "accepted"
        },
        "within": {
          "n": 20,
          "unit": "working-days"
        }
      },
      "conditions": [
        "summary-report",
        "acceptance",
        "stable-operation",
        "no-breach",
        "invoice"
      ]
    }
  ],
  "obligations": [
    {
      "id": "c2-go-live",
      "article": "第一条第5款; 第二条第1款",
      "title": "四个模块上线（互联网医院、京通、健康云预约挂号、自助出入院与自助结算）",
      "summary": "Install, test, train and put all four modules live within 45 calendar days of signing (2026-03-22).",
      "kind": "one-off",
      "due": {
        "from": {
          "event": "signed"
        },
        "within": {
          "n": 45,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c2-maintenance-period",
      "article": "第一条第5款; 第一条第4款",
      "title": "12个月运维服务期",
      "summary": "After the hospital confirms go-live, 12 months of round-the-clock maintenance follow. The printed term ends 2027-03-02, earlier than go-live + 12 months; the term is kept as printed.",
      "kind": "standing"
    },
    {
      "id": "c2-sla-working-hours",
      "article": "第一条第4款4.1",
      "title": "工作时间电话报修响应",
      "summary": "In hospital working time the named engineer gives feedback within 15 minutes of a call and solves the problem within 30 minutes.",
      "kind": "response-clock",
      "clocks": [
        {
          "name": "feedback",
          "until": "responded",
          "within": {
            "n": 15,
            "unit": "minutes"
          },
          "when": "working-time",
          "penaltyClause": "c2-quality-not-rectified"
        },
        {
          "name": "solve",
          "until": "restored",
          "within": {
            "n": 30,
            "unit": "minutes"
          },
          "when": "working-time",
          "penaltyClause": "c2-quality-not-rectified"
        }
      ]
    },
    {
      "id": "c2-sla-off-hours",
      "article": "第一条第4款4.3",
      "title": "非工作时间电话支持",
      "summary": "Outside working time: reply within 30 minutes; a fault not fixed within 60 minutes escalates to on-site support, and the engineer is on site (and solves it) within 2 hours of the escalation.",
      "kind": "response-clock",
      "clocks": [
        {
          "name": "reply",
          "until": "responded",
          "within": {
            "n": 30,
            "unit": "minutes"
          },
          "when": "outside-working-time",
          "penaltyClause": "c2-quality-not-rectified"
        },
        {
          "name": "remote-fix",
          "until": "restored",
          "within": {
            "n": 60,
            "unit": "minutes"
          },
          "when": "outside-working-time"
        },
        {
          "name": "onsite",
          "from": "escalated-onsite",
          "until": "onsite",
          "within": {
            "n": 2,
            "unit": "hours"
          },
          "when": "outside-working-time",
          "penaltyClause": "c2-quality-not-rectified",
          "startsWhenMissed": "remote-fix"
        }
      ]
    },
    {
      "id": "c2-offhours-call-answer",
      "article": "第一条第4款4.3",
      "title": "非工作时间热线30秒接通率≥95%",
      "summary": "Outside working time at least 95 % of hotline calls are connected within 30 seconds (measured per month; no period printed).",
      "kind": "service-level",
      "serviceLevel": {
        "metric": "answered-in-time",
        "channel": "phone",
        "target": 0.95,
        "per": "month",
        "penaltyClause": "c2-quality-not-rectified"
      }
    },
    {
      "id": "c2-sla-emergency",
      "article": "第三条第1款1.5",
      "title": "紧急故障现场支持",
      "summary": "Emergency: on site within 1 hour of the notice and fault cleared within 2 hours of arriving; if not coming on site, online support within 15 minutes of the fault.",
      "kind": "response-clock",
      "clocks": [
        {
          "name": "onsite",
          "until": "onsite",
          "within": {
            "n": 1,
            "unit": "hours"
          },
          "severities": [
            "emergency"
          ],
          "penaltyClause": "c2-quality-not-rectified",
          "excusedBy": "remote-support"
        },
        {
          "name": "fix-after-arrival",
          "from": "onsite",
          "until": "restored",
          "within": {
            "n": 2,
            "unit": "hours"
          },
          "severities": [
            "emergency"
          ],
          "penaltyClause": "c2-quality-not-rectified",
          "excusedBy": "remote-support"
        },
        {
          "name": "remote-support",
          "until": "remote-support",
          "within": {
            "n": 15,
            "unit": "minutes"
          },
          "severities": [
            "emergency"
          ]
        }
      ]
    },
    {
      "id": "c2-daily-maintenance-log",
      "article": "第三条第1款1.2",
      "title": "日常维护记录单（附件一）",
      "summary": "The previous calendar month''s maintenance log is handed in by the 3rd of each month.",
      "kind": "recurring",
      "recurrence": {
        "every": "month",
        "align": "calendar",
        "relativeTo": "period-end",
        "dayOfMonth": 3
      }
    },
    {
      "id": "c2-inspection-record",
      "article": "第三条第1款1.2",
      "title": "巡检记录单（附件二）",
      "summary": "Each inspection round''s record sheet is handed in within 3 days after the round.",
      "kind": "after-each",
      "afterEach": {
        "activity": "inspection",
        "within": {
          "n": 3,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c2-needs-tour",
      "article": "第三条第2款2.1",
      "title": "各科室需求反馈巡查",
      "summary": "The engineer tours the departments for feedback before the 15th of every month.",
      "kind": "recurring",
      "recurrence": {
        "every": "month",
        "align": "calendar",
        "relativeTo": "period-start",
        "dayOfMonth": 15
      }
    },
    {
      "id": "c2-feature-request-report",
      "article": "第三条第2款2.1",
      "title": "新功能需求书面汇报",
      "summary": "After confirming a new feature with a department, report it in writing to the hospital''s computer room within 3 working days (then sign 附件四 before development).",
      "kind": "after-each",
      "afterEach": {
        "activity": "feature-confirmed",
        "within": {
          "n": 3,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c2-monthly-report",
      "article": "第三条第6款6.1",
      "title": "月度汇报",
      "summary": "Monthly report on the month''s work, open items, major events and next month''s plan, signed by both sides; the day is set by the hospital, so the month''s end is used.",
      "kind": "recurring",
      "recurrence": {
        "every": "month",
        "align": "calendar"
      }
    },
    {
      "id": "c2-training",
      "article": "第三条第1款1.1",
      "title": "培训每年不少于4次",
      "summary": "At least four trainings in each service year.",
      "kind": "counted-minimum",
      "minimum": {
        "activity": "training",
        "count": 4,
        "per": "year",
        "penaltyClause": "c2-quality-not-rectified"
      }
    },
    {
      "id": "c2-data-volume-check",
      "article": "第三条第3款3.1",
      "title": "数据量监测（每月）",
      "summary": "Monthly check of data growth and abnormal data, with disk-overflow warning and migration plan.",
      "kind": "recurring",
      "recurrence": {
        "every": "month",
        "align": "calendar"
      }
    },
    {
      "id": "c2-backup-check",
      "article": "第三条第3款3.2",
      "title": "备份量监测（每月）",
      "summary": "Monthly check that backups are timely and complete.",
      "kind": "recurring",
      "recurrence": {
        "every": "month",
        "align": "calendar"
      }
    },
    {
      "id": "c2-disk-space-check",
      "article": "第三条第3款3.3",
      "title": "磁盘空间监测（每月）",
      "summary": "Monthly disk-space check.",
      "kind": "recurring",
      "recurrence": {
        "every": "month",
        "align": "calendar"
      }
    },
    {
      "id": "c2-source-code-delivery",
      "article": "第五条第9款(1)",
      "title": "全部源代码及文档交付",
      "summary": "Complete, latest source code and documents within 30 working days after the final payment.",
      "kind": "one-off",
      "due": {
        "from": {
          "event": "paid:c2-pay-final"
        },
        "within": {
          "n": 30,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c2-all-documents-delivery",
      "article": "第五条第4款",
      "title": "系统全部资料交付",
      "summary": "All materials about the hospital''s systems within 30 working days after the final payment.",
      "kind": "one-off",
      "due": {
        "from": {
          "event": "paid:c2-pay-final"
        },
        "within": {
          "n": 30,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c2-source-code-update",
      "article": "第五条第9款(5)",
      "title": "功能上线后同步源代码",
      "summary": "After each feature or fix goes live, the matching source and change notes within 10 working days.",
      "kind": "after-each",
      "afterEach": {
        "activity": "feature-live",
        "within": {
          "n": 10,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c2-source-code-support",
      "article": "第五条第9款(6)",
      "title": "源代码问题技术支持",
      "summary": "Technical answers to the hospital''s source-code questions within 3 working days.",
      "kind": "after-each",
      "afterEach": {
        "activity": "source-code-question",
        "within": {
          "n": 3,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c2-engineer-replacement",
      "article": "第五条第5款",
      "title": "按要求更换运维工程师",
      "summary": "When the hospital asks, a qualified replacement engineer is assigned within 2 days.",
      "kind": "after-each",
      "afterEach": {
        "activity": "engineer-replacement-requested",
        "within": {
          "n": 2,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c2-summary-report",
      "article": "第四条第2款",
      "title": "服务总结报告",
      "summary": "Signed service summary report within 10 working days after the term ends; a condition of the final payment.",
      "kind": "one-off",
      "due": {
        "from": {
          "event": "term-end"
        },
        "within": {
          "n": 10,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c2-materials-return",
      "article": "第五条第6款",
      "title": "终止后返还技术资料",
      "summary": "All technical materials, parameters, passwords, keys and records returned within 3 working days of termination.",
      "kind": "one-off",
      "conditional": true,
      "due": {
        "from": {
          "event": "terminated"
        },
        "within": {
          "n": 3,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c2-vacate",
      "article": "第八条第5款",
      "title": "终止后7日内撤场",
      "summary": "Vendor staff remove their belongings and hand back premises and equipment within 7 days of termination.",
      "kind": "one-off",
      "conditional": true,
      "due": {
        "from": {
          "event": "terminated"
        },
        "within": {
          "n": 7,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c2-early-termination-refund",
      "article": "第四条第3款",
      "title": "提前终止多付款项退还",
      "summary": "On early termination fees are settled pro rata to qualified service days; any overpayment is refunded within 10 working days.",
      "kind": "one-off",
      "conditional": true,
      "due": {
        "from": {
          "event": "terminated"
        },
        "within": {
          "n": 10,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c2-client-termination-notice",
      "article": "第八条第12款",
      "title": "甲方单方解除提前30天通知",
      "summary": "The hospital gives at least 30 days'' notice of a unilateral termination.",
      "party": "client",
      "kind": "notice",
      "conditional": true,
      "due": {
        "from": {
          "event": "terminated"
        },
        "before": {
          "n": 30,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c2-safety-client-inspection",
      "article": "附件七第二条（一）",
      "title": "甲方每月安全生产检查",
      "summary": "The hospital inspects and assesses the vendor''s work safety at least once a month.",
      "party": "client",
      "kind": "counted-minimum",
      "minimum": {
        "activity": "safety-inspection",
        "count": 1,
        "per": "month",
        "align": "calendar"
      }
    },
    {
      "id": "c2-safety-daily-patrol",
      "article": "附件七第三条（十七）",
      "title": "安全日巡查",
      "summary": "Daily safety patrol. The model has no daily period, so this is a standing duty breached by a recorded occurrence.",
      "kind": "standing"
    },
    {
      "id": "c2-safety-weekly-check",
      "article": "附件七第三条（十七）",
      "title": "安全周检查",
      "summary": "Weekly safety check.",
      "kind": "recurring",
      "recurrence": {
        "every": "week"
      }
    },
    {
      "id": "c2-safety-monthly-supervision",
      "article": "附件七第三条（十七）",
      "title": "安全月督查",
      "summary": "Monthly safety supervision.",
      "kind": "recurring",
      "recurrence": {
        "every": "month",
        "align": "calendar"
      }
    },
    {
      "id": "c2-fire-drill",
      "article": "附件七第三条（十九）",
      "title": "消防疏散演练每半年至少一次",
      "summary": "At least one fire-evacuation drill every half year.",
      "kind": "counted-minimum",
      "minimum": {
        "activity": "fire-drill",
        "count": 1,
        "per": "half-year",
        "penaltyClause": "c2-safety-breach"
      }
    },
    {
      "id": "c2-special-drills",
      "article": "附件七第三条（十九）",
      "title": "专项应急演练每年至少一次",
      "summary": "At least one special emergency drill a year (theft, violence against doctors, flood, confined space, electrical, lift).",
      "kind": "counted-minimum",
      "minimum": {
        "activity": "special-drill",
        "count": 1,
        "per": "year"
      }
    },
    {
      "id": "c2-defect-rectification",
      "article": "第八条第2款",
      "title": "缺陷在合理期限内整改",
      "summary": "Defects are rectified within the reasonable period the hospital sets.",
      "kind": "standing"
    },
    {
      "id": "c2-quality-standard",
      "article": "第八条第3款",
      "title": "服务质量达标",
      "summary": "Service quality (including source code and system stability) meets the agreed standard.",
      "kind": "standing"
    },
    {
      "id": "c2-safety",
      "article": "第八条第6款",
      "title": "不得造成人身伤害或财产损失",
      "summary": "No injury or property damage caused by the vendor.",
      "kind": "standing"
    },
    {
      "id": "c2-no-subcontracting",
      "article": "第八条第9款; 附件七第三条（五）",
      "title": "不得分包转包",
      "summary": "No subcontracting or assignment without written consent.",
      "kind": "standing"
    },
    {
      "id": "c2-qualification",
      "article": "第八条第10款",
      "title": "保持履约资质",
      "summary": "The vendor keeps the qualifications the contract requires.",
      "kind": "standing"
    },
    {
      "id": "c2-data-protection",
      "article": "第六条第6款",
      "title": "数据不得泄露；泄露立即通知并补救",
      "summary": "No data leak; any leak is reported at once and remedied.",
      "kind": "standing"
    },
    {
      "id": "c2-confidentiality",
      "article": "第六条第3款、第4款",
      "title": "保密（永久）",
      "summary": "Permanent confidentiality; every project member signs the information-security NDA.",
      "kind": "standing"
    },
    {
      "id": "c2-integrity",
      "article": "附件六",
      "title": "廉洁协议",
      "summary": "Follow the integrity agreement (no bribery).",
      "kind": "standing"
    },
    {
      "id": "c2-safety-rules",
      "article": "附件七",
      "title": "安全生产管理协议",
      "summary": "Follow the work-safety agreement.",
      "kind": "standing"
    }
  ],
  "penalties": [
    {
      "id": "c2-client-late-payment",
      "article": "第八条第1款",
      "summary": "Hospital pays late: after two written reminders at least a week apart, 0.1 % of the unpaid amount per day, never more than 5 % of the overdue amount.",
      "payer": "client",
      "shape": "interest",
      "trigger": "payment-late",
      "payments": [
        "c2-pay-advance",
        "c2-pay-final"
      ],
      "amount": {
        "rate": 0.001,
        "base": "unpaid-amount"
      },
      "cap": {
        "rate": 0.05,
        "base": "unpaid-amount",
        "scope": "trigger"
      },
      "preconditions": {
        "reminders": 2,
        "minimumGap": {
          "n": 1,
          "unit": "weeks"
        }
      }
    },
    {
      "id": "c2-defect-not-rectified",
      "article": "第八条第2款",
      "summary": "Defect not rectified in time: 3 % of the total each time (the hospital may also hire a third party at the vendor''s cost).",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c2-defect-rectification"
      ],
      "amount": {
        "rate": 0.03
      }
    },
    {
      "id": "c2-quality-not-rectified",
      "article": "第八条第3款",
      "summary": "Quality below standard and not rectified: 2 % of the total each time and a termination right.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c2-quality-standard"
      ],
      "amount": {
        "rate": 0.02
      },
      "terminationRight": true
    },
    {
      "id": "c2-late-performance",
      "article": "第八条第4款",
      "summary": "Late performance: 0.3 % of the total per day late, no cap; when late days add up to 10, a one-time 10 % on top and a termination right.",
      "shape": "per-day",
      "trigger": "late",
      "obligations": [
        "c2-go-live",
        "c2-summary-report",
        "c2-source-code-delivery",
        "c2-all-documents-delivery",
        "c2-materials-return"
      ],
      "amount": {
        "rate": 0.003
      },
      "escalation": {
        "atLateDays": 10,
        "oneTime": {
          "rate": 0.1
        },
        "terminationRight": true,
        "mode": "additive"
      }
    },
    {
      "id": "c2-not-vacated-storage",
      "article": "第八条第5款",
      "summary": "Belongings left after the 7 days: ¥500 storage fee per day (after 15 days they are deemed abandoned).",
      "shape": "per-day",
      "trigger": "late",
      "obligations": [
        "c2-vacate"
      ],
      "amount": {
        "amount": 500
      }
    },
    {
      "id": "c2-injury-damage",
      "article": "第八条第6款",
      "summary": "Injury or property damage: 5 % of the total each time plus damages, and a termination right.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c2-safety"
      ],
      "amount": {
        "rate": 0.05
      },
      "terminationRight": true
    },
    {
      "id": "c2-subcontracting",
      "article": "第八条第9款",
      "summary": "Subcontracting without consent: ¥50,000, the act is void and liability is joint.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c2-no-subcontracting"
      ],
      "amount": {
        "amount": 50000
      }
    },
    {
      "id": "c2-qualification-lost",
      "article": "第八条第10款",
      "summary": "Qualification lost: 10 % of the contract price and a termination right; fees paid for the unperformed period are refunded (refund not computed, see README).",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c2-qualification"
      ],
      "amount": {
        "rate": 0.1
      },
      "terminationRight": true
    },
    {
      "id": "c2-data-leak",
      "article": "第六条第6款",
      "summary": "Data leak: 30 % of the total plus all damages.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c2-data-protection"
      ],
      "amount": {
        "rate": 0.3
      }
    },
    {
      "id": "c2-integrity-breach",
      "article": "附件六第四条（二）",
      "summary": "Integrity (anti-bribery) breach: 10 % of the main contract price and a termination right.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c2-integrity"
      ],
      "amount": {
        "rate": 0.1
      },
      "terminationRight": true
    },
    {
      "id": "c2-safety-breach",
      "article": "附件七第四条（二）",
      "summary": "Work-safety breach: ¥1,000 to ¥50,000 each time at the hospital''s choice; termination right, and 10 % of the total if it terminates.",
      "shape": "range",
      "trigger": "occurrence",
      "obligations": [
        "c2-safety-rules",
        "c2-safety-daily-patrol"
      ],
      "min": {
        "amount": 1000
      },
      "max": {
        "amount": 50000
      },
      "terminationRight": true,
      "onTermination": {
        "rate": 0.1
      }
    },
    {
      "id": "c2-early-termination-refund-late",
      "article": "第四条第3款",
      "summary": "Overpayment not refunded within 10 working days: 1 % per day of the sum to be refunded, no cap. The model has no refund-amount base; paid-amount is an upper bound the hospital pins down when confirming.",
      "shape": "per-day",
      "trigger": "late",
      "obligations": [
        "c2-early-termination-refund"
      ],
      "amount": {
        "rate": 0.01,
        "base": "paid-amount"
      }
    }
  ],
  "staffing": [
    {
      "role": "ops-engineer",
      "title": "驻场运维工程师（韩昭东）",
      "article": "第一条第4款4.1; 第五条第5款",
      "minimum": 1,
      "replacementWithin": {
        "n": 2,
        "unit": "calendar-days"
      },
      "replacementObligation": "c2-engineer-replacement",
      "replacementPenalty": "c2-late-performance"
    }
  ]
}
', '2026-12-03 04:13:10.622805+00');
INSERT INTO vg.contract_definitions (contract_key, version, definition, created_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 1, '{
  "$schema": "../schema/contract.schema.json",
  "formatVersion": 1,
  "id": "c3-medical-registration-ops-2024",
  "title": "北京市医政医管电子化注册平台及医政管理运维 电子政务运维项目服务合同",
  "institution": {
    "id": "bj-health-data-center",
    "name": "北京市卫生健康大数据与政策研究中心",
    "address": "北京市通州区达济街6号院1号楼",
    "contacts": [
      {
        "role": "owner",
        "name": "崔钰",
        "phone": "010-55532280",
        "email": "cuishuo@wjw.gov.cn"
      }
    ]
  },
  "vendor": {
    "id": "minke-medical",
    "name": "北京民科医疗科技有限公司",
    "address": "北京市海淀区增光路甲34号云建大厦8层",
    "contacts": [
      {
        "role": "project-lead",
        "name": "陈彪",
        "phone": "15510762880",
        "email": "support@minke.cn"
      }
    ]
  },
  "signedOn": "2024-05-16",
  "effectiveOn": "2024-05-16",
  "term": {
    "start": "2024-08-11",
    "end": "2025-08-10"
  },
  "total": 1809000,
  "lineItems": [
    {
      "id": "doctor-1-1",
      "name": "医师电子化注册系统运行维护, 主要包含服务器巡检、应用程序巡检、数据库巡检、安全漏洞修复, 数据库备份及恢复验证, 日志分析、应急响应等",
      "people": 3,
      "months": 4,
      "unitPrice": 10000,
      "amount": 120000,
      "group": "医师电子化注册系统 / 系统运行维护"
    },
    {
      "id": "doctor-2-1",
      "name": "通过电话、网络等方式对用户关于内地医师业务的技术支持服务",
      "people": 5,
      "months": 3,
      "unitPrice": 8000,
      "amount": 120000,
      "group": "医师电子化注册系统 / 技术支持"
    },
    {
      "id": "doctor-2-2",
      "name": "通过电话、网络等方式对用户关于港澳台医师内地短期行医业务的技术支持服务",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "医师电子化注册系统 / 技术支持"
    },
    {
      "id": "doctor-2-3",
      "name": "通过电话、网络等方式对用户关于外籍医师在华短期执业业务的技术支持服务",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "医师电子化注册系统 / 技术支持"
    },
    {
      "id": "doctor-2-4",
      "name": "通过电话、网络等方式对用户关于专项医师业务的技术支持服务",
      "people": 1,
      "months": 1.5,
      "unitPrice": 8000,
      "amount": 12000,
      "group": "医师电子化注册系统 / 技术支持"
    },
    {
      "id": "doctor-2-5",
      "name": "上门技术服务",
      "people": 1,
      "months": 1,
      "unitPrice": 10000,
      "amount": 10000,
      "group": "医师电子化注册系统 / 技术支持"
    },
    {
      "id": "doctor-3-1",
      "name": "医考数据分析梳理入库服务",
      "people": 2,
      "months": 1,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "医师电子化注册系统 / 数据处理"
    },
    {
      "id": "doctor-3-2",
      "name": "医师资格数据处理、医师业务数据回退处理服务",
      "people": 1,
      "months": 2,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "医师电子化注册系统 / 数据处理"
    },
    {
      "id": "doctor-3-3",
      "name": "地方、军队医师执业、资格数据交换处理服务",
      "people": 1,
      "months": 2,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "医师电子化注册系统 / 数据处理"
    },
    {
      "id": "doctor-4-1",
      "name": "医师执业数据个性化分析服务",
      "people": 2,
      "months": 2.5,
      "unitPrice": 8000,
      "amount": 40000,
      "group": "医师电子化注册系统 / 数据个性化分析服务"
    },
    {
      "id": "doctor-4-2",
      "name": "为用户提供个性化数据导出服务",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "医师电子化注册系统 / 数据个性化分析服务"
    },
    {
      "id": "doctor-5-1",
      "name": "与市电子证照接口及数据共享运维服务",
      "people": 2,
      "months": 1,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "医师电子化注册系统 / 其他运维服务"
    },
    {
      "id": "doctor-5-2",
      "name": "与市互联网医院监管平台接口及数据维护服务",
      "people": 1,
      "months": 1,
      "unitPrice": 10000,
      "amount": 10000,
      "group": "医师电子化注册系统 / 其他运维服务"
    },
    {
      "id": "doctor-5-3",
      "name": "医师公示系统维护",
      "people": 1,
      "months": 2,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "医师电子化注册系统 / 其他运维服务"
    },
    {
      "id": "nurse-1-1",
      "name": "护士电子化注册系统运行维护",
      "people": 2,
      "months": 5,
      "unitPrice": 8000,
      "amount": 80000,
      "group": "护士电子化注册系统 / 系统运行维护"
    },
    {
      "id": "nurse-2-1",
      "name": "通过电话、网络等方式对护士日常业务提供技术服务",
      "people": 4,
      "months": 3,
      "unitPrice": 8000,
      "amount": 96000,
      "group": "护士电子化注册系统 / 技术支持"
    },
    {
      "id": "nurse-2-2",
      "name": "通过电话、网络等方式对军队、武警、地方护士间业务提供技术支持服务",
      "people": 1,
      "months": 2,
      "unitPrice": 8000,
      "amount": 16000,
      "group": "护士电子化注册系统 / 技术支持"
    },
    {
      "id": "nurse-2-3",
      "name": "上门技术服务",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "护士电子化注册系统 / 技术支持"
    },
    {
      "id": "nurse-3-1",
      "name": "护士考试数据分析梳理入库处理",
      "people": 2,
      "months": 1,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "护士电子化注册系统 / 数据处理"
    },
    {
      "id": "nurse-3-2",
      "name": "地方、军队、武警护士执业数据交换处理服务",
      "people": 1,
      "months": 2,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "护士电子化注册系统 / 数据处理"
    },
    {
      "id": "nurse-4-1",
      "name": "为用户提供个性化数据分析及导出服务",
      "people": 2,
      "months": 1.5,
      "unitPrice": 8000,
      "amount": 24000,
      "group": "护士电子化注册系统 / 数据个性化分析服务"
    },
    {
      "id": "nurse-5-1",
      "name": "与市电子证照接口及数据共享运维服务",
      "people": 2,
      "months": 1,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "护士电子化注册系统 / 其他运维服务"
    },
    {
      "id": "nurse-5-2",
      "name": "与市统一受理平台接口及数据维护服务",
      "people": 1,
      "months": 2,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "护士电子化注册系统 / 其他运维服务"
    },
    {
      "id": "nurse-5-3",
      "name": "护士公示系统维护",
      "people": 1,
      "months": 2,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "护士电子化注册系统 / 其他运维服务"
    },
    {
      "id": "facility-1-1",
      "name": "医疗机构电子化注册系统运行维护",
      "people": 3,
      "months": 4,
      "unitPrice": 8000,
      "amount": 96000,
      "group": "医疗机构电子化注册系统 / 系统运行维护"
    },
    {
      "id": "facility-2-1",
      "name": "通过电话、网络等方式为用户提供关于医疗机构日常业务办理方面的技术支持服务",
      "people": 3,
      "months": 3,
      "unitPrice": 8000,
      "amount": 72000,
      "group": "医疗机构电子化注册系统 / 技术支持"
    },
    {
      "id": "facility-2-2",
      "name": "通过电话、网络等方式为用户提供关于互联网医院业务办理方面的技术支持服务",
      "people": 2,
      "months": 2,
      "unitPrice": 8000,
      "amount": 32000,
      "group": "医疗机构电子化注册系统 / 技术支持"
    },
    {
      "id": "facility-2-3",
      "name": "通过电话、网络等方式为用户提供关于养老机构内设医疗机构备案、诊所备案、中医诊所备案、限制类医疗技术备案等业务办理方面的技术支持",
      "people": 2,
      "months": 2.5,
      "unitPrice": 8000,
      "amount": 40000,
      "group": "医疗机构电子化注册系统 / 技术支持"
    },
    {
      "id": "facility-2-4",
      "name": "上门技术服务",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "医疗机构电子化注册系统 / 技术支持"
    },
    {
      "id": "facility-3-1",
      "name": "医疗机构问题数据处理",
      "people": 1,
      "months": 1,
      "unitPrice": 10000,
      "amount": 10000,
      "group": "医疗机构电子化注册系统 / 数据处理"
    },
    {
      "id": "facility-4-1",
      "name": "为用户提供个性化数据分析及导出服务",
      "people": 2,
      "months": 2,
      "unitPrice": 8000,
      "amount": 32000,
      "group": "医疗机构电子化注册系统 / 数据个性化分析服务"
    },
    {
      "id": "facility-5-1",
      "name": "与市统一受理平台接口及数据维护服务",
      "people": 1,
      "months": 2,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "医疗机构电子化注册系统 / 其他运维服务"
    },
    {
      "id": "facility-5-3",
      "name": "与市电子证照接口及数据共享运维服务",
      "people": 2,
      "months": 1,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "医疗机构电子化注册系统 / 其他运维服务"
    },
    {
      "id": "facility-5-4",
      "name": "与互联网医院监管平台接口及数据共享维护服务",
      "people": 1,
      "months": 1,
      "unitPrice": 10000,
      "amount": 10000,
      "group": "医疗机构电子化注册系统 / 其他运维服务"
    },
    {
      "id": "facility-5-5",
      "name": "医疗机构公示系统维护",
      "people": 1,
      "months": 2,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "医疗机构电子化注册系统 / 其他运维服务"
    },
    {
      "id": "advert-1-1",
      "name": "医疗广告联网管理系统运行维护",
      "people": 2,
      "months": 2.5,
      "unitPrice": 10000,
      "amount": 50000,
      "group": "医疗广告联网管理系统 / 系统运行维护"
    },
    {
      "id": "advert-2-1",
      "name": "通过电话、网络等方式为用户提供技术支持服务",
      "people": 2,
      "months": 2,
      "unitPrice": 8000,
      "amount": 32000,
      "group": "医疗广告联网管理系统 / 技术支持"
    },
    {
      "id": "advert-2-3",
      "name": "上门技术服务",
      "people": 1,
      "months": 1,
      "unitPrice": 10000,
      "amount": 10000,
      "group": "医疗广告联网管理系统 / 技术支持"
    },
    {
      "id": "advert-3-1",
      "name": "医疗广告问题数据处理",
      "people": 1,
      "months": 1,
      "unitPrice": 10000,
      "amount": 10000,
      "group": "医疗广告联网管理系统 / 数据处理"
    },
    {
      "id": "advert-4-1",
      "name": "为用户提供个性化数据分析及导出服务",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "医疗广告联网管理系统 / 数据个性化分析服务"
    },
    {
      "id": "advert-5-1",
      "name": "医疗广告网上公示系统维护",
      "people": 1,
      "months": 1,
      "unitPrice": 10000,
      "amount": 10000,
      "group": "医疗广告联网管理系统 / 其他运维服务"
    },
    {
      "id": "advert-5-2",
      "name": "医疗广告双公示数据报送及问题数据修复",
      "people": 1,
      "months": 2,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "医疗广告联网管理系统 / 其他运维服务"
    },
    {
      "id": "supervision-1-1",
      "name": "医疗服务与执业监管平台（执业资质监管）运行维护服务",
      "people": 2,
      "months": 3,
      "unitPrice": 10000,
      "amount": 60000,
      "group": "医疗服务与执业监管平台（执业资质监管） / 系统运行维护"
    },
    {
      "id": "supervision-2-1",
      "name": "通过电话、网络等方式为用户提供技术服务",
      "people": 1,
      "months": 2,
      "unitPrice": 8000,
      "amount": 16000,
      "group": "医疗服务与执业监管平台（执业资质监管） / 技术支持"
    },
    {
      "id": "supervision-2-2",
      "name": "上门技术服务",
      "people": 1,
      "months": 0.5,
      "unitPrice": 10000,
      "amount": 5000,
      "group": "医疗服务与执业监管平台（执业资质监管） / 技术支持"
    },
    {
      "id": "supervision-3-1",
      "name": "业务数据定期切片、打磨、验证服务",
      "people": 2,
      "months": 3,
      "unitPrice": 10000,
      "amount": 60000,
      "group": "医疗服务与执业监管平台（执业资质监管） / 数据处理"
    },
    {
      "id": "infection-1-1",
      "name": "医院感染控制管理信息系统运行维护",
      "people": 1,
      "months": 2,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "医院感染控制管理信息系统 / 系统运行维护"
    },
    {
      "id": "infection-2-1",
      "name": "流行病学监测的电话答疑及网站技术服务",
      "people": 1,
      "months": 1.5,
      "unitPrice": 8000,
      "amount": 12000,
      "group": "医院感染控制管理信息系统 / 技术支持"
    },
    {
      "id": "infection-2-2",
      "name": "ICU专项监测的电话答疑及网站技术服务",
      "people": 1,
      "months": 1.5,
      "unitPrice": 8000,
      "amount": 12000,
      "group": "医院感染控制管理信息系统 / 技术支持"
    },
    {
      "id": "infection-2-3",
      "name": "外科手术专项调查的电话答疑及网站服务",
      "people": 1,
      "months": 1.5,
      "unitPrice": 8000,
      "amount": 12000,
      "group": "医院感染控制管理信息系统 / 技术支持"
    },
    {
      "id": "infection-2-4",
      "name": "流行暴发报告的电话答疑及网站技术服务",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "医院感染控制管理信息系统 / 技术支持"
    },
    {
      "id": "infection-2-5",
      "name": "高危新生儿专项调查的电话答疑及网站服务",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "医院感染控制管理信息系统 / 技术支持"
    },
    {
      "id": "infection-2-6",
      "name": "定点医院系统运行调试及维护服务工作",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "医院感染控制管理信息系统 / 技术支持"
    },
    {
      "id": "infection-2-7",
      "name": "上门技术服务",
      "people": 1,
      "months": 2,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "医院感染控制管理信息系统 / 技术支持"
    },
    {
      "id": "infection-3-1",
      "name": "问题数据处理",
      "people": 1,
      "months": 2,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "医院感染控制管理信息系统 / 数据处理"
    },
    {
      "id": "infection-3-2",
      "name": "给各级机构及管理部门恢复丢失的数据",
      "people": 1,
      "months": 1,
      "unitPrice": 10000,
      "amount": 10000,
      "group": "医院感染控制管理信息系统 / 数据处理"
    },
    {
      "id": "infection-4-1",
      "name": "感染病例个性化统计分析服务",
      "people": 1,
      "months": 2,
      "unitPrice": 8000,
      "amount": 16000,
      "group": "医院感染控制管理信息系统 / 数据个性化分析服务"
    },
    {
      "id": "infection-4-2",
      "name": "ICU 专项个性化统计分析服务",
      "people": 1,
      "months": 2,
      "unitPrice": 8000,
      "amount": 16000,
      "group": "医院感染控制管理信息系统 / 数据个性化分析服务"
    },
    {
      "id": "infection-4-3",
      "name": "外科手术专项个性化统计分析服务",
      "people": 1,
      "months": 2,
      "unitPrice": 8000,
      "amount": 16000,
      "group": "医院感染控制管理信息系统 / 数据个性化分析服务"
    },
    {
      "id": "infection-4-4",
      "name": "职业伤害个性化统计分析服务",
      "people": 1,
      "months": 2,
      "unitPrice": 8000,
      "amount": 16000,
      "group": "医院感染控制管理信息系统 / 数据个性化分析服务"
    },
    {
      "id": "infection-4-5",
      "name": "高危新生儿专项个性化统计分析服务",
      "people": 1,
      "months": 2,
      "unitPrice": 8000,
      "amount": 16000,
      "group": "医院感染控制管理信息系统 / 数据个性化分析服务"
    },
    {
      "id": "infection-5-1",
      "name": "医院感染监控网内容维护",
      "people": 2,
      "months": 1.5,
      "unitPrice": 8000,
      "amount": 24000,
      "group": "医院感染控制管理信息系统 / 医院感染监控网站内容维护"
    },
    {
      "id": "infection-6-1",
      "name": "医院感染爆发上报平台内容维护",
      "people": 2,
      "months": 1.5,
      "unitPrice": 8000,
      "amount": 24000,
      "group": "医院感染控制管理信息系统 / 医院感染暴发报告上报平台内容维护"
    },
    {
      "id": "sars-1-1",
      "name": "人员基础字典、基本信息整理及建立对照关系",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "非典后遗症人员健康管理系统 / 非典后遗症人员体检信息采集、汇总、处理"
    },
    {
      "id": "sars-1-2",
      "name": "人员基本信息整理",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "非典后遗症人员健康管理系统 / 非典后遗症人员体检信息采集、汇总、处理"
    },
    {
      "id": "sars-1-3",
      "name": "人员健康体检信息的校对及导入",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "非典后遗症人员健康管理系统 / 非典后遗症人员体检信息采集、汇总、处理"
    },
    {
      "id": "sars-1-4",
      "name": "心理测试数据整理、医学影像资料的信息导入",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "非典后遗症人员健康管理系统 / 非典后遗症人员体检信息采集、汇总、处理"
    },
    {
      "id": "sars-1-5",
      "name": "骨科专家会诊意见信息整理",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "非典后遗症人员健康管理系统 / 非典后遗症人员体检信息采集、汇总、处理"
    },
    {
      "id": "sars-1-6",
      "name": "呼吸系统专家会诊意见信息整理",
      "people": 1,
      "months": 1,
      "unitPrice": 8000,
      "amount": 8000,
      "group": "非典后遗症人员健康管理系统 / 非典后遗症人员体检信息采集、汇总、处理"
    },
    {
      "id": "sars-1-7",
      "name": "阳性体征字典标准化的整理、人员阳性体征的标准化处理",
      "people": 1,
      "months": 0.75,
      "unitPrice": 8000,
      "amount": 6000,
      "group": "非典后遗症人员健康管理系统 / 非典后遗症人员体检信息采集、汇总、处理"
    },
    {
      "id": "sars-2-1",
      "name": "系统运行维护",
      "people": 2,
      "months": 1,
      "unitPrice": 8000,
      "amount": 16000,
      "group": "非典后遗症人员健康管理系统 / 系统技术支持与服务"
    },
    {
      "id": "sars-2-2",
      "name": "技术支持",
      "people": 1,
      "months": 1.5,
      "unitPrice": 8000,
      "amount": 12000,
      "group": "非典后遗症人员健康管理系统 / 系统技术支持与服务"
    },
    {
      "id": "sars-2-3",
      "name": "上门服务",
      "people": 2,
      "months": 1,
      "unitPrice": 10000,
      "amount": 20000,
      "group": "非典后遗症人员健康管理系统 / 系统技术支持与服务"
    },
    {
      "id": "sars-3-1",
      "name": "专科疾病信息统计分析服务",
      "people": 2,
      "months": 1,
      "unitPrice": 8000,
      "amount": 16000,
      "group": "非典后遗症人员健康管理系统 / 非典后遗症人员体检信息分析服务"
    },
    {
      "id": "sars-3-2",
      "name": "特定疾病变化趋势分析服务",
      "people": 2,
      "months": 1,
      "unitPrice": 8000,
      "amount": 16000,
      "group": "非典后遗症人员健康管理系统 / 非典后遗症人员体检信息分析服务"
    },
    {
      "id": "sars-3-3",
      "name": "与健康人群对比分析服务",
      "people": 2,
      "months": 1,
      "unitPrice": 8000,
      "amount": 16000,
      "group": "非典后遗症人员健康管理系统 / 非典后遗症人员体检信息分析服务"
    }
  ],
  "payments": [
    {
      "id": "c3-pay-advance",
      "label": "首付款 50%",
      "article": "第四章第2款B项",
      "amount": 904500,
      "share": 0.5,
      "due": {
        "from": {
          "event": "effective"
        },
        "within": {
          "n": 15,
          "unit": "calendar-days"
        }
      },
      "conditions": [
        "invoice"
      ]
    },
    {
      "id": "c3-pay-final",
      "label": "尾款 50%",
      "article": "第四章第2款C项",
      "amount": 904500,
      "share": 0.5,
      "due": {
        "from": {
          "event": "accepted"
        }
      },
      "conditions": [
        "acceptance",
        "no-breach",
        "funds-received",
        "invoice"
      ]
    }
  ],
  "obligations": [
    {
      "id": "c3-hotline-7x24",
      "article": "第八章8.2",
      "title": "7×24小时电话热线及传真",
      "summary": "A phone hotline and fax support are staffed round the clock, every day.",
      "kind": "standing"
    },
    {
      "id": "c3-fault-response",
      "article": "第八章8.2",
      "title": "乙方原因故障 1小时应答、4小时恢复",
      "summary": "For a fault the vendor is responsible for: answer within 1 hour and restore within 4 hours, 7×24.",
      "kind": "response-clock",
      "clocks": [
        {
          "name": "answer",
          "until": "responded",
          "within": {
            "n": 1,
            "unit": "hours"
          }
        },
        {
          "name": "restore",
          "until": "restored",
          "within": {
            "n": 4,
            "unit": "hours"
          }
        }
      ]
    },
    {
      "id": "c3-quarterly-report",
      "article": "第十章10.3",
      "title": "季度服务工作总结报告",
      "summary": "Every three months of the service period the vendor submits a written or electronic quarterly service report.",
      "kind": "recurring",
      "recurrence": {
        "every": "quarter"
      }
    },
    {
      "id": "c3-quarterly-review",
      "article": "第十章10.3",
      "title": "甲方评审季度报告（14日内，逾期视为通过）",
      "summary": "The centre reviews each quarterly report within 14 days of receiving it; no objection by then counts as approval.",
      "party": "client",
      "kind": "review",
      "review": {
        "of": "c3-quarterly-report",
        "within": {
          "n": 14,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c3-12345-mechanism",
      "article": "第十章10.4; 第五章5.2第8款",
      "title": "接诉即办工作机制",
      "summary": "The vendor runs a rapid response, handling and feedback mechanism for 12345-hotline inquiries and complaints and accepts evaluation.",
      "kind": "standing"
    },
    {
      "id": "c3-acceptance-documents",
      "article": "第七章",
      "title": "验收交付文档",
      "summary": "Paper documents (one copy each) handed over with acceptance after the service period.",
      "kind": "one-off",
      "due": {
        "from": {
          "event": "term-end"
        }
      },
      "documents": [
        "运维服务工单",
        "系统巡检记录",
        "电话、远程服务记录",
        "用户满意度调查报告",
        "运维方案",
        "总结报告"
      ]
    },
    {
      "id": "c3-acceptance",
      "article": "第六章",
      "title": "甲方组织验收",
      "summary": "After the service period the centre organises a full acceptance; no time limit printed, so it is tracked from the period''s end.",
      "party": "client",
      "kind": "one-off",
      "due": {
        "from": {
          "event": "term-end"
        }
      }
    },
    {
      "id": "c3-on-schedule",
      "article": "第九章9.1",
      "title": "按进度完成各运维项目",
      "summary": "Each priced service line is delivered on schedule; a delay is recorded as an occurrence naming the line item and the days late.",
      "kind": "standing"
    },
    {
      "id": "c3-expiry-notice",
      "article": "第十七章16.1",
      "title": "合同到期前7天书面通知",
      "summary": "The centre tells the vendor in writing at least 7 days before the contract expires.",
      "party": "client",
      "kind": "notice",
      "due": {
        "from": {
          "event": "term-end"
        },
        "before": {
          "n": 7,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c3-renewal-notice",
      "article": "第十七章16.2",
      "title": "续约提前180天通知",
      "summary": "Renewal can be discussed when the centre gives notice at least 180 days before expiry (optional for the centre; the date is the last day to do so).",
      "party": "client",
      "kind": "notice",
      "due": {
        "from": {
          "event": "term-end"
        },
        "before": {
          "n": 180,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c3-force-majeure-notice",
      "article": "第十三章13.2",
      "title": "不可抗力立即通知",
      "summary": "The affected party notifies the other immediately (same day).",
      "kind": "notice",
      "conditional": true,
      "due": {
        "from": {
          "event": "force-majeure"
        }
      }
    },
    {
      "id": "c3-force-majeure-proof",
      "article": "第十三章13.2",
      "title": "不可抗力证明10日内提供",
      "summary": "Written proof of the force-majeure event within 10 days.",
      "kind": "one-off",
      "conditional": true,
      "due": {
        "from": {
          "event": "force-majeure"
        },
        "within": {
          "n": 10,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c3-force-majeure-renegotiation",
      "article": "第十三章13.3",
      "title": "不可抗力超过180天另行商议",
      "summary": "If force majeure affects the contract for more than 180 days, the parties renegotiate performance (no termination right).",
      "kind": "one-off",
      "conditional": true,
      "due": {
        "from": {
          "event": "force-majeure"
        },
        "within": {
          "n": 180,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c3-bank-change-notice",
      "article": "第一章第3款",
      "title": "银行账户变更7日内书面告知",
      "summary": "A change of bank or account is notified in writing within 7 days of the change.",
      "kind": "notice",
      "conditional": true,
      "due": {
        "from": {
          "event": "bank-change"
        },
        "within": {
          "n": 7,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c3-dispute-talks",
      "article": "第十四章14.1",
      "title": "争议协商30天后仲裁",
      "summary": "Disputes are first negotiated; unresolved 30 days after talks begin, either party may go to the Beijing Arbitration Commission.",
      "kind": "one-off",
      "conditional": true,
      "due": {
        "from": {
          "event": "dispute-talks-started"
        },
        "within": {
          "n": 30,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c3-confidentiality",
      "article": "第十一章11.1、11.2、11.5; 附件2",
      "title": "安全保密协议",
      "summary": "Permanent confidentiality under the security and confidentiality annex.",
      "kind": "standing"
    }
  ],
  "penalties": [
    {
      "id": "c3-vendor-delay",
      "article": "第九章9.1",
      "summary": "Delay caused by the vendor: 1 % of the delayed line item''s amount for every full 2 days, at most 5 % of that item. The occurrence names the line item and the days of delay.",
      "shape": "per-period",
      "trigger": "occurrence",
      "obligations": [
        "c3-on-schedule"
      ],
      "amount": {
        "rate": 0.01,
        "base": "line-item"
      },
      "period": {
        "n": 2,
        "unit": "calendar-days"
      },
      "partial": "floor",
      "cap": {
        "rate": 0.05,
        "base": "line-item",
        "scope": "trigger"
      }
    },
    {
      "id": "c3-client-late",
      "article": "第九章9.2",
      "summary": "Centre pays late: from 30 days after acceptance, 1 % of the unpaid amount for every full 15 days of delay, at most 5 % (of the unpaid amount; base not printed).",
      "payer": "client",
      "shape": "per-period",
      "trigger": "payment-late",
      "payments": [
        "c3-pay-final"
      ],
      "amount": {
        "rate": 0.01,
        "base": "unpaid-amount"
      },
      "period": {
        "n": 15,
        "unit": "calendar-days"
      },
      "partial": "floor",
      "cap": {
        "rate": 0.05,
        "base": "unpaid-amount",
        "scope": "trigger"
      },
      "preconditions": {
        "startsAfterDue": {
          "n": 30,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c3-complaint-mishandling",
      "article": "第十章10.4",
      "summary": "Shirking, perfunctory or false handling of 12345 complaints with major impact: the centre deducts 1 %–5 % of the project amount.",
      "shape": "range",
      "trigger": "occurrence",
      "obligations": [
        "c3-12345-mechanism"
      ],
      "min": {
        "rate": 0.01
      },
      "max": {
        "rate": 0.05
      }
    },
    {
      "id": "c3-confidentiality-breach",
      "article": "第十一章11.5; 附件2第三条",
      "summary": "Breach of the confidentiality annex: the centre may terminate (damages are assessed separately).",
      "shape": "termination-right",
      "trigger": "occurrence",
      "obligations": [
        "c3-confidentiality"
      ],
      "terminationRight": true
    },
    {
      "id": "c3-breach-termination",
      "article": "第十七章16.3",
      "summary": "A party that does not perform after a written breach notice faces partial or full termination.",
      "shape": "termination-right",
      "trigger": "occurrence",
      "terminationRight": true
    },
    {
      "id": "c3-insolvency-termination",
      "article": "第十七章16.4",
      "summary": "Bankruptcy or proven insolvency of a party: the other may terminate at any time without compensation.",
      "shape": "termination-right",
      "trigger": "occurrence",
      "terminationRight": true
    }
  ],
  "changeBudget": {
    "freePersonDays": 20,
    "article": "第八章8.3"
  }
}
', '2026-12-03 04:13:10.907216+00');
INSERT INTO vg.contract_definitions (contract_key, version, definition, created_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 1, '{
  "$schema": "../schema/contract.schema.json",
  "formatVersion": 1,
  "id": "c4-health-commission-medadmin-ops-2024",
  "title": "北京市卫生健康委医政管理系统运行维护项目合同（2024年度）",
  "institution": {
    "id": "bj-health-data-center",
    "name": "北京市卫生健康大数据与政策研究中心",
    "address": "北京市通州区达济街6号院1号楼",
    "contacts": [
      {
        "role": "owner",
        "name": "赵鹏",
        "phone": "010-55532279",
        "email": "zhaopeng@wjw.beijing.gov.cn"
      }
    ]
  },
  "vendor": {
    "id": "huaan-zhongcheng",
    "name": "北京华安众成信息技术有限公司",
    "address": "北京市海淀区北清路68号院24号楼D座4层474",
    "contacts": [
      {
        "role": "project-lead",
        "name": "史春华",
        "phone": "010-62194681",
        "email": "tangdehua30@sina.com"
      }
    ]
  },
  "signedOn": "2024-05-17",
  "effectiveOn": "2024-05-17",
  "term": {
    "start": "2024-06-06",
    "end": "2025-06-05"
  },
  "total": 744700,
  "lineItems": [
    {
      "id": "hr-1",
      "name": "专项运维（系统完善需求及时响应并上线）",
      "amount": 24000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-1",
      "name": "日常运维 / 技术支持",
      "amount": 12000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-2-1",
      "name": "巡检服务 / 定期考核业务系统及考试考核系统日常维护服务",
      "amount": 30000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-2-2",
      "name": "巡检服务 / 数据整理（医师注册、机构注册、定期考核、继续医学教育管理等系统间数据整理清洗转换）",
      "amount": 20000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-2-3",
      "name": "巡检服务 / 安全管理（开源组件定期更新、加密种子定期重置、系统日志及数据备份等）",
      "amount": 20000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-2-4",
      "name": "巡检服务 / 性能监测、系统问题解决",
      "amount": 20000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-2-5",
      "name": "巡检服务 / 接口维护（医师、机构、多点执业、继教、考试成绩等接口）",
      "amount": 16000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-2-6",
      "name": "巡检服务 / 保障北京医师定期考核（58个专业试题录入、日常在线考试保障等）",
      "amount": 42000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-2-7",
      "name": "巡检服务 / 问题排查处理（定期考核业务使用问题：客服电话、微信群、邮件、上门）",
      "amount": 72000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-2-8",
      "name": "巡检服务 / 中间件软件日常巡检服务",
      "amount": 10000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-2-9",
      "name": "巡检服务 / 数据库产品日常巡检服务",
      "amount": 10000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-2-10",
      "name": "巡检服务 / 数据库系统健康检查及性能调优",
      "amount": 10000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-2-11",
      "name": "巡检服务 / 开源框架及报表工具、插件等日常更新升级维护",
      "amount": 5000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-2-2-12",
      "name": "巡检服务 / 重要时期现场应急响应",
      "amount": 12000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-3-1",
      "name": "其他运维 / 远程服务",
      "amount": 6000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-3-2",
      "name": "其他运维 / 卫生突发事件应急响应",
      "amount": 4000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-4",
      "name": "客服支持（现场培训、视频会议、即时通讯工具等）",
      "amount": 22000,
      "group": "人力资源管理模块"
    },
    {
      "id": "hr-5",
      "name": "局端报表（年度报表格式预置、上报数据核查、报表接口维护、年底报表支持）",
      "amount": 28000,
      "group": "人力资源管理模块"
    },
    {
      "id": "med-1",
      "name": "专项运维（系统完善需求及时响应并上线）",
      "amount": 120000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-1",
      "name": "日常运维 / 呼叫服务",
      "amount": 24000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-2",
      "name": "日常运维 / 技术支持（上门）",
      "amount": 12000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-3-1",
      "name": "巡检服务 / 定期维护与巡检（1次/天）",
      "amount": 18000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-3-2",
      "name": "巡检服务 / 问题处理",
      "amount": 36000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-3-3",
      "name": "巡检服务 / 数据（流程）维护（数据采集、输入、处理加工、输出、清洗等）",
      "amount": 24000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-3-4",
      "name": "巡检服务 / 用户账号管理（创建、修改、冻结、删除等）",
      "amount": 6000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-3-5",
      "name": "巡检服务 / 报表统计分析",
      "amount": 12000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-3-6",
      "name": "巡检服务 / 性能调优",
      "amount": 12000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-3-7",
      "name": "巡检服务 / 数据接口管理",
      "amount": 36000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-3-8",
      "name": "巡检服务 / 安全管理",
      "amount": 12000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-3-9",
      "name": "巡检服务 / 系统日志备份",
      "amount": 12000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-3-10",
      "name": "巡检服务 / 数据库、中间件漏扫、安全加固升级、系统恢复数据备份、健康检查（每季度一次）",
      "amount": 6100,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-2-3-11",
      "name": "巡检服务 / 重要时期现场应急响应",
      "amount": 12000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-3-1",
      "name": "其他运维 / 远程服务",
      "amount": 10000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-3-2",
      "name": "其他运维 / 卫生突发事件应急响应",
      "amount": 5000,
      "group": "医政信息管理模块"
    },
    {
      "id": "med-4",
      "name": "局端报表（年度报表格式预置、上报数据核查、报表接口更新、年底报表支持）",
      "amount": 24600,
      "group": "医政信息管理模块"
    }
  ],
  "payments": [
    {
      "id": "c4-pay-advance",
      "label": "首付款 50%",
      "article": "第四章4.2.2",
      "amount": 372350,
      "share": 0.5,
      "due": {
        "from": {
          "event": "effective"
        },
        "within": {
          "n": 14,
          "unit": "working-days"
        }
      },
      "conditions": [
        "invoice"
      ]
    },
    {
      "id": "c4-pay-final",
      "label": "尾款 50%",
      "article": "第四章4.2.3",
      "amount": 372350,
      "share": 0.5,
      "due": {
        "from": {
          "event": "accepted"
        }
      },
      "conditions": [
        "acceptance",
        "no-breach",
        "funds-received",
        "invoice"
      ]
    }
  ],
  "obligations": [
    {
      "id": "c4-support-7x24",
      "article": "第七章7.2",
      "title": "7×24技术支持",
      "summary": "Technical support is available round the clock, every day.",
      "kind": "standing"
    },
    {
      "id": "c4-fault-response",
      "article": "第七章7.2",
      "title": "故障 1小时应答、4小时恢复",
      "summary": "For a fault the vendor is responsible for: answer within 1 hour and restore within 4 hours, 7×24.",
      "kind": "response-clock",
      "clocks": [
        {
          "name": "answer",
          "until": "responded",
          "within": {
            "n": 1,
            "unit": "hours"
          }
        },
        {
          "name": "restore",
          "until": "restored",
          "within": {
            "n": 4,
            "unit": "hours"
          }
        }
      ]
    },
    {
      "id": "c4-daily-inspection",
      "article": "附件1 医政信息管理模块 第2项 3.巡检服务 1)",
      "title": "定期维护与巡检（1次/天）",
      "summary": "One maintenance and inspection round every day. The model has no daily period: a standing duty, evidenced by the weekly inspection record and breached by a recorded occurrence.",
      "kind": "standing"
    },
    {
      "id": "c4-weekly-inspection-record",
      "article": "第六章 文档清单第2项",
      "title": "应用及数据库巡检记录（每周）",
      "summary": "Application and database inspection record for every week of the service period.",
      "kind": "recurring",
      "recurrence": {
        "every": "week"
      }
    },
    {
      "id": "c4-monthly-summary",
      "article": "第六章 文档清单第7项",
      "title": "运维项目月度总结报告",
      "summary": "Monthly summary report of the maintenance work, due by the end of each service month.",
      "kind": "recurring",
      "recurrence": {
        "every": "month"
      }
    },
    {
      "id": "c4-quarterly-summary",
      "article": "第六章6.1; 文档清单第9项",
      "title": "季度总结报告",
      "summary": "Quarterly summary report for each quarter of the service period.",
      "kind": "recurring",
      "recurrence": {
        "every": "quarter"
      }
    },
    {
      "id": "c4-quarterly-inspection-bound",
      "article": "第六章6.2",
      "title": "日常巡检记录单（季度合订版）",
      "summary": "The daily inspection sheets, bound and handed in once a quarter.",
      "kind": "recurring",
      "recurrence": {
        "every": "quarter"
      }
    },
    {
      "id": "c4-quarterly-healthcheck",
      "article": "第六章 文档清单第8项",
      "title": "系统及数据库健康检查及优化升级报告（按季度）",
      "summary": "Quarterly system and database health-check and optimisation report.",
      "kind": "recurring",
      "recurrence": {
        "every": "quarter"
      }
    },
    {
      "id": "c4-quarterly-vuln-scan",
      "article": "附件1 医政信息管理模块 第2项 3.巡检服务 10)",
      "title": "漏扫、安全加固升级、恢复备份、健康检查（每季度一次）",
      "summary": "Once a quarter: vulnerability scan, hardening and upgrade of database and middleware, recovery backup and health check.",
      "kind": "recurring",
      "recurrence": {
        "every": "quarter"
      }
    },
    {
      "id": "c4-annual-summary",
      "article": "第六章6.1; 文档清单第10项",
      "title": "全年总结报告",
      "summary": "Annual summary report at the end of the service year.",
      "kind": "recurring",
      "recurrence": {
        "every": "year"
      }
    },
    {
      "id": "c4-quarterly-summary-review",
      "article": "第九章9.3",
      "title": "甲方评审季度总结报告（15个工作日）",
      "summary": "The centre reviews the quarterly summary within 15 working days of receipt; silence counts as approval.",
      "party": "client",
      "kind": "review",
      "review": {
        "of": "c4-quarterly-summary",
        "within": {
          "n": 15,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c4-quarterly-inspection-review",
      "article": "第九章9.3",
      "title": "甲方评审季度巡检合订本（15个工作日）",
      "summary": "Same 15-working-day review, deemed approved, for the bound quarterly inspection records.",
      "party": "client",
      "kind": "review",
      "review": {
        "of": "c4-quarterly-inspection-bound",
        "within": {
          "n": 15,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c4-quarterly-healthcheck-review",
      "article": "第九章9.3",
      "title": "甲方评审季度健康检查报告（15个工作日）",
      "summary": "Same 15-working-day review, deemed approved, for the quarterly health-check report.",
      "party": "client",
      "kind": "review",
      "review": {
        "of": "c4-quarterly-healthcheck",
        "within": {
          "n": 15,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c4-quarterly-vuln-scan-review",
      "article": "第九章9.3",
      "title": "甲方评审季度漏扫加固记录（15个工作日）",
      "summary": "Same 15-working-day review, deemed approved, for the quarterly scan and hardening record.",
      "party": "client",
      "kind": "review",
      "review": {
        "of": "c4-quarterly-vuln-scan",
        "within": {
          "n": 15,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c4-acceptance-application",
      "article": "第六章",
      "title": "信息化运维项目验收申请表",
      "summary": "The vendor applies for acceptance in advance with the acceptance application form; no lead time printed, so it is due by the acceptance deadline.",
      "kind": "one-off",
      "due": {
        "from": {
          "date": "2025-07-30"
        },
        "before": {
          "n": 1,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c4-acceptance",
      "article": "第六章",
      "title": "2025年7月30日前全面验收",
      "summary": "The centre organises a full acceptance before 30 July 2025 (read as: by the end of 29 July).",
      "party": "client",
      "kind": "one-off",
      "due": {
        "from": {
          "date": "2025-07-30"
        },
        "before": {
          "n": 1,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c4-acceptance-documents",
      "article": "第六章 文档清单",
      "title": "验收文档清单（13项）",
      "summary": "Thirteen documents delivered for acceptance, in the form and number the centre asks for.",
      "kind": "one-off",
      "due": {
        "from": {
          "date": "2025-07-30"
        },
        "before": {
          "n": 1,
          "unit": "calendar-days"
        }
      },
      "documents": [
        "项目合同",
        "应用及数据库巡检记录（每周）",
        "系统维护修改记录",
        "参加会议记录",
        "客服服务记录单",
        "客户满意度调查",
        "北京市卫健委医政管理系统运维项目月度总结报告",
        "系统及数据库健康检查及优化升级报告（按季度）",
        "北京市卫健委医政管理系统运维项目季度总结报告",
        "北京市卫健委医政管理系统运维项目年度总结报告",
        "信息化运维项目验收申请表",
        "运维服务目录自查表",
        "项目验收意见（按年度）"
      ]
    },
    {
      "id": "c4-acceptance-documents-review",
      "article": "第九章9.3",
      "title": "甲方评审验收文档（15个工作日，逾期视为通过）",
      "summary": "Each acceptance document is operations documentation the centre reviews within 15 working days of receipt; silence counts as approval (the 9.3 rule read as covering the acceptance file too).",
      "party": "client",
      "kind": "review",
      "review": {
        "of": "c4-acceptance-documents",
        "within": {
          "n": 15,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c4-on-schedule",
      "article": "第八章8.1",
      "title": "按期完成运维服务工作",
      "summary": "Maintenance work is done on time; a delay is recorded as an occurrence with its days.",
      "kind": "standing"
    },
    {
      "id": "c4-12345-mechanism",
      "article": "第九章9.4; 第五章5.2.7",
      "title": "接诉即办工作机制",
      "summary": "The vendor runs the 12345 rapid-response complaint mechanism and accepts evaluation.",
      "kind": "standing"
    },
    {
      "id": "c4-no-unauthorized-data-change",
      "article": "第九章9.6",
      "title": "未经书面同意不得修改系统数据",
      "summary": "No adding, deleting or changing system data without the centre''s written consent.",
      "kind": "standing"
    },
    {
      "id": "c4-force-majeure-notice",
      "article": "第十二章12.2",
      "title": "不可抗力立即通知",
      "summary": "The affected party notifies the other immediately (same day).",
      "kind": "notice",
      "conditional": true,
      "due": {
        "from": {
          "event": "force-majeure"
        }
      }
    },
    {
      "id": "c4-force-majeure-proof",
      "article": "第十二章12.2",
      "title": "不可抗力证明15个工作日内提供",
      "summary": "Written proof of the force-majeure event within 15 working days.",
      "kind": "one-off",
      "conditional": true,
      "due": {
        "from": {
          "event": "force-majeure"
        },
        "within": {
          "n": 15,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c4-bank-change-notice",
      "article": "第一章1.3",
      "title": "银行账户变更7日内书面告知",
      "summary": "A change of bank or account is notified in writing within 7 days.",
      "kind": "notice",
      "conditional": true,
      "due": {
        "from": {
          "event": "bank-change"
        },
        "within": {
          "n": 7,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c4-confidentiality",
      "article": "第十章10.1、10.2、10.5; 附件2",
      "title": "安全保密协议",
      "summary": "Permanent confidentiality under the security and confidentiality annex.",
      "kind": "standing"
    }
  ],
  "penalties": [
    {
      "id": "c4-vendor-delay",
      "article": "第八章8.1",
      "summary": "Delay caused by the vendor: 1 % of the contract amount for every full 2 days, never more than 5 % of the contract total. The occurrence carries the days of delay.",
      "shape": "per-period",
      "trigger": "occurrence",
      "obligations": [
        "c4-on-schedule"
      ],
      "amount": {
        "rate": 0.01
      },
      "period": {
        "n": 2,
        "unit": "calendar-days"
      },
      "partial": "floor",
      "cap": {
        "rate": 0.05,
        "base": "contract-total",
        "scope": "clause"
      }
    },
    {
      "id": "c4-client-late",
      "article": "第八章8.2",
      "summary": "Centre pays late (the clause applies from 30 days after signing): 1 % of the unpaid amount for every full 15 days, never more than 5 % of the contract total.",
      "payer": "client",
      "shape": "per-period",
      "trigger": "payment-late",
      "payments": [
        "c4-pay-advance",
        "c4-pay-final"
      ],
      "amount": {
        "rate": 0.01,
        "base": "unpaid-amount"
      },
      "period": {
        "n": 15,
        "unit": "calendar-days"
      },
      "partial": "floor",
      "cap": {
        "rate": 0.05,
        "base": "contract-total",
        "scope": "clause"
      }
    },
    {
      "id": "c4-complaint-mishandling",
      "article": "第九章9.4",
      "summary": "Shirking, perfunctory or false complaint handling with major impact: 1 %–5 % of the contract amount.",
      "shape": "range",
      "trigger": "occurrence",
      "obligations": [
        "c4-12345-mechanism"
      ],
      "min": {
        "rate": 0.01
      },
      "max": {
        "rate": 0.05
      }
    },
    {
      "id": "c4-data-change-unauthorized",
      "article": "第九章9.6",
      "summary": "Each unauthorised change of system data: 1 %–5 % of the contract amount.",
      "shape": "range",
      "trigger": "occurrence",
      "obligations": [
        "c4-no-unauthorized-data-change"
      ],
      "min": {
        "rate": 0.01
      },
      "max": {
        "rate": 0.05
      }
    },
    {
      "id": "c4-confidentiality-breach",
      "article": "第十章10.5; 附件2第三条",
      "summary": "Breach of the confidentiality annex: the centre may terminate (damages assessed separately).",
      "shape": "termination-right",
      "trigger": "occurrence",
      "obligations": [
        "c4-confidentiality"
      ],
      "terminationRight": true
    },
    {
      "id": "c4-breach-termination",
      "article": "第十六章16.1",
      "summary": "A party that does not perform after a written breach notice faces partial or full termination.",
      "shape": "termination-right",
      "trigger": "occurrence",
      "terminationRight": true
    },
    {
      "id": "c4-insolvency-termination",
      "article": "第十六章16.2",
      "summary": "Bankruptcy or proven insolvency of a party: the other may terminate without compensation.",
      "shape": "termination-right",
      "trigger": "occurrence",
      "terminationRight": true
    }
  ]
}
', '2026-12-03 04:13:11.019156+00');
INSERT INTO vg.contract_definitions (contract_key, version, definition, created_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 1, '{
  "$schema": "../schema/contract.schema.json",
  "formatVersion": 1,
  "id": "c5-booking-platform-2024",
  "title": "北京市预约挂号统一平台服务项目合作协议书",
  "institution": {
    "id": "bj-health-commission",
    "name": "北京市卫生健康委员会"
  },
  "vendor": {
    "id": "911100008016572721",
    "name": "中国联合网络通信有限公司北京市分公司",
    "address": "北京市西城区复兴门南大街6号"
  },
  "signedOn": "2024-01-31",
  "effectiveOn": "2024-01-31",
  "term": {
    "start": "2024-02-01",
    "end": "2025-01-31"
  },
  "total": 19000000,
  "payments": [
    {
      "id": "c5-pay-1",
      "label": "第一笔：前6个月服务费",
      "article": "第四条4.2.2",
      "due": {
        "from": {
          "date": "2024-09-30"
        }
      },
      "conditions": [
        "usage-verified",
        "invoice"
      ],
      "invoiceLeadTime": {
        "n": 5,
        "unit": "working-days"
      },
      "usageFrom": "2024-02-01",
      "usageTo": "2024-07-01"
    },
    {
      "id": "c5-pay-2",
      "label": "第二笔：甲方设定核算期服务费（原则上2024年12月底前）",
      "article": "第四条4.2.2",
      "due": {
        "from": {
          "date": "2024-12-31"
        }
      },
      "conditions": [
        "usage-verified",
        "invoice"
      ],
      "invoiceLeadTime": {
        "n": 5,
        "unit": "working-days"
      },
      "usageFrom": "2024-08-01",
      "usageTo": "2024-11-01"
    },
    {
      "id": "c5-pay-3",
      "label": "第三笔：剩余服务费（验收合格后，最晚次年）",
      "article": "第四条4.2.2",
      "due": {
        "from": {
          "date": "2025-12-31"
        }
      },
      "conditions": [
        "usage-verified",
        "acceptance",
        "invoice"
      ],
      "invoiceLeadTime": {
        "n": 5,
        "unit": "working-days"
      },
      "usageFrom": "2024-12-01",
      "usageTo": "2025-01-01",
      "balance": true
    }
  ],
  "obligations": [
    {
      "id": "c5-booking-service-level",
      "article": "第三条3.2.3",
      "title": "预约挂号服务水平大于90%",
      "summary": "Booking service level strictly above 90 % (no measurement period printed; monthly).",
      "kind": "service-level",
      "serviceLevel": {
        "metric": "service-level",
        "target": 0.9,
        "strict": true,
        "per": "month",
        "penaltyClause": "c5-requirement-not-met"
      }
    },
    {
      "id": "c5-phone-availability",
      "article": "第三条3.2.3",
      "title": "电话系统可用率99.5%",
      "summary": "Phone booking system available at least 99.5 % of the time (monthly).",
      "kind": "service-level",
      "serviceLevel": {
        "metric": "availability",
        "channel": "phone",
        "target": 0.995,
        "per": "month",
        "penaltyClause": "c5-requirement-not-met"
      }
    },
    {
      "id": "c5-online-availability",
      "article": "第三条3.2.4",
      "title": "网络侧系统可用率99.5%",
      "summary": "Online booking system available at least 99.5 % of the time (monthly).",
      "kind": "service-level",
      "serviceLevel": {
        "metric": "availability",
        "channel": "online",
        "target": 0.995,
        "per": "month",
        "penaltyClause": "c5-requirement-not-met"
      }
    },
    {
      "id": "c5-support-7x24",
      "article": "第三条3.2.2; 第三条3.2.3",
      "title": "7×24技术支持及114人工服务",
      "summary": "Dedicated vendor staff give uninterrupted 7×24 technical support and the 114 hotline is manned 7×24; faults are reported to the commission at once.",
      "kind": "standing"
    },
    {
      "id": "c5-halfyear-stats-report",
      "article": "第三条3.2.7",
      "title": "半年预约挂号情况统计报告",
      "summary": "Within 15 working days after each half-year: a written statistics report (call volume, seats, waiting and talk times, daily successful bookings and rate, night work, cycle analysis).",
      "kind": "recurring",
      "recurrence": {
        "every": "half-year",
        "offset": {
          "n": 15,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c5-quarterly-security-report",
      "article": "第三条3.2.2",
      "title": "季度安全情况报告",
      "summary": "Each quarter a report on level-3 protection testing, supply-chain review, perimeter monitoring and vulnerability/risk analysis.",
      "kind": "recurring",
      "recurrence": {
        "every": "quarter"
      }
    },
    {
      "id": "c5-client-complaint-feedback",
      "article": "第三条3.1.4",
      "title": "甲方每月反馈投诉处理结果",
      "summary": "The commission handles complaints it caused and tells the vendor the results every month.",
      "party": "client",
      "kind": "recurring",
      "recurrence": {
        "every": "month"
      }
    },
    {
      "id": "c5-usage-verification",
      "article": "第四条4.2.1; 附件 挂出号确认单",
      "title": "挂出号确认（按月计数，双方签字）",
      "summary": "The commission (or a third party) verifies each month''s successful bookings (total / online / phone) on the signed verification statement; the vendor cooperates.",
      "party": "client",
      "kind": "recurring",
      "recurrence": {
        "every": "month",
        "align": "calendar"
      }
    },
    {
      "id": "c5-stage-results",
      "article": "第五条5.2",
      "title": "阶段性成果10个工作日内提交",
      "summary": "Results of a service stage (or of the whole service) within 10 working days after it ends.",
      "kind": "after-each",
      "afterEach": {
        "activity": "stage-ended",
        "within": {
          "n": 10,
          "unit": "working-days"
        }
      }
    },
    {
      "id": "c5-requirements",
      "article": "第八条8.3",
      "title": "满足招标文件及合同各项要求",
      "summary": "Every requirement of the tender and the contract is met; each unmet item is an occurrence.",
      "kind": "standing"
    },
    {
      "id": "c5-breach-cure",
      "article": "第九条9.4(1)",
      "title": "经催告后10日内纠正违约",
      "summary": "After the commission''s demand the vendor corrects a breach within 10 days.",
      "kind": "after-each",
      "afterEach": {
        "activity": "breach-demand",
        "within": {
          "n": 10,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c5-acceptance-remedy",
      "article": "第五条5.3",
      "title": "验收不合格按期整改",
      "summary": "A failed acceptance is remedied within the rectification period the commission confirms.",
      "kind": "standing"
    },
    {
      "id": "c5-exit-request",
      "article": "第十一条11.1",
      "title": "乙方退出提前2个月申请",
      "summary": "The vendor applies to exit at least 2 months ahead and may leave only with permission.",
      "kind": "notice",
      "conditional": true,
      "due": {
        "from": {
          "event": "vendor-exit"
        },
        "before": {
          "n": 2,
          "unit": "months"
        }
      }
    },
    {
      "id": "c5-transition-period",
      "article": "第十一条11.2",
      "title": "免费切换期（最长2个月）",
      "summary": "On expiry without renewal or early termination the vendor serves a free hand-over period of at most 2 months.",
      "kind": "one-off",
      "conditional": true,
      "due": {
        "from": {
          "event": "terminated"
        },
        "within": {
          "n": 2,
          "unit": "months"
        }
      }
    },
    {
      "id": "c5-policy-termination-notice",
      "article": "第九条9.3",
      "title": "政策原因解除提前一个月书面通知",
      "summary": "If policy prevents performance and talks fail, either party may terminate with one month''s written notice.",
      "kind": "notice",
      "conditional": true,
      "due": {
        "from": {
          "event": "terminated"
        },
        "before": {
          "n": 1,
          "unit": "months"
        }
      }
    },
    {
      "id": "c5-force-majeure-notice",
      "article": "第十三条13.2",
      "title": "不可抗力7日内书面通知并提供证明",
      "summary": "Written notice with proof within 7 days of a force-majeure event.",
      "kind": "one-off",
      "conditional": true,
      "due": {
        "from": {
          "event": "force-majeure"
        },
        "within": {
          "n": 7,
          "unit": "calendar-days"
        }
      }
    },
    {
      "id": "c5-no-subcontracting",
      "article": "第十条; 第三条3.2.2",
      "title": "不得转让或分包",
      "summary": "No assignment or subcontracting without prior written consent; core operations are never outsourced. Breach lets the commission refuse payment.",
      "kind": "standing"
    },
    {
      "id": "c5-confidentiality",
      "article": "第七条7.1–7.6; 第三条3.2.10",
      "title": "保密及数据安全",
      "summary": "Permanent confidentiality; booking data never goes to third parties without written consent.",
      "kind": "standing"
    }
  ],
  "penalties": [
    {
      "id": "c5-requirement-not-met",
      "article": "第八条8.3",
      "summary": "Each requirement of the tender or contract not met: 0.2 % of the contract total per item, on top of other liability.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c5-requirements",
        "c5-booking-service-level",
        "c5-phone-availability",
        "c5-online-availability"
      ],
      "amount": {
        "rate": 0.002
      }
    },
    {
      "id": "c5-outage",
      "article": "第八条8.4",
      "summary": "Vendor-caused suspension of the platform: 0.5 % of the contract price per occurrence, plus 0.5 % of the total for each full 12 hours beyond the first 24.",
      "shape": "duration-tiered",
      "trigger": "outage",
      "amount": {
        "rate": 0.005
      },
      "threshold": {
        "n": 24,
        "unit": "hours"
      },
      "step": {
        "n": 12,
        "unit": "hours"
      },
      "partial": "floor",
      "perStep": {
        "rate": 0.005
      }
    },
    {
      "id": "c5-major-fault",
      "article": "第八条8.4",
      "summary": "Other vendor-caused major fault (not a suspension): 0.5 % of the contract price per occurrence; the 12-hour add-on applies only to suspensions.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "amount": {
        "rate": 0.005
      }
    },
    {
      "id": "c5-uncorrected-breach",
      "article": "第八条8.2",
      "summary": "A duty not performed and not corrected within the reasonable period set: the commission may terminate at once, and on termination the vendor owes 20 % of the total plus losses.",
      "shape": "termination-right",
      "trigger": "occurrence",
      "obligations": [
        "c5-requirements"
      ],
      "terminationRight": true,
      "onTermination": {
        "rate": 0.2
      }
    },
    {
      "id": "c5-acceptance-remedy-failed",
      "article": "第五条5.3",
      "summary": "Acceptance failed and not remedied in the confirmed period: 20 % of the contract total.",
      "shape": "per-occurrence",
      "trigger": "occurrence",
      "obligations": [
        "c5-acceptance-remedy"
      ],
      "amount": {
        "rate": 0.2
      }
    },
    {
      "id": "c5-breach-10-days",
      "article": "第九条9.4(1)",
      "summary": "A breach still uncorrected more than 10 days after the commission''s demand gives it the right to terminate in whole or in part.",
      "shape": "termination-right",
      "trigger": "late",
      "obligations": [
        "c5-breach-cure"
      ],
      "terminationRight": true
    },
    {
      "id": "c5-confidentiality-breach",
      "article": "第七条",
      "summary": "Breach of confidentiality: the commission may terminate and claim all losses.",
      "shape": "termination-right",
      "trigger": "occurrence",
      "obligations": [
        "c5-confidentiality"
      ],
      "terminationRight": true
    },
    {
      "id": "c5-grace-termination",
      "article": "第九条9.2",
      "summary": "A requirement missed in the set period and still not met within the grace period the other party gives: termination and damages.",
      "shape": "termination-right",
      "trigger": "occurrence",
      "terminationRight": true
    },
    {
      "id": "c5-corruption-termination",
      "article": "第九条9.4(2)",
      "summary": "Corruption or fraud in the procurement or performance: the commission may terminate.",
      "shape": "termination-right",
      "trigger": "occurrence",
      "terminationRight": true
    }
  ],
  "usage": {
    "estimate": 19000000,
    "article": "第四条4.1",
    "vendorBorneOverrunRate": 0.01,
    "prices": [
      {
        "channel": "online",
        "unitPrice": 0.46
      },
      {
        "channel": "phone",
        "unitPrice": 3.94
      }
    ]
  }
}
', '2026-12-03 04:13:11.083237+00');


--
-- Data for Name: contract_facts; Type: TABLE DATA; Schema: vg; Owner: -
--

INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'onsite', 1, 'obligation-met', '2016-05-09 02:00:00+00', '2026-12-03 04:17:46.113495+00', '{"id": "onsite", "type": "obligation-met", "occurredAt": "2016-05-09T10:00:00+08:00", "recordedAt": "2026-12-03T04:17:46.1134956+00:00", "recordedBy": "fixture-c1-admin", "reportedBy": "institution", "obligationId": "c1-staff-onsite-start"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'v-open', 2, 'vacancy-opened', '2016-09-14 01:00:00+00', '2026-12-03 04:17:46.265145+00', '{"id": "v-open", "role": "customer-service", "type": "vacancy-opened", "people": 2, "occurredAt": "2016-09-14T09:00:00+08:00", "recordedAt": "2026-12-03T04:17:46.265145+00:00", "recordedBy": "fixture-c1-staff", "reportedBy": "institution"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'v-fill', 3, 'vacancy-filled', '2016-09-22 01:00:00+00', '2026-12-03 04:17:46.306482+00', '{"id": "v-fill", "role": "customer-service", "type": "vacancy-filled", "people": 2, "occurredAt": "2016-09-22T09:00:00+08:00", "recordedAt": "2026-12-03T04:17:46.3064824+00:00", "recordedBy": "fixture-c1-staff", "reportedBy": "institution"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'ops-plan', 4, 'obligation-met', '2016-04-20 02:00:00+00', '2026-12-03 04:17:46.351509+00', '{"id": "ops-plan", "type": "obligation-met", "occurredAt": "2016-04-20T10:00:00+08:00", "recordedAt": "2026-12-03T04:17:46.3515091+00:00", "recordedBy": "fixture-c1-vendor", "reportedBy": "vendor", "obligationId": "c1-annual-ops-plan"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'complaint-1', 5, 'occurrence', '2016-07-04 02:00:00+00', '2026-12-03 04:17:46.395422+00', '{"id": "complaint-1", "type": "occurrence", "count": 1, "clauseId": "c1-complaint-escalated", "occurredAt": "2016-07-04T10:00:00+08:00", "recordedAt": "2026-12-03T04:17:46.3954229+00:00", "recordedBy": "fixture-c1-staff", "reportedBy": "institution"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'decision:fixture-c1-admin:b69329e1052a47fb8c9b2d71a68728b4', 6, 'ledger-waived', '2026-12-03 04:17:46.875368+00', '2026-12-03 04:17:46.875368+00', '{"id": "decision:fixture-c1-admin:b69329e1052a47fb8c9b2d71a68728b4", "type": "ledger-waived", "amount": 972.00, "reason": "fixture: handled together", "entryId": "c1-complaint-escalated:complaint-1", "occurredAt": "2026-12-03T04:17:46.8753682+00:00", "recordedAt": "2026-12-03T04:17:46.8753682+00:00", "recordedBy": "fixture-c1-admin"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('121100004006863122/c2-chaoyang-his-2026', 'live', 7, 'obligation-met', '2026-03-27 02:00:00+00', '2026-12-03 04:17:46.917217+00', '{"id": "live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "recordedAt": "2026-12-03T04:17:46.9172176+00:00", "recordedBy": "fixture-c2-vendor", "reportedBy": "vendor", "obligationId": "c2-go-live"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('121100004006863122/c2-chaoyang-his-2026', 'inv-1', 8, 'invoice-received', '2026-02-10 02:00:00+00', '2026-12-03 04:17:46.94923+00', '{"id": "inv-1", "type": "invoice-received", "paymentId": "c2-pay-advance", "occurredAt": "2026-02-10T10:00:00+08:00", "recordedAt": "2026-12-03T04:17:46.9492303+00:00", "recordedBy": "fixture-c2-admin", "reportedBy": "institution"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('121100004006863122/c2-chaoyang-his-2026', 'pay-1', 9, 'payment-made', '2026-03-01 02:00:00+00', '2026-12-03 04:17:46.986943+00', '{"id": "pay-1", "type": "payment-made", "amount": 737500, "paymentId": "c2-pay-advance", "occurredAt": "2026-03-01T10:00:00+08:00", "recordedAt": "2026-12-03T04:17:46.9869437+00:00", "recordedBy": "fixture-c2-admin", "reportedBy": "institution"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('121100004006863122/c2-chaoyang-his-2026', 'safety-1', 10, 'occurrence', '2026-05-06 02:00:00+00', '2026-12-03 04:17:47.012409+00', '{"id": "safety-1", "type": "occurrence", "clauseId": "c2-safety-breach", "occurredAt": "2026-05-06T10:00:00+08:00", "recordedAt": "2026-12-03T04:17:47.0124091+00:00", "recordedBy": "fixture-c2-admin", "reportedBy": "institution"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('121100004006863122/c2-chaoyang-his-2026', 'reminder-1', 11, 'payment-reminder-sent', '2026-06-01 02:00:00+00', '2026-12-03 04:17:47.035646+00', '{"id": "reminder-1", "type": "payment-reminder-sent", "paymentId": "c2-pay-advance", "occurredAt": "2026-06-01T10:00:00+08:00", "recordedAt": "2026-12-03T04:17:47.035646+00:00", "recordedBy": "fixture-c2-vendor", "reportedBy": "vendor"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('121100004006863122/c2-chaoyang-his-2026', 'incident:inc-1', 12, 'incident-opened', '2026-06-03 01:00:00+00', '2026-12-03 04:17:47.06873+00', '{"id": "incident:inc-1", "type": "incident-opened", "campus": "main", "summary": "挂号系统无法登录", "severity": "normal", "incidentId": "inc-1", "occurredAt": "2026-06-03T09:00:00+08:00", "recordedAt": "2026-12-03T04:17:47.0687309+00:00", "recordedBy": "fixture-c2-admin", "reportedBy": "institution"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('121100004006863122/c2-chaoyang-his-2026', 'incident:inc-1:responded', 13, 'incident-event', '2026-06-03 01:10:00+00', '2026-12-03 04:17:47.319295+00', '{"id": "incident:inc-1:responded", "name": "responded", "type": "incident-event", "incidentId": "inc-1", "occurredAt": "2026-06-03T09:10:00+08:00", "recordedAt": "2026-12-03T04:17:47.3192954+00:00", "recordedBy": "fixture-c2-vendor", "reportedBy": "vendor"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('121100004006863122/c2-chaoyang-his-2026', 'incident:inc-1:restored', 14, 'incident-event', '2026-06-03 01:50:00+00', '2026-12-03 04:17:47.407791+00', '{"id": "incident:inc-1:restored", "name": "restored", "type": "incident-event", "incidentId": "inc-1", "occurredAt": "2026-06-03T09:50:00+08:00", "recordedAt": "2026-12-03T04:17:47.4077918+00:00", "recordedBy": "fixture-c2-vendor", "reportedBy": "vendor"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('121100004006863122/c2-chaoyang-his-2026', 'decision:fixture-c2-admin:7afe0decbf8243769df0c17c1032a264', 15, 'ledger-confirmed', '2026-12-03 04:17:47.450514+00', '2026-12-03 04:17:47.450514+00', '{"id": "decision:fixture-c2-admin:7afe0decbf8243769df0c17c1032a264", "type": "ledger-confirmed", "amount": 22125.00, "entryId": "c2-late-performance:c2-go-live", "occurredAt": "2026-12-03T04:17:47.4505146+00:00", "recordedAt": "2026-12-03T04:17:47.4505146+00:00", "recordedBy": "fixture-c2-admin"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('121100004006863122/c2-chaoyang-his-2026', 'decision:fixture-c2-admin:7587a80fe854405c930a9f586da24c30', 16, 'ledger-confirmed', '2026-12-03 04:17:47.476256+00', '2026-12-03 04:17:47.476256+00', '{"id": "decision:fixture-c2-admin:7587a80fe854405c930a9f586da24c30", "type": "ledger-confirmed", "amount": 5000, "entryId": "c2-safety-breach:safety-1", "occurredAt": "2026-12-03T04:17:47.476256+00:00", "recordedAt": "2026-12-03T04:17:47.476256+00:00", "recordedBy": "fixture-c2-admin"}');
INSERT INTO vg.contract_facts (contract_key, fact_id, seq, fact_type, occurred_at, recorded_at, payload) OVERRIDING SYSTEM VALUE VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'evaluation:eval-2016-06', 17, 'evaluation-recorded', '2016-07-05 02:00:00+00', '2026-12-03 04:17:54.206855+00', '{"id": "evaluation:eval-2016-06", "type": "evaluation-recorded", "month": "2016-06", "scores": {"targets": 20, "workflow": 25, "supervision": 20, "management-rules": 8}, "occurredAt": "2016-07-05T10:00:00+08:00", "recordedAt": "2026-12-03T04:17:54.2068551+00:00", "recordedBy": "fixture-c1-admin", "reportedBy": "institution", "obligationId": "c1-monthly-evaluation@2016-06-01"}');


--
-- Data for Name: contract_statements; Type: TABLE DATA; Schema: vg; Owner: -
--



--
-- Data for Name: deadline_index; Type: TABLE DATA; Schema: vg; Owner: -
--

INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-04-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-04-22 15:59:59+00', 'late', 'late-3877', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-04-23', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-04-29 15:59:59+00', 'late', 'late-3870', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-monthly-evaluation@2016-04-16', '12110000400686566Y', '911100006336972074', 'client', 'institution:12110000400686566Y', '运营人员服务质量月度考评', '2016-04-30 15:59:59+00', 'late', 'late-3869', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-04-30', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-05-06 15:59:59+00', 'late', 'late-3863', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-05-07', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-05-13 15:59:59+00', 'late', 'late-3856', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-monthly@2016-04-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据月报', '2016-05-15 15:59:59+00', 'late', 'late-3854', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-05-14', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-05-20 15:59:59+00', 'late', 'late-3849', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-05-21', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-05-27 15:59:59+00', 'late', 'late-3842', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-monthly-evaluation@2016-05-01', '12110000400686566Y', '911100006336972074', 'client', 'institution:12110000400686566Y', '运营人员服务质量月度考评', '2016-05-31 15:59:59+00', 'late', 'late-3838', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-05-28', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-06-03 15:59:59+00', 'late', 'late-3835', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-06-04', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-06-10 15:59:59+00', 'late', 'late-3828', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-monthly@2016-05-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据月报', '2016-06-15 15:59:59+00', 'late', 'late-3823', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-06-11', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-06-17 15:59:59+00', 'late', 'late-3821', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-06-18', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-06-24 15:59:59+00', 'late', 'late-3814', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-06-25', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-07-01 15:59:59+00', 'late', 'late-3807', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-07-02', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-07-08 15:59:59+00', 'late', 'late-3800', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-monthly@2016-06-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据月报', '2016-07-15 15:59:59+00', 'late', 'late-3793', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-quarterly@2016-04-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据季报', '2016-07-15 15:59:59+00', 'late', 'late-3793', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-07-09', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-07-15 15:59:59+00', 'late', 'late-3793', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-07-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-07-22 15:59:59+00', 'late', 'late-3786', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-07-23', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-07-29 15:59:59+00', 'late', 'late-3779', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-monthly-evaluation@2016-07-01', '12110000400686566Y', '911100006336972074', 'client', 'institution:12110000400686566Y', '运营人员服务质量月度考评', '2016-07-31 15:59:59+00', 'late', 'late-3777', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-07-30', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-08-05 15:59:59+00', 'late', 'late-3772', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-08-06', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-08-12 15:59:59+00', 'late', 'late-3765', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-monthly@2016-07-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据月报', '2016-08-15 15:59:59+00', 'late', 'late-3762', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-08-13', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-08-19 15:59:59+00', 'late', 'late-3758', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-08-20', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-08-26 15:59:59+00', 'late', 'late-3751', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-monthly-evaluation@2016-08-01', '12110000400686566Y', '911100006336972074', 'client', 'institution:12110000400686566Y', '运营人员服务质量月度考评', '2016-08-31 15:59:59+00', 'late', 'late-3746', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-08-27', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-09-02 15:59:59+00', 'late', 'late-3744', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-09-03', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-09-09 15:59:59+00', 'late', 'late-3737', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-monthly@2016-08-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据月报', '2016-09-15 15:59:59+00', 'late', 'late-3731', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-09-10', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-09-16 15:59:59+00', 'late', 'late-3730', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-09-17', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-09-23 15:59:59+00', 'late', 'late-3723', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-monthly-evaluation@2016-09-01', '12110000400686566Y', '911100006336972074', 'client', 'institution:12110000400686566Y', '运营人员服务质量月度考评', '2016-09-30 15:59:59+00', 'late', 'late-3716', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-09-24', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-09-30 15:59:59+00', 'late', 'late-3716', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-10-01', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-10-07 15:59:59+00', 'late', 'late-3709', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-10-08', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-10-14 15:59:59+00', 'late', 'late-3702', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-monthly@2016-09-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据月报', '2016-10-15 15:59:59+00', 'late', 'late-3701', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-quarterly@2016-07-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据季报', '2016-10-15 15:59:59+00', 'late', 'late-3701', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-10-15', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-10-21 15:59:59+00', 'late', 'late-3695', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-10-22', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-10-28 15:59:59+00', 'late', 'late-3688', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-monthly-evaluation@2016-10-01', '12110000400686566Y', '911100006336972074', 'client', 'institution:12110000400686566Y', '运营人员服务质量月度考评', '2016-10-31 15:59:59+00', 'late', 'late-3685', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-10-29', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-11-04 15:59:59+00', 'late', 'late-3681', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-11-05', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-11-11 15:59:59+00', 'late', 'late-3674', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-monthly@2016-10-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据月报', '2016-11-15 15:59:59+00', 'late', 'late-3670', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-11-12', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-11-18 15:59:59+00', 'late', 'late-3667', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-11-19', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-11-25 15:59:59+00', 'late', 'late-3660', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-monthly-evaluation@2016-11-01', '12110000400686566Y', '911100006336972074', 'client', 'institution:12110000400686566Y', '运营人员服务质量月度考评', '2016-11-30 15:59:59+00', 'late', 'late-3655', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-11-26', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-12-02 15:59:59+00', 'late', 'late-3653', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-12-03', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-12-09 15:59:59+00', 'late', 'late-3646', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-monthly@2016-11-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据月报', '2016-12-15 15:59:59+00', 'late', 'late-3640', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-12-10', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-12-16 15:59:59+00', 'late', 'late-3639', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-12-17', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-12-23 15:59:59+00', 'late', 'late-3632', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-12-24', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2016-12-30 15:59:59+00', 'late', 'late-3625', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-monthly-evaluation@2016-12-01', '12110000400686566Y', '911100006336972074', 'client', 'institution:12110000400686566Y', '运营人员服务质量月度考评', '2016-12-31 15:59:59+00', 'late', 'late-3624', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2016-12-31', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-01-06 15:59:59+00', 'late', 'late-3618', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-01-07', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-01-13 15:59:59+00', 'late', 'late-3611', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-monthly@2016-12-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据月报', '2017-01-15 15:59:59+00', 'late', 'late-3609', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-quarterly@2016-10-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据季报', '2017-01-15 15:59:59+00', 'late', 'late-3609', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-01-14', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-01-20 15:59:59+00', 'late', 'late-3604', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-01-21', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-01-27 15:59:59+00', 'late', 'late-3597', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-monthly-evaluation@2017-01-01', '12110000400686566Y', '911100006336972074', 'client', 'institution:12110000400686566Y', '运营人员服务质量月度考评', '2017-01-31 15:59:59+00', 'late', 'late-3593', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-01-28', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-02-03 15:59:59+00', 'late', 'late-3590', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-02-04', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-02-10 15:59:59+00', 'late', 'late-3583', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-monthly@2017-01-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据月报', '2017-02-15 15:59:59+00', 'late', 'late-3578', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-02-11', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-02-17 15:59:59+00', 'late', 'late-3576', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-02-18', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-02-24 15:59:59+00', 'late', 'late-3569', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-monthly-evaluation@2017-02-01', '12110000400686566Y', '911100006336972074', 'client', 'institution:12110000400686566Y', '运营人员服务质量月度考评', '2017-02-28 15:59:59+00', 'late', 'late-3565', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-02-25', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-03-03 15:59:59+00', 'late', 'late-3562', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-03-04', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-03-10 15:59:59+00', 'late', 'late-3555', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-monthly@2017-02-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据月报', '2017-03-15 15:59:59+00', 'late', 'late-3550', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-03-11', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-03-17 15:59:59+00', 'late', 'late-3548', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-03-18', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-03-24 15:59:59+00', 'late', 'late-3541', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-monthly-evaluation@2017-03-01', '12110000400686566Y', '911100006336972074', 'client', 'institution:12110000400686566Y', '运营人员服务质量月度考评', '2017-03-31 15:59:59+00', 'late', 'late-3534', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-03-25', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-03-31 15:59:59+00', 'late', 'late-3534', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-04-01', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-04-07 15:59:59+00', 'late', 'late-3527', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-04-08', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-04-14 15:59:59+00', 'late', 'late-3520', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-monthly-evaluation@2017-04-01', '12110000400686566Y', '911100006336972074', 'client', 'institution:12110000400686566Y', '运营人员服务质量月度考评', '2017-04-15 15:59:59+00', 'late', 'late-3519', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-annual@2016-04-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '年度数据报告', '2017-04-15 15:59:59+00', 'late', 'late-3519', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-monthly@2017-03-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据月报', '2017-04-15 15:59:59+00', 'late', 'late-3519', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-quarterly@2017-01-16', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据季报', '2017-04-15 15:59:59+00', 'late', 'late-3519', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('12110000400686566Y/c1-childrens-internet-hospital-2016', 'c1-report-weekly@2017-04-15', '12110000400686566Y', '911100006336972074', 'vendor', 'vendor:911100006336972074', '运营数据周报', '2017-04-15 15:59:59+00', 'late', 'late-3519', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.446915+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-02-11 15:59:59+00', 'late', 'late-295', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2026-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2026-02-15 15:59:59+00', 'late', 'late-291', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-02-12', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-02-18 15:59:59+00', 'late', 'late-288', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-02-19', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-02-25 15:59:59+00', 'late', 'late-281', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2026-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2026-02-28 15:59:59+00', 'late', 'late-278', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2026-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2026-02-28 15:59:59+00', 'late', 'late-278', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2026-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2026-02-28 15:59:59+00', 'late', 'late-278', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2026-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2026-02-28 15:59:59+00', 'late', 'late-278', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2026-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2026-02-28 15:59:59+00', 'late', 'late-278', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2026-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2026-03-03 15:59:59+00', 'late', 'late-275', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-02-26', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-03-04 15:59:59+00', 'late', 'late-274', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-03-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-03-11 15:59:59+00', 'late', 'late-267', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2026-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2026-03-15 15:59:59+00', 'late', 'late-263', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-03-12', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-03-18 15:59:59+00', 'late', 'late-260', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-03-19', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-03-25 15:59:59+00', 'late', 'late-253', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2026-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2026-03-31 15:59:59+00', 'late', 'late-247', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2026-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2026-03-31 15:59:59+00', 'late', 'late-247', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2026-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2026-03-31 15:59:59+00', 'late', 'late-247', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2026-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2026-03-31 15:59:59+00', 'late', 'late-247', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2026-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2026-03-31 15:59:59+00', 'late', 'late-247', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-03-26', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-04-01 15:59:59+00', 'late', 'late-246', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2026-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2026-04-03 15:59:59+00', 'late', 'late-244', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-04-02', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-04-08 15:59:59+00', 'late', 'late-239', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2026-04-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2026-04-15 15:59:59+00', 'late', 'late-232', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-04-09', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-04-15 15:59:59+00', 'late', 'late-232', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-04-16', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-04-22 15:59:59+00', 'late', 'late-225', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-04-23', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-04-29 15:59:59+00', 'late', 'late-218', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2026-04-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2026-04-30 15:59:59+00', 'late', 'late-217', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2026-04-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2026-04-30 15:59:59+00', 'late', 'late-217', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2026-04-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2026-04-30 15:59:59+00', 'late', 'late-217', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2026-04-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2026-04-30 15:59:59+00', 'late', 'late-217', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2026-04-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2026-04-30 15:59:59+00', 'late', 'late-217', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2026-04-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2026-05-03 15:59:59+00', 'late', 'late-214', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-04-30', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-05-06 15:59:59+00', 'late', 'late-211', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-05-07', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-05-13 15:59:59+00', 'late', 'late-204', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2026-05-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2026-05-15 15:59:59+00', 'late', 'late-202', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-05-14', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-05-20 15:59:59+00', 'late', 'late-197', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-05-21', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-05-27 15:59:59+00', 'late', 'late-190', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2026-05-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2026-05-31 15:59:59+00', 'late', 'late-186', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2026-05-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2026-05-31 15:59:59+00', 'late', 'late-186', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2026-05-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2026-05-31 15:59:59+00', 'late', 'late-186', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2026-05-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2026-05-31 15:59:59+00', 'late', 'late-186', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2026-05-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2026-05-31 15:59:59+00', 'late', 'late-186', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2026-05-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2026-06-03 15:59:59+00', 'late', 'late-183', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-05-28', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-06-03 15:59:59+00', 'late', 'late-183', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-06-04', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-06-10 15:59:59+00', 'late', 'late-176', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2026-06-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2026-06-15 15:59:59+00', 'late', 'late-171', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-06-11', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-06-17 15:59:59+00', 'late', 'late-169', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-06-18', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-06-24 15:59:59+00', 'late', 'late-162', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2026-06-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2026-06-30 15:59:59+00', 'late', 'late-156', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2026-06-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2026-06-30 15:59:59+00', 'late', 'late-156', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2026-06-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2026-06-30 15:59:59+00', 'late', 'late-156', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2026-06-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2026-06-30 15:59:59+00', 'late', 'late-156', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2026-06-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2026-06-30 15:59:59+00', 'late', 'late-156', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-06-25', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-07-01 15:59:59+00', 'late', 'late-155', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2026-06-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2026-07-03 15:59:59+00', 'late', 'late-153', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-07-02', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-07-08 15:59:59+00', 'late', 'late-148', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2026-07-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2026-07-15 15:59:59+00', 'late', 'late-141', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-07-09', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-07-15 15:59:59+00', 'late', 'late-141', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-07-16', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-07-22 15:59:59+00', 'late', 'late-134', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-07-23', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-07-29 15:59:59+00', 'late', 'late-127', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2026-07-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2026-07-31 15:59:59+00', 'late', 'late-125', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2026-07-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2026-07-31 15:59:59+00', 'late', 'late-125', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2026-07-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2026-07-31 15:59:59+00', 'late', 'late-125', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2026-07-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2026-07-31 15:59:59+00', 'late', 'late-125', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2026-07-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2026-07-31 15:59:59+00', 'late', 'late-125', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2026-07-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2026-08-03 15:59:59+00', 'late', 'late-122', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-07-30', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-08-05 15:59:59+00', 'late', 'late-120', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-08-06', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-08-12 15:59:59+00', 'late', 'late-113', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2026-08-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2026-08-15 15:59:59+00', 'late', 'late-110', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-08-13', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-08-19 15:59:59+00', 'late', 'late-106', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-08-20', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-08-26 15:59:59+00', 'late', 'late-99', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2026-08-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2026-08-31 15:59:59+00', 'late', 'late-94', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2026-08-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2026-08-31 15:59:59+00', 'late', 'late-94', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2026-08-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2026-08-31 15:59:59+00', 'late', 'late-94', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2026-08-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2026-08-31 15:59:59+00', 'late', 'late-94', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2026-08-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2026-08-31 15:59:59+00', 'late', 'late-94', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-08-27', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-09-02 15:59:59+00', 'late', 'late-92', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2026-08-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2026-09-03 15:59:59+00', 'late', 'late-91', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-09-03', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-09-09 15:59:59+00', 'late', 'late-85', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2026-09-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2026-09-15 15:59:59+00', 'late', 'late-79', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-09-10', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-09-16 15:59:59+00', 'late', 'late-78', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-09-17', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-09-23 15:59:59+00', 'late', 'late-71', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2026-09-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2026-09-30 15:59:59+00', 'late', 'late-64', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2026-09-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2026-09-30 15:59:59+00', 'late', 'late-64', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2026-09-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2026-09-30 15:59:59+00', 'late', 'late-64', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2026-09-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2026-09-30 15:59:59+00', 'late', 'late-64', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2026-09-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2026-09-30 15:59:59+00', 'late', 'late-64', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-09-24', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-09-30 15:59:59+00', 'late', 'late-64', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2026-09-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2026-10-03 15:59:59+00', 'late', 'late-61', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-10-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-10-07 15:59:59+00', 'late', 'late-57', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-10-08', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-10-14 15:59:59+00', 'late', 'late-50', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2026-10-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2026-10-15 15:59:59+00', 'late', 'late-49', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-10-15', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-10-21 15:59:59+00', 'late', 'late-43', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-10-22', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-10-28 15:59:59+00', 'late', 'late-36', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2026-10-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2026-10-31 15:59:59+00', 'late', 'late-33', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2026-10-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2026-10-31 15:59:59+00', 'late', 'late-33', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2026-10-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2026-10-31 15:59:59+00', 'late', 'late-33', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2026-10-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2026-10-31 15:59:59+00', 'late', 'late-33', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2026-10-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2026-10-31 15:59:59+00', 'late', 'late-33', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2026-10-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2026-11-03 15:59:59+00', 'late', 'late-30', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-10-29', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-11-04 15:59:59+00', 'late', 'late-29', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-11-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-11-11 15:59:59+00', 'late', 'late-22', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2026-11-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2026-11-15 15:59:59+00', 'late', 'late-18', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-11-12', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-11-18 15:59:59+00', 'late', 'late-15', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-11-19', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-11-25 15:59:59+00', 'late', 'late-8', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2026-11-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2026-11-30 15:59:59+00', 'late', 'late-3', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2026-11-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2026-11-30 15:59:59+00', 'late', 'late-3', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2026-11-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2026-11-30 15:59:59+00', 'late', 'late-3', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2026-11-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2026-11-30 15:59:59+00', 'late', 'late-3', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2026-11-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2026-11-30 15:59:59+00', 'late', 'late-3', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-11-26', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-12-02 15:59:59+00', 'late', 'late-1', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2026-11-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2026-12-03 15:59:59+00', 'open', 'due', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-12-03', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-12-09 15:59:59+00', 'open', '1d-before', '2026-12-08 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2026-12-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2026-12-15 15:59:59+00', 'open', '7d-before', '2026-12-08 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-12-10', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-12-16 15:59:59+00', 'open', '7d-before', '2026-12-09 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-12-17', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-12-23 15:59:59+00', 'open', '7d-before', '2026-12-16 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-12-24', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2026-12-30 15:59:59+00', 'open', '7d-before', '2026-12-23 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2026-12-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2026-12-31 15:59:59+00', 'open', '7d-before', '2026-12-24 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2026-12-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2026-12-31 15:59:59+00', 'open', '7d-before', '2026-12-24 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2026-12-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2026-12-31 15:59:59+00', 'open', '7d-before', '2026-12-24 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2026-12-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2026-12-31 15:59:59+00', 'open', '7d-before', '2026-12-24 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-client-inspection@2026-12-01', '121100004006863122', '91110106MA01A51E7B', 'client', 'institution:121100004006863122', '甲方每月安全生产检查', '2026-12-31 15:59:59+00', 'open', '7d-before', '2026-12-24 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2026-12-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2026-12-31 15:59:59+00', 'open', '7d-before', '2026-12-24 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2026-12-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2027-01-03 15:59:59+00', 'open', '30d-before', '2026-12-04 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2026-12-31', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2027-01-06 15:59:59+00', 'open', '30d-before', '2026-12-07 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2027-01-07', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2027-01-13 15:59:59+00', 'open', '30d-before', '2026-12-14 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2027-01-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2027-01-15 15:59:59+00', 'open', '30d-before', '2026-12-16 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2027-01-14', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2027-01-20 15:59:59+00', 'open', '30d-before', '2026-12-21 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2027-01-21', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2027-01-27 15:59:59+00', 'open', '30d-before', '2026-12-28 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2027-01-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2027-01-31 15:59:59+00', 'open', '30d-before', '2027-01-01 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2027-01-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2027-01-31 15:59:59+00', 'open', '30d-before', '2027-01-01 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2027-01-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2027-01-31 15:59:59+00', 'open', '30d-before', '2027-01-01 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2027-01-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2027-01-31 15:59:59+00', 'open', '30d-before', '2027-01-01 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-client-inspection@2027-01-01', '121100004006863122', '91110106MA01A51E7B', 'client', 'institution:121100004006863122', '甲方每月安全生产检查', '2027-01-31 15:59:59+00', 'open', '30d-before', '2027-01-01 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2027-01-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2027-01-31 15:59:59+00', 'open', '30d-before', '2027-01-01 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2027-01-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2027-02-03 15:59:59+00', 'open', '30d-before', '2027-01-04 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2027-01-28', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2027-02-03 15:59:59+00', 'open', '30d-before', '2027-01-04 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-fire-drill@2026-08-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '消防疏散演练每半年至少一次', '2027-02-04 15:59:59+00', 'open', '30d-before', '2027-01-05 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-special-drills@2026-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '专项应急演练每年至少一次', '2027-02-04 15:59:59+00', 'open', '30d-before', '2027-01-05 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-training@2026-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '培训每年不少于4次', '2027-02-04 15:59:59+00', 'open', '30d-before', '2027-01-05 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2027-02-04', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2027-02-10 15:59:59+00', 'open', '30d-before', '2027-01-11 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2027-02-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2027-02-15 15:59:59+00', 'open', '30d-before', '2027-01-16 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2027-02-11', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2027-02-17 15:59:59+00', 'open', '30d-before', '2027-01-18 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2027-02-18', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2027-02-24 15:59:59+00', 'open', '30d-before', '2027-01-25 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2027-02-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2027-02-28 15:59:59+00', 'open', '30d-before', '2027-01-29 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2027-02-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2027-02-28 15:59:59+00', 'open', '30d-before', '2027-01-29 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2027-02-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2027-02-28 15:59:59+00', 'open', '30d-before', '2027-01-29 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2027-02-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2027-02-28 15:59:59+00', 'open', '30d-before', '2027-01-29 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-client-inspection@2027-02-01', '121100004006863122', '91110106MA01A51E7B', 'client', 'institution:121100004006863122', '甲方每月安全生产检查', '2027-02-28 15:59:59+00', 'open', '30d-before', '2027-01-29 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2027-02-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2027-02-28 15:59:59+00', 'open', '30d-before', '2027-01-29 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-backup-check@2027-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '备份量监测（每月）', '2027-03-02 15:59:59+00', 'open', '30d-before', '2027-01-31 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-data-volume-check@2027-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '数据量监测（每月）', '2027-03-02 15:59:59+00', 'open', '30d-before', '2027-01-31 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-disk-space-check@2027-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '磁盘空间监测（每月）', '2027-03-02 15:59:59+00', 'open', '30d-before', '2027-01-31 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-fire-drill@2027-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '消防疏散演练每半年至少一次', '2027-03-02 15:59:59+00', 'open', '30d-before', '2027-01-31 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-monthly-report@2027-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '月度汇报', '2027-03-02 15:59:59+00', 'open', '30d-before', '2027-01-31 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-client-inspection@2027-03-01', '121100004006863122', '91110106MA01A51E7B', 'client', 'institution:121100004006863122', '甲方每月安全生产检查', '2027-03-02 15:59:59+00', 'open', '30d-before', '2027-01-31 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-monthly-supervision@2027-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全月督查', '2027-03-02 15:59:59+00', 'open', '30d-before', '2027-01-31 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-safety-weekly-check@2027-02-25', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '安全周检查', '2027-03-02 15:59:59+00', 'open', '30d-before', '2027-01-31 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-special-drills@2027-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '专项应急演练每年至少一次', '2027-03-02 15:59:59+00', 'open', '30d-before', '2027-01-31 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-training@2027-02-05', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '培训每年不少于4次', '2027-03-02 15:59:59+00', 'open', '30d-before', '2027-01-31 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2027-02-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2027-03-03 15:59:59+00', 'open', '30d-before', '2027-02-01 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-daily-maintenance-log@2027-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '日常维护记录单（附件一）', '2027-03-03 15:59:59+00', 'open', '30d-before', '2027-02-01 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-needs-tour@2027-03-01', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '各科室需求反馈巡查', '2027-03-15 15:59:59+00', 'open', '30d-before', '2027-02-13 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('121100004006863122/c2-chaoyang-his-2026', 'c2-summary-report', '121100004006863122', '91110106MA01A51E7B', 'vendor', 'vendor:91110106MA01A51E7B', '服务总结报告', '2027-03-16 15:59:59+00', 'open', '30d-before', '2027-02-14 15:59:59+00', '2026-12-03 04:13:10.839277+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-quarterly-report@2024-08-11', 'bj-health-data-center', 'minke-medical', 'vendor', 'vendor:minke-medical', '季度服务工作总结报告', '2024-11-10 15:59:59+00', 'late', 'late-753', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-quarterly-report@2024-11-11', 'bj-health-data-center', 'minke-medical', 'vendor', 'vendor:minke-medical', '季度服务工作总结报告', '2025-02-10 15:59:59+00', 'late', 'late-661', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-renewal-notice', 'bj-health-data-center', 'minke-medical', 'client', 'institution:bj-health-data-center', '续约提前180天通知', '2025-02-11 15:59:59+00', 'late', 'late-660', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-quarterly-report@2025-02-11', 'bj-health-data-center', 'minke-medical', 'vendor', 'vendor:minke-medical', '季度服务工作总结报告', '2025-05-10 15:59:59+00', 'late', 'late-572', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-expiry-notice', 'bj-health-data-center', 'minke-medical', 'client', 'institution:bj-health-data-center', '合同到期前7天书面通知', '2025-08-03 15:59:59+00', 'late', 'late-487', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-acceptance', 'bj-health-data-center', 'minke-medical', 'client', 'institution:bj-health-data-center', '甲方组织验收', '2025-08-10 15:59:59+00', 'late', 'late-480', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-acceptance-documents', 'bj-health-data-center', 'minke-medical', 'vendor', 'vendor:minke-medical', '验收交付文档', '2025-08-10 15:59:59+00', 'late', 'late-480', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-acceptance-documents@document-1', 'bj-health-data-center', 'minke-medical', 'vendor', 'vendor:minke-medical', '验收交付文档：运维服务工单', '2025-08-10 15:59:59+00', 'late', 'late-480', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-acceptance-documents@document-2', 'bj-health-data-center', 'minke-medical', 'vendor', 'vendor:minke-medical', '验收交付文档：系统巡检记录', '2025-08-10 15:59:59+00', 'late', 'late-480', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-acceptance-documents@document-3', 'bj-health-data-center', 'minke-medical', 'vendor', 'vendor:minke-medical', '验收交付文档：电话、远程服务记录', '2025-08-10 15:59:59+00', 'late', 'late-480', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-acceptance-documents@document-4', 'bj-health-data-center', 'minke-medical', 'vendor', 'vendor:minke-medical', '验收交付文档：用户满意度调查报告', '2025-08-10 15:59:59+00', 'late', 'late-480', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-acceptance-documents@document-5', 'bj-health-data-center', 'minke-medical', 'vendor', 'vendor:minke-medical', '验收交付文档：运维方案', '2025-08-10 15:59:59+00', 'late', 'late-480', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-acceptance-documents@document-6', 'bj-health-data-center', 'minke-medical', 'vendor', 'vendor:minke-medical', '验收交付文档：总结报告', '2025-08-10 15:59:59+00', 'late', 'late-480', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c3-medical-registration-ops-2024', 'c3-quarterly-report@2025-05-11', 'bj-health-data-center', 'minke-medical', 'vendor', 'vendor:minke-medical', '季度服务工作总结报告', '2025-08-10 15:59:59+00', 'late', 'late-480', '2026-12-03 15:59:59+00', '2026-12-03 04:13:10.974174+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-06-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-06-12 15:59:59+00', 'late', 'late-904', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-06-13', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-06-19 15:59:59+00', 'late', 'late-897', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-06-20', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-06-26 15:59:59+00', 'late', 'late-890', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-06-27', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-07-03 15:59:59+00', 'late', 'late-883', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-monthly-summary@2024-06-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '运维项目月度总结报告', '2024-07-05 15:59:59+00', 'late', 'late-881', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-07-04', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-07-10 15:59:59+00', 'late', 'late-876', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-07-11', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-07-17 15:59:59+00', 'late', 'late-869', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-07-18', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-07-24 15:59:59+00', 'late', 'late-862', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-07-25', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-07-31 15:59:59+00', 'late', 'late-855', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-monthly-summary@2024-07-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '运维项目月度总结报告', '2024-08-05 15:59:59+00', 'late', 'late-850', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-08-01', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-08-07 15:59:59+00', 'late', 'late-848', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-08-08', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-08-14 15:59:59+00', 'late', 'late-841', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-08-15', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-08-21 15:59:59+00', 'late', 'late-834', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-08-22', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-08-28 15:59:59+00', 'late', 'late-827', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-08-29', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-09-04 15:59:59+00', 'late', 'late-820', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-monthly-summary@2024-08-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '运维项目月度总结报告', '2024-09-05 15:59:59+00', 'late', 'late-819', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-healthcheck@2024-06-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '系统及数据库健康检查及优化升级报告（按季度）', '2024-09-05 15:59:59+00', 'late', 'late-819', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-inspection-bound@2024-06-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '日常巡检记录单（季度合订版）', '2024-09-05 15:59:59+00', 'late', 'late-819', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-summary@2024-06-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '季度总结报告', '2024-09-05 15:59:59+00', 'late', 'late-819', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-vuln-scan@2024-06-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '漏扫、安全加固升级、恢复备份、健康检查（每季度一次）', '2024-09-05 15:59:59+00', 'late', 'late-819', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-09-05', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-09-11 15:59:59+00', 'late', 'late-813', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-09-12', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-09-18 15:59:59+00', 'late', 'late-806', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-09-19', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-09-25 15:59:59+00', 'late', 'late-799', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-09-26', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-10-02 15:59:59+00', 'late', 'late-792', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-monthly-summary@2024-09-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '运维项目月度总结报告', '2024-10-05 15:59:59+00', 'late', 'late-789', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-10-03', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-10-09 15:59:59+00', 'late', 'late-785', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-10-10', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-10-16 15:59:59+00', 'late', 'late-778', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-10-17', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-10-23 15:59:59+00', 'late', 'late-771', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-10-24', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-10-30 15:59:59+00', 'late', 'late-764', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-monthly-summary@2024-10-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '运维项目月度总结报告', '2024-11-05 15:59:59+00', 'late', 'late-758', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-10-31', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-11-06 15:59:59+00', 'late', 'late-757', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-11-07', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-11-13 15:59:59+00', 'late', 'late-750', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-11-14', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-11-20 15:59:59+00', 'late', 'late-743', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-11-21', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-11-27 15:59:59+00', 'late', 'late-736', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-11-28', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-12-04 15:59:59+00', 'late', 'late-729', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-monthly-summary@2024-11-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '运维项目月度总结报告', '2024-12-05 15:59:59+00', 'late', 'late-728', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-healthcheck@2024-09-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '系统及数据库健康检查及优化升级报告（按季度）', '2024-12-05 15:59:59+00', 'late', 'late-728', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-inspection-bound@2024-09-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '日常巡检记录单（季度合订版）', '2024-12-05 15:59:59+00', 'late', 'late-728', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-summary@2024-09-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '季度总结报告', '2024-12-05 15:59:59+00', 'late', 'late-728', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-vuln-scan@2024-09-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '漏扫、安全加固升级、恢复备份、健康检查（每季度一次）', '2024-12-05 15:59:59+00', 'late', 'late-728', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-12-05', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-12-11 15:59:59+00', 'late', 'late-722', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-12-12', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-12-18 15:59:59+00', 'late', 'late-715', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-12-19', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2024-12-25 15:59:59+00', 'late', 'late-708', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2024-12-26', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-01-01 15:59:59+00', 'late', 'late-701', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-monthly-summary@2024-12-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '运维项目月度总结报告', '2025-01-05 15:59:59+00', 'late', 'late-697', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-01-02', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-01-08 15:59:59+00', 'late', 'late-694', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-01-09', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-01-15 15:59:59+00', 'late', 'late-687', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-01-16', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-01-22 15:59:59+00', 'late', 'late-680', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-01-23', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-01-29 15:59:59+00', 'late', 'late-673', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-monthly-summary@2025-01-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '运维项目月度总结报告', '2025-02-05 15:59:59+00', 'late', 'late-666', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-01-30', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-02-05 15:59:59+00', 'late', 'late-666', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-02-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-02-12 15:59:59+00', 'late', 'late-659', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-02-13', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-02-19 15:59:59+00', 'late', 'late-652', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-02-20', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-02-26 15:59:59+00', 'late', 'late-645', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-monthly-summary@2025-02-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '运维项目月度总结报告', '2025-03-05 15:59:59+00', 'late', 'late-638', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-healthcheck@2024-12-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '系统及数据库健康检查及优化升级报告（按季度）', '2025-03-05 15:59:59+00', 'late', 'late-638', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-inspection-bound@2024-12-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '日常巡检记录单（季度合订版）', '2025-03-05 15:59:59+00', 'late', 'late-638', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-summary@2024-12-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '季度总结报告', '2025-03-05 15:59:59+00', 'late', 'late-638', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-vuln-scan@2024-12-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '漏扫、安全加固升级、恢复备份、健康检查（每季度一次）', '2025-03-05 15:59:59+00', 'late', 'late-638', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-02-27', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-03-05 15:59:59+00', 'late', 'late-638', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-03-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-03-12 15:59:59+00', 'late', 'late-631', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-03-13', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-03-19 15:59:59+00', 'late', 'late-624', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-03-20', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-03-26 15:59:59+00', 'late', 'late-617', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-03-27', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-04-02 15:59:59+00', 'late', 'late-610', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-monthly-summary@2025-03-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '运维项目月度总结报告', '2025-04-05 15:59:59+00', 'late', 'late-607', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-04-03', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-04-09 15:59:59+00', 'late', 'late-603', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-04-10', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-04-16 15:59:59+00', 'late', 'late-596', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-04-17', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-04-23 15:59:59+00', 'late', 'late-589', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-04-24', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-04-30 15:59:59+00', 'late', 'late-582', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-monthly-summary@2025-04-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '运维项目月度总结报告', '2025-05-05 15:59:59+00', 'late', 'late-577', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-05-01', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-05-07 15:59:59+00', 'late', 'late-575', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-05-08', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-05-14 15:59:59+00', 'late', 'late-568', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-05-15', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-05-21 15:59:59+00', 'late', 'late-561', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-05-22', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-05-28 15:59:59+00', 'late', 'late-554', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-05-29', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-06-04 15:59:59+00', 'late', 'late-547', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-annual-summary@2024-06-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '全年总结报告', '2025-06-05 15:59:59+00', 'late', 'late-546', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-monthly-summary@2025-05-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '运维项目月度总结报告', '2025-06-05 15:59:59+00', 'late', 'late-546', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-healthcheck@2025-03-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '系统及数据库健康检查及优化升级报告（按季度）', '2025-06-05 15:59:59+00', 'late', 'late-546', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-inspection-bound@2025-03-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '日常巡检记录单（季度合订版）', '2025-06-05 15:59:59+00', 'late', 'late-546', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-summary@2025-03-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '季度总结报告', '2025-06-05 15:59:59+00', 'late', 'late-546', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-quarterly-vuln-scan@2025-03-06', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '漏扫、安全加固升级、恢复备份、健康检查（每季度一次）', '2025-06-05 15:59:59+00', 'late', 'late-546', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-weekly-inspection-record@2025-06-05', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '应用及数据库巡检记录（每周）', '2025-06-05 15:59:59+00', 'late', 'late-546', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance', 'bj-health-data-center', 'huaan-zhongcheng', 'client', 'institution:bj-health-data-center', '2025年7月30日前全面验收', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-application', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '信息化运维项目验收申请表', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-1', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：项目合同', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-10', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：北京市卫健委医政管理系统运维项目年度总结报告', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-client-complaint-feedback@2024-09-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '甲方每月反馈投诉处理结果', '2024-09-30 15:59:59+00', 'late', 'late-794', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-11', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：信息化运维项目验收申请表', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-12', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：运维服务目录自查表', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-13', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：项目验收意见（按年度）', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-2', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：应用及数据库巡检记录（每周）', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-3', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：系统维护修改记录', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-4', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：参加会议记录', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-5', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：客服服务记录单', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-6', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：客户满意度调查', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-7', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：北京市卫健委医政管理系统运维项目月度总结报告', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-8', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：系统及数据库健康检查及优化升级报告（按季度）', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-data-center/c4-health-commission-medadmin-ops-2024', 'c4-acceptance-documents@document-9', 'bj-health-data-center', 'huaan-zhongcheng', 'vendor', 'vendor:huaan-zhongcheng', '验收文档清单（13项）：北京市卫健委医政管理系统运维项目季度总结报告', '2025-07-29 15:59:59+00', 'late', 'late-492', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.038344+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-client-complaint-feedback@2024-02-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '甲方每月反馈投诉处理结果', '2024-02-29 15:59:59+00', 'late', 'late-1008', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-usage-verification@2024-02-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '挂出号确认（按月计数，双方签字）', '2024-02-29 15:59:59+00', 'late', 'late-1008', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-client-complaint-feedback@2024-03-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '甲方每月反馈投诉处理结果', '2024-03-31 15:59:59+00', 'late', 'late-977', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-usage-verification@2024-03-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '挂出号确认（按月计数，双方签字）', '2024-03-31 15:59:59+00', 'late', 'late-977', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-client-complaint-feedback@2024-04-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '甲方每月反馈投诉处理结果', '2024-04-30 15:59:59+00', 'late', 'late-947', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-quarterly-security-report@2024-02-01', 'bj-health-commission', '911100008016572721', 'vendor', 'vendor:911100008016572721', '季度安全情况报告', '2024-04-30 15:59:59+00', 'late', 'late-947', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-usage-verification@2024-04-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '挂出号确认（按月计数，双方签字）', '2024-04-30 15:59:59+00', 'late', 'late-947', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-client-complaint-feedback@2024-05-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '甲方每月反馈投诉处理结果', '2024-05-31 15:59:59+00', 'late', 'late-916', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-usage-verification@2024-05-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '挂出号确认（按月计数，双方签字）', '2024-05-31 15:59:59+00', 'late', 'late-916', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-client-complaint-feedback@2024-06-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '甲方每月反馈投诉处理结果', '2024-06-30 15:59:59+00', 'late', 'late-886', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-usage-verification@2024-06-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '挂出号确认（按月计数，双方签字）', '2024-06-30 15:59:59+00', 'late', 'late-886', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-client-complaint-feedback@2024-07-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '甲方每月反馈投诉处理结果', '2024-07-31 15:59:59+00', 'late', 'late-855', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-quarterly-security-report@2024-05-01', 'bj-health-commission', '911100008016572721', 'vendor', 'vendor:911100008016572721', '季度安全情况报告', '2024-07-31 15:59:59+00', 'late', 'late-855', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-usage-verification@2024-07-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '挂出号确认（按月计数，双方签字）', '2024-07-31 15:59:59+00', 'late', 'late-855', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-halfyear-stats-report@2024-02-01', 'bj-health-commission', '911100008016572721', 'vendor', 'vendor:911100008016572721', '半年预约挂号情况统计报告', '2024-08-21 15:59:59+00', 'late', 'late-834', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-client-complaint-feedback@2024-08-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '甲方每月反馈投诉处理结果', '2024-08-31 15:59:59+00', 'late', 'late-824', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-usage-verification@2024-08-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '挂出号确认（按月计数，双方签字）', '2024-08-31 15:59:59+00', 'late', 'late-824', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-usage-verification@2024-09-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '挂出号确认（按月计数，双方签字）', '2024-09-30 15:59:59+00', 'late', 'late-794', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-client-complaint-feedback@2024-10-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '甲方每月反馈投诉处理结果', '2024-10-31 15:59:59+00', 'late', 'late-763', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-quarterly-security-report@2024-08-01', 'bj-health-commission', '911100008016572721', 'vendor', 'vendor:911100008016572721', '季度安全情况报告', '2024-10-31 15:59:59+00', 'late', 'late-763', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-usage-verification@2024-10-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '挂出号确认（按月计数，双方签字）', '2024-10-31 15:59:59+00', 'late', 'late-763', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-client-complaint-feedback@2024-11-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '甲方每月反馈投诉处理结果', '2024-11-30 15:59:59+00', 'late', 'late-733', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-usage-verification@2024-11-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '挂出号确认（按月计数，双方签字）', '2024-11-30 15:59:59+00', 'late', 'late-733', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-client-complaint-feedback@2024-12-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '甲方每月反馈投诉处理结果', '2024-12-31 15:59:59+00', 'late', 'late-702', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-usage-verification@2024-12-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '挂出号确认（按月计数，双方签字）', '2024-12-31 15:59:59+00', 'late', 'late-702', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-client-complaint-feedback@2025-01-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '甲方每月反馈投诉处理结果', '2025-01-31 15:59:59+00', 'late', 'late-671', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-quarterly-security-report@2024-11-01', 'bj-health-commission', '911100008016572721', 'vendor', 'vendor:911100008016572721', '季度安全情况报告', '2025-01-31 15:59:59+00', 'late', 'late-671', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-usage-verification@2025-01-01', 'bj-health-commission', '911100008016572721', 'client', 'institution:bj-health-commission', '挂出号确认（按月计数，双方签字）', '2025-01-31 15:59:59+00', 'late', 'late-671', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');
INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at, updated_at) VALUES ('bj-health-commission/c5-booking-platform-2024', 'c5-halfyear-stats-report@2024-08-01', 'bj-health-commission', '911100008016572721', 'vendor', 'vendor:911100008016572721', '半年预约挂号情况统计报告', '2025-02-24 15:59:59+00', 'late', 'late-647', '2026-12-03 15:59:59+00', '2026-12-03 04:13:11.115239+00');


--
-- Data for Name: holiday_years; Type: TABLE DATA; Schema: vg; Owner: -
--



--
-- Data for Name: idempotency_keys; Type: TABLE DATA; Schema: vg; Owner: -
--



--
-- Data for Name: institution_calendars; Type: TABLE DATA; Schema: vg; Owner: -
--



--
-- Data for Name: notification_reads; Type: TABLE DATA; Schema: vg; Owner: -
--



--
-- Data for Name: notifications; Type: TABLE DATA; Schema: vg; Owner: -
--



--
-- Data for Name: reminder_policies; Type: TABLE DATA; Schema: vg; Owner: -
--



--
-- Data for Name: webhooks; Type: TABLE DATA; Schema: vg; Owner: -
--



--
-- Name: audit_log_id_seq; Type: SEQUENCE SET; Schema: vg; Owner: -
--

SELECT pg_catalog.setval('vg.audit_log_id_seq', 20, true);


--
-- Name: contract_facts_seq_seq; Type: SEQUENCE SET; Schema: vg; Owner: -
--

SELECT pg_catalog.setval('vg.contract_facts_seq_seq', 17, true);


--
-- Name: notifications_id_seq; Type: SEQUENCE SET; Schema: vg; Owner: -
--

SELECT pg_catalog.setval('vg.notifications_id_seq', 1, false);


--
-- Name: webhooks_id_seq; Type: SEQUENCE SET; Schema: vg; Owner: -
--

SELECT pg_catalog.setval('vg.webhooks_id_seq', 1, false);


--
-- Name: grain_state grain_state_identity; Type: CONSTRAINT; Schema: orleans; Owner: -
--

ALTER TABLE ONLY orleans.grain_state
    ADD CONSTRAINT grain_state_identity UNIQUE NULLS NOT DISTINCT (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type_string, grain_id_extension_string);


--
-- Name: membership membership_pkey; Type: CONSTRAINT; Schema: orleans; Owner: -
--

ALTER TABLE ONLY orleans.membership
    ADD CONSTRAINT membership_pkey PRIMARY KEY (deployment_id, address, port, generation);


--
-- Name: membership_version membership_version_pkey; Type: CONSTRAINT; Schema: orleans; Owner: -
--

ALTER TABLE ONLY orleans.membership_version
    ADD CONSTRAINT membership_version_pkey PRIMARY KEY (deployment_id);


--
-- Name: orleansquery orleansquery_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansquery
    ADD CONSTRAINT orleansquery_pkey PRIMARY KEY (querykey);


--
-- Name: vg_schema_migrations vg_schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vg_schema_migrations
    ADD CONSTRAINT vg_schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: account_invitations account_invitations_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.account_invitations
    ADD CONSTRAINT account_invitations_pkey PRIMARY KEY (id);


--
-- Name: account_invitations account_invitations_token_hash_key; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.account_invitations
    ADD CONSTRAINT account_invitations_token_hash_key UNIQUE (token_hash);


--
-- Name: account_sessions account_sessions_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.account_sessions
    ADD CONSTRAINT account_sessions_pkey PRIMARY KEY (token_hash);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: calendar_feeds calendar_feeds_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.calendar_feeds
    ADD CONSTRAINT calendar_feeds_pkey PRIMARY KEY (token);


--
-- Name: contract_definitions contract_definitions_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.contract_definitions
    ADD CONSTRAINT contract_definitions_pkey PRIMARY KEY (contract_key, version);


--
-- Name: contract_facts contract_facts_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.contract_facts
    ADD CONSTRAINT contract_facts_pkey PRIMARY KEY (contract_key, fact_id);


--
-- Name: contract_statements contract_statements_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.contract_statements
    ADD CONSTRAINT contract_statements_pkey PRIMARY KEY (contract_key, month);


--
-- Name: deadline_index deadline_index_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.deadline_index
    ADD CONSTRAINT deadline_index_pkey PRIMARY KEY (contract_key, obligation_id);


--
-- Name: holiday_years holiday_years_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.holiday_years
    ADD CONSTRAINT holiday_years_pkey PRIMARY KEY (year);


--
-- Name: idempotency_keys idempotency_keys_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.idempotency_keys
    ADD CONSTRAINT idempotency_keys_pkey PRIMARY KEY (caller, key);


--
-- Name: institution_calendars institution_calendars_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.institution_calendars
    ADD CONSTRAINT institution_calendars_pkey PRIMARY KEY (institution_id);


--
-- Name: job_heartbeats job_heartbeats_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.job_heartbeats
    ADD CONSTRAINT job_heartbeats_pkey PRIMARY KEY (job_id);


--
-- Name: notification_reads notification_reads_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.notification_reads
    ADD CONSTRAINT notification_reads_pkey PRIMARY KEY (notification_id, reader);


--
-- Name: notifications notifications_operation_key; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.notifications
    ADD CONSTRAINT notifications_operation_key UNIQUE (operation_key);


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);


--
-- Name: reminder_policies reminder_policies_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.reminder_policies
    ADD CONSTRAINT reminder_policies_pkey PRIMARY KEY (institution_id);


--
-- Name: webhooks webhooks_pkey; Type: CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.webhooks
    ADD CONSTRAINT webhooks_pkey PRIMARY KEY (id);


--
-- Name: account_sessions_by_account; Type: INDEX; Schema: vg; Owner: -
--

CREATE INDEX account_sessions_by_account ON vg.account_sessions USING btree (account_id);


--
-- Name: accounts_by_institution; Type: INDEX; Schema: vg; Owner: -
--

CREATE INDEX accounts_by_institution ON vg.accounts USING btree (institution_id, id) WHERE (institution_id IS NOT NULL);


--
-- Name: accounts_by_vendor; Type: INDEX; Schema: vg; Owner: -
--

CREATE INDEX accounts_by_vendor ON vg.accounts USING btree (vendor_id, id) WHERE (vendor_id IS NOT NULL);


--
-- Name: accounts_username; Type: INDEX; Schema: vg; Owner: -
--

CREATE UNIQUE INDEX accounts_username ON vg.accounts USING btree (lower(username));


--
-- Name: audit_log_by_resource_tenant; Type: INDEX; Schema: vg; Owner: -
--

CREATE INDEX audit_log_by_resource_tenant ON vg.audit_log USING btree (resource_tenant, id);


--
-- Name: audit_log_by_tenant; Type: INDEX; Schema: vg; Owner: -
--

CREATE INDEX audit_log_by_tenant ON vg.audit_log USING btree (tenant, id);


--
-- Name: contract_facts_by_contract; Type: INDEX; Schema: vg; Owner: -
--

CREATE INDEX contract_facts_by_contract ON vg.contract_facts USING btree (contract_key, seq);


--
-- Name: deadline_index_by_recipient; Type: INDEX; Schema: vg; Owner: -
--

CREATE INDEX deadline_index_by_recipient ON vg.deadline_index USING btree (recipient, due_at);


--
-- Name: deadline_index_due; Type: INDEX; Schema: vg; Owner: -
--

CREATE INDEX deadline_index_due ON vg.deadline_index USING btree (next_reminder_at, contract_key) WHERE (next_reminder_at IS NOT NULL);


--
-- Name: notifications_by_recipient; Type: INDEX; Schema: vg; Owner: -
--

CREATE INDEX notifications_by_recipient ON vg.notifications USING btree (recipient, id DESC);


--
-- Name: notifications_pending; Type: INDEX; Schema: vg; Owner: -
--

CREATE INDEX notifications_pending ON vg.notifications USING btree (next_attempt_at) WHERE (delivery = 'pending'::text);


--
-- Name: webhooks_by_owner; Type: INDEX; Schema: vg; Owner: -
--

CREATE INDEX webhooks_by_owner ON vg.webhooks USING btree (owner) WHERE active;


--
-- Name: audit_log audit_log_append_only; Type: TRIGGER; Schema: vg; Owner: -
--

CREATE TRIGGER audit_log_append_only BEFORE DELETE OR UPDATE ON vg.audit_log FOR EACH ROW EXECUTE FUNCTION vg.refuse_change();


--
-- Name: audit_log audit_log_no_truncate; Type: TRIGGER; Schema: vg; Owner: -
--

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON vg.audit_log FOR EACH STATEMENT EXECUTE FUNCTION vg.refuse_change();


--
-- Name: contract_definitions contract_definitions_append_only; Type: TRIGGER; Schema: vg; Owner: -
--

CREATE TRIGGER contract_definitions_append_only BEFORE DELETE OR UPDATE ON vg.contract_definitions FOR EACH ROW EXECUTE FUNCTION vg.refuse_change();


--
-- Name: contract_facts contract_facts_append_only; Type: TRIGGER; Schema: vg; Owner: -
--

CREATE TRIGGER contract_facts_append_only BEFORE DELETE OR UPDATE ON vg.contract_facts FOR EACH ROW EXECUTE FUNCTION vg.refuse_change();


--
-- Name: contract_facts contract_facts_no_truncate; Type: TRIGGER; Schema: vg; Owner: -
--

CREATE TRIGGER contract_facts_no_truncate BEFORE TRUNCATE ON vg.contract_facts FOR EACH STATEMENT EXECUTE FUNCTION vg.refuse_change();


--
-- Name: membership membership_deployment_id_fkey; Type: FK CONSTRAINT; Schema: orleans; Owner: -
--

ALTER TABLE ONLY orleans.membership
    ADD CONSTRAINT membership_deployment_id_fkey FOREIGN KEY (deployment_id) REFERENCES orleans.membership_version(deployment_id);


--
-- Name: account_invitations account_invitations_account_id_fkey; Type: FK CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.account_invitations
    ADD CONSTRAINT account_invitations_account_id_fkey FOREIGN KEY (account_id) REFERENCES vg.accounts(id);


--
-- Name: account_sessions account_sessions_account_id_fkey; Type: FK CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.account_sessions
    ADD CONSTRAINT account_sessions_account_id_fkey FOREIGN KEY (account_id) REFERENCES vg.accounts(id);


--
-- Name: notification_reads notification_reads_notification_id_fkey; Type: FK CONSTRAINT; Schema: vg; Owner: -
--

ALTER TABLE ONLY vg.notification_reads
    ADD CONSTRAINT notification_reads_notification_id_fkey FOREIGN KEY (notification_id) REFERENCES vg.notifications(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


