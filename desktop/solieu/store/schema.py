"""The project file's layout, its version and the migrations between versions.

`SCHEMA_VERSION` is what this app writes. `MIGRATIONS[v]` turns a version-`v`
file into version `v + 1`; a file is migrated step by step inside one
transaction, after a backup copy was taken (see `project.py`). Decimals are
stored as TEXT (`decimal_str`) so no value ever goes through a float.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from solieu import __version__

SCHEMA_VERSION = 8

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)

_STATUS_CHECK = "CHECK (status IN ('pending', 'confirmed', 'rejected'))"

_TABLES_V1 = f"""
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    source_path TEXT,
    sha256      TEXT NOT NULL UNIQUE,
    text        TEXT NOT NULL,
    encoding    TEXT NOT NULL DEFAULT 'utf-8',
    title       TEXT,
    place       TEXT,
    imported_at TEXT NOT NULL
);
CREATE TABLE figures (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    number      TEXT,
    scale       TEXT,
    value       TEXT NOT NULL,
    unit        TEXT,
    unit_class  TEXT NOT NULL,
    qualifier   TEXT,
    change      INTEGER NOT NULL DEFAULT 0 CHECK (change IN (0, 1)),
    measure     TEXT,
    place       TEXT,
    period      TEXT,
    confidence  REAL NOT NULL DEFAULT 1.0,
    kind        TEXT NOT NULL DEFAULT 'figure',
    status      TEXT NOT NULL DEFAULT 'pending' {_STATUS_CHECK},
    origin      TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
    note        TEXT,
    edited      INTEGER NOT NULL DEFAULT 0,
    deleted     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (start >= 0 AND "end" >= start)
);
"""

# Tables and indexes that version 1 added on top of the v0 draft layout.
_ADDED_IN_V1 = f"""
CREATE INDEX figures_by_document ON figures(document_id, start);
CREATE INDEX figures_by_status ON figures(status);
CREATE TABLE statistics (
    id         INTEGER PRIMARY KEY,
    measure    TEXT,
    place      TEXT,
    period     TEXT,
    value      TEXT,
    unit       TEXT,
    unit_class TEXT,
    status     TEXT NOT NULL DEFAULT 'pending' {_STATUS_CHECK},
    winner_figure_id INTEGER REFERENCES figures(id),
    note       TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE statistic_members (
    figure_id    INTEGER PRIMARY KEY REFERENCES figures(id) ON DELETE CASCADE,
    statistic_id INTEGER NOT NULL REFERENCES statistics(id) ON DELETE CASCADE
);
CREATE INDEX statistic_members_by_statistic ON statistic_members(statistic_id);
CREATE TABLE review_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    action    TEXT NOT NULL,
    figure_id INTEGER,
    field     TEXT,
    old       TEXT,
    new       TEXT,
    edit      TEXT
);
CREATE INDEX review_log_by_figure ON review_log(figure_id);
"""


# What version 3 added: a document's fingerprint of its loaded text (so a copy in
# another encoding or with other line ends is recognised), its source metadata, and
# the text a figure's period was read from (the `period` column holds ISO 8601).
_ADDED_IN_V3 = """
ALTER TABLE documents ADD COLUMN text_sha256 TEXT;
ALTER TABLE documents ADD COLUMN outlet TEXT;
ALTER TABLE documents ADD COLUMN url TEXT;
ALTER TABLE documents ADD COLUMN published TEXT;
ALTER TABLE figures ADD COLUMN period_text TEXT;
CREATE INDEX documents_by_text ON documents(text_sha256)
"""


# What version 4 added: each review-log row names the action (one transaction) it belongs
# to, the id of that action's first row, so the history undoes whole actions; and the
# document and statistic it concerns, so a row stays describable once its figure is gone.
_ADDED_IN_V4 = """
ALTER TABLE review_log ADD COLUMN action_id INTEGER;
ALTER TABLE review_log ADD COLUMN document_id INTEGER;
ALTER TABLE review_log ADD COLUMN statistic_id INTEGER;
CREATE INDEX review_log_by_document ON review_log(document_id);
CREATE INDEX review_log_by_statistic ON review_log(statistic_id)
"""


# What version 5 added: a document can be removed (soft, like a figure: undoable, its
# history kept); every read hides a removed document and its figures.
_ADDED_IN_V5 = """
ALTER TABLE documents ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0
"""


# What version 6 added: the project's codebook of indicators (an entry per indicator,
# its synonyms as a JSON list), each figure's link to its entry, and the project rules
# learned from repeated corrections (a rule's state as JSON: field, old, new, scope).
_ADDED_IN_V6 = """
CREATE TABLE IF NOT EXISTS codebook (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    code       TEXT,
    name_en    TEXT,
    unit_class TEXT,
    change     INTEGER CHECK (change IN (0, 1)),
    synonyms   TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX codebook_by_name ON codebook(name);
CREATE TABLE IF NOT EXISTS rules (
    id         INTEGER PRIMARY KEY,
    rule       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
ALTER TABLE figures ADD COLUMN entry_id INTEGER REFERENCES codebook(id);
CREATE INDEX figures_by_entry ON figures(entry_id)
"""


# What version 7 added: who is reviewing which document (store/claims.py): one claim
# per document, renewed by its session's window, gone when not renewed for minutes.
_ADDED_IN_V7 = """
CREATE TABLE IF NOT EXISTS claims (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    reviewer    TEXT NOT NULL,
    session     TEXT NOT NULL,
    claimed_at  TEXT NOT NULL,
    seen_at     TEXT NOT NULL
);
CREATE INDEX claims_by_session ON claims(session)
"""


# What version 8 added: double review (store/double_review.py): a document's second
# reviewer, and that reviewer's blind decisions of each figure, apart from the figures
_ADDED_IN_V8 = f"""
CREATE TABLE IF NOT EXISTS assignments (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    second      TEXT NOT NULL,
    assigned_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS second_reviews (
    figure_id   INTEGER PRIMARY KEY REFERENCES figures(id) ON DELETE CASCADE,
    status      TEXT NOT NULL DEFAULT 'pending' {_STATUS_CHECK},
    value       TEXT NOT NULL,
    unit        TEXT,
    place       TEXT,
    period      TEXT,
    measure     TEXT,
    entry_id    INTEGER REFERENCES codebook(id),
    adjudicated INTEGER NOT NULL DEFAULT 0 CHECK (adjudicated IN (0, 1)),
    updated_at  TEXT NOT NULL
);
CREATE INDEX assignments_by_second ON assignments(second)
"""


def create_schema(conn: sqlite3.Connection) -> None:
    """Create every table of the current version in an empty database (caller's transaction)."""
    layout = ";".join(
        (
            _TABLES_V1 + _ADDED_IN_V1,
            _ADDED_IN_V3,
            _ADDED_IN_V4,
            _ADDED_IN_V5,
            _ADDED_IN_V6,
            _ADDED_IN_V7,
            _ADDED_IN_V8,
        )
    )
    for statement in layout.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)",
        [("schema_version", str(SCHEMA_VERSION)), ("app_version", __version__)],
    )


def _v0_to_v1(conn: sqlite3.Connection) -> None:
    """v0 was the skeleton's draft: figures had no origin, note, flags or timestamps, and
    there was no review log or statistics table. Existing figures become `auto` ones."""
    for column in (
        "origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual'))",
        "note TEXT",
        "edited INTEGER NOT NULL DEFAULT 0",
        "deleted INTEGER NOT NULL DEFAULT 0",
        "created_at TEXT NOT NULL DEFAULT ''",
        "updated_at TEXT NOT NULL DEFAULT ''",
    ):
        conn.execute(f"ALTER TABLE figures ADD COLUMN {column}")
    conn.execute("UPDATE figures SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
    # A second statement: inside one UPDATE, `created_at` would still read the old value.
    conn.execute("UPDATE figures SET updated_at = created_at")
    for statement in _ADDED_IN_V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """v2 records the winning figure of a reconciled statistic (a conflict's resolution).

    Files created from v2's table layout by a v0 → v1 step already have it.
    """
    columns = {row[1] for row in conn.execute("PRAGMA table_info(statistics)")}
    if "winner_figure_id" not in columns:
        conn.execute(
            "ALTER TABLE statistics ADD COLUMN winner_figure_id INTEGER REFERENCES figures(id)"
        )


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """v3: documents get `text_sha256` (filled from the stored text here) and source
    metadata; figures get `period_text`, the words an ISO `period` was read from."""
    import hashlib

    have = {
        table: {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        for table in ("documents", "figures")
    }
    _add_missing(conn, _ADDED_IN_V3, have)
    rows = conn.execute("SELECT id, text FROM documents").fetchall()
    conn.executemany(
        "UPDATE documents SET text_sha256 = ? WHERE id = ?",
        [
            (hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), doc_id)
            for doc_id, text in rows
        ],
    )
    # until v3 the period column held the text's own words: keep them as the text, and
    # the ISO value the period normaliser reads from them (the words when it cannot)
    from solieu.extract.period_typed import normalise_period

    worded = conn.execute(
        "SELECT id, period FROM figures WHERE period IS NOT NULL AND period_text IS NULL"
    ).fetchall()
    conn.executemany(
        "UPDATE figures SET period_text = ?, period = ? WHERE id = ?",
        [(words, normalise_period(words) or words, fid) for fid, words in worded],
    )


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """v4: review-log rows get `action_id`, `document_id` and `statistic_id`.

    Until v4 every row of one apply carried the same timestamp and reviewer, so a run
    of consecutive rows with equal `at` and `who` is taken as one action (two actions
    saved within the same millisecond become one: they are undone together). The
    document comes from the figure (or a document edit's JSON), the statistic from a
    decision's JSON. Safe to run twice: only rows without an action are filled.
    """
    import json

    have = {"review_log": {row[1] for row in conn.execute("PRAGMA table_info(review_log)")}}
    _add_missing(conn, _ADDED_IN_V4, have)
    rows = conn.execute(
        "SELECT id, at, who, action, edit FROM review_log WHERE action_id IS NULL ORDER BY id"
    ).fetchall()
    updates: list[tuple[int, int | None, int | None, int]] = []
    action_id, previous = 0, None
    for log_id, at, who, action, edit in rows:
        if (at, who) != previous or action == "reread":
            action_id, previous = log_id, (at, who)
        document_id = statistic_id = None
        if action in ("document", "statistic") and edit:
            try:
                data = json.loads(edit)
            except ValueError:
                data = {}
            document_id = data.get("document_id") if action == "document" else None
            statistic_id = data.get("statistic_id") if action == "statistic" else None
        updates.append((action_id, document_id, statistic_id, log_id))
    conn.executemany(
        "UPDATE review_log SET action_id = ?, document_id = COALESCE(?, document_id), "
        "statistic_id = COALESCE(?, statistic_id) WHERE id = ?",
        updates,
    )
    conn.execute(
        "UPDATE review_log SET document_id = "
        "(SELECT f.document_id FROM figures f WHERE f.id = review_log.figure_id) "
        "WHERE document_id IS NULL AND figure_id IS NOT NULL"
    )


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    """v5: documents get `deleted` (every existing one is kept). Safe to run twice."""
    have = {"documents": {row[1] for row in conn.execute("PRAGMA table_info(documents)")}}
    _add_missing(conn, _ADDED_IN_V5, have)


def _v5_to_v6(conn: sqlite3.Connection) -> None:
    """v6: the codebook, the rules and each figure's entry (none yet). Safe to run twice."""
    have = {"figures": {row[1] for row in conn.execute("PRAGMA table_info(figures)")}}
    _add_missing(conn, _ADDED_IN_V6, have)


def _v6_to_v7(conn: sqlite3.Connection) -> None:
    """v7: the claims (none yet). Safe to run twice."""
    _add_missing(conn, _ADDED_IN_V7, {})


def _v7_to_v8(conn: sqlite3.Connection) -> None:
    """v8: double review's assignments and second layer (none yet). Safe to run twice."""
    _add_missing(conn, _ADDED_IN_V8, {})


def _add_missing(conn: sqlite3.Connection, statements: str, have: dict[str, set[str]]) -> None:
    """Run a version's ALTER/CREATE INDEX statements, skipping what the file already has."""
    for statement in statements.split(";"):
        words = statement.split()
        if not words:
            continue
        if words[0] == "ALTER" and words[5] in have[words[2]]:
            continue  # a file made with this layout already has it
        statement = statement.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS")
        conn.execute(statement.replace("CREATE UNIQUE INDEX", "CREATE UNIQUE INDEX IF NOT EXISTS"))


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v0_to_v1,
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
    _v4_to_v5,
    _v5_to_v6,
    _v6_to_v7,
    _v7_to_v8,
]
assert len(MIGRATIONS) == SCHEMA_VERSION


def read_version(conn: sqlite3.Connection) -> int | None:
    """The file's schema version, or None when it has no Solieu meta table."""
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        return None
    try:
        return int(row[0])
    except ValueError:
        return None


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring a file from `from_version` to `SCHEMA_VERSION` (caller's transaction)."""
    for version in range(from_version, SCHEMA_VERSION):
        MIGRATIONS[version](conn)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('app_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (__version__,),
    )
