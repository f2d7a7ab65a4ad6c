-- Intake drafts: an interview saved as it goes, encrypted like everything else in the
-- database, until it is finished into a case or discarded.
CREATE TABLE drafts (
    id         TEXT PRIMARY KEY,
    content    TEXT NOT NULL,          -- the case record so far (interchange JSON)
    step       TEXT NOT NULL DEFAULT '', -- where the interview stopped
    author     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX drafts_updated ON drafts (updated_at);
