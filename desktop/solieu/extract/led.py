"""`finditer` for a `regex` pattern that opens with a look-behind, found from its words.

A pattern that starts with a look-behind (`(?<!\\p{L})`) gives the `regex` engine no
first character to skip to, so it tries the whole pattern at every position of the
text: the national agencies of `scope.py` cost more than all the place names. Each of
their matches starts at a head word (`Bộ`, `Tổng cục`, `tỉnh`) or at a lead word
(`theo`, `toàn`) and white space before one: those heads are found with a fast scan,
and the pattern is tried only there, in order, as `finditer` would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from solieu.text.sentences import WHITESPACE

_WS = frozenset(WHITESPACE)  # `\s` of the `regex` engine (Unicode White_Space)


def led_spans(
    text: str, pattern: Any, heads: Iterable[int], leads: tuple[str, ...]
) -> list[tuple[int, int]]:
    """The spans of `pattern.finditer(text)`, when every match of `pattern` starts at a
    position of `heads` (in increasing order), or at one of `leads` followed by white
    space (`\\s+`) and such a position. The pattern is tried at the lead, then at the
    head, skipping what a match already covers, as `finditer` goes left to right."""
    out: list[tuple[int, int]] = []
    last = 0
    match = pattern.match
    for h in heads:
        if h < last:
            continue
        k = h
        while k and text[k - 1] in _WS:
            k -= 1
        if k < h:  # white space before the head: a lead may open the match
            for lead in leads:
                q = k - len(lead)
                if q >= last and text.startswith(lead, q):
                    m = match(text, q)
                    if m:
                        last = m.end()
                        out.append((q, last))
                    break  # the leads end in different letters: at most one is there
        if h < last:
            continue
        m = match(text, h)
        if m:
            last = m.end()
            out.append((h, last))
    return out


def literal_starts(words: Iterable[str]) -> Callable[[str], Iterator[int]]:
    """Where any of the words starts in a text (stdlib engine: a literal alternation
    runs in C). No word may hold another word after its first character, or the scan
    would step over that one's start."""
    words = sorted(words, key=len, reverse=True)
    for w in words:
        for other in words:
            if other in w[1:]:
                raise ValueError(f"{other!r} is inside {w!r}")
    pattern = re.compile("|".join(re.escape(w) for w in words))

    def starts(text: str) -> Iterator[int]:
        return (m.start() for m in pattern.finditer(text))

    return starts


def char_starts(text: str, first: str, at: str, rest: str) -> Iterator[int]:
    """Where `first` + `at` + `rest` starts in a text, `first` one of several characters,
    `at` one character: found from `at` (one C scan for one character is the fastest)."""
    i = text.find(at, 1)
    while i >= 0:
        if text[i - 1] in first and text.startswith(rest, i + 1):
            yield i - 1
        i = text.find(at, i + 1)
