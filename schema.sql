-- claimtrack's one schema.
--
-- The file is a list of migrations that only grows. Each starts with a line
-- `-- migration N` and runs once, in its own transaction, when the database's
-- `PRAGMA user_version` is below N; afterwards user_version is N. Released
-- migrations are never edited: a change is a new migration appended at the end.
--
-- Conventions: byte spans are half-open [start, end) offsets into document.text,
-- and text[start..end] equals the stored content, source or cue. Timestamps are
-- RFC 3339 in UTC. `*_folded` columns hold names folded for case- and
-- accent-insensitive lookup (see src/names.rs).

-- migration 1
CREATE TABLE outlet (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE document (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    outlet_id   INTEGER REFERENCES outlet(id),
    title       TEXT,
    url         TEXT,
    published   TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    byline      TEXT,
    origin_path TEXT,
    ingested_at TEXT NOT NULL,
    text        TEXT NOT NULL,
    byte_len    INTEGER NOT NULL CHECK (byte_len = length(CAST(text AS BLOB)))
) STRICT;
CREATE INDEX document_by_outlet ON document(outlet_id, published);

CREATE TABLE speaker (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL DEFAULT 'unknown' CHECK (kind IN ('person', 'organisation', 'unknown'))
) STRICT;

CREATE TABLE speaker_alias (
    id           INTEGER PRIMARY KEY,
    speaker_id   INTEGER NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
    alias        TEXT NOT NULL,
    alias_folded TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX speaker_alias_by_speaker ON speaker_alias(speaker_id);

CREATE TABLE claim (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    content       TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    source        TEXT,
    source_start  INTEGER,
    source_end    INTEGER,
    source_kind   TEXT NOT NULL CHECK (source_kind IN ('named', 'anonymous', 'vague', 'none')),
    speaker_id    INTEGER REFERENCES speaker(id) ON DELETE SET NULL,
    cue           TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    stance        TEXT NOT NULL CHECK (stance IN ('assert', 'deny', 'hedge', 'demand', 'commit')),
    framing       TEXT NOT NULL CHECK (framing IN ('neutral', 'endorse', 'distance')),
    -- 'manual', or 'extractor/<version>' for automatic extraction.
    origin        TEXT NOT NULL CHECK (origin = 'manual' OR origin GLOB 'extractor/*'),
    -- The extractor's catalogue rule that produced the claim; NULL for manual claims.
    rule          TEXT,
    review        TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review IN ('unreviewed', 'accepted', 'rejected')),
    created_at    TEXT NOT NULL,
    CHECK (0 <= content_start AND content_start <= content_end),
    CHECK ((source IS NULL) = (source_start IS NULL) AND (source IS NULL) = (source_end IS NULL)),
    CHECK ((cue IS NULL) = (cue_start IS NULL) AND (cue IS NULL) = (cue_end IS NULL))
) STRICT;
CREATE INDEX claim_by_speaker ON claim(speaker_id);
CREATE INDEX claim_by_document ON claim(document_id, content_start);

-- Full-text search over claim content, kept in step with `claim` by triggers.
CREATE VIRTUAL TABLE claim_fts USING fts5(
    content,
    content = 'claim',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN
    INSERT INTO claim_fts(rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER claim_fts_update AFTER UPDATE OF content ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, content) VALUES ('delete', old.id, old.content);
    INSERT INTO claim_fts(rowid, content) VALUES (new.id, new.content);
END;

-- migration 2
-- Speakers join across documents by merging, and a merge never rewrites claims: a merged
-- speaker points at the root of the group it joined (`canonical_id`, NULL for a root), and
-- `speaker_merge` logs each merge with every speaker it moved, so `speaker unmerge` restores
-- exactly the state before it. `name_key` and `surname_key` are src/names.rs folding keys,
-- used to find variant spellings of a name.
ALTER TABLE speaker ADD COLUMN canonical_id INTEGER REFERENCES speaker(id);
ALTER TABLE speaker ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE speaker ADD COLUMN surname_key TEXT NOT NULL DEFAULT '';
CREATE INDEX speaker_by_canonical ON speaker(canonical_id);
CREATE INDEX speaker_by_name_key ON speaker(name_key);
CREATE INDEX speaker_by_surname_key ON speaker(surname_key);

CREATE TABLE speaker_merge (
    id         INTEGER PRIMARY KEY,
    into_id    INTEGER NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
    merged_id  INTEGER NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
    -- JSON array of [speaker id, canonical_id before the merge] for every speaker moved.
    moved      TEXT NOT NULL CHECK (json_valid(moved)),
    made_by    TEXT NOT NULL CHECK (made_by IN ('auto', 'user')),
    evidence   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    undone_at  TEXT
) STRICT;
CREATE INDEX speaker_merge_by_merged ON speaker_merge(merged_id);

-- migration 3
-- Claims are added to the full-text index once per transaction by the code that writes them
-- (store::claims::index_claims_after), not row by row: the insert trigger made SQLite open a
-- statement journal for every claim, and FTS5 flushes its pending index at each one, which
-- made bulk ingest about ten times slower. Deletes and content edits are rare and keep their
-- triggers.
DROP TRIGGER claim_fts_insert;

-- migration 4
-- `claim` rebuilt with its value checks written as OR chains: SQLite evaluates a CHECK with
-- `x IN (...)` by building an ephemeral b-tree, with a page cache of its own, on every insert,
-- and five such checks made each claim insert allocate and free about half a megabyte. The
-- columns, rows and ids stay the same (so the full-text index stays valid); indexes and the
-- remaining full-text triggers are recreated. `speaker` keeps its IN check: it is written far
-- less often, and rebuilding it would fight the foreign keys that point at it.
CREATE TABLE claim_rebuilt (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    content       TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind = 'direct' OR kind = 'indirect' OR kind = 'mixed'),
    source        TEXT,
    source_start  INTEGER,
    source_end    INTEGER,
    source_kind   TEXT NOT NULL CHECK (source_kind = 'named' OR source_kind = 'anonymous'
                                       OR source_kind = 'vague' OR source_kind = 'none'),
    speaker_id    INTEGER REFERENCES speaker(id) ON DELETE SET NULL,
    cue           TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    stance        TEXT NOT NULL CHECK (stance = 'assert' OR stance = 'deny' OR stance = 'hedge'
                                       OR stance = 'demand' OR stance = 'commit'),
    framing       TEXT NOT NULL CHECK (framing = 'neutral' OR framing = 'endorse' OR framing = 'distance'),
    origin        TEXT NOT NULL CHECK (origin = 'manual' OR origin GLOB 'extractor/*'),
    rule          TEXT,
    review        TEXT NOT NULL DEFAULT 'unreviewed'
                  CHECK (review = 'unreviewed' OR review = 'accepted' OR review = 'rejected'),
    created_at    TEXT NOT NULL,
    CHECK (0 <= content_start AND content_start <= content_end),
    CHECK ((source IS NULL) = (source_start IS NULL) AND (source IS NULL) = (source_end IS NULL)),
    CHECK ((cue IS NULL) = (cue_start IS NULL) AND (cue IS NULL) = (cue_end IS NULL))
) STRICT;
INSERT INTO claim_rebuilt SELECT * FROM claim;
DROP TABLE claim;
ALTER TABLE claim_rebuilt RENAME TO claim;
CREATE INDEX claim_by_speaker ON claim(speaker_id);
CREATE INDEX claim_by_document ON claim(document_id, content_start);
CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER claim_fts_update AFTER UPDATE OF content ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, content) VALUES ('delete', old.id, old.content);
    INSERT INTO claim_fts(rowid, content) VALUES (new.id, new.content);
END;

-- migration 5
-- A document's text moves to a table of its own. Listings, audits and comparisons join claims
-- to their documents' metadata; with the text in the same row, every such join read a page or
-- more per document, and an audit of a whole database read every article. The metadata rows are
-- now small; the text is read only where it is needed. byte_len stays with the metadata, and
-- `claimtrack verify` checks it against the text.
CREATE TABLE document_text (
    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    text        TEXT NOT NULL
) STRICT;
INSERT INTO document_text (document_id, text) SELECT id, text FROM document;
CREATE TABLE document_rebuilt (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    outlet_id   INTEGER REFERENCES outlet(id),
    title       TEXT,
    url         TEXT,
    published   TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    byline      TEXT,
    origin_path TEXT,
    ingested_at TEXT NOT NULL,
    byte_len    INTEGER NOT NULL CHECK (byte_len >= 0)
) STRICT;
INSERT INTO document_rebuilt
    SELECT id, sha256, outlet_id, title, url, published, byline, origin_path, ingested_at, byte_len
    FROM document;
DROP TABLE document;
ALTER TABLE document_rebuilt RENAME TO document;
CREATE INDEX document_by_outlet ON document(outlet_id, published);

-- migration 6
-- Counting claims by source kind per document (`claimtrack audit`) reads only this index, not
-- the claim rows with their content.
CREATE INDEX claim_sourcing ON claim(document_id, source_kind, review);

-- migration 7
-- Claim ids are never reused: `AUTOINCREMENT` keeps SQLite from handing the id of the newest
-- claim, once removed, to the next one, so a command that names claim N can never reach another
-- claim that took its id. `claim` is rebuilt as in migration 4 with the same columns, rows and
-- ids (so the full-text index stays valid); its indexes and triggers are recreated.
CREATE TABLE claim_rebuilt (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    content       TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind = 'direct' OR kind = 'indirect' OR kind = 'mixed'),
    source        TEXT,
    source_start  INTEGER,
    source_end    INTEGER,
    source_kind   TEXT NOT NULL CHECK (source_kind = 'named' OR source_kind = 'anonymous'
                                       OR source_kind = 'vague' OR source_kind = 'none'),
    speaker_id    INTEGER REFERENCES speaker(id) ON DELETE SET NULL,
    cue           TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    stance        TEXT NOT NULL CHECK (stance = 'assert' OR stance = 'deny' OR stance = 'hedge'
                                       OR stance = 'demand' OR stance = 'commit'),
    framing       TEXT NOT NULL CHECK (framing = 'neutral' OR framing = 'endorse' OR framing = 'distance'),
    origin        TEXT NOT NULL CHECK (origin = 'manual' OR origin GLOB 'extractor/*'),
    rule          TEXT,
    review        TEXT NOT NULL DEFAULT 'unreviewed'
                  CHECK (review = 'unreviewed' OR review = 'accepted' OR review = 'rejected'),
    created_at    TEXT NOT NULL,
    CHECK (0 <= content_start AND content_start <= content_end),
    CHECK ((source IS NULL) = (source_start IS NULL) AND (source IS NULL) = (source_end IS NULL)),
    CHECK ((cue IS NULL) = (cue_start IS NULL) AND (cue IS NULL) = (cue_end IS NULL))
) STRICT;
INSERT INTO claim_rebuilt SELECT * FROM claim;
DROP TABLE claim;
ALTER TABLE claim_rebuilt RENAME TO claim;
CREATE INDEX claim_by_speaker ON claim(speaker_id);
CREATE INDEX claim_by_document ON claim(document_id, content_start);
CREATE INDEX claim_sourcing ON claim(document_id, source_kind, review);
CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER claim_fts_update AFTER UPDATE OF content ON claim BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, content) VALUES ('delete', old.id, old.content);
    INSERT INTO claim_fts(rowid, content) VALUES (new.id, new.content);
END;

-- migration 8
-- The change log (src/store/changelog.rs): one entry per change to document, claim, speaker,
-- alias or merge rows, appended in the transaction that makes the change. `data` holds the rows
-- of `row_table` it changed, one JSON array of column values per line, as they are after the
-- change (before it, for a removal); `row_id` is the first row's id; `prev` is the SHA-256 of the
-- entry before (32 zero bytes for the first) and `hash` that of this entry's own contents and
-- `prev`, so the entries form a hash chain whose last hash stands for the whole history.
-- A database that already has rows starts its log with `existing` entries of its rows, written
-- by the migrator in the same transaction as this migration. No index: the log is appended to
-- on every claim insert and read whole by `verify`; `log` filters are full scans.
CREATE TABLE change_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    origin    TEXT NOT NULL,
    action    TEXT NOT NULL,
    row_table TEXT NOT NULL,
    row_id    INTEGER NOT NULL,
    data      TEXT NOT NULL,
    prev      BLOB NOT NULL,
    hash      BLOB NOT NULL
) STRICT;

-- migration 9
-- Speakers gain the kind `document`: polls, studies, reports and records that show or find
-- something are sources, but neither people nor organisations. SQLite cannot alter a CHECK, so
-- `speaker` is rebuilt the way migration 4 rebuilt `claim`: same columns, rows and ids (the
-- foreign keys of claim, speaker_alias and speaker_merge keep pointing at them), indexes
-- recreated. The check is an OR chain for the reason given in migration 4.
CREATE TABLE speaker_rebuilt (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    name_folded  TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL DEFAULT 'unknown'
                 CHECK (kind = 'person' OR kind = 'organisation' OR kind = 'unknown'
                        OR kind = 'document'),
    canonical_id INTEGER REFERENCES speaker(id),
    name_key     TEXT NOT NULL DEFAULT '',
    surname_key  TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO speaker_rebuilt (id, name, name_folded, kind, canonical_id, name_key, surname_key)
    SELECT id, name, name_folded, kind, canonical_id, name_key, surname_key FROM speaker;
DROP TABLE speaker;
ALTER TABLE speaker_rebuilt RENAME TO speaker;
CREATE INDEX speaker_by_canonical ON speaker(canonical_id);
CREATE INDEX speaker_by_name_key ON speaker(name_key);
CREATE INDEX speaker_by_surname_key ON speaker(surname_key);

-- migration 10
-- Speakers stored before migration 2 have empty folding keys. The migrator fills them in Rust
-- (src/names.rs computes the keys) in the same transaction as this migration; there is no DDL.

-- migration 11
-- Each extracted claim records the resolver that named its speaker (extract::resolvers), beside
-- the rule that found it, so a listing can explain both decisions. NULL for manual claims and
-- for claims stored before this migration.
ALTER TABLE claim ADD COLUMN resolver TEXT;

-- migration 12
-- A document derived from a web page keeps the page: the bytes received (zstd-compressed; their
-- SHA-256 is document.sha256), the media type they came as, when they were fetched, the name
-- of the derivation that gave the text (input::html::DERIVATION) and the text's own SHA-256.
-- Claims' spans still point into document_text. `claimtrack verify` checks both hashes and
-- derives the text again. A document read as text has no row here.
CREATE TABLE document_page (
    document_id  INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    media_type   TEXT NOT NULL,
    derivation   TEXT NOT NULL,
    text_sha256  TEXT NOT NULL CHECK (length(text_sha256) = 64),
    fetched_at   TEXT,
    byte_len     INTEGER NOT NULL CHECK (byte_len >= 0),
    bytes_zstd   BLOB NOT NULL
) STRICT;

-- migration 13
-- Datasette and sqlite-utils find a table's full-text index by the text of its CREATE statement,
-- which must read `content="claim"`: double-quoted, without spaces. `claim_fts` is created again
-- in that form, with the same column, tokenizer and rows; the triggers on `claim` stay as they
-- are. Two views answer "who said what" in plain SQL, with merged speakers resolved to the name
-- of their group's root (`canonical_id` always points at the root, never along a chain). Their
-- columns carry the keys of `claims --format json` and `speakers --format json`.
DROP TABLE claim_fts;
CREATE VIRTUAL TABLE claim_fts USING fts5(
    content,
    content="claim",
    content_rowid="id",
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO claim_fts(claim_fts) VALUES ('rebuild');

CREATE VIEW claims_view AS
SELECT
    c.id,
    d.sha256 AS doc_sha256,
    d.title AS doc_title,
    o.name AS outlet,
    d.published,
    d.url AS doc_url,
    c.content_start AS start,
    c.content_end AS "end",
    c.content,
    c.kind,
    coalesce(root.name, s.name) AS speaker,
    coalesce(root.kind, s.kind) AS speaker_kind,
    c.source,
    c.source_start,
    c.source_end,
    c.source_kind,
    c.cue,
    c.cue_start,
    c.cue_end,
    c.stance,
    c.framing,
    c.origin,
    c.rule,
    c.resolver,
    c.review,
    c.created_at
FROM claim c
JOIN document d ON d.id = c.document_id
LEFT JOIN outlet o ON o.id = d.outlet_id
LEFT JOIN speaker s ON s.id = c.speaker_id
LEFT JOIN speaker root ON root.id = s.canonical_id;

CREATE VIEW speakers_view AS
SELECT
    g.id,
    g.name,
    g.kind,
    (SELECT count(*) FROM speaker m JOIN claim c ON c.speaker_id = m.id
      WHERE m.id = g.id OR m.canonical_id = g.id) AS claims,
    (SELECT count(DISTINCT c.document_id) FROM speaker m JOIN claim c ON c.speaker_id = m.id
      WHERE m.id = g.id OR m.canonical_id = g.id) AS documents,
    (SELECT group_concat(m.name, '; ') FROM speaker m WHERE m.canonical_id = g.id) AS merged,
    (SELECT group_concat(a.alias, '; ') FROM speaker_alias a WHERE a.speaker_id = g.id)
        AS aliases
FROM speaker g
WHERE g.canonical_id IS NULL;

-- migration 14
-- Counts kept at write time, so that `audit` reads a row per document and per outlet, and
-- `speakers` its top groups off an index, instead of counting claims (issue 15). A claim
-- counts unless it is rejected, as both commands count. Claims a transaction adds are counted
-- once, before it commits, by store::claims::index_claims_after (store::counts reads them once
-- and updates each row they touch once; a trigger per inserted claim would cost the writer a
-- few statements per claim, and a statement journal, as migration 3 explains);
-- the triggers below keep the counts through every edit, review and removal, and through
-- merges. Every document and every speaker has a row from the moment it is stored, so the
-- claim paths only ever update rows. `claimtrack verify` recounts them all. A document's
-- outlet never changes once stored; `outlet_key` is its outlet id, or 0 for none.
CREATE TABLE document_sourcing (
    document_id        INTEGER PRIMARY KEY,
    outlet_key         INTEGER NOT NULL,
    named              INTEGER NOT NULL DEFAULT 0,
    anonymous          INTEGER NOT NULL DEFAULT 0,
    vague              INTEGER NOT NULL DEFAULT 0,
    none               INTEGER NOT NULL DEFAULT 0,
    claims             INTEGER AS (named + anonymous + vague + none),
    -- The audit's rank: the unsourced share in thousandths, rounded half away from zero from
    -- the same floating-point quotient as the share the audit prints (so both order alike).
    unsourced_permille INTEGER AS (CASE WHEN claims = 0 THEN 0 ELSE
        CAST(CAST(claims - named AS REAL) / claims * 1000.0 AS INTEGER)
        + (CAST(claims - named AS REAL) / claims * 1000.0
           - CAST(CAST(claims - named AS REAL) / claims * 1000.0 AS INTEGER) >= 0.5) END)
) STRICT;
CREATE INDEX document_sourcing_by_rank
    ON document_sourcing(unsourced_permille DESC, claims DESC);

CREATE TABLE outlet_sourcing (
    outlet_key INTEGER PRIMARY KEY,
    documents  INTEGER NOT NULL DEFAULT 0,
    named      INTEGER NOT NULL DEFAULT 0,
    anonymous  INTEGER NOT NULL DEFAULT 0,
    vague      INTEGER NOT NULL DEFAULT 0,
    none       INTEGER NOT NULL DEFAULT 0
) STRICT;

-- A speaker's own claims by outlet; a group's are the sum over its members.
CREATE TABLE speaker_claims (
    speaker_id INTEGER NOT NULL,
    outlet_key INTEGER NOT NULL,
    claims     INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, outlet_key)
) STRICT, WITHOUT ROWID;

-- Every speaker's row holds the claims of the group it is the root of (0 for a merged one).
CREATE TABLE speaker_group_claims (
    root_id INTEGER PRIMARY KEY,
    claims  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX speaker_group_claims_by_count ON speaker_group_claims(claims DESC);

-- The migrator fills the tables from the claims already stored, in Rust (store::counts, which
-- `verify --recount` also uses), in the same transaction as this migration.

CREATE TRIGGER document_sourcing_insert AFTER INSERT ON document BEGIN
    INSERT INTO document_sourcing (document_id, outlet_key)
    VALUES (new.id, coalesce(new.outlet_id, 0));
    INSERT INTO outlet_sourcing (outlet_key, documents) VALUES (coalesce(new.outlet_id, 0), 1)
    ON CONFLICT (outlet_key) DO UPDATE SET documents = documents + 1;
END;
-- Runs after the removal's cascade has uncounted the document's claims (which finds the
-- outlet through this row).
CREATE TRIGGER document_sourcing_delete AFTER DELETE ON document BEGIN
    DELETE FROM document_sourcing WHERE document_id = old.id;
    UPDATE outlet_sourcing SET documents = documents - 1
    WHERE outlet_key = coalesce(old.outlet_id, 0);
END;

CREATE TRIGGER speaker_counts_insert AFTER INSERT ON speaker BEGIN
    INSERT INTO speaker_group_claims (root_id, claims) VALUES (new.id, 0);
END;
-- Before the removal, while the speaker's group can still be found: its claims' speaker is set
-- to NULL afterwards, and uncounting them then finds no rows.
CREATE TRIGGER speaker_counts_delete BEFORE DELETE ON speaker BEGIN
    UPDATE speaker_group_claims
    SET claims = claims - (SELECT coalesce(sum(claims), 0) FROM speaker_claims
                           WHERE speaker_id = old.id)
    WHERE root_id = coalesce(old.canonical_id, old.id);
    DELETE FROM speaker_claims WHERE speaker_id = old.id;
    DELETE FROM speaker_group_claims WHERE root_id = old.id;
END;
-- A merge or unmerge moves a speaker's own claims from its old group to its new one.
CREATE TRIGGER speaker_counts_regroup AFTER UPDATE OF canonical_id ON speaker
WHEN coalesce(old.canonical_id, old.id) != coalesce(new.canonical_id, new.id) BEGIN
    UPDATE speaker_group_claims
    SET claims = claims - (SELECT coalesce(sum(claims), 0) FROM speaker_claims
                           WHERE speaker_id = new.id)
    WHERE root_id = coalesce(old.canonical_id, old.id);
    UPDATE speaker_group_claims
    SET claims = claims + (SELECT coalesce(sum(claims), 0) FROM speaker_claims
                           WHERE speaker_id = new.id)
    WHERE root_id = coalesce(new.canonical_id, new.id);
END;

CREATE TRIGGER claim_counts_delete AFTER DELETE ON claim WHEN old.review != 'rejected' BEGIN
    UPDATE document_sourcing
    SET named = named - (old.source_kind = 'named'),
        anonymous = anonymous - (old.source_kind = 'anonymous'),
        vague = vague - (old.source_kind = 'vague'), none = none - (old.source_kind = 'none')
    WHERE document_id = old.document_id;
    UPDATE outlet_sourcing
    SET named = named - (old.source_kind = 'named'),
        anonymous = anonymous - (old.source_kind = 'anonymous'),
        vague = vague - (old.source_kind = 'vague'), none = none - (old.source_kind = 'none')
    WHERE outlet_key = (SELECT outlet_key FROM document_sourcing WHERE document_id = old.document_id);
    UPDATE speaker_claims SET claims = claims - 1
    WHERE speaker_id = old.speaker_id
      AND outlet_key = (SELECT outlet_key FROM document_sourcing WHERE document_id = old.document_id);
    UPDATE speaker_group_claims SET claims = claims - 1
    WHERE root_id = (SELECT coalesce(canonical_id, id) FROM speaker WHERE id = old.speaker_id);
END;
-- An update is the old claim uncounted and the new one counted; each half applies only to a
-- claim that is not rejected.
CREATE TRIGGER claim_counts_update
AFTER UPDATE OF document_id, source_kind, speaker_id, review ON claim BEGIN
    UPDATE document_sourcing
    SET named = named - (old.source_kind = 'named'),
        anonymous = anonymous - (old.source_kind = 'anonymous'),
        vague = vague - (old.source_kind = 'vague'), none = none - (old.source_kind = 'none')
    WHERE document_id = old.document_id AND old.review != 'rejected';
    UPDATE outlet_sourcing
    SET named = named - (old.source_kind = 'named'),
        anonymous = anonymous - (old.source_kind = 'anonymous'),
        vague = vague - (old.source_kind = 'vague'), none = none - (old.source_kind = 'none')
    WHERE outlet_key = (SELECT outlet_key FROM document_sourcing WHERE document_id = old.document_id)
      AND old.review != 'rejected';
    UPDATE speaker_claims SET claims = claims - 1
    WHERE speaker_id = old.speaker_id
      AND outlet_key = (SELECT outlet_key FROM document_sourcing WHERE document_id = old.document_id)
      AND old.review != 'rejected';
    UPDATE speaker_group_claims SET claims = claims - 1
    WHERE root_id = (SELECT coalesce(canonical_id, id) FROM speaker WHERE id = old.speaker_id)
      AND old.review != 'rejected';
    UPDATE document_sourcing
    SET named = named + (new.source_kind = 'named'),
        anonymous = anonymous + (new.source_kind = 'anonymous'),
        vague = vague + (new.source_kind = 'vague'), none = none + (new.source_kind = 'none')
    WHERE document_id = new.document_id AND new.review != 'rejected';
    UPDATE outlet_sourcing
    SET named = named + (new.source_kind = 'named'),
        anonymous = anonymous + (new.source_kind = 'anonymous'),
        vague = vague + (new.source_kind = 'vague'), none = none + (new.source_kind = 'none')
    WHERE outlet_key = (SELECT outlet_key FROM document_sourcing WHERE document_id = new.document_id)
      AND new.review != 'rejected';
    INSERT INTO speaker_claims (speaker_id, outlet_key, claims)
    SELECT new.speaker_id, outlet_key, 1 FROM document_sourcing
    WHERE document_id = new.document_id AND new.speaker_id IS NOT NULL
      AND new.review != 'rejected'
    ON CONFLICT (speaker_id, outlet_key) DO UPDATE SET claims = claims + 1;
    UPDATE speaker_group_claims SET claims = claims + 1
    WHERE root_id = (SELECT coalesce(canonical_id, id) FROM speaker WHERE id = new.speaker_id)
      AND new.review != 'rejected';
END;

-- migration 15
-- Listings read a page in the order an index gives, instead of reading and sorting every row
-- they could show. A speaker's claims are listed by document and position: `claim_by_speaker`
-- grows from (speaker_id) to (speaker_id, document_id, content_start), which still serves
-- every lookup by speaker alone. Documents are listed by outlet, date, title and hash:
-- `document_by_outlet` grows from (outlet_id, published) to carry the title and hash too.
DROP INDEX claim_by_speaker;
CREATE INDEX claim_by_speaker ON claim(speaker_id, document_id, content_start);
DROP INDEX document_by_outlet;
CREATE INDEX document_by_outlet ON document(outlet_id, published, title, sha256);
