"""The places a text names without a name: a bare `tỉnh`, a bare `vùng`.

Vietnamese news refers back to the province it is about with a bare `tỉnh` (`toàn
tỉnh`, `của tỉnh`, `Tỉnh đã …`) and to the region with a bare `vùng` (`toàn vùng`,
`các địa phương trong vùng`): each is a mention of that place, as a pronoun would be
(GUIDELINE §8: the place "the paragraph or the article is about at that point").
`các tỉnh` (several provinces) and `vùng nguyên liệu` (a growing area) are not.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import regex

from solieu.extract.doc_place import ITEM, NATION, SUBJECT_ROLES, _Implied
from solieu.extract.led import char_starts, led_spans
from solieu.extract.scope_hints import named_after

if TYPE_CHECKING:
    from solieu.extract.scope import Scope

# A bare `tỉnh` (`toàn tỉnh`, `của tỉnh`, `Tỉnh đã …`) names the province the text is
# about at that point, as a pronoun would.
_BARE_PROVINCE = regex.compile(
    r"(?<!(?:các|những|nhiều|mọi|số|\d)\s)(?<!\p{L})(?:[Tt]oàn\s+)?[Tt]ỉnh(?!\s+(?:\p{Lu}|bạn|lân|khác|thành|ủy|uỷ|ta\b))(?!\p{L})"
)
_THIS = regex.compile(r"\s+(?:này|đó|nói\s+trên|trên)(?!\p{L})")
# A bare `vùng` as the whole region: `toàn vùng`, `cả vùng`, `các địa phương trong vùng`
# (found from `vùng`, read back) ...
_REGION_HEAD = regex.compile(
    r"(?i)(?<!\p{L})(?:toàn|cả|(?:địa\s+phương|tỉnh(?:\s*,\s*thành(?:\s+phố)?|\s+thành)?"
    r"|thành\s+phố)\s+(?:trong|thuộc|của)(?:\s+(?:toàn|cả))?)\s+\Z"
)
# ... where the noun phrase ends there, before its predicate or the clause's end (not
# `toàn vùng nguyên liệu`, a growing area; not `toàn vùng Tây Nguyên`, a name)
_REGION_END = regex.compile(
    r"(?!\p{L})(?=\s*(?:[,;:.)]|\Z)|\s+(?:có|đã|đạt|ước|dự\s+kiến|đang|sẽ|vẫn|cũng|đều|gieo|xuống"
    r"|thu|tăng|giảm|chiếm|hiện|cần|phấn\s+đấu|\d))"
)


def region_spans(text: str) -> list[tuple[int, int]]:
    """The spans of each bare `vùng` that stands for the whole region, in order."""
    out = []
    i = text.find("vùng")
    while i >= 0:
        head = _REGION_HEAD.search(text, max(0, i - 40), i) if i else None
        if head and _REGION_END.match(text, i + 4):
            out.append((head.start(), i + 4))
        i = text.find("vùng", i + 4)
    return out


def pronouns(scope: Scope, text: str, named: list) -> list[_Implied]:
    """Each bare `tỉnh` as a mention of the province the text is about there: the
    last one named in its paragraph (not as a breakdown item), else the one the
    article last turned to (a frame), else the article's own province; each bare
    `vùng` as the region the text last named, else the article's own region."""
    out = []
    starts = [m.start for m in named]
    own = None
    # `_BARE_PROVINCE.finditer`, tried only at each `tỉnh` (`led.py`)
    heads = (h for h in char_starts(text, "Tt", "ỉ", "nh") if not named_after(text, h + 4))
    for m_start, m_end in led_spans(text, _BARE_PROVINCE, heads, ("toàn", "Toàn")):
        i = bisect.bisect_left(starts, m_start)
        if i and named[i - 1].start <= m_start < named[i - 1].end:
            continue  # `tỉnh` of `tỉnh Nghệ An` itself
        # `tỉnh này` ("this province") points back to the last one named, wherever
        p0 = 0 if _THIS.match(text, m_end) else scope.paragraph(m_start)[0]
        last = last_province(named, i, p0, text)
        if out and out[-1].start >= max(p0, last.start if last else -1):
            province = out[-1].name  # the `tỉnh` before it in the paragraph, a chain
        elif last is not None:
            province = last.name
        else:
            province = scope._framed(i, 0, m_start, provinces_only=True)
        if province is None:
            if own is None:
                own = scope.own_place() or ""
            province = own if own and own != NATION else None
        if province:
            out.append(_Implied(m_start, m_end, province, "province"))
    if "vùng" not in text:
        return out
    for m_start, m_end in region_spans(text):
        i = bisect.bisect_left(starts, m_start)
        region = next(
            (m.name for m in reversed(named[:i]) if m.kind == "region" and m.role in SUBJECT_ROLES),
            None,
        )
        if region is None and scope.own_kind() == "region":
            region = scope.own_place()
        if region:
            out.append(_Implied(m_start, m_end, region, "region"))
    return out


def last_province(named: list, i: int, p0: int, text: str):
    """The last province (or subunit) named as a subject before `named[i]` and in the
    paragraph from `p0`, not as a breakdown item. `named` is in text order, so the walk
    back stops at the paragraph's start."""
    for j in range(i - 1, -1, -1):
        p = named[j]
        if p.start < p0:
            return None
        if (
            p.kind in ("province", "subunit")
            and p.role in SUBJECT_ROLES
            and not ITEM.match(text, p.end)
        ):
            return p
    return None
