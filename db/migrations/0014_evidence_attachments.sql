-- evidence (issue 15, item 2): attachments to facts — photos, signed forms, PDFs, logs — kept in the database itself,
-- so a backup (pg_dump) carries them with the facts they support.
--
-- vg.evidence_blobs holds each distinct content once, keyed by its SHA-256 (lower-case hex); the database checks the
-- key is the content's hash, so a row can never claim bytes it does not hold. content_type is what the gateway sniffed
-- from the bytes, never what a client said.
-- vg.evidence_attachments links a blob to one fact of one contract (by grain key, {institutionId}/{contractId}, so a
-- contract id shared with another institution's could never reach its evidence), with the name the file was sent
-- under and who attached it when (server time). The same bytes attached again to the same fact are the same row.
-- Both are append-only like the contract history: the application role may insert and read, never rewrite
-- (vg.refuse_change from 0004; AppRolePrivileges revokes UPDATE, DELETE and TRUNCATE).
CREATE TABLE vg.evidence_blobs
(
    sha256        text        NOT NULL PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content       bytea       NOT NULL,
    size          bigint      NOT NULL,
    content_type  text        NOT NULL,
    CHECK (sha256 = encode(sha256(content), 'hex')),
    CHECK (size = octet_length(content) AND size > 0)
);

CREATE TABLE vg.evidence_attachments
(
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contract_key      text        NOT NULL,
    fact_id           text        NOT NULL,
    sha256            text        NOT NULL REFERENCES vg.evidence_blobs (sha256),
    file_name         text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    attached_at       timestamptz NOT NULL,
    attached_by_party text        NOT NULL CHECK (attached_by_party IN ('institution', 'vendor')),
    attached_by_user  text        NOT NULL,
    UNIQUE (contract_key, fact_id, sha256)
);
-- A download finds the blob through any fact of the contract.
CREATE INDEX evidence_attachments_by_hash ON vg.evidence_attachments (contract_key, sha256);

CREATE TRIGGER evidence_blobs_append_only BEFORE UPDATE OR DELETE ON vg.evidence_blobs
    FOR EACH ROW EXECUTE FUNCTION vg.refuse_change();
CREATE TRIGGER evidence_blobs_no_truncate BEFORE TRUNCATE ON vg.evidence_blobs
    FOR EACH STATEMENT EXECUTE FUNCTION vg.refuse_change();
CREATE TRIGGER evidence_attachments_append_only BEFORE UPDATE OR DELETE ON vg.evidence_attachments
    FOR EACH ROW EXECUTE FUNCTION vg.refuse_change();
CREATE TRIGGER evidence_attachments_no_truncate BEFORE TRUNCATE ON vg.evidence_attachments
    FOR EACH STATEMENT EXECUTE FUNCTION vg.refuse_change();
