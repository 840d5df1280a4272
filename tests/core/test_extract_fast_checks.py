"""The cheap pre-checks of the scanner hold for every text the slow check accepts.

A pre-check in front of a pattern only saves work if it is implied by the pattern's
match: these tests check that claim over every code point where it rests on one.
"""

from __future__ import annotations

import sys

from solieu.extract import figures


def test_ordinal_pair_needs_u_horn_acute() -> None:
    """`digits` searches `_ORDINAL_PAIR` only when `ứ` or `Ứ` is in the window: no other
    character takes that place in a match (the pattern folds case simply)."""
    pattern = figures._ORDINAL_PAIR
    matched = [c for c in map(chr, range(sys.maxunicode + 1)) if pattern.search(f"th{c} 6 và ")]
    assert matched == ["Ứ", "ứ"]
    assert pattern.search("Làm việc cả THỨ 6 và ")
    assert figures.Scanner("Làm việc cả thứ 6 và 7 ngày.").run() == []
