-- user_version 1, application_id 1213746247
CREATE UNIQUE INDEX ledger_records_hash ON ledger_records (hash) WHERE hash IS NOT NULL;
CREATE INDEX ledger_records_period ON ledger_records (period, recorded_at);
CREATE UNIQUE INDEX ledger_records_revision ON ledger_records (unit_code, period, revision) WHERE revision IS NOT NULL;
CREATE TABLE ledger_contents (
    hash BLOB PRIMARY KEY NOT NULL CHECK (length(hash) = 32),
    content BLOB NOT NULL
);
CREATE TABLE ledger_records (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    kind INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),
    unit_code TEXT NOT NULL CHECK (length(unit_code) > 0),
    period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    version INTEGER NOT NULL CHECK (version >= 1),
    recorded_at INTEGER NOT NULL,
    hash BLOB REFERENCES ledger_contents (hash),
    revision INTEGER CHECK (revision IS NULL OR (kind = 1 AND revision >= 1)),
    payload TEXT NOT NULL CHECK (json_valid(payload)),
    CHECK ((kind = 1) = (hash IS NOT NULL)),
    UNIQUE (unit_code, period, version)
);
CREATE TRIGGER ledger_contents_no_delete BEFORE DELETE ON ledger_contents
    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: filed files are never deleted'); END;
CREATE TRIGGER ledger_contents_no_update BEFORE UPDATE ON ledger_contents
    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: filed files are never changed'); END;
CREATE TRIGGER ledger_records_no_delete BEFORE DELETE ON ledger_records
    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: records are never deleted'); END;
CREATE TRIGGER ledger_records_no_update BEFORE UPDATE ON ledger_records
    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: records are never changed'); END;
