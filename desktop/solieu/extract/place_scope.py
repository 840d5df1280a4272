"""The place half of `scope.Scope`: which place governs a figure (GUIDELINE §8 "place").

A figure takes the place its sentence names for it (before it, or right after it in
the same clause); else the place its paragraph names last, and the one before when
this one continues it; else the place the article turned to (a frame that opens a
paragraph, `Tại tỉnh Nghệ An, …`, while it holds); else the document's own place. A
partner, a comparison, an example, a breakdown item and a place that ranks do not
carry (`place_roles`, `place_carry`); a bare `tỉnh` or `vùng` is a mention of the
place it stands for (`place_pronouns`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from solieu.extract.doc_place import ITEM, SUBJECT_ROLES, _Implied
from solieu.extract.doc_place import score_places as _score_places
from solieu.extract.gazetteer import place_info
from solieu.extract.place_carry import frame_holds, glossed, goes_on, ranked, section_starts
from solieu.extract.place_partners import clause_end, flows_to_host
from solieu.extract.place_roles import continues_list

# the words that open a paragraph before its frame: `Tại`, `Riêng tại`, `Đối với`, …
_FRAME = regex.compile(
    r"(?i)\s*(?:(?:riêng\s+|cũng\s+)?(?:tại|ở)(?:\s+điểm\s+cầu)?|riêng|đối\s+với|còn|về\s+phía"
    r"|trên\s+địa\s+bàn)?\s*"
)
# ... and what follows it: the end of the fronted phrase, or the clause's own verb
_FRAME_END = regex.compile(r"\s*(?:,|:|\s+(?:trong|năm|tính|từ|đến|đã|có|đang|\d))")
# a foreign country as its clause's topic: `Tại Lào, …`, `Lào có …`
_TOPIC = regex.compile(r"(?i)\s*(?:tại|ở|riêng|còn|phía|về\s+phía|đối\s+với)?\s*$")
# `GDP của Lào tăng 4,2%`: the country owns the measure, and its predicate is the figure's
_OWNER = regex.compile(r"(?<!\p{L})của\s+\Z")
_OWNED = regex.compile(
    r"\s*(?:(?:đã|vẫn|chỉ|cũng|ước|dự\s+kiến|tiếp\s+tục|năm\s+\d{4})\s+)*"
    r"(?:tăng|giảm|đạt|là|ở\s+mức|chiếm)(?:\s+(?:khoảng|gần|hơn|trên|dưới|ước|đạt|thêm))*\s*"
)
# a clause or bracket boundary between a figure and a place named after it
_BOUNDARY = regex.compile(r"[,;:.()]")


class PlaceScope:
    """`place_at` and what it reads, for `scope.Scope` (which sets these attributes)."""

    text: str
    places: list  # the mentions, bare `tỉnh` and `vùng` included, in text order
    place_starts: list[int]
    par_starts: Sequence[int]
    headline_end: int
    default_place: str | None
    continues: regex.Pattern  # a paragraph that continues the one before (`Bên cạnh đó`)
    _named: list  # the mentions by name only (the document's own place is read from them)
    _frames: dict[tuple[int, int], bool]
    _ranked: dict[int, bool]
    _own: tuple[str | None, str | None] | None
    _sections: list[int] | None = None  # `place_carry.section_starts`, once asked
    _held: dict[tuple[int, int], bool]  # `_holds`, by frame start and figure paragraph
    _framed_by: dict  # `_framed`, by what it reads (emptied when `places` changes)

    if TYPE_CHECKING:

        def sentence(self, pos: int) -> tuple[int, int]: ...
        def paragraph(self, pos: int) -> tuple[int, int]: ...

    def _framed(self, lo: int, floor: int, pos: int, provinces_only: bool = False) -> str | None:
        """The place the article turned to, at `pos`: the last one that opens a paragraph
        as its frame (`Tại tỉnh Nghệ An, …`), as long as the text since names no other
        place as a subject (a frame that is one example among others, `Tại An Giang, …;
        ở huyện Cờ Đỏ (Cần Thơ) …`, has ended) and the frame is not an aside that holds
        its own paragraph only (`place_carry.frame_holds`). Kept by what it reads (pos
        only for its paragraph): the figures of a paragraph ask alike."""
        here = self.paragraph(pos)[0]
        key = (lo, floor, here, provinces_only)
        got = self._framed_by.get(key, self)
        if got is self:
            got = self._framed_by[key] = self._frame_walk(lo, floor, here, provinces_only)
        return got

    def _frame_walk(self, lo: int, floor: int, here: int, provinces_only: bool) -> str | None:
        """`_framed` for a figure in the paragraph at `here`, read afresh."""
        names: set[str] = set()
        places = self.places
        for j in range(lo - 1, -1, -1):  # (not a reversed copy: called for every figure)
            m = places[j]
            if m.start < floor:
                return None
            if m.role not in SUBJECT_ROLES or m.kind == "country":
                continue
            if provinces_only and m.kind not in ("province", "subunit"):
                continue
            if not isinstance(m, _Implied) or m.kind != "nation":
                names.add(m.name)  # (an agency named in passing ends no frame)
                if len(names) > 1:
                    return None  # two places since: no frame further back holds
            if self._is_frame(m.start, m.end):
                if names != {m.name}:
                    return None
                frame = self.paragraph(m.start)[0]
                if here == frame:
                    return m.name
                if self._holds(m, frame, here):
                    return m.name
        return None

    def _holds(self, m, frame: int, here: int) -> bool:
        """`place_carry.frame_holds` for the frame m of the paragraph at `frame` and a
        figure in the paragraph at `here`, kept: the figures of a paragraph ask alike."""
        got = self._held.get((m.start, here))
        if got is None:
            if self._sections is None:
                self._sections = section_starts(self.text, self.par_starts)
            many = self._one_of_many(m, frame)
            got = self._held[(m.start, here)] = frame_holds(
                self.text, frame, here, self._sections, many
            )
        return got

    def _ranks(self, m) -> bool:
        """`place_carry.ranked` for mention m, kept: each figure's walk passes it again."""
        got = self._ranked.get(m.start)
        if got is None:
            got = self._ranked[m.start] = ranked(self.text, m.start, m.end)
        return got

    def _one_of_many(self, m, frame: int) -> bool:
        """Whether the frame m (of the paragraph at `frame`) is one part among others:
        another province than the one a provincial article is about, or the next of a
        run of paragraphs framed by other places (`Tại TP.HCM, …` / `Tại Bắc Ninh, …`)."""
        if self.own_kind() in ("province", "subunit") and m.name != self.own_place():
            return True
        if frame == 0:
            return False
        p0, _ = self.paragraph(frame - 1)
        i = bisect.bisect_left(self.place_starts, p0)
        first = self.places[i] if i < len(self.places) else None
        return (
            first is not None
            and first.start < frame
            and first.name != m.name
            and self._is_frame(first.start, first.end)
        )

    def own_place(self) -> str | None:
        """The place the article is about (its metadata's, else `own_place`'s reading)."""
        if self._own is None:
            own = self.default_place or _score_places(
                self.text, self._named, self.headline_end, self.par_starts
            )
            info = place_info(own) if own else None
            self._own = (own, info.kind if info else None)
        return self._own[0]

    def own_kind(self) -> str | None:
        """The kind of `own_place` (`province`, `region`, `nation`, …), None if unknown."""
        self.own_place()
        return self._own[1] if self._own else None

    def _is_frame(self, start: int, end: int) -> bool:
        """Whether the mention at start..end opens its paragraph as its frame (kept: the
        walk back of `_framed` passes the same mentions for each figure)."""
        got = self._frames.get((start, end))
        if got is None:
            p0, _ = self.paragraph(start)
            got = bool(_FRAME.fullmatch(self.text, p0, start) and _FRAME_END.match(self.text, end))
            self._frames[(start, end)] = got
        return got

    def _governs(self, m, s0: int, s1: int, pos: int) -> bool:
        """A foreign country before a figure is its place only as its clause's topic
        (`Tại Lào, …`, `Lào có …`) or as the owner of what the figure measures (`GDP
        của Lào tăng 4,2%`: the country itself), not as a modifier (`3 tỉnh của Lào và
        82 km`); a country in a list is read where the list starts (`xúc tiến tại Hoa
        Kỳ, Nhật Bản, Hàn Quốc`: the comma before `Hàn Quốc` opens no clause). A topic
        that is the partner of a flow with Việt Nam (`Nhật Bản có 23 dự án trên địa bàn
        tỉnh`) is not the figure's place either (`place_partners`)."""
        if m.kind != "country":
            return True
        lo = max(s0, m.start - 6)
        if (
            "của" in self.text[lo : m.start]
            and _OWNER.search(self.text, lo, m.start)
            and _OWNED.fullmatch(self.text, m.end, pos)
        ):
            return True
        i = bisect.bisect_left(self.place_starts, m.start)
        first = m
        while i > 0:
            prev = self.places[i - 1]
            if prev.start < s0 or not continues_list(self.text, prev.end, first.start, first.end):
                break
            first, i = prev, i - 1
        head = self.text[s0 : first.start]
        cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"))
        if _TOPIC.match(head[cut + 1 :]) is None:
            return False
        k = bisect.bisect_left(self.place_starts, m.start)
        stop = clause_end(self.text, max(pos, m.end), s1)
        return not flows_to_host(self.text, m, self.places, k, stop)

    # -- place ----------------------------------------------------------------------
    def place_at(self, pos: int, end: int) -> str | None:
        s0, s1 = self.sentence(pos)
        lo = bisect.bisect_left(self.place_starts, s0)
        hi = bisect.bisect_left(self.place_starts, s1)
        if self.text.rfind("(", s0, pos) >= 0:  # (most figures have no bracket before)
            gloss = glossed(self.text, s0, pos, self.places, self.place_starts)
            if gloss is not None and (gloss.kind != "country" or gloss.role == "comparison"):
                return gloss.name  # `cả nước (khoảng 50,7%)`: the value of the place before
        in_sentence = [m for m in self.places[lo:hi] if m.role in SUBJECT_ROLES]
        before = [m for m in in_sentence if m.end <= pos and self._governs(m, s0, s1, pos)]
        if before:
            return before[-1].name
        # after the figure, a country is what it is compared or traded with, or part of
        # its noun (`3 tỉnh của Lào`): the figure is still the Vietnamese side's; a
        # breakdown item (`tại các tỉnh như Quảng Bình 4 người`) names its own figure
        after = next(
            (
                m
                for m in in_sentence
                if m.start >= end and m.kind != "country" and not ITEM.match(self.text, m.end)
            ),
            None,
        )
        if after is not None and not _BOUNDARY.search(self.text, end, after.start):
            return after.name
        # then the paragraph, and the one before when this one continues it; past that,
        # the article's own place (the document's): the last province named in another
        # paragraph (a ranking, a comparison) does not carry, nor does a place that
        # ranks (`Hà Nội dẫn đầu với …`) past its sentence, unless the next goes on
        # with it (`Trong đó, …`)
        p0, _ = self.paragraph(pos)
        floor = self.headline_end if pos >= self.headline_end else 0
        i = lo
        places = self.places
        on = None
        while True:
            for j in range(i - 1, -1, -1):  # (not a reversed copy: asked for every figure)
                m = places[j]
                if m.start < max(p0, floor):
                    break
                if (
                    m.role in SUBJECT_ROLES
                    and m.kind != "country"
                    and not ITEM.match(self.text, m.end)
                ):
                    if self._ranks(m):
                        on = goes_on(self.text, s0) if on is None else on
                        if not on:
                            continue
                    return m.name  # (a breakdown item `Quảng Trị 410 căn` names one figure)
            if p0 <= floor or not self.continues.match(self.text, p0, min(p0 + 80, len(self.text))):
                return self._framed(lo, floor, pos=pos) or self.default_place
            i = bisect.bisect_left(self.place_starts, p0)
            p0, _ = self.paragraph(p0 - 1)
