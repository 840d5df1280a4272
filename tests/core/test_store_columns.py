"""`figure_columns` reads typed columns in document order, whole or by document slices."""

from __future__ import annotations

from pathlib import Path

import pytest

from solieu.store import Project

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_figure_columns_match_records(tmp_path):
    with Project.create(tmp_path / "p.solieu") as project:
        project.import_paths(sorted(SEEDS.glob("*.txt")))
        every = project.figures()
        fields = ["value", "number", "status", "change", "document", "measure"]
        rows = project.figure_columns(fields)
        assert rows == [(f.id, *(getattr(f, n) for n in fields)) for f in every]
        low, high = project.document_id_range()
        sliced = [
            r
            for a in range(low, high + 1, 2)
            for r in project.figure_columns(fields, None, (a, a + 1))
        ]
        assert sliced == rows
        doc = every[0].document_id
        assert project.figure_columns(["status"], document_id=doc) == [
            (f.id, f.status) for f in every if f.document_id == doc
        ]
        by_id = project.figures_by_id([f.id for f in every][::-1])
        assert sorted(by_id, key=lambda f: f.id) == sorted(every, key=lambda f: f.id)
        with pytest.raises(ValueError):
            project.figure_columns(["deleted"])
