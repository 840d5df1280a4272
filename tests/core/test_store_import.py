"""Import and re-extraction: no duplicates, clear reasons, reviewer decisions kept."""

from __future__ import annotations

from decimal import Decimal

import pytest

import solieu.extract
from solieu.model import Figure, Status
from solieu.resources import seed_articles
from solieu.store import AddFigure, DeleteFigure, Project, ProjectError, SetField


def test_import_seeds_then_reimport_skips_every_document(tmp_path):
    with Project.create(tmp_path / "p.solieu") as project:
        calls = []
        report = project.import_paths(seed_articles(), progress=lambda *a: calls.append(a))
        assert report.imported == [p.name for p in seed_articles()]
        assert not report.failed and not report.skipped
        assert [c[:2] for c in calls] == [(i + 1, 5) for i in range(5)]
        docs = project.documents()
        assert [d.total for d in docs] == report.imported_figures
        assert sum(d.pending for d in docs) == len(project.figures())
        again = project.import_paths(seed_articles())
        assert again.imported == []
        assert [reason for _, reason in again.skipped] == [
            f"already in the project as {p.name}" for p in seed_articles()
        ]
        assert len(project.documents()) == 5
        doc = project.document(docs[0].id)
        assert doc.text == seed_articles()[0].read_text(encoding="utf-8").replace("\r\n", "\n")
        assert [f.text for f in project.figures(doc.id)] == [
            doc.text[f.start : f.end] for f in project.figures(doc.id)
        ]


def test_unreadable_files_are_reported_and_the_rest_imported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Xuất khẩu đạt 76,2 triệu USD.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    (folder / "c.txt").write_bytes(b"")
    with Project.create(tmp_path / "p.solieu") as project:
        report = project.import_paths([folder])
        assert report.imported == ["a.txt"]
        assert dict(report.failed) == {
            "b.txt": "this is a binary file, not text",
            "c.txt": "the file is empty",
        }
        (fig,) = project.figures()
        assert fig.value == Decimal("76200000")


def test_cancel_keeps_what_was_finished(tmp_path):
    with Project.create(tmp_path / "p.solieu") as project:
        done = []
        report = project.import_paths(
            seed_articles(),
            progress=lambda n, total, name: done.append(n),
            cancelled=lambda: len(done) >= 2,
        )
        assert report.cancelled and len(report.imported) == 2
        assert len(project.documents()) == 2


def test_document_summary_counts_decisions(tmp_path):
    with Project.create(tmp_path / "p.solieu") as project:
        project.import_paths(seed_articles()[:1])
        a, b, c = project.figures()[:3]
        project.apply(SetField(a.id, "status", a.status, Status.CONFIRMED))
        project.apply(SetField(b.id, "status", b.status, Status.REJECTED))
        project.apply(DeleteFigure(c.id))
        (doc,) = project.documents()
        assert (doc.confirmed, doc.rejected) == (1, 1)
        assert doc.total == doc.confirmed + doc.rejected + doc.pending
        assert project.counts()[Status.CONFIRMED] == 1
        assert [f.id for f in project.figures(status="rejected")] == [b.id]


def fig(start: int, end: int, value: str = "1", text: str = "x") -> Figure:
    return Figure(start, end, text, Decimal(value), None, Decimal(value), None, "count")


def test_reextract_never_overrides_a_reviewer(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("0123456789" * 10, encoding="utf-8")
    found = [fig(0, 2), fig(10, 12), fig(20, 22), fig(30, 32), fig(40, 42), fig(50, 52)]
    monkeypatch.setattr(
        solieu.extract,
        "extract_document",
        lambda text, **_: solieu.extract.Extraction(list(found), []),
    )
    with Project.create(tmp_path / "p.solieu") as project:
        project.import_paths([article])
        by_start = {f.start: f for f in project.figures()}
        project.apply(SetField(by_start[0].id, "status", "pending", "confirmed"))
        project.apply(SetField(by_start[10].id, "note", None, "checked"))
        project.apply(DeleteFigure(by_start[30].id))
        manual = project.apply(
            AddFigure(by_start[0].document_id, 60, 65, {"value": "7", "unit_class": "count"})
        ).figure_id
        # the extractor changes its mind about everything
        found[:] = [
            fig(0, 2, "9"),  # confirmed: kept
            fig(10, 12, "9"),  # edited: kept
            fig(20, 22, "9"),  # untouched: updated
            fig(30, 32, "9"),  # deleted by the reviewer: stays deleted
            # 40..42 vanished: removed; 50..52 unchanged
            fig(50, 52),
            fig(61, 63, "9"),  # overlaps the manual figure: not added
            fig(70, 72, "5"),  # new: added
        ]
        report = project.reextract()
        assert (report.added, report.updated, report.removed, report.kept) == (1, 1, 1, 4)
        now = {f.start: f for f in project.figures()}
        assert sorted(now) == [0, 10, 20, 50, 60, 70]
        assert now[0].value == Decimal(1) and now[0].status is Status.CONFIRMED
        assert now[10].value == Decimal(1) and now[10].note == "checked"
        assert now[20].value == Decimal(9)
        assert now[60].id == manual and now[70].value == Decimal(5)


def test_figures_of_a_big_project_load_in_one_fast_query(tmp_path):
    with Project.create(tmp_path / "big.solieu") as project:
        project.import_paths(seed_articles()[:1])
        doc_id = project.documents()[0].id
        now = "2025-01-01T00:00:00.000Z"
        with project._transaction() as conn:
            conn.executemany(
                'INSERT INTO figures(document_id, start, "end", text, number, value, unit_class, '
                "created_at, updated_at) VALUES (?, ?, ?, 'x', '1.5', '1500000', 'USD', ?, ?)",
                [(doc_id, i, i + 1, now, now) for i in range(100_000)],
            )
        statements: list[str] = []
        project._conn.set_trace_callback(statements.append)
        try:
            figures = project.figures()
        finally:
            project._conn.set_trace_callback(None)
        assert len(figures) > 100_000 and figures[-1].value == Decimal(1500000)
        # one query for every figure, never one per figure or per document (and one for
        # the documents this reviewer reviews blind: store/double_review.py)
        selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        assert len([s for s in selects if "FROM figures" in s]) == 1
        assert len(selects) == 2 and "FROM assignments" in selects[0]


def test_unknown_document_is_a_project_error(tmp_path):
    with Project.create(tmp_path / "p.solieu") as project, pytest.raises(ProjectError):
        project.document(12345)


def test_demo_project_is_built_once_from_the_bundled_seeds(tmp_path, monkeypatch):
    import solieu.resources as resources

    target = tmp_path / "data" / "demo.solieu"
    monkeypatch.setattr(resources, "demo_project_path", lambda: target)
    assert resources.seeds_dir().joinpath("gold", "GUIDELINE.md").is_file()
    assert resources.ensure_demo_project() == target
    stamp = target.stat().st_mtime_ns
    assert resources.ensure_demo_project() == target and target.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in target.parent.iterdir()) == ["demo.solieu"]  # no leftovers
    with Project.open(target, read_only=True) as project:
        assert [d.name for d in project.documents()] == [p.name for p in seed_articles()]
