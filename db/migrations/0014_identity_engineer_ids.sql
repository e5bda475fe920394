-- identity (issue 17, item 13): engineer ids are unique across the platform, held in the registry grain
-- "platform-id" (key "engineer/<id>"). Engineers stored before it existed hold no registry entry; this table keeps
-- who used each id then, taken from the engineer grains' stored state (state "engineer-state", key
-- "<vendor>/<engineer>"), so the registry adopts that vendor the first time the id is asked about instead of handing
-- it to another vendor. Written once here and only read afterwards: every later engineer claims its id first.
CREATE TABLE vg.platform_ids_before_registry
(
    kind   text NOT NULL,   -- 'engineer'
    id     text NOT NULL,   -- the engineer id
    holder text NOT NULL,   -- the vendor that used it
    PRIMARY KEY (kind, id, holder)
);

INSERT INTO vg.platform_ids_before_registry (kind, id, holder)
SELECT DISTINCT 'engineer', substr(grain_id_extension_string, strpos(grain_id_extension_string, '/') + 1),
       split_part(grain_id_extension_string, '/', 1)
  FROM orleans.grain_state
 WHERE grain_type_string = 'engineer-state' AND strpos(grain_id_extension_string, '/') > 1;
