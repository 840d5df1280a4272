"""The project file itself: creation, migration with backup, refusal of what it cannot read."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from solieu.model import Origin, Status
from solieu.store import SCHEMA_VERSION, Project, ProjectError, SetField

V0_SQL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('schema_version', '0');
CREATE TABLE documents (id INTEGER PRIMARY KEY, name TEXT NOT NULL, source_path TEXT,
    sha256 TEXT NOT NULL UNIQUE, text TEXT NOT NULL, encoding TEXT NOT NULL DEFAULT 'utf-8',
    title TEXT, place TEXT, imported_at TEXT NOT NULL);
CREATE TABLE figures (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, number TEXT, scale TEXT,
    value TEXT NOT NULL, unit TEXT, unit_class TEXT NOT NULL, qualifier TEXT,
    change INTEGER NOT NULL DEFAULT 0, measure TEXT, place TEXT, period TEXT,
    confidence REAL NOT NULL DEFAULT 1.0, kind TEXT NOT NULL DEFAULT 'figure',
    status TEXT NOT NULL DEFAULT 'pending');
INSERT INTO documents VALUES (1, 'a.txt', NULL, 'abc', 'Xuất khẩu đạt 76,2 triệu USD.', 'utf-8',
    NULL, NULL, '2025-01-01T00:00:00Z');
INSERT INTO figures(document_id, start, "end", text, number, scale, value, unit, unit_class,
    status) VALUES (1, 14, 28, '76,2 triệu USD', '76.2', 'triệu', '76200000', 'USD', 'USD',
    'confirmed');
"""


def make_v0(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V0_SQL)
    conn.close()


def test_create_makes_every_table_with_durable_pragmas(tmp_path):
    with Project.create(tmp_path / "p.solieu") as project:
        conn = project._connection()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {
            "meta",
            "documents",
            "figures",
            "statistics",
            "statistic_members",
            "review_log",
        } <= tables
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        assert int(version[0]) == SCHEMA_VERSION
        assert project.documents() == []
        assert project.counts() == {Status.PENDING: 0, Status.CONFIRMED: 0, Status.REJECTED: 0}


def test_create_refuses_an_existing_file_unless_overwrite(tmp_path):
    path = tmp_path / "p.solieu"
    Project.create(path).close()
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)
    Project.create(path, overwrite=True).close()


def test_older_schema_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "old.solieu"
    make_v0(path)
    with Project.open(path) as project:
        (fig,) = project.figures()
        assert fig.value == Decimal("76200000")
        assert fig.status is Status.CONFIRMED
        assert fig.origin is Origin.AUTO
        assert fig.note is None
        project.apply(SetField(fig.id, "note", None, "checked"))
        assert [e.new for e in project.review_log()] == ["checked"]
    backup = tmp_path / "old.solieu.bak-v0"
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT value FROM meta").fetchall() == [("0",)]
    columns = [r[1] for r in conn.execute("PRAGMA table_info(figures)")]
    assert "note" not in columns and conn.execute("SELECT count(*) FROM figures").fetchone() == (1,)
    conn.close()
    # reopening a migrated file neither migrates again nor takes another backup
    with Project.open(path) as project:
        assert project.figure(fig.id).note == "checked"
    assert sorted(p.name for p in tmp_path.glob("*.bak-*")) == ["old.solieu.bak-v0"]


def test_a_newer_schema_is_refused_and_the_file_left_untouched(tmp_path):
    path = tmp_path / "new.solieu"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for read_only in (False, True):
        with pytest.raises(ProjectError, match="newer Solieu"):
            Project.open(path, read_only=read_only)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak-*"))


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"this is a note, not a project\n",
        b"SQLite format 3\x00" + b"\xff" * 4000,
    ],
    ids=["empty", "text", "damaged-sqlite"],
)
def test_a_file_that_is_not_a_project_gets_a_clear_error(tmp_path, content):
    path = tmp_path / "bad.solieu"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match="is not a Solieu project or is damaged"):
        Project.open(path)
    assert path.read_bytes() == content


def test_a_foreign_sqlite_database_is_not_a_project(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="not a Solieu project"):
        Project.open(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "nope.solieu")
    with pytest.raises(ProjectError, match="folder"):
        Project.open(tmp_path)


def test_read_only_reads_beside_a_writer_and_refuses_edits(tmp_path):
    path = tmp_path / "p.solieu"
    make_v0(tmp_path / "seed.solieu")
    Project.open(tmp_path / "seed.solieu").close()  # migrate a one-figure project
    (tmp_path / "seed.solieu").rename(path)
    with Project.open(path) as writer, Project.open(path, read_only=True) as reader:
        (fig,) = reader.figures()
        writer.apply(SetField(fig.id, "note", None, "seen"))
        assert reader.figure(fig.id).note == "seen"
        with pytest.raises(ProjectError, match="read-only"):
            reader.apply(SetField(fig.id, "note", "seen", "x"))


def test_paths_with_spaces_and_uri_characters(tmp_path):
    path = tmp_path / "dự án #1 ?.solieu"
    Project.create(path).close()
    with Project.open(path, read_only=True) as project:
        assert project.documents() == []
    Project.open(path).close()


def test_reading_commands_upgrade_an_older_file_first(tmp_path, seeds_dir):
    import sqlite3

    from solieu.store import ProjectNeedsUpgrade

    path = tmp_path / "old.solieu"
    with Project.create(path) as p:
        p.import_paths([seeds_dir / "000_bb360f3340be8578.txt"])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectNeedsUpgrade):
        Project.open(path, read_only=True)
    with Project.open_for_reading(path) as p:
        assert p.read_only and len(p.figures()) == 22
    assert list(tmp_path.glob("old.solieu.bak-v1"))


def test_a_v2_file_gains_text_fingerprints_and_iso_periods(tmp_path):
    """v2 kept a period as the text's words; v3 keeps them as `period_text` and reads the
    ISO value from them, and fingerprints each document's text (copies are recognised)."""
    import sqlite3

    path = tmp_path / "v2.solieu"
    article = tmp_path / "a.txt"
    article.write_text("Quý III/2025, xuất khẩu đạt 12 triệu USD.", encoding="utf-8")
    with Project.create(path) as p:
        p.import_paths([article])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE figures SET period = 'quý III/2025', period_text = NULL")
    conn.execute("DROP INDEX documents_by_text")
    for table, column in (
        ("documents", "text_sha256"),
        ("documents", "outlet"),
        ("documents", "url"),
        ("documents", "published"),
        ("figures", "period_text"),
    ):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        (fig,) = p.figures()
        assert (fig.period, fig.period_text) == ("2025-07/2025-09", "quý III/2025")
        copy = tmp_path / "copy.txt"
        copy.write_bytes(article.read_text(encoding="utf-8").encode("utf-16"))
        report = p.import_paths([copy])
        assert report.skipped == [("copy.txt", "already in the project as a.txt")]
    assert (tmp_path / "v2.solieu.bak-v2").exists()


def test_a_v3_file_gains_log_actions_documents_and_statistics(tmp_path):
    """v4 groups the review log by action and names each row's document and statistic; a
    v3 log is grouped by its rows' shared timestamp, its documents read from the figures
    and from the edits' JSON. Running the step again changes nothing."""
    from solieu.model import Status
    from solieu.store import PutStatistic, SetDocumentField, SetStatus, StatisticState, schema

    path = tmp_path / "v3.solieu"
    article = tmp_path / "lua.txt"
    article.write_text(
        "Vụ hè thu, Đồng Tháp gieo sạ 180.000 ha lúa, năng suất đạt 6,1 tấn/ha.", encoding="utf-8"
    )
    with Project.create(path) as p:
        p.import_paths([article])
        a, b = p.figures()
        p.apply(SetField(a.id, "note", None, "diện tích gieo sạ"))
        p.apply(SetStatus((a.id, b.id), Status.CONFIRMED))
        p.apply(SetDocumentField(a.document_id, "outlet", None, "Báo Đồng Tháp"))
        p.apply(PutStatistic(None, StatisticState((b.id,), Status.CONFIRMED)))
    conn = sqlite3.connect(path)
    columns = "id, action_id, document_id, statistic_id"
    written = conn.execute(f"SELECT {columns} FROM review_log ORDER BY id").fetchall()
    assert [r[1] for r in written] == [1, 2, 2, 4, 5, 5]  # one action per apply
    # a v3 log: one timestamp per apply (made distinct: these applies ran within 1 ms)
    conn.execute("UPDATE review_log SET at = '2025-01-01T00:00:0' || action_id || '.000Z'")
    conn.execute("DROP INDEX review_log_by_document")
    conn.execute("DROP INDEX review_log_by_statistic")
    for column in ("action_id", "document_id", "statistic_id"):
        conn.execute(f"ALTER TABLE review_log DROP COLUMN {column}")
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        assert [e.current for e in p.history()] == [True] * 6
        conn = p._connection()
        assert conn.execute(f"SELECT {columns} FROM review_log ORDER BY id").fetchall() == written
        conn.execute("BEGIN IMMEDIATE")
        schema.MIGRATIONS[3](conn)  # idempotent
        conn.execute("COMMIT")
        assert conn.execute(f"SELECT {columns} FROM review_log ORDER BY id").fetchall() == written
    assert (tmp_path / "v3.solieu.bak-v3").exists()
