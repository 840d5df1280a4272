"""Split article text into sentences with offsets, robust to hard line breaks.

Some sources hard-wrap lines at a fixed width, so a newline is not a sentence
boundary there; other sources put one paragraph (or a headline) per line, so a
newline is one. We decide per document from the shape of its lines.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

_END = regex.compile(r"[.!?…]+[\"”’)\]]*(?=\s)|[.!?…]+[\"”’)\]]*$")
_BLANK = regex.compile(r"\n[ \t]*\n\s*")
# a line that ends a sentence ends with one of these, then maybe spaces: what `\s`
# matches in `regex` (Unicode White_Space), written out for str.rstrip, which would
# also strip \x1c-\x1f
_FINISHED = frozenset('.!?…:;"”')
WHITESPACE = _WS = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


_last_wrapped: tuple[str, bool] = ("", False)  # the last text asked about, and its answer


def is_hard_wrapped(text: str) -> bool:
    """True when most lines look cut at a fixed width rather than at sentence ends.

    The extractor asks it of one document four times (sentences, periods, scope,
    measure): the answer for the last text (the same object) is kept."""
    global _last_wrapped
    last = _last_wrapped
    if last[0] is text:
        return last[1]
    wrapped = _hard_wrapped(text)
    _last_wrapped = (text, wrapped)
    return wrapped


def _hard_wrapped(text: str) -> bool:
    """`is_hard_wrapped`, read a line at a time: `text.split` would hold a second copy
    of a long document."""
    lines = unfinished = short = 0
    pos, size = 0, len(text)
    while True:
        nl = text.find("\n", pos)
        end = size if nl < 0 else nl
        ln = text[pos:end]
        if ln.strip():
            lines += 1
            unfinished += ln.rstrip(_WS)[-1:] not in _FINISHED
            short += len(ln) <= 100
        if nl < 0:
            break
        pos = nl + 1
    if lines < 4:
        return False
    return unfinished / lines > 0.5 and short / lines > 0.8


def _boundaries(text: str) -> list[int]:
    cuts = {0, len(text)}
    cuts.update(m.end() for m in _END.finditer(text))
    cuts.update(m.start() for m in _BLANK.finditer(text))
    if not is_hard_wrapped(text):
        i = text.find("\n")
        while i >= 0:
            cuts.add(i)
            i = text.find("\n", i + 1)
    return sorted(cuts)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, in order: `split_sentences` without
    the sentence texts, for callers that only need offsets."""
    return list(_each_span(text))


def sentence_arrays(text: str) -> tuple[array, array]:
    """`sentence_spans` as two arrays of machine integers, starts and ends: a long
    document has a sentence every hundred characters, and a (start, end) tuple of
    boxed offsets costs 112 bytes where these cost 16 (the extractor's scope)."""
    starts, ends = array("q"), array("q")
    for a, b in _each_span(text):
        starts.append(a)
        ends.append(b)
    return starts, ends


def _each_span(text: str) -> Iterator[tuple[int, int]]:
    cuts = _boundaries(text)
    for a, b in zip(cuts, cuts[1:], strict=False):
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if trail > lead:
            yield a + lead, a + trail


@lru_cache(maxsize=32)
def sentence_bounds(text: str) -> tuple[array, array]:
    """`sentence_arrays`, computed once per document text: a caller that asks about
    many figures of few documents (learning) splits each once; Python caches a
    string's hash, so a repeated lookup costs next to nothing."""
    return sentence_arrays(text)


def sentence_span_at(text: str, offset: int) -> tuple[int, int] | None:
    """(start, end) of the sentence of `text` holding `offset`, None between sentences."""
    starts, ends = sentence_bounds(text)
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset <= ends[i]:
        return starts[i], ends[i]
    return None


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in document order; each `text` is `doc[start:end]` stripped of edges."""
    return [Sentence(a, b, text[a:b]) for a, b in sentence_spans(text)]


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence containing `offset` (binary search over starts)."""
    starts = [s.start for s in sentences]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset <= sentences[i].end:
        return sentences[i]
    return None
