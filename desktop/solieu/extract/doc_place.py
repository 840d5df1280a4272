"""The place a document is about, and the places it names without a name.

`scope.py` decides which place governs each figure; what it reads for that and for the
document's own place (`document_place`) lives here: the national agencies that speak
for the country (`Theo Tổng cục Thống kê, …`), the dateline that says where a dispatch
was filed, and the scoring of the subject places a reader weighs, the headline's and
the lead's the most.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from solieu.extract.led import led_spans, literal_starts
from solieu.extract.place_names import HALVES

if TYPE_CHECKING:
    from solieu.extract.scope import Scope

NATION = "Việt Nam"
SUBJECT_ROLES = frozenset({"subject"})
# The country's own agencies report for the whole country: the subject of the
# sentence they open (`Theo Tổng cục Thống kê, …`, `Bộ Công Thương cho biết …`).
_NATIONAL_AGENCY = regex.compile(
    r"(?<!\p{L})(?:(?:theo|của)\s+)?(?:Bộ\s+(?:Ngoại giao|Công Thương|Tài chính|Kế hoạch và Đầu tư"
    r"|Nông nghiệp(?: và (?:Phát triển nông thôn|Môi trường))?|Y tế|Giao thông vận tải|Xây dựng"
    r"|Lao động[^,.]{0,40}|Văn hóa[^,.]{0,40}|Công an|Giáo dục và Đào tạo|Khoa học và Công nghệ)"
    r"|Tổng cục (?:Thống kê|Hải quan|Du lịch)|Cục Thống kê(?! tỉnh| thành phố)|Cục Đầu tư nước ngoài"
    r"|Cục (?:Trồng trọt|Chăn nuôi|Xuất nhập khẩu|Hải quan|Cảnh sát giao thông|Quản lý lao động"
    r" ngoài nước|Quản lý thị trường|Du lịch Quốc gia)(?! tỉnh| thành phố)"
    r"|Ban Chỉ đạo (?:quốc gia|Trung ương)|Ủy ban An toàn giao thông Quốc gia"
    r"|Chính phủ|Quốc hội|Ngân hàng Nhà nước)(?!\p{L})"
)
# the words every agency of _NATIONAL_AGENCY starts with (after `theo`/`của`)
_AGENCY_HEADS = literal_starts(
    ["Bộ", "Tổng cục", "Cục", "Ban Chỉ đạo", "Ủy ban", "Chính phủ", "Quốc hội", "Ngân hàng"]
)


def agencies(text: str) -> list[_Implied]:
    """The national agencies the text names: `_NATIONAL_AGENCY.finditer`, tried only
    at their head words (`led.py`)."""
    spans = led_spans(text, _NATIONAL_AGENCY, _AGENCY_HEADS(text), ("theo", "của"))
    return [_Implied(a, b) for a, b in spans]


# What may stand between the start of its clause and an agency that is the source of its
# sentence: nothing, `theo`, an official's title (`Thủ tướng`, `đại diện`), a report of
# it (`theo số liệu mới nhất của`), its office (`Văn phòng`). Elsewhere the agency is an actor the clause tells of
# (`kế hoạch vốn Thủ tướng Chính phủ giao`, `Nghị quyết của Quốc hội`): no area.
_SOURCE_HEAD = regex.compile(
    r"(?i)\s*(?:theo(?:\s+|\Z))?(?:(?:phó\s+)?(?:thủ\s+tướng|bộ\s+trưởng|thứ\s+trưởng|cục\s+trưởng"
    r"|tổng\s+cục\s+trưởng|thống\s+đốc|chủ\s+tịch|chủ\s+nhiệm|lãnh\s+đạo|đại\s+diện"
    r"|người\s+phát\s+ngôn)\s+|(?:số\s+liệu|báo\s+cáo|thống\s+kê|dữ\s+liệu|thông\s+tin"
    r"|công\s+bố|ước\s+tính|tính\s+toán)(?:\s+[\p{L}\d/]+){0,4}?\s+(?:của|từ|do)\s*)?"
    r"(?:(?:văn\s+phòng|cơ\s+quan(?:\s+thường\s+trực)?|thường\s+trực)\s+)?"
)
_CLAUSE_MARK = regex.compile(r".*[,;:.!?()\n\-–—]", regex.DOTALL)
# a foreign government: `Chính phủ Nhật Bản`, `Bộ Ngoại giao Mỹ`
_NAMED_AFTER = regex.compile(r"[ \t]+(\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,2})")


def source_agencies(text: str) -> list[_Implied]:
    """The national agencies that speak for the country: `agencies`, less those that
    are an actor of their clause rather than its source (`_SOURCE_HEAD`) and a foreign
    country's own (`Chính phủ Nhật Bản`, `Quốc hội Hoa Kỳ`)."""
    out = []
    for a in agencies(text):
        # (a lead `theo` or `của` the match holds is read as part of the head)
        lead = (
            4 if text.startswith("theo", a.start) else 3 if text.startswith("của", a.start) else 0
        )
        raw = text[max(0, a.start - 80) : a.start + lead]
        cut = _CLAUSE_MARK.match(raw)
        if not _SOURCE_HEAD.fullmatch(raw[cut.end() :] if cut else raw):
            continue
        if _foreign(text, a.end):
            continue
        out.append(a)
    return out


def _foreign(text: str, end: int) -> bool:
    """Whether a foreign country's name follows an agency at `end`."""
    got = _NAMED_AFTER.match(text, end)
    if got is None:
        return False
    from solieu.extract.gazetteer import place_info

    words = got.group(1).split()
    for n in range(len(words), 0, -1):
        info = place_info(" ".join(words[:n]))
        if info is not None:
            return info.kind == "country"
    return False


_DASH = regex.compile(r"[ \t]*[-–—][ \t]")


# A dateline opens a dispatch with where it was filed, not what it is about.
_DATELINE = regex.compile(r"[ \t]*[,–—-][ \t]*(?:ngày[ \t]+)?\d{1,2}[/.-]\d{1,2}")


def dateline_date(text: str, m) -> bool:
    """The date of a dateline (`Hà Nội, ngày 6/10/2025 - …`): when it was filed."""
    if m.kind != "date":
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    if m.start - line_start > 40:  # (not a slice of a long line to learn it)
        return False
    head = text[line_start : m.start]
    return head.rstrip().endswith(",") and bool(_DASH.match(text, m.end))


def is_dateline(text: str, m) -> bool:
    """`Hà Nội, ngày 6/10/2025 - …` at a line's start: where a dispatch was filed."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if line_start < m.start and not text[line_start].isspace():
        return False  # words before it on its line (without a slice of a long line)
    return not text[line_start : m.start].strip() and bool(_DATELINE.match(text, m.end))


def own_place(text: str, scope: Scope, places: Sequence) -> str | None:
    """`document_place(text)` from what a Scope of the text and its place mentions
    (`places`, all of them) already hold: the extractor's one reading of the text."""
    mentions = sorted([*places, *scope.agencies], key=lambda m: m.start)
    return score_places(text, mentions, scope.headline_end, scope.par_starts)


def document_place(text: str) -> str | None:
    """The place an article is about, as a reader tells it: the subject places and the
    national agencies it names, the headline's and the lead's counting most; mentions
    in a breakdown (brackets) or a dateline, partners and comparisons count not at all."""
    from solieu.extract.gazetteer import find_places
    from solieu.extract.scope import _headline_end, paragraph_starts
    from solieu.text.sentences import sentence_arrays

    pars = paragraph_starts(text, sentence_arrays(text)[0])
    headline_end = _headline_end(text, pars)
    mentions = sorted([*find_places(text), *source_agencies(text)], key=lambda m: m.start)
    return score_places(text, mentions, headline_end, pars)


def score_places(text: str, mentions: list, headline_end: int, pars: Sequence[int]) -> str | None:
    body = [p for p in pars if p >= headline_end]
    lead_end = body[1] if len(body) > 1 else len(text)
    scores: dict[str, float] = {}
    first: dict[str, int] = {}
    opens, closes = _offsets(text, "("), _offsets(text, ")")
    for k, m in enumerate(mentions):
        if m.role not in SUBJECT_ROLES or m.kind == "country" or m.name in HALVES:
            continue  # (a half of the country is a part of a national story)
        if is_dateline(text, m):
            continue
        if _last_before(opens, m.start) > _last_before(closes, m.start):
            continue  # inside brackets: one part of a breakdown
        if isinstance(m, _Implied) and _sources(text, mentions, k, (opens, closes)):
            continue  # `Theo Cục Trồng trọt, toàn vùng ĐBSCL …`: the region's figure
        weight = 3.0 if m.start < headline_end else 2.0 if m.start < lead_end else 1.0
        if isinstance(m, _Implied) and headline_end <= m.start < lead_end:
            weight = 3.0  # `Theo Tổng cục Thống kê, …` opening the article: a national report
        scores[m.name] = scores.get(m.name, 0.0) + weight
        first.setdefault(m.name, m.start)
    if not scores:
        return None
    return max(scores, key=lambda n: (scores[n], -first[n]))


_SENTENCE_END = regex.compile(r"[.!?…](?=\s|\Z)|\n")
_LOCAL = frozenset({"province", "subunit", "region"})
# `Quảng Trị 410 căn`: a place right before a number is a breakdown item, one figure's
ITEM = regex.compile(r"[ \t]+\d")


def _sources(text: str, mentions: list, k: int, brackets: tuple[list[int], list[int]]) -> bool:
    """Whether the national agency mentions[k] is only the source of its sentence:
    the sentence names a province or a region as its subject (`Theo Bộ Công Thương,
    xuất khẩu của Nghệ An …`) before any other, so the agency speaks for that place, not
    the country; a breakdown item (`Quảng Bình 4 người`) is one part of a total."""
    stop = _SENTENCE_END.search(text, mentions[k].end)
    end = stop.start() if stop else len(text)
    for m in mentions[k + 1 :]:
        if m.start >= end:
            return False
        if m.role not in SUBJECT_ROLES or m.kind == "country":
            continue
        if _last_before(brackets[0], m.start) > _last_before(brackets[1], m.start):
            continue
        if ITEM.match(text, m.end):  # (a breakdown item, `Quảng Bình 4 người`)
            continue
        return m.kind in _LOCAL  # the first subject decides: `GDP cả nước …, trong đó Hà Nội`
    return False


def _offsets(text: str, char: str) -> list[int]:
    """Where `char` occurs in the text, in order."""
    out = []
    i = text.find(char)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1)
    return out


def _last_before(offsets: list[int], pos: int) -> int:
    """`text.rfind(char, 0, pos)` from `_offsets(text, char)`: the last one before pos."""
    i = bisect.bisect_left(offsets, pos)
    return offsets[i - 1] if i else -1


@dataclass(frozen=True, slots=True)
class _Implied:
    """A place the text names without its name: a national agency speaking for the
    country (`Tổng cục Thống kê`), or a bare `tỉnh` standing for its province."""

    start: int
    end: int
    name: str = NATION
    kind: str = "nation"
    role: str = "subject"
