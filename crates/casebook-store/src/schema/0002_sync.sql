-- Sync by hand: this device's bundle keys, the people it exchanges bundles with,
-- what was last sent to each of them, and merge conflicts waiting for a person.

-- Raw 32-byte seeds: the X25519 secret of the age identity and the Ed25519 signing
-- seed. They never leave the (encrypted) database.
CREATE TABLE device_identity (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    x25519_seed  BLOB NOT NULL,
    ed25519_seed BLOB NOT NULL,
    created_at   TEXT NOT NULL
);

CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL,
    age_recipient TEXT NOT NULL UNIQUE,
    sign_key      TEXT NOT NULL UNIQUE,
    fingerprint   TEXT NOT NULL,
    added_at      TEXT NOT NULL
);

-- The head of each case as last exported to a contact ("changed since my last export").
CREATE TABLE sent_heads (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    case_id    TEXT NOT NULL,
    head       TEXT NOT NULL,
    sent_at    TEXT NOT NULL,
    PRIMARY KEY (contact_id, case_id)
) WITHOUT ROWID;

-- A field both sides changed differently (or an edit against a deletion). Values are
-- canonical JSON, NULL when absent on that side. `merge_rev` is the merge revision
-- that holds the provisional value until a person decides.
CREATE TABLE conflicts (
    id             INTEGER PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases(id),
    merge_rev      TEXT NOT NULL,
    path           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    base           TEXT,
    ours           TEXT,
    theirs         TEXT,
    ours_rev       TEXT NOT NULL,
    ours_author    TEXT NOT NULL,
    ours_at        TEXT NOT NULL,
    theirs_rev     TEXT NOT NULL,
    theirs_author  TEXT NOT NULL,
    theirs_at      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    resolved_at    TEXT,
    resolved_by    TEXT,
    resolution_rev TEXT,
    UNIQUE (merge_rev, path)
);
CREATE INDEX conflicts_open ON conflicts(case_id, resolved_at);
