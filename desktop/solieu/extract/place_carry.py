"""How far a place named in the text carries: the reading rules `scope.place_at` asks.

GUIDELINE §8 "place": a figure takes the place its sentence names for it, else "the
place the paragraph or the article is about at that point, as a reader understands
it", and "a place named only as a comparison, a partner or in a headline about another
figure does not carry over". A reader tells from the words around a mention how far
it reaches:

* a **ranking** (`Hà Nội dẫn đầu với 2,8 tỷ USD`, `tiếp theo là Bình Dương`) gives
  each place the figures of its own sentence, not the report's next figures;
* a **frame** that opens a paragraph (`Tại tỉnh Nghệ An, …`) is the article's place
  for a while, but not past its paragraph when it is an aside: singled out with
  `Riêng` from the whole just reported, another province than the one a provincial
  article is about, or followed by a paragraph that opens a new breakdown of the
  report (`Xét theo đối tác, …`);
* a figure in brackets right after a place (`cao hơn mức bình quân cả nước (khoảng
  50,7%)`, `thấp hơn Thái Lan (420 USD/tấn)`) is that place's own value.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

# a place that ranks: `Hà Nội dẫn đầu`, `Bắc Ninh đứng thứ hai`, `TP.HCM tiếp tục dẫn đầu`
_RANK_AFTER = regex.compile(
    r"(?i)\s*(?:\([^()\n]{0,40}\)\s*)?(?:(?:tiếp\s+tục|vẫn|hiện|cũng|lần\s+lượt)\s+)?"
    r"(?:dẫn\s+đầu|đứng\s+đầu|xếp\s+đầu|đứng\s+(?:ở\s+)?(?:thứ|vị\s+trí|vị\s+thứ)|xếp\s+(?:thứ|hạng)"
    r"|giữ\s+(?:vị\s+trí|ngôi)|vươn\s+lên\s+(?:thứ|vị\s+trí|dẫn\s+đầu|đứng))(?!\p{L})"
)
# a place a ranking names: `tiếp theo là Bình Dương`, `dẫn đầu là Hà Nội`, `thứ hai là …`
_RANK_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})(?:tiếp\s+(?:theo|đến|sau)|kế\s+(?:tiếp|đến|sau)|sau\s+đó|theo\s+sau"
    r"|dẫn\s+đầu|đứng\s+đầu|xếp\s+đầu|(?:đứng\s+|xếp\s+)?(?:thứ|vị\s+trí)\s+(?:\d+|\p{L}+))"
    r"\s+(?:lần\s+lượt\s+)?(?:là|thuộc\s+về)\s*\Z"
)
# a sentence that goes on with the figure before it (`Trong đó, …`) keeps a ranked place
_GOES_ON = regex.compile(
    r"(?i)\s*(?:trong\s+đó|trong\s+số\s+(?:này|đó)|cụ\s+thể|theo\s+đó)(?!\p{L})"
)
# a paragraph that singles one part out of the whole just reported: `Riêng tại Bắc Ninh, …`
_ASIDE = regex.compile(r"(?i)\s*riêng(?!\p{L})")
# a paragraph that opens a new breakdown of the article's whole: `Xét theo đối tác, …`
_SECTION = regex.compile(
    r"(?i)\s*(?:(?:xét|phân|chia|tính)\s+theo|theo\s+(?:địa\s+bàn|đối\s+tác|lĩnh\s+vực|ngành"
    r"|thị\s+trường|quốc\s+gia|vùng|khu\s+vực|hình\s+thức|địa\s+phương|loại\s+hình))(?!\p{L})"
)
# what may stand between a bracket and its figure: a qualifier or a linking word
_GLOSS_LEAD = regex.compile(
    r"(?i)\(\s*(?:(?:khoảng|gần|hơn|trên|dưới|ước|đạt|là|chỉ|mức)\s+){0,2}\Z"
)


def ranked(text: str, start: int, end: int) -> bool:
    """Whether the place mention text[start:end] ranks its figure among others."""
    if _RANK_AFTER.match(text, end, min(len(text), end + 80)):
        return True
    return _RANK_BEFORE.search(text, max(0, start - 40), start) is not None


def goes_on(text: str, s0: int) -> bool:
    """Whether the sentence at s0 opens by going on with the one before (`Trong đó`)."""
    return _GOES_ON.match(text, s0, min(len(text), s0 + 30)) is not None


def is_aside(text: str, p0: int) -> bool:
    """Whether the paragraph at p0 opens with `Riêng`: one part singled out of a whole."""
    return _ASIDE.match(text, p0, min(len(text), p0 + 12)) is not None


def opens_section(text: str, p0: int) -> bool:
    """Whether the paragraph at p0 opens a breakdown of the article's whole."""
    return _SECTION.match(text, p0, min(len(text), p0 + 40)) is not None


def glossed(text: str, s0: int, pos: int, places: Sequence, starts: Sequence[int]):
    """The place mention a bracket around the figure at `pos` glosses (`cả nước (khoảng
    50,7%)`), else None. A partner's bracket (`sang Hoa Kỳ (4,3 tỷ USD)`) is the flow's
    value, the Vietnamese side's: not glossed."""
    j = text.rfind("(", max(s0, pos - 30), pos)
    if j < 0 or not _GLOSS_LEAD.match(text, j, pos):
        return None
    k = j
    while k > s0 and text[k - 1] in " \t":
        k -= 1
    i = bisect.bisect_left(starts, k) - 1
    if i < 0:
        return None
    m = places[i]
    return m if m.end == k and m.role != "partner" else None


def section_starts(text: str, par_starts: Sequence[int]) -> list[int]:
    """The starts of the paragraphs that open a breakdown of the whole (`opens_section`)."""
    return [p for p in par_starts if opens_section(text, p)]


def frame_holds(
    text: str, frame_par: int, figure_par: int, sections: Sequence[int], one_of_many: bool
) -> bool:
    """Whether a frame opening the paragraph at `frame_par` still governs a figure in
    the later paragraph at `figure_par` (`one_of_many`: the frame is one part among
    others, another province than a provincial article's or one of a run of framed
    paragraphs: it holds its own paragraph only; `sections`: `section_starts`)."""
    if frame_par == figure_par:
        return True
    if one_of_many or is_aside(text, frame_par):
        return False
    # no paragraph after the frame's, up to the figure's, opens a new breakdown
    i = bisect.bisect_right(sections, frame_par)
    return i == len(sections) or sections[i] > figure_par
