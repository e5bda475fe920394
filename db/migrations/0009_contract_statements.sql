-- Monthly statements (issue 5). The job on the 1st issues each contract's statement of the month before once:
-- the primary key makes a retried or doubled job keep the first workbook. Months not issued are generated on
-- request from the facts known then, and not stored.
CREATE TABLE vg.contract_statements
(
    contract_key text        NOT NULL,   -- {institution}/{contract}
    month        text        NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    workbook     bytea       NOT NULL,   -- the .xlsx as sent
    issued_at    timestamptz NOT NULL,
    PRIMARY KEY (contract_key, month)
);
