"""Reconciliation on the seeds: groups, conflicts, checks, decisions, near-duplicates."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal

import pytest

from solieu.model import Status
from solieu.reconcile import (
    consistency_checks,
    decisions,
    group_mentions,
    near_duplicates,
    tolerance,
)
from solieu.reconcile.session import reconcile_project
from solieu.store import Project

D000, D001, D003 = (
    "000_bb360f3340be8578.txt",
    "001_3b1331e3538a6ad7.txt",
    "003_da9858fc8bf71902.txt",
)
BOTH_000_001 = [
    ("8 dự án", "08 dự án"),
    ("76,2 triệu USD", "76,2 triệu USD"),
    ("7 dự án", "07 dự án"),
    ("215,9 triệu USD", "215,9 triệu USD"),
    ("292,1 triệu USD", "292,1 triệu USD"),
    ("4 dự án", "04 dự án"),
    ("3.190,732 tỷ đồng", "3.190,732 tỷ\nđồng"),
    ("1.800 triệu USD", "1.800\ntriệu USD"),
    ("25,1%", "25,1%"),
    ("1.324 triệu USD", "1.324 triệu USD"),
    ("8,2%", "8,2%"),
    ("9.000 lao động", "9.000 lao\nđộng"),
]


@pytest.fixture(scope="module")
def seed_project(tmp_path_factory, seeds_dir):
    path = tmp_path_factory.mktemp("rec") / "seeds.solieu"
    with Project.create(path) as p:
        p.import_paths(sorted(seeds_dir.glob("*.txt")))
    return path


@pytest.fixture
def project(seed_project, tmp_path):
    path = tmp_path / "p.solieu"
    shutil.copy(seed_project, path)
    with Project.open(path) as p:
        yield p


def _members(rec, group):
    return sorted((rec.figures[i].document, rec.figures[i].text) for i in group.members)


def test_every_figure_000_and_001_both_report_is_one_group_of_those_two(project):
    rec = reconcile_project(project)
    for a, b in BOTH_000_001:
        found = [g for g in rec.groups if (D000, a) in _members(rec, g)]
        assert len(found) == 1, a
        assert _members(rec, found[0]) == [(D000, a), (D001, b)]
        assert not found[0].conflict


def test_national_activities_group_with_003(project):
    rec = reconcile_project(project)
    for text in ("300 hoạt động", "150 hoạt động"):
        g = next(g for g in rec.groups if (D000, text) in _members(rec, g))
        assert _members(rec, g) == [(D000, text), (D003, text)]


def test_no_group_mixes_places_or_periods(project):
    rec = reconcile_project(project)
    for g in rec.groups:
        places = {rec.figures[i].place for i in g.members}
        periods = {rec.figures[i].period for i in g.members}
        assert len(places) == 1 and len(periods) == 1, _members(rec, g)
        docs = [rec.figures[i].document_id for i in g.members]
        assert len(docs) == len(set(docs))
    listed = {rec.figures[i].place for g in rec.listed() for i in g.members}
    assert "Lào Cai" not in listed and "Điện Biên" not in listed


def test_the_fdi_total_is_recognised_as_consistent(project):
    rec = reconcile_project(project)
    sums = [c for c in rec.checks if c.ok and "292.100.000" in c.message]
    assert len(sums) == 2  # once in 000, once in 001
    for c in sums:
        texts = [rec.figures[i].text for i in c.figures]
        assert texts == ["292,1 triệu USD", "76,2 triệu USD", "215,9 triệu USD"]


def test_an_altered_copy_is_a_conflict_and_an_inconsistent_total(tmp_path, seeds_dir):
    text = (seeds_dir / D001).read_text(encoding="utf-8")
    assert text.count("292,1 triệu USD. Hiện") == 1
    altered = tmp_path / "001_altered.txt"
    altered.write_text(text.replace("292,1 triệu USD. Hiện", "293,1 triệu USD. Hiện"), "utf-8")
    with Project.create(tmp_path / "a.solieu") as p:
        p.import_paths([seeds_dir / D000, altered])
        rec = reconcile_project(p)
    assert rec.groups[0].conflict  # conflicts come first
    assert _members(rec, rec.groups[0]) == [
        (D000, "292,1 triệu USD"),
        ("001_altered.txt", "293,1 triệu USD"),
    ]
    bad = [c for c in rec.checks if not c.ok]
    assert len(bad) == 1 and "293.100.000" in bad[0].message
    assert rec.warnings_for(rec.groups[0])


@dataclass
class M:
    id: int
    document_id: int
    value: Decimal
    number: Decimal
    scale: str | None
    unit: str = "USD"
    unit_class: str = "USD"
    measure: str = "kim ngạch xuất khẩu"
    place: str = "Nghệ An"
    period: str = "6 tháng đầu năm 2025"
    qualifier: str | None = None
    change: bool = False
    confidence: float = 0.95
    kind: str = "figure"
    status: str = "pending"
    start: int = 0
    entry_id: int | None = None


def test_rounding_is_not_a_conflict_but_a_real_difference_is():
    a = M(1, 1, Decimal("1800000000"), Decimal("1.8"), "tỷ")
    b = M(2, 2, Decimal("1795000000"), Decimal("1795"), "triệu")
    assert tolerance(a) == Decimal("50000000")
    (g,) = group_mentions([a, b])
    assert g.members == (1, 2) and not g.conflict
    c = M(3, 1, Decimal("76200000"), Decimal("76.2"), "triệu")
    d = M(4, 2, Decimal("76500000"), Decimal("76.5"), "triệu")
    (g,) = group_mentions([c, d])
    assert g.conflict and g.members == (3, 4)


def test_codebook_entries_decide_the_measure_when_both_mentions_have_one():
    v, n = Decimal("1800000000"), Decimal("1.8")
    # other words, one indicator: grouped
    a = M(1, 1, v, n, "tỷ", measure="trị giá xuất khẩu", entry_id=7)
    b = M(2, 2, v, n, "tỷ", measure="kim ngạch xuất khẩu hàng hoá", entry_id=7)
    (g,) = group_mentions([a, b])
    assert g.members == (1, 2)
    # the same words, two indicators the reviewer told apart: not grouped
    c = M(3, 1, v, n, "tỷ", measure="kim ngạch xuất khẩu", entry_id=7)
    d = M(4, 2, v, n, "tỷ", measure="kim ngạch xuất khẩu", entry_id=8)
    assert group_mentions([c, d]) == []
    # one linked, one not: their words decide
    e = M(5, 2, v, n, "tỷ", measure="kim ngạch xuất khẩu", entry_id=None)
    assert [g.members for g in group_mentions([c, e])] == [(3, 5)]


def test_places_and_periods_are_never_grouped():
    a = M(1, 1, Decimal("4"), Decimal("4"), None, unit="dự án", unit_class="count")
    b = M(2, 2, Decimal("4"), Decimal("4"), None, unit="dự án", unit_class="count", place="Lào Cai")
    c = M(
        3, 3, Decimal("4"), Decimal("4"), None, unit="dự án", unit_class="count", period="năm 2024"
    )
    assert group_mentions([a, b, c]) == []


def test_sum_checks_need_consecutive_parts():
    figs = [
        M(1, 1, Decimal("4"), Decimal("4"), None, unit="dự án", unit_class="count", start=0),
        M(2, 1, Decimal("1"), Decimal("1"), None, unit="dự án", unit_class="count", start=50),
        M(3, 1, Decimal("3"), Decimal("3"), None, unit="dự án", unit_class="count", start=90),
        M(4, 1, Decimal("7"), Decimal("7"), None, unit="dự án", unit_class="count", start=300),
    ]
    checks = consistency_checks(figs)
    assert [(c.ok, c.figures) for c in checks] == [(True, (1, 2, 3))]


def test_decisions_are_undoable_store_edits(project):
    rec = reconcile_project(project)
    g = next(g for g in rec.listed() if "292,1" in rec.figures[g.members[0]].text)
    undo_accept = project.apply(decisions.accept(g, rec.states))
    (state,) = project.statistics().values()
    assert state.members == g.members and state.status == Status.CONFIRMED
    rec = reconcile_project(project)
    accepted = next(x for x in rec.groups if x.statistic_id is not None)
    assert accepted.status == "accepted" and accepted.members == g.members
    # split one member out, then undo both decisions
    undo_split = project.apply(decisions.split(accepted, g.members[1], rec.states))
    assert next(iter(project.statistics().values())).members == (g.members[0],)
    project.apply(undo_split)
    assert next(iter(project.statistics().values())).members == g.members
    project.apply(undo_accept)
    assert project.statistics() == {}
    assert any(e.action == "statistic" for e in project.review_log())


def test_winner_merge_and_move(project):
    rec = reconcile_project(project)
    g1, g2 = rec.listed()[:2]
    project.apply(decisions.choose_winner(g1, g1.members[0], rec.states))
    (st,) = project.statistics().values()
    assert st.winner == g1.members[0]
    rec = reconcile_project(project)
    s1 = next(x for x in rec.groups if x.statistic_id is not None)
    other = next(x for x in rec.listed() if x.statistic_id is None)
    inv = project.apply(decisions.merge(s1, other, rec.states))
    (st,) = project.statistics().values()
    assert set(st.members) == set(g1.members) | set(other.members)
    project.apply(inv)
    rec = reconcile_project(project)
    s1 = next(x for x in rec.groups if x.statistic_id is not None)
    project.apply(decisions.move(g2.members[0], g2, s1, rec.states))
    stats = project.statistics()
    assert any(g2.members[0] in s.members and g1.members[0] in s.members for s in stats.values())


def test_decisions_survive_reextraction(project):
    rec = reconcile_project(project)
    g = rec.listed()[0]
    project.apply(decisions.accept(g, rec.states))
    project.reextract()
    (st,) = project.statistics().values()
    assert st.members == g.members and st.status == Status.CONFIRMED


def test_near_duplicates_rank_the_two_reports_of_one_event_first(project):
    docs = {d.id: d.name for d in project.documents()}
    texts = {d: project.document(d).text for d in docs}
    pairs = near_duplicates(texts)
    assert {docs[pairs[0].a], docs[pairs[0].b]} == {D000, D001}
    assert 0 < pairs[0].score <= pairs[0].containment <= 1


def test_groups_cli(seed_project):
    r = subprocess.run(
        [sys.executable, "-m", "solieu.cli", "groups", str(seed_project)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 14
    for line in lines:
        assert {"id", "status", "members", "reason", "conflict", "warnings"} <= line.keys()
        assert len({m["document"] for m in line["members"]}) >= 2
    fdi = next(x for x in lines if x["members"][0]["text"] == "292,1 triệu USD")
    assert fdi["reason"]["value"] == "292100000"
    assert any(w["ok"] for w in fdi["warnings"])


def test_a_change_must_fit_the_two_levels_it_compares(tmp_path):
    text = (
        "Kim ngạch xuất khẩu năm 2024 đạt 3,2 tỷ USD, kim ngạch xuất khẩu năm 2025 đạt "
        "4 tỷ USD, tăng 25% so với năm 2024.\n"
        "Doanh thu du lịch năm 2023 đạt 1.000 tỷ đồng, doanh thu du lịch năm 2024 đạt "
        "1.300 tỷ đồng, tăng 20%.\n"
        "Xuất khẩu 6 tháng ước đạt 1.800 triệu USD, tăng 25,1%; nhập khẩu ước đạt "
        "1.324 triệu USD, tăng 8,2%.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    with Project.create(tmp_path / "c.solieu") as p:
        p.import_paths([tmp_path / "a.txt"])
        rec = reconcile_project(p)
    changes = [c for c in rec.checks if c.kind == "change"]
    assert [(c.ok, rec.figures[c.figures[0]].text) for c in changes] == [
        (True, "25%"),
        (False, "20%"),
    ]
    assert "30%" in changes[1].message
