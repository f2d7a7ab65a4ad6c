CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per case: the head revision plus the columns lists and filters need, so
-- that a page of the list never decodes a whole record.
CREATE TABLE cases (
    num           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    code          TEXT NOT NULL UNIQUE,
    head          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    status        TEXT,
    pseudonym     TEXT NOT NULL,
    incident_date TEXT,
    country       TEXT,
    region        TEXT,
    act_types     TEXT NOT NULL DEFAULT '',
    next_due      TEXT
);
CREATE INDEX cases_updated ON cases(deleted, updated_at);
CREATE INDEX cases_incident ON cases(deleted, incident_date);
CREATE INDEX cases_code ON cases(deleted, code);
CREATE INDEX cases_status ON cases(status, updated_at);
CREATE INDEX cases_place ON cases(country, region);
-- Cases without a due follow-up sort last.
CREATE INDEX cases_due ON cases(deleted, coalesce(next_due, '9999-99-99'));

CREATE TABLE revisions (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    case_id    TEXT NOT NULL REFERENCES cases(id),
    parents    TEXT NOT NULL,
    author     TEXT NOT NULL,
    device     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    reason     TEXT,
    kind       TEXT NOT NULL,
    content    TEXT
);
CREATE INDEX revisions_case ON revisions(case_id, seq);

CREATE TABLE case_acts (
    case_num INTEGER NOT NULL REFERENCES cases(num),
    act_type TEXT NOT NULL,
    PRIMARY KEY (act_type, case_num)
) WITHOUT ROWID;
CREATE INDEX case_acts_case ON case_acts(case_num);

CREATE TABLE case_agencies (
    case_num INTEGER NOT NULL REFERENCES cases(num),
    agency   TEXT NOT NULL,
    PRIMARY KEY (agency, case_num)
) WITHOUT ROWID;
CREATE INDEX case_agencies_case ON case_agencies(case_num);

CREATE TABLE case_consents (
    case_num    INTEGER NOT NULL REFERENCES cases(num),
    destination TEXT NOT NULL,
    PRIMARY KEY (destination, case_num)
) WITHOUT ROWID;
CREATE INDEX case_consents_case ON case_consents(case_num);

-- Trigram tokens give substring search, so a Russian stem finds its inflected forms.
CREATE VIRTUAL TABLE case_fts USING fts5(code, pseudonym, body, tokenize = 'trigram');

CREATE TABLE blobs (
    sha256     TEXT PRIMARY KEY,
    size       INTEGER NOT NULL,
    chunks     INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE blob_chunks (
    blob TEXT NOT NULL,
    idx  INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE UNIQUE INDEX blob_chunks_key ON blob_chunks(blob, idx);

CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    event   TEXT NOT NULL,
    case_id TEXT,
    detail  TEXT NOT NULL,
    prev    TEXT NOT NULL,
    hash    TEXT NOT NULL
);
