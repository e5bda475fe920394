-- identity (issue 17, item 13): contract ids and engineer ids are unique across the platform, each held in the registry
-- grain "platform-id" (key "contract/<id>", "engineer/<id>"; it replaces the ledger's "contract-id" grain, whose state
-- "contract-id-state" is no longer read). Ids stored before it hold no entry there; this table keeps who used each id
-- then, so the registry adopts that party the first time the id is asked about instead of handing it to another:
--   contracts from vg.contract_definitions (contract_key "<institution>/<contract>"),
--   engineers from the engineer grains' stored state (state "engineer-state", key "<vendor>/<engineer>").
-- Written once here and only read afterwards: every later contract and engineer claims its id first.
CREATE TABLE vg.platform_ids_before_registry
(
    kind   text NOT NULL,   -- 'contract' or 'engineer'
    id     text NOT NULL,
    holder text NOT NULL,   -- the institution (contract) or vendor (engineer) that used it
    PRIMARY KEY (kind, id, holder)
);

INSERT INTO vg.platform_ids_before_registry (kind, id, holder)
SELECT DISTINCT 'contract', substr(contract_key, strpos(contract_key, '/') + 1), split_part(contract_key, '/', 1)
  FROM vg.contract_definitions
 WHERE strpos(contract_key, '/') > 1;

INSERT INTO vg.platform_ids_before_registry (kind, id, holder)
SELECT DISTINCT 'engineer', substr(grain_id_extension_string, strpos(grain_id_extension_string, '/') + 1),
       split_part(grain_id_extension_string, '/', 1)
  FROM orleans.grain_state
 WHERE grain_type_string = 'engineer-state' AND strpos(grain_id_extension_string, '/') > 1;
