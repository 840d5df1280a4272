"""Split article text into sentences with offsets, robust to hard line breaks.

Some sources hard-wrap lines at a fixed width, so a newline is not a sentence
boundary there; other sources put one paragraph (or a headline) per line, so a
newline is one. We decide per document from the shape of its lines.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

_END = regex.compile(r"[.!?…]+[\"”’)\]]*(?=\s)|[.!?…]+[\"”’)\]]*$")
_BLANK = regex.compile(r"\n[ \t]*\n\s*")
_FINISHED = regex.compile(r"[.!?…:;\"”]\s*$")
_NEWLINE = regex.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def is_hard_wrapped(text: str) -> bool:
    """True when most lines look cut at a fixed width rather than at sentence ends."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 4:
        return False
    unfinished = sum(1 for ln in lines if not _FINISHED.search(ln))
    short = sum(1 for ln in lines if len(ln) <= 100)
    return unfinished / len(lines) > 0.5 and short / len(lines) > 0.8


def _boundaries(text: str) -> list[int]:
    cuts = {0, len(text)}
    for m in _END.finditer(text):
        cuts.add(m.end())
    for m in _BLANK.finditer(text):
        cuts.add(m.start())
    if not is_hard_wrapped(text):
        cuts.update(m.start() for m in _NEWLINE.finditer(text))
    return sorted(cuts)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in document order; each `text` is `doc[start:end]` stripped of edges."""
    out: list[Sentence] = []
    cuts = _boundaries(text)
    for a, b in zip(cuts, cuts[1:], strict=False):
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if trail <= lead:
            continue
        out.append(Sentence(a + lead, a + trail, text[a + lead : a + trail]))
    return out


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence containing `offset` (binary search over starts)."""
    starts = [s.start for s in sentences]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset <= sentences[i].end:
        return sentences[i]
    return None
