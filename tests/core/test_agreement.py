"""Percent agreement and Cohen's kappa between two reviewers (reconcile/agreement.py),
on tables whose kappa is worked out by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from solieu.model import Status
from solieu.reconcile.agreement import agreement, cohen_kappa, disagreements


def _pairs(table: dict[tuple[str, str], int]) -> list[tuple[str, str]]:
    return [pair for pair, n in table.items() for _ in range(n)]


def test_a_two_by_two_table_worked_by_hand():
    # 50 items: both yes 20, both no 15, first yes / second no 5, first no / second yes 10
    # p_o = 35/50 = 0.7; p_e = (25·30 + 25·20) / 2500 = 0.5; kappa = 0.2 / 0.5 = 0.4
    pairs = _pairs({("yes", "yes"): 20, ("no", "no"): 15, ("yes", "no"): 5, ("no", "yes"): 10})
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_three_labels_worked_by_hand():
    # confirmed/rejected/pending, 10 items: agree on 6 (4 c, 1 r, 1 p)
    pairs = _pairs({
        ("c", "c"): 4, ("r", "r"): 1, ("p", "p"): 1,
        ("c", "r"): 2, ("r", "c"): 1, ("p", "c"): 1,
    })  # fmt: skip
    # first: c 6, r 2, p 2; second: c 6, r 3, p 1 → p_e = (36 + 6 + 2) / 100 = 0.44
    assert cohen_kappa(pairs) == pytest.approx((0.6 - 0.44) / (1 - 0.44))


def test_perfect_chance_and_worse_than_chance():
    assert cohen_kappa([("a", "a"), ("b", "b")]) == pytest.approx(1.0)
    assert cohen_kappa(_pairs({("a", "a"): 1, ("a", "b"): 1, ("b", "a"): 1, ("b", "b"): 1})) == 0
    assert cohen_kappa([("a", "b"), ("b", "a")]) == pytest.approx(-1.0)


def test_undefined_when_no_items_or_one_label_for_everything():
    assert cohen_kappa([]) is None
    assert cohen_kappa([("c", "c")] * 5) is None  # p_e = 1: the percent says it all


def test_fields_of_figures_both_reviewed():
    first = {
        1: {"status": Status.CONFIRMED, "value": Decimal("1.50"), "place": "Huế "},
        2: {"status": Status.CONFIRMED, "value": Decimal("2"), "place": "Huế"},
        3: {"status": Status.REJECTED, "value": Decimal("3"), "place": None},
        4: {"status": Status.CONFIRMED, "value": Decimal("4"), "place": "Huế"},  # only first
    }
    second = {
        1: {"status": "confirmed", "value": Decimal("1.5"), "place": "Huế"},
        2: {"status": "rejected", "value": Decimal("2"), "place": "Đà Nẵng"},
        3: {"status": "rejected", "value": Decimal("3"), "place": "Huế"},
    }
    result = agreement(first, second, ("status", "value", "place"))
    assert {f: (a.items, a.agreed) for f, a in result.items()} == {
        "status": (3, 2), "value": (3, 3), "place": (3, 1),
    }  # fmt: skip
    assert result["status"].percent == pytest.approx(200 / 3)
    assert result["value"].kappa == pytest.approx(1.0)
    assert disagreements(first, second, ("status", "value", "place")) == {
        2: ("status", "place"),
        3: ("place",),
    }


def test_no_common_figure():
    result = agreement({1: {"status": "confirmed"}}, {2: {"status": "confirmed"}}, ("status",))
    assert result["status"].items == 0
    assert result["status"].percent is None and result["status"].kappa is None
