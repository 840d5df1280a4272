"""What a figure measures, where and when, read from its document.

One `Context` per document finds every time expression (`periods.py`, ISO 8601
with the year a reader infers) and every place mention (`gazetteer.py`) once;
`scope.py` decides which of them governs each figure (sentence, paragraph,
document), and `measure.py` reads the measure from the figure's sentence with
those mentions taken out.
"""

from __future__ import annotations

import bisect

import regex

from solieu.extract import measure as ms
from solieu.extract.gazetteer import find_places
from solieu.extract.periods import resolve_periods
from solieu.extract.scope import PeriodChoice, Scope, own_place
from solieu.extract.walk import capitalised_word_before
from solieu.text.sentences import sentence_arrays

_CLAUSE_CUT = regex.compile(r"[,;:(“”\"]|\s[–—-]\s|\btrong đó\b|\bvới\b")


class Context:
    """Per-document context, computed once and shared by every figure of the text."""

    def __init__(
        self, text: str, doc_date: str | None = None, default_place: str | None = None
    ) -> None:
        self.text = text
        self.doc_date = doc_date
        self.default_place = default_place
        self.last_period_text: str | None = None  # the words of the last figure's period
        self._ready = False
        self._prev: ms.PrevFigure | None = None  # what the next figure's measure may carry
        # (sentence start, end, mentions): a long sentence's reach can end it elsewhere
        self._strip: tuple[int, int, list[tuple[int, int]]] = (-1, -1, [])
        self._clause: tuple[int, str] = (-1, "")  # (position, clause before it)
        self._said: tuple[int, int, str] = (-1, -1, "")  # (start, end, text) of a sentence

    def _prepare(self) -> None:
        text = self.text
        spans = sentence_arrays(text)
        self.period_mentions = resolve_periods(text, doc_date=self.doc_date)
        self.place_mentions = find_places(text)
        self._place_starts = [m.start for m in self.place_mentions]
        # the spans measure.py leaves out, by start: a sentence's are a slice (an archive
        # file of 8 MB holds thousands of sentences; scanning them all per figure was
        # the extractor's one quadratic step)
        self._left_out = sorted(
            [(m.start, m.end) for m in self.period_mentions]
            + [(m.start, m.end) for m in self.place_mentions if m.role != "partner"]
        )
        self._left_out_starts = [s for s, _ in self._left_out]
        self.scope = Scope(
            text, spans, self.period_mentions, self.place_mentions, self.default_place
        )
        self._ready = True

    def document_place(self) -> str | None:
        """The place the article is about (`scope.document_place`), from the mentions
        the figures were read with, not a second reading of the text."""
        if not self._ready:
            self._prepare()
        return own_place(self.text, self.scope, self.place_mentions)

    def place_right_before(self, pos: int) -> bool:
        """A place mention ends right before `pos`, past spaces only, and is not the tail
        of a longer capitalised name (`THPT Hà Nội 2`, `Nhiệt điện Quảng Trạch 1`): a
        number there follows the place it counts for (`là Đắk Lắk 240 ca`, GUIDELINE §9)."""
        if not self._ready:
            self._prepare()
        mentions = self.place_mentions
        i = bisect.bisect_left(self._place_starts, pos) - 1
        if i < 0:
            return False
        m = mentions[i]
        text = self.text
        if m.end > pos or text[m.end : pos].strip(" \t") != "":
            return False
        return not capitalised_word_before(text, m.start)

    def _sentence(self, pos: int):
        return self.scope.sentence(pos)

    # -- place and period (scope.py) ------------------------------------------------
    def place_at(self, pos: int, end: int | None = None) -> str | None:
        if not self._ready:
            self._prepare()
        return self.scope.place_at(pos, end if end is not None else pos)

    def period_at(self, pos: int, end: int | None = None) -> PeriodChoice:
        if not self._ready:
            self._prepare()
        s0, s1 = self._sentence(pos)
        return self.scope.period_at(pos, end if end is not None else pos, self.text[s0:s1])

    # -- measure ---------------------------------------------------------------------
    def _clause_before(self, pos: int) -> str:
        # asked up to three times for one figure (growth, measure, change): keep the last
        if self._clause[0] == pos:
            return self._clause[1]
        s0, _ = self._sentence(pos)
        seg = self.text[s0:pos]
        cut = 0
        for m in _CLAUSE_CUT.finditer(seg):
            cut = m.end()
        self._clause = (pos, seg[cut:])
        return seg[cut:]

    def growth_rate_before(self, pos: int) -> bool:
        """A percentage that a clause calls growth (`tăng trưởng kinh tế đạt 8%`)."""
        if not self._ready:
            self._prepare()
        clause = self._clause_before(pos).lower()
        return "tăng trưởng" in clause or "tốc độ tăng" in clause

    def noun_before(self, pos: int) -> str | None:
        """The counted noun of `số X ... là 240`, when the noun comes before the number."""
        if not self._ready:
            self._prepare()
        return ms.noun_after_so(self._clause_before(pos))

    def measure_for(
        self, start: int, end: int, unit: str | None, unit_class: str | None, change: bool = False
    ) -> str | None:
        """The figure's measure (measure.py); figures must be asked in document order."""
        if not self._ready:
            self._prepare()
        s0, s1 = self._sentence(start)
        return self._measure(s0, s1, start, end, unit, unit_class, change)

    def _measure(
        self,
        s0: int,
        s1: int,
        start: int,
        end: int,
        unit: str | None,
        unit_class: str | None,
        change: bool,
    ) -> str | None:
        got = ms.measure_of(
            self.text,
            s0,
            s1,
            start,
            end,
            unit,
            unit_class,
            change,
            self._prev,
            self._mentions(s0, s1),
        )
        self._prev = got.figure
        return got.text

    def _mentions(self, s0: int, s1: int) -> list[tuple[int, int]]:
        """Sorted spans of the period and place mentions in the sentence at [s0, s1), for
        measure.py to leave out. A partner (`xuất khẩu sang Hoa Kỳ`) stays: it tells one
        flow from another, so it belongs in the measure (GUIDELINE §8)."""
        if self._strip[0] == s0 and self._strip[1] == s1:
            return self._strip[2]
        starts = self._left_out_starts
        lo = bisect.bisect_left(starts, s0)
        spans = self._left_out[lo : bisect.bisect_left(starts, s1, lo)]
        self._strip = (s0, s1, spans)
        return spans

    def describe(self, start: int, end: int, unit, unit_class, change: bool):
        """(measure, place, period) for a figure at [start, end).

        `measure_for`, `period_at` and `place_at` in one: the sentence is found once, and
        its text is sliced once for all the figures it holds."""
        if not self._ready:
            self._prepare()
        scope = self.scope
        s0, s1 = scope.sentence(start)
        measure = self._measure(s0, s1, start, end, unit, unit_class, change)
        said = self._said
        if said[0] != s0 or said[1] != s1:
            said = self._said = (s0, s1, self.text[s0:s1])
        period = scope.period_at(start, end, said[2])
        self.last_period_text = period.text
        return measure, scope.place_at(start, end), period.iso
