"""Cheap tests that rule out a scope pattern before its `regex` call (a few µs each).

`scope.period_at` searches the sentence before each figure for a statement about
"now", a per-year rate and an anaphora (`trong quý`); each of their matches holds
one of a few words, so a stdlib look for them in the lowered sentence rules most
sentences out first. Lowering maps every letter that matches one of theirs
case-insensitively to it, but `İ` and `ſ` (tests/core/test_scope_fast_paths.py
checks every code point): a sentence that holds one is searched as before.
"""

from __future__ import annotations

NOW_HINTS = ("hiện", "nay", "điểm")  # a word each match of scope._NOW holds
ANAPHORA_HINTS = ("quý", "tháng", "kỳ", "vụ")  # ... of scope._ANAPHORA (_PER_YEAR: `năm`)


def may_match(low: str | None, hints: tuple[str, ...]) -> bool:
    """Whether the lowered text (None: one that holds `İ` or `ſ`) may match for its hints."""
    return low is None or any(h in low for h in hints)


def named_after(text: str, i: int) -> bool:
    """Whether gaps and a capital (A-Z, Đ: `tỉnh Nghệ An`) follow: `_BARE_PROVINCE`'s
    look-ahead then fails at the `tỉnh` before `i`, and so from a lead before it."""
    j, n = i, len(text)
    while j < n and text[j] in " \t\n":
        j += 1
    return i < j < n and ("A" <= text[j] <= "Z" or text[j] == "Đ")
