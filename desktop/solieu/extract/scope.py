"""Which place and which period a figure belongs to: GUIDELINE §8's scope rules.

The mentions themselves are found elsewhere (`periods.find_periods`,
`gazetteer.find_places`); this module only decides which one governs a figure,
the way a careful reader does:

* **the sentence first**: a period right after the figure (`… 1,8 tỷ USD vào năm
  2025`), else the nearest one before it in the sentence, else one after it in
  the same clause; a place named for the figure in its sentence likewise;
* **then the paragraph**: a period or place stated earlier in the paragraph
  governs what follows it ("Cụ thể, trong 6 tháng đầu năm 2025, …");
* **then the report**: for a period, the report's period, the one its lead
  states (up front or inside the lead sentence, `GRDP 9 tháng năm 2025 của tỉnh
  ước tăng 6,2%`) or a later one stated up front, else the headline's. It holds
  for later figures that state no time of their own until another is stated up
  front; a passing statement (a "now", one day, `Cùng kỳ năm 2024, …`) governs its
  own paragraph and does not end it, and a sentence about work under way or to
  come (`đang`, `sẽ`) is not reached by it. For a place, the place the article is
  about at that point (`place_scope`, `place_carry`), else the document's own
  place (its metadata or the place it mostly names).

What never carries: a comparison base (`so với cùng kỳ năm 2024`), a place
named as a partner (`xuất khẩu sang Mỹ`), an example or a comparison (`vượt Hải
Phòng`), a ranking's place past its sentence, and anything stated in a headline
but its period. A `hiện nay` with no date is a period the text gives on purpose as
"now": the figure's period is null, not an older one.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from solieu.extract.doc_place import dateline_date as _dateline_date
from solieu.extract.doc_place import document_place as document_place
from solieu.extract.doc_place import is_dateline as _is_dateline
from solieu.extract.doc_place import own_place as own_place
from solieu.extract.doc_place import source_agencies
from solieu.extract.period_context import STAMP, headline_at, is_headline
from solieu.extract.periods import IGNORABLE, PeriodMention, is_level_context
from solieu.extract.place_pronouns import _BARE_PROVINCE as _BARE_PROVINCE
from solieu.extract.place_pronouns import pronouns
from solieu.extract.place_scope import PlaceScope
from solieu.extract.scope_hints import ANAPHORA_HINTS, NOW_HINTS, may_match
from solieu.extract.scope_periods import ANAPHORA as _ANAPHORA
from solieu.extract.scope_periods import (
    NOW_ADVERB,
    compared_value,
    fronted,
    in_earlier_cause,
    last_anaphora,
)
from solieu.extract.scope_periods import referent as _referent
from solieu.text.sentences import is_hard_wrapped

_SOON = regex.compile(r"[^,;.]*?\b(?:vào|trong|của|tính đến|đến)\s*$")
_PUNCT = regex.compile(r"[,;:.()]")
# A sentence that says "now" (`Hiện nay, …`, `Hiện tỉnh đang …`, `đến nay`, `giá hiện ở
# mức …`) gives its figures no period unless it also names one: an older paragraph
# period is not theirs.
_NOW = regex.compile(
    r"(?i)(?:^|[,;:]\s*)(?:hiện|đến nay|tới nay)(?!\p{L})|(?<!\p{L})(?:đến\s+nay"
    r"|đến\s+thời\s+điểm\s+(?:này|hiện\s+tại))(?!\p{L})|" + NOW_ADVERB
)
# A paragraph that opens as a continuation of the one before (`Bên cạnh đó`, `Ngoài ra`,
# `X cũng …`) keeps the period that governed that one.
_CONTINUES = regex.compile(
    r"(?i)\s*(?:bên\s+cạnh\s+đó|ngoài\s+ra|đồng\s+thời|cùng\s+(?:với\s+)?đó|song\s+song"
    r"|trong\s+đó|cụ\s+thể|theo\s+đó|riêng|[^,.;\n]{0,40}?(?<!\p{L})cũng(?!\p{L}))"
)
# ... and so does one whose subject points back to what it said (`Các khu này thu hút
# …`, `Những dự án đó …`): it is read in that paragraph's time (the period half only)
_REFERS_BACK = regex.compile(r"(?i)\s*\p{L}+(?:\s+\p{L}+){0,3}?\s+(?:này|đó|ấy)(?!\p{L})")
# A sentence about what is under way or to come (`thành phố đang đẩy nhanh xây dựng … với
# tổng vốn 14.000 tỷ đồng`, `dự án sẽ …`) is not one of the report's statistics: the
# report's period from another paragraph does not reach it (its own paragraph's does)
_UNDER_WAY = regex.compile(r"(?i)(?<!\p{L})(?:đang|sẽ)\s+\p{L}")
# a period after the figure in a cause or purpose phrase is not its time (`tăng 2,97% do
# … thu học phí năm học 2025-2026`)
_CAUSE = regex.compile(r"(?i)(?<!\p{L})(?:do|vì|nhờ|bởi|để|sau\s+khi|theo)(?!\p{L})")
# a yearly rate (`mỗi năm … gửi về 3,5 tỷ USD`) describes no period of its own
_PER_YEAR = regex.compile(r"(?i)(?<!\p{L})(?:mỗi|hằng|hàng|bình\s+quân\s+mỗi)\s+năm(?!\p{L})")
# The period of a statistical report (a run of months, a quarter, a month, a year, a crop
# season, to a date) stated up front holds for the report's later figures until another
# is stated; a term or a target up front governs its paragraph (and a continuation) only,
# and one day up front (`Ngày 20/9, tại huyện …`) is an episode of the report: it
# governs its paragraph, and the report's period holds again after it.
_REPORTING = frozenset(
    {"months", "quarter", "month", "year", "to-date", "since-start", "dates", "season"}
)
# what a report says of one moment or of another time, which its sentence or paragraph
# takes and the report's later paragraphs do not: "now" (`Lũy kế đến nay, …`, `Hiện …`),
# one day, last year's same period (`Cùng kỳ năm 2024, tỷ lệ … đạt 27,3%`)
# the lead states the report's period inside its sentence in these: the windows a
# periodic report covers (`GRDP 9 tháng năm 2025`, `giải ngân … đến ngày 31/7/2025`);
# a year or a season inside a noun phrase dates that figure only (`Kim ngạch xuất khẩu
# năm 2024 của tỉnh đạt …`)
_LEAD_KINDS = frozenset({"months", "quarter", "month", "to-date", "since-start", "dates"})
_EPISODES = frozenset({"now", "date", "same-period"})
# after an attainment ratio, the year of the plan (`bằng 76,8% kế hoạch năm 2024`) is the
# plan's, not the figure's
_PLAN = regex.compile(
    r"(?i)(?<!\p{L})(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu)\s*(?:của\s+)?\Z"
)
REACH = 600  # characters of a sentence that can bear on one figure, either side  # a first paragraph this short, with no sentence end, is a headline


@dataclass(frozen=True, slots=True)
class PeriodChoice:
    """The period a figure takes: ISO value (None: the text says none) and its words."""

    iso: str | None
    text: str | None


def paragraph_starts(text: str, sentence_starts: Sequence[int]) -> list[int]:
    """Where paragraphs begin: after blank lines, or at each line of a text written
    one paragraph per line; in a hard-wrapped text a line break is only a wrap."""
    starts = [0]
    wrapped = is_hard_wrapped(text)
    for a in sentence_starts[1:]:
        if text.rfind("\n", max(0, a - 16), a) < 0:
            continue  # most sentences: no line break before them at all
        gap = text[max(0, a - 16) : a].rstrip(" \t")
        if gap.endswith("\n") and (not wrapped or gap[:-1].rstrip(" \t").endswith("\n")):
            starts.append(a)
    return starts


def _headline_end(text: str, pars: Sequence[int]) -> int:
    """Where the headline ends (0: the text has none): the first paragraph when it is
    short and unpunctuated, after a leading date stamp line (` date 2024-09-22`)."""
    bounds = [*pars, len(text)]
    i = headline_at(text, bounds)
    return bounds[i + 1] if is_headline(text, bounds[i], bounds[i + 1]) else 0


class Scope(PlaceScope):
    """Per-document scope tables; `period_at` / `place_at` (`PlaceScope`) answer one
    figure each."""

    continues = _CONTINUES  # (the place half reads it too)

    def __init__(
        self,
        text: str,
        sentences: tuple[array, array],  # starts and ends (`sentence_arrays`)
        periods: Sequence[PeriodMention],
        places: Sequence,  # gazetteer.PlaceMention
        default_place: str | None = None,
    ) -> None:
        self.text = text
        self._sent: tuple[int, tuple[int, int]] | None = None  # the last sentence asked
        self._level: tuple[str, bool] | None = None  # the last clause read for a level
        self._frames: dict[tuple[int, int], bool] = {}  # `_is_frame`, by mention span
        self._continued: dict[int, PeriodMention | None] = {}  # by paragraph start
        self._anaphora: dict[tuple[int, int], PeriodMention | None] = {}  # by text span
        self._reported: dict[int, PeriodMention | None] = {}  # by `lo` of `_governing`
        self._head: tuple[PeriodMention | None] | None = None  # the headline's
        self._lead: tuple[PeriodMention | None] | None = None  # the lead's
        # machine integers, not lists of int objects (`sentence_arrays`)
        self.sent_starts, self.sent_ends = sentences
        self.par_starts = array("q", paragraph_starts(text, self.sent_starts))
        self.periods = [
            m for m in periods if m.kind not in IGNORABLE and not _dateline_date(text, m)
        ]
        self.period_starts = [m.start for m in self.periods]
        found = source_agencies(text)  # (not a decision's or a foreign one)
        self.agencies = found  # for the document's own place (`own_place`)
        named = sorted(
            [*(m for m in places if not _is_dateline(text, m)), *found], key=lambda m: m.start
        )
        self.headline_end = _headline_end(text, self.par_starts)
        self.default_place = default_place
        self.places = self._named = named  # the names first: a bare `tỉnh` is read from them
        self.place_starts = [m.start for m in named]
        self._own: tuple[str | None, str | None] | None = None  # `own_place`, its kind
        self._ranked: dict[int, bool] = {}  # `place_carry.ranked`, by mention start
        self._held: dict[tuple[int, int], bool] = {}  # `_holds`
        self._framed_by: dict = {}  # `_framed`, for these places
        self.places = sorted([*named, *pronouns(self, text, named)], key=lambda m: m.start)
        self._framed_by = {}
        self.place_starts = [m.start for m in self.places]

    # -- spans ----------------------------------------------------------------------
    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around `pos`, at most `REACH` characters either side of it: no
        reader looks further for a figure's words, and a text with no sentence ends (a
        pasted table, a 50 MB line) would otherwise cost each figure the whole text."""
        last = self._sent
        if last is not None and last[0] == pos:  # a figure asks up to four times
            return last[1]
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            a, b = 0, len(self.text)
        else:
            a, b = self.sent_starts[i], max(self.sent_ends[i], pos)
        if a < pos - REACH:  # cut at a space, so no word is cut in the middle
            space = self.text.find(" ", pos - REACH, pos)
            a = space + 1 if space >= 0 else pos - REACH
        if b > pos + REACH:
            space = self.text.rfind(" ", pos, pos + REACH)
            b = space if space > pos else pos + REACH
        self._sent = (pos, (a, b))
        return a, b

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.par_starts, pos) - 1
        end = self.par_starts[i + 1] if i + 1 < len(self.par_starts) else len(self.text)
        return self.par_starts[max(i, 0)], end

    # -- period ---------------------------------------------------------------------
    def period_at(self, pos: int, end: int, clause: str = "") -> PeriodChoice:
        s0, s1 = self.sentence(pos)
        lo = bisect.bisect_left(self.period_starts, s0)
        hi = bisect.bisect_left(self.period_starts, s1)
        within = [
            m
            for m in self.periods[lo:hi]
            if not m.base
            and not m.start <= pos < m.end
            and not (m.start >= end and _PLAN.search(self.text, max(0, m.start - 30), m.start))
            and not (m.end <= pos and in_earlier_cause(self.text, s0, m.start, m.end, pos))
        ]
        j = bisect.bisect_left(self.period_starts, end, lo, hi)
        if j < hi and compared_value(self.text, s0, pos, end, self.periods[j]):
            return self._choice(self.periods[j], clause)  # `so với 128,4 tỷ kWh cùng kỳ …`
        before = [m for m in within if m.end <= pos]
        after = [m for m in within if m.start >= end]
        if after and after[0].start - end < 40 and _SOON.match(self.text, end, after[0].start):
            return self._choice(after[0], clause)
        if before:
            return self._choice(before[-1], clause)
        if (
            after
            and not _PUNCT.search(self.text, end, after[0].start)
            and not _CAUSE.search(self.text, end, after[0].start)
        ):
            return self._choice(after[0], clause)
        sentence_before = self.text[s0:pos]
        low = None if "İ" in sentence_before or "ſ" in sentence_before else sentence_before.lower()
        if (may_match(low, NOW_HINTS) and _NOW.search(sentence_before)) or (
            may_match(low, ("năm",)) and _PER_YEAR.search(sentence_before)
        ):
            return PeriodChoice(None, None)
        back = _ANAPHORA.search(sentence_before) if may_match(low, ANAPHORA_HINTS) else None
        if back:  # `trong quý` / `vụ này`: the quarter or season the text last named
            named = _referent(self.periods, back, lo)
            if named is not None:
                return self._choice(named, clause)
        if pos < self.headline_end:  # a headline figure with no time takes the article's
            body = next(
                (m for m in self.periods if m.start >= self.headline_end and not m.base), None
            )
            return self._choice(body, clause) if body is not None else PeriodChoice(None, None)
        governing = self._governing(pos, lo, s0)
        return self._choice(governing, clause) if governing else PeriodChoice(None, None)

    def _governing(self, pos: int, lo: int, s0: int) -> PeriodMention | None:
        """The period stated earlier in the paragraph (or the one an anaphora after it
        refers to: `Trong quý, … xử lý 1,1 triệu trường hợp. Trong đó, … 38%`), else the
        one that governed the paragraph before when this one continues it."""
        p0, _ = self.paragraph(pos)
        periods = self.periods
        for j in range(lo - 1, -1, -1):  # (not a reversed copy: asked for every figure)
            m = periods[j]
            if m.start < p0:
                break
            if not m.base:
                return self._paragraph_anaphora(m.end, s0) or m
        if (back := self._paragraph_anaphora(p0, s0)) is not None:
            return back
        # the rest depends on the paragraph, then on `lo` alone: kept for the next figures
        if p0 not in self._continued:
            self._continued[p0] = self._continued_period(p0)
        if self._continued[p0] is not None:
            return self._continued[p0]
        if _UNDER_WAY.search(self.text, s0, pos):
            return None  # (the report's period is not that of what is under way)
        if lo not in self._reported:
            self._reported[lo] = self._reported_period(lo)
        return self._reported[lo]

    def _paragraph_anaphora(self, a: int, b: int) -> PeriodMention | None:
        """What the last anaphora in text[a:b] (earlier sentences of the paragraph, at
        most 1,500 characters back) refers to; kept by (a, b) for the sentence's figures."""
        a = max(a, b - 1500)
        if a < b and (a, b) not in self._anaphora:
            back = last_anaphora(self.text, a, b)
            lo = bisect.bisect_left(self.period_starts, back.start()) if back else 0
            self._anaphora[(a, b)] = _referent(self.periods, back, lo) if back else None
        return self._anaphora.get((a, b))

    def _continued_period(self, p0: int) -> PeriodMention | None:
        """The period up front in the paragraph before (or the "now" it ends in), when
        the one at p0 continues it."""
        while p0 > 0 and (
            _CONTINUES.match(self.text, p0, min(p0 + 80, len(self.text)))
            or _REFERS_BACK.match(self.text, p0, min(p0 + 60, len(self.text)))
        ):
            prev0, _ = self.paragraph(p0 - 1)
            now = self._last_now(prev0, p0)
            i = bisect.bisect_left(self.period_starts, p0)
            for m in reversed(self.periods[:i]):
                if m.start < prev0 or (now is not None and m.start < now.start):
                    break
                if not m.base and (
                    m.kind == "now" or fronted(self.text, self.sentence(m.start)[0], m)
                ):  # (a "now" holds for what continues it: `Ngoài ra, tỉnh đã …`)
                    return m
            if now is not None:
                return now
            p0 = prev0
        return None

    def _last_now(self, a: int, b: int) -> PeriodMention | None:
        """The last "now" said in the sentences of text[a:b] (`Hiện tỉnh có …`), as a
        mention of kind `now` (no period), None if none."""
        i = bisect.bisect_right(self.sent_starts, a) - 1
        found = None
        for j in range(max(i, 0), len(self.sent_starts)):
            s0, s1 = max(self.sent_starts[j], a), min(self.sent_ends[j], b)
            if s0 >= b:
                break
            if (m := _NOW.search(self.text[s0:s1])) is not None:
                found = PeriodMention(s0 + m.start(), s0 + m.end(), m.group(), "now")
        return found

    def _reported_period(self, lo: int) -> PeriodMention | None:
        """The report's period before periods[lo]: the last one stated up front, or the
        lead's (`lead_period`), else the headline's. What is said of one moment or
        another time in passing (a "now", one day, last year's same period, a period
        inside a sentence) is its sentence's or paragraph's, and does not end it; a term
        or target stated up front does."""
        if self._lead is None:
            self._lead = (self._lead_period(),)
        lead = self._lead[0]
        for m in reversed(self.periods[:lo]):
            if m.start < self.headline_end:
                break
            if m.base or m.kind in _EPISODES:
                continue
            if m is lead or fronted(self.text, self.sentence(m.start)[0], m):
                return m if m.kind in _REPORTING else None
        # else the period a headline gives the article (`CPI tháng 9 tăng 0,42%`)
        if self._head is None:
            end = self.headline_end
            self._head = (next((m for m in self.periods if m.start < end and not m.base), None),)
        head = self._head[0]
        return head if head is not None and head.kind in _REPORTING else None

    def _lead_period(self) -> PeriodMention | None:
        """The report's period as its lead paragraph states it, up front or not: the
        first period of a reporting kind there, not a comparison's base (`Theo Cục
        Thống kê, GRDP 9 tháng năm 2025 của tỉnh ước tăng 6,2%`, `Theo Bộ Tài chính,
        giải ngân … đến ngày 31/7/2025 đạt …`; `_LEAD_KINDS`). The lead says what the report is about
        and when; a later paragraph that gives no time is read in that time."""
        text, bounds = self.text, [*self.par_starts, len(self.text)]
        for p0, p1 in zip(bounds, bounds[1:], strict=False):
            if p0 < self.headline_end or not text[p0:p1].strip() or STAMP.fullmatch(text, p0, p1):
                continue
            i = bisect.bisect_left(self.period_starts, p0)
            for m in self.periods[i:]:
                if m.start >= p1:
                    return None
                if not m.base and m.kind in _LEAD_KINDS:
                    return m
            return None
        return None

    def _choice(self, m: PeriodMention, clause: str) -> PeriodChoice:
        level = False
        if m.level_iso:  # the figures of one sentence share their clause: read it once
            if self._level is None or self._level[0] != clause:
                self._level = (clause, is_level_context(clause))
            level = self._level[1]
        return PeriodChoice(m.reading(level), " ".join(m.text.split()))
