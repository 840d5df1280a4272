"""The cheap pre-checks of the scanner hold for every text the slow check accepts.

A pre-check in front of a pattern only saves work if it is implied by the pattern's
match: these tests check that claim over every code point where it rests on one.
"""

from __future__ import annotations

import sys

from solieu.extract import figures, walk


def test_ordinal_pair_needs_u_horn_acute() -> None:
    """`digits` searches `_ORDINAL_PAIR` only when `ứ` or `Ứ` is in the window: no other
    character takes that place in a match (the pattern folds case simply)."""
    pattern = figures._ORDINAL_PAIR
    matched = [c for c in map(chr, range(sys.maxunicode + 1)) if pattern.search(f"th{c} 6 và ")]
    assert matched == ["Ứ", "ứ"]
    assert pattern.search("Làm việc cả THỨ 6 và ")
    assert figures.Scanner("Làm việc cả thứ 6 và 7 ngày.").run() == []


def test_a_piece_of_letters_is_one_token() -> None:
    """`measure_words._tokens` and `walk.left_tokens` take a piece between spaces that
    `str.isalpha` accepts as one token without matching it: every such character is in the pattern's letter class
    and none in its number class, so the pattern matches the whole piece."""
    import regex

    from solieu.extract import measure_reader as mr

    letters = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isalpha())
    assert regex.fullmatch(r"[\p{L}\p{M}\p{N}]*", letters)
    assert regex.search(r"\p{N}", letters) is None
    for piece in ("a", "İstanbul", "ΟΔΟΣ", "ngạch", "ǅx", letters[:500], letters[-500:]):
        assert mr.TOKEN.findall(piece) == [piece]
        assert walk.left_tokens(f"x {piece}", len(piece) + 2, 600) == [piece.lower(), "x"]
