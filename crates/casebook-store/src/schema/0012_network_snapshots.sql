-- A hub's store of the network's statistics: the newest snapshot of each centre
-- (casebook_core::network), apart from cases: never in the list, search, PDFs or
-- case bundles. One row per centre, keyed by its signing key; `body` holds one
-- record per line in the compact facts form (codes only, no record ids: a hub
-- sends on under fresh ones).
CREATE TABLE IF NOT EXISTS network_snapshots (
    centre   TEXT PRIMARY KEY NOT NULL,
    name     TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    made_at  TEXT NOT NULL,
    records  INTEGER NOT NULL,
    body     BLOB NOT NULL
) WITHOUT ROWID;
