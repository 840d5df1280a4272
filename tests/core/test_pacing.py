"""Yield points in the core's long loops (solieu.pacing): they change no result, and the
reconciliation's loops do reach them, so a host's hook can make a worker give way."""

from __future__ import annotations

import pytest

from solieu import pacing
from solieu.reconcile.session import reconcile_project
from solieu.resources import seed_articles
from solieu.store import Project


@pytest.fixture
def counting():
    calls = []
    pacing.install(lambda: calls.append(1))
    yield calls
    pacing.install(None)


def test_paced_yields_every_item_and_calls_the_hook_every_so_many(counting):
    assert list(pacing.paced(range(1000), every=100)) == list(range(1000))
    assert len(counting) == 10
    assert list(pacing.paced([], every=3)) == []
    assert len(counting) == 10


def test_without_a_hook_nothing_is_called_and_nothing_changes():
    pacing.install(None)
    assert pacing.installed() is None
    assert list(pacing.paced("abc", every=1)) == ["a", "b", "c"]


def test_the_reconciliation_reaches_its_yield_points_and_finds_the_same_groups(tmp_path, counting):
    with Project.create(tmp_path / "p.solieu") as p:
        p.import_paths(seed_articles())
        paced = reconcile_project(p, with_duplicates=False)
        calls = len(counting)
        pacing.install(None)
        plain = reconcile_project(p, with_duplicates=False)
    assert calls >= 4  # reading the figures, grouping, the checks
    assert [(g.key, g.members, g.conflict) for g in paced.groups] == [
        (g.key, g.members, g.conflict) for g in plain.groups
    ]
    assert [c.figures for c in paced.checks] == [c.figures for c in plain.checks]
