-- Orleans membership for Microsoft.Orleans.Clustering.AdoNet, written for VendorGrid.
-- The provider reads query text by key from OrleansQuery (in the search path) and binds parameters by
-- name; result columns are read by name, case-insensitively. Tables live in schema "orleans".
-- Deliberate differences from the upstream script (see ORLEANS_ADONET.md):
--   * failures abort with RAISE EXCEPTION inside a sub-block, so a failed compare-and-swap rolls back
--     its version bump even when plpgsql.check_asserts is off;
--   * IAmAliveTime only moves forward;
--   * defunct-silo cleanup removes Dead rows (status 6) only.

CREATE SCHEMA IF NOT EXISTS orleans;

CREATE TABLE OrleansQuery
(
    QueryKey  text NOT NULL PRIMARY KEY,
    QueryText text NOT NULL
);

-- One row per cluster; its version is the table-wide ETag every membership change compares and bumps.
CREATE TABLE orleans.membership_version
(
    deployment_id text        NOT NULL PRIMARY KEY,
    version       integer     NOT NULL DEFAULT 0,
    changed_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orleans.membership
(
    deployment_id   text        NOT NULL REFERENCES orleans.membership_version (deployment_id),
    address         text        NOT NULL,
    port            integer     NOT NULL,
    generation      integer     NOT NULL,
    silo_name       text        NOT NULL,
    host_name       text        NOT NULL,
    status          integer     NOT NULL,
    proxy_port      integer     NULL,
    suspect_times   text        NULL,
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

-- Bumps the table version only if it still equals the caller's ETag; returns false otherwise.
CREATE FUNCTION orleans.bump_membership_version(p_deployment_id text, p_expected_version integer)
    RETURNS boolean LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE orleans.membership_version
       SET version = version + 1, changed_at = now()
     WHERE deployment_id = p_deployment_id AND version = p_expected_version;
    RETURN FOUND;
END
$$;

CREATE FUNCTION orleans.insert_membership(
    p_deployment_id text, p_address text, p_port integer, p_generation integer,
    p_silo_name text, p_host_name text, p_status integer, p_proxy_port integer,
    p_start_time timestamptz, p_i_am_alive_time timestamptz, p_expected_version integer)
    RETURNS integer LANGUAGE plpgsql AS
$$
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

CREATE FUNCTION orleans.update_membership(
    p_deployment_id text, p_address text, p_port integer, p_generation integer,
    p_status integer, p_suspect_times text, p_i_am_alive_time timestamptz, p_expected_version integer)
    RETURNS integer LANGUAGE plpgsql AS
$$
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

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $q$
    WITH inserted AS (
        INSERT INTO orleans.membership_version (deployment_id) VALUES (@DeploymentId::text)
        ON CONFLICT DO NOTHING
        RETURNING 1)
    SELECT count(*)::integer FROM inserted
$q$),
('InsertMembershipKey', $q$
    SELECT orleans.insert_membership(@DeploymentId::text, @Address::text, @Port::integer, @Generation::integer,
        @SiloName::text, @HostName::text, @Status::integer, @ProxyPort::integer,
        @StartTime::timestamptz, @IAmAliveTime::timestamptz, @Version::integer)
$q$),
('UpdateMembershipKey', $q$
    SELECT orleans.update_membership(@DeploymentId::text, @Address::text, @Port::integer, @Generation::integer,
        @Status::integer, @SuspectTimes::text, @IAmAliveTime::timestamptz, @Version::integer)
$q$),
-- Heartbeats do not bump the table version, and a late or replayed heartbeat never moves time backwards.
('UpdateIAmAlivetimeKey', $q$
    UPDATE orleans.membership
       SET i_am_alive_time = @IAmAliveTime::timestamptz
     WHERE deployment_id = @DeploymentId::text AND address = @Address::text
       AND port = @Port::integer AND generation = @Generation::integer
       AND i_am_alive_time < @IAmAliveTime::timestamptz
$q$),
-- The outer join returns the version row even when the silo has no row yet.
('MembershipReadRowKey', $q$
    SELECT v.deployment_id AS DeploymentId, m.address AS Address, m.port AS Port, m.generation AS Generation,
           m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
           m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime,
           v.version AS Version
      FROM orleans.membership_version v
      LEFT JOIN orleans.membership m
        ON m.deployment_id = v.deployment_id AND m.address = @Address::text
       AND m.port = @Port::integer AND m.generation = @Generation::integer
     WHERE v.deployment_id = @DeploymentId::text
$q$),
('MembershipReadAllKey', $q$
    SELECT v.deployment_id AS DeploymentId, m.address AS Address, m.port AS Port, m.generation AS Generation,
           m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
           m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime,
           v.version AS Version
      FROM orleans.membership_version v
      LEFT JOIN orleans.membership m ON m.deployment_id = v.deployment_id
     WHERE v.deployment_id = @DeploymentId::text
$q$),
('GatewaysQueryKey', $q$
    SELECT address AS Address, proxy_port AS ProxyPort, generation AS Generation
      FROM orleans.membership
     WHERE deployment_id = @DeploymentId::text AND status = @Status::integer AND proxy_port > 0
$q$),
('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM orleans.membership WHERE deployment_id = @DeploymentId::text;
    DELETE FROM orleans.membership_version WHERE deployment_id = @DeploymentId::text
$q$),
-- Only Dead (6) rows are ever removed: a slow but live silo keeps its row.
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM orleans.membership
     WHERE deployment_id = @DeploymentId::text AND status = 6
       AND i_am_alive_time < @IAmAliveTime::timestamptz
$q$),
-- A Dead generation never comes back, so its identity plus the Dead status is enough to match it.
('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM orleans.membership
     WHERE deployment_id = @DeploymentId::text AND address = @Address::text
       AND port = @Port::integer AND generation = @Generation::integer AND status = 6
$q$);
