-- Grain state for Microsoft.Orleans.Persistence.AdoNet, written for VendorGrid.
-- The provider passes the identity (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
-- GrainIdExtensionString, ServiceId), the expected version (GrainStateVersion, NULL = "no row yet") and
-- PayloadBinary, and expects NewGrainStateVersion back: 1 after an insert, expected + 1 after an update,
-- NULL when the ETag did not match (the provider then raises InconsistentStateException).
-- Unlike the upstream script, the full identity is UNIQUE (NULLS NOT DISTINCT, PostgreSQL 15+) and a
-- first write is INSERT ... ON CONFLICT DO NOTHING, so two racing first writes leave one row and one winner.

CREATE TABLE orleans.grain_state
(
    service_id                text        NOT NULL,
    grain_type_hash           integer     NOT NULL,
    grain_id_hash             integer     NOT NULL,
    grain_id_n0               bigint      NOT NULL,
    grain_id_n1               bigint      NOT NULL,
    grain_type_string         text        NOT NULL,
    grain_id_extension_string text        NULL,
    payload_binary            bytea       NULL,
    version                   integer     NOT NULL,
    modified_at               timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT grain_state_identity UNIQUE NULLS NOT DISTINCT
        (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1,
         grain_type_string, grain_id_extension_string)
);

CREATE FUNCTION orleans.write_grain_state(
    p_service_id text, p_grain_type_hash integer, p_grain_id_hash integer, p_grain_id_n0 bigint,
    p_grain_id_n1 bigint, p_grain_type_string text, p_grain_id_extension_string text,
    p_expected_version integer, p_payload bytea)
    RETURNS integer LANGUAGE plpgsql AS
$$
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

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', $q$
    SELECT orleans.write_grain_state(@ServiceId::text, @GrainTypeHash::integer, @GrainIdHash::integer,
        @GrainIdN0::bigint, @GrainIdN1::bigint, @GrainTypeString::text, @GrainIdExtensionString::text,
        @GrainStateVersion::integer, @PayloadBinary::bytea) AS NewGrainStateVersion
$q$),
('ReadFromStorageKey', $q$
    SELECT payload_binary AS PayloadBinary, version AS Version
      FROM orleans.grain_state
     WHERE service_id = @ServiceId::text AND grain_type_hash = @GrainTypeHash::integer
       AND grain_id_hash = @GrainIdHash::integer AND grain_id_n0 = @GrainIdN0::bigint
       AND grain_id_n1 = @GrainIdN1::bigint AND grain_type_string = @GrainTypeString::text
       AND grain_id_extension_string IS NOT DISTINCT FROM @GrainIdExtensionString::text
$q$),
-- Clearing keeps the row (and its version) so a later first write cannot resurrect an old ETag.
('ClearStorageKey', $q$
    UPDATE orleans.grain_state
       SET payload_binary = NULL, version = version + 1, modified_at = now()
     WHERE service_id = @ServiceId::text AND grain_type_hash = @GrainTypeHash::integer
       AND grain_id_hash = @GrainIdHash::integer AND grain_id_n0 = @GrainIdN0::bigint
       AND grain_id_n1 = @GrainIdN1::bigint AND grain_type_string = @GrainTypeString::text
       AND grain_id_extension_string IS NOT DISTINCT FROM @GrainIdExtensionString::text
       AND version = @GrainStateVersion::integer
    RETURNING version AS NewGrainStateVersion
$q$),
-- Used only when a storage provider is configured with DeleteStateOnClear.
('DeleteStorageKey', $q$
    DELETE FROM orleans.grain_state
     WHERE service_id = @ServiceId::text AND grain_type_hash = @GrainTypeHash::integer
       AND grain_id_hash = @GrainIdHash::integer AND grain_id_n0 = @GrainIdN0::bigint
       AND grain_id_n1 = @GrainIdN1::bigint AND grain_type_string = @GrainTypeString::text
       AND grain_id_extension_string IS NOT DISTINCT FROM @GrainIdExtensionString::text
       AND version = @GrainStateVersion::integer
    RETURNING version + 1 AS NewGrainStateVersion
$q$);
