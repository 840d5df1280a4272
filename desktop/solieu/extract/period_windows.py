"""Where in a text a time expression may begin: the windows around its key words.

`periods.find_periods` reads only these stretches, lowered a piece at a time
(`lowering.lowered_pieces`): every expression holds one of `period_words.KEYS` and
begins at most `_LEFT` characters before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from solieu.extract import period_words as pw
from solieu.extract.lowering import lower_region, lowered_pieces

_KEY = re.compile(pw.KEYS_GROUPED)
_KEY_I = re.compile(pw.KEYS, re.IGNORECASE)
_LEFT = 40  # how far before one of its keys an expression may begin


def windows(text: str, pieces: list[tuple[int, int, str | None]]) -> Iterator[tuple[int, int]]:
    """The stretches of text where an expression may begin (up to _LEFT characters
    before a key word, to the key's end), merged; the keys found a lowered piece at a
    time (the text itself, case-insensitively, where lowering would move offsets).
    `pieces` keeps the last two pieces (start, end, lowered or None) for `lowered`."""
    w0 = w1 = -1  # the window so far (none yet: a key ends at 0 or later)
    for start, end, low in lowered_pieces(text):
        pieces.append((start, end, low))
        if len(pieces) > 2:
            del pieces[0]
        # (the spans read in the loop, not through a generator: `từ` makes keys many)
        if low is None:
            found, off = _KEY_I.finditer(text, start, end), 0
        else:
            found, off = _KEY.finditer(low), start
        for k in found:
            ks, b = k.span()
            a, b = ks + off - _LEFT, b + off
            if a < 0:
                a = 0
            if w1 >= 0 and a <= w1:
                w1 = b
            else:
                if w1 >= 0:
                    yield w0, w1
                w0, w1 = a, b
    if w1 >= 0:
        yield w0, w1


def lowered(text: str, pieces: list[tuple[int, int, str | None]], r0: int, r1: int) -> str | None:
    r"""`lower_region(text, r0, r1)`, sliced from a lowered piece that holds the stretch.

    A slice can differ from the stretch lowered alone only in a Greek final sigma at
    its ends (`σ` for `ς`, the one case mapping that looks at the letters around), and
    nothing a window is searched with tells the two apart: the patterns hold no Greek
    and read any letter as `\p{L}` or `\w`; what a match's text is parsed for (words,
    numbers, years) holds none. A piece lowered keeps its offsets, so the stretch does
    (only `İ` lowers to two characters); one lowered None is lowered again."""
    for start, end, low in pieces:
        if low is not None and start <= r0 and r1 <= end:
            return low[r0 - start : r1 - start]
    return lower_region(text, r0, r1)


class Shifted:
    """A match in a lowered window, read as a match in the text (what `_mention` uses)."""

    __slots__ = ("_m", "_off", "lastgroup")

    def __init__(self, m, off: int) -> None:
        self._m, self._off, self.lastgroup = m, off, m.lastgroup

    def span(self) -> tuple[int, int]:
        a, b = self._m.span()
        return a + self._off, b + self._off

    def group(self) -> str:
        return self._m.group()
