"""Two reviewers' own projects of the same articles compared (`solieu agreement`):
articles paired by their bytes, figures by their span, only decided figures counted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from solieu.model import Status
from solieu.reconcile.agreement import compare_projects
from solieu.store import Project, SetField, SetStatus

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
C, R = Status.CONFIRMED, Status.REJECTED


def _review(path: Path, decisions: list[Status | None], place_of_fourth: str | None = None):
    """A project of the first two seed articles; the first document's figures decided in
    order (None: left pending); the third article only in this project."""
    articles = sorted(SEEDS.glob("*.txt"))
    with Project.create(path) as p:
        p.import_paths(articles[:2] if place_of_fourth is None else articles[:3])
        doc = p.documents()[0]
        figs = p.figures(document_id=doc.id)
        for f, status in zip(figs, decisions, strict=False):
            if status is not None:
                p.apply(SetStatus((f.id,), status, (f.status,)))
        if place_of_fourth is not None:
            f = figs[3]
            p.apply(SetField(f.id, "place", f.place, place_of_fourth))
        return doc.name


@pytest.fixture
def two(tmp_path):
    a, b = tmp_path / "lan.solieu", tmp_path / "minh.solieu"
    name = _review(a, [C, C, C, C, R, None])
    _review(b, [C, C, R, C, R, C], place_of_fourth="Tỉnh Khác")
    return a, b, name


def test_agreement_of_two_projects_per_field_and_article(two):
    a, b, name = two
    with Project.open(a, read_only=True) as first, Project.open(b, read_only=True) as second:
        overall, documents = compare_projects(first, second)
    assert [d.name for d in documents] == sorted(d.name for d in documents)  # both articles
    doc = next(d for d in documents if d.name == name)
    assert (doc.fields["status"].items, doc.fields["status"].agreed) == (5, 4)  # 6th pending
    assert (doc.fields["place"].items, doc.fields["place"].agreed) == (5, 4)
    assert doc.fields["value"].agreed == 5 and doc.only_second == 1 and doc.only_first == 0
    # status: first c c c c r, second c c r c r → p_o 0.8, p_e (4·3 + 1·2)/25 = 0.56
    assert doc.fields["status"].kappa == pytest.approx((0.8 - 0.56) / 0.44)
    assert overall["status"].items == 5  # the other article: nothing decided in either


def test_solieu_agreement_prints_a_table_and_jsonl(two):
    a, b, name = two

    def cli(*argv):
        return subprocess.run(
            [sys.executable, "-m", "solieu.cli", "agreement", *argv], capture_output=True,
            text=True,
        )  # fmt: skip

    text = cli(str(a), str(b))
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].split()[:3] == ["document", "status", "value"]
    assert "80% κ 0.55 (n=5)" in lines[1] and "100% κ" in lines[1]
    records = [
        json.loads(line) for line in cli(str(a), str(b), "--format", "jsonl").stdout.splitlines()
    ]
    assert records[0]["document"] == "(all)"
    mine = next(r for r in records if r["document"] == name)
    assert mine["fields"]["status"]["agreed"] == 4 and mine["only_second"] == 1
    assert mine["fields"]["measure entry"]["items"] == 5


def test_projects_without_a_common_article_are_refused(tmp_path):
    articles = sorted(SEEDS.glob("*.txt"))
    with Project.create(tmp_path / "x.solieu") as p:
        p.import_paths(articles[:1])
    with Project.create(tmp_path / "y.solieu") as p:
        p.import_paths(articles[1:2])
    run = subprocess.run(
        [sys.executable, "-m", "solieu.cli", "agreement", str(tmp_path / "x.solieu"),
         str(tmp_path / "y.solieu")], capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 2 and "no article in common" in run.stderr
