-- Outreach mode. On a field laptop (meta `outreach_centre` set), a finished case is
-- sealed: a bundle encrypted to the centre alone goes into `outbox`, and the case's
-- every readable trace leaves the vault in the same transaction. The laptop can list
-- only the receipt code, when it was sealed and whether the centre confirmed it;
-- a confirmed item's bytes are dropped.
CREATE TABLE IF NOT EXISTS outbox (
    receipt      TEXT PRIMARY KEY NOT NULL,
    sealed_at    TEXT NOT NULL,
    bundle       BLOB,
    confirmed_at TEXT
) WITHOUT ROWID;

-- At the centre: the receipt codes of sealed cases taken in from each outreach
-- contact, for the receipt file the centre hands back.
CREATE TABLE IF NOT EXISTS outreach_receipts (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    receipt     TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (contact_id, receipt)
) WITHOUT ROWID;
