"""The sub-area a count's clause is about: `các khu công nghiệp thu hút 37 dự án`.

A figure's `place` is a province, the country or a region (guideline §8). When the
subject of a counting verb is an area below that (an industrial park, an economic
zone, a district), the count is one of that area's, told apart from the province's
own count of the same noun in the same article (`tỉnh thu hút 20 dự án; trong đó các
khu công nghiệp thu hút 11 dự án`). The area then belongs in the measure, as a
modifier: `số dự án thu hút vào các khu công nghiệp`, `số lượt khách đến huyện Ba Vì`.
"""

from __future__ import annotations

from solieu.extract import measure_phrase as mp
from solieu.extract import measure_words as mw
from solieu.extract.measure_reader import Word, words
from solieu.extract.place_names import ZONE_HEADS

# the heads of an area below a province: zones and parks, and the administrative units
_SUBUNITS = ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
_HEADS = tuple(sorted({f"{h.lower()} " for h in (*ZONE_HEADS, *_SUBUNITS)}))
_PLURAL = frozenset(["các", "những", "nhiều"])
# how the area attaches after the verb: what flows into it, what comes to it
_INTO = {"thu hút": "thu hút vào", "đón": "đến", "tiếp nhận": "tiếp nhận vào"}
_MAX_SYLLABLES = 14


def _zone_start(text: str, w: Word) -> bool:
    """Whether the area's head starts at `w`: a zone's or an administrative unit's word,
    read off the text (a head may be one listed word, several, or part of a mention).
    An administrative unit is always named (`xã Tân Lập`, `quận 3`): `xã hội` is none."""
    if w.kind not in "wx":
        return False
    ahead = text[w.start : w.start + 24]
    low = ahead.lower()
    for h in _HEADS:
        if not low.startswith(h) or (w.kind == "w" and len(h) <= len(w.low)):
            continue  # a head inside a longer listed word is none
        named = ahead[len(h) : len(h) + 1]
        if h.strip() not in _SUBUNITS or named.isupper() or named.isdigit():
            return True
    return False


def _period_like(text: str, w: Word) -> bool:
    """A removed mention that is no place name: a period's (place names are capitalised,
    an administrative unit's mention opens with its unit word)."""
    return w.kind == "x" and not text[w.start].isupper() and not _zone_start(text, w)


def area_subject(text: str, lo: int, verb: Word, strip: list[tuple[int, int]]) -> str | None:
    """The area that is the subject of the counting verb `verb`, as written, if the words
    of its clause before it (from `lo` on; an auxiliary allowed at their end) are one.

    Only a noun phrase counts: the area's head, its name (a place mention inside a zone's
    name included, `Khu kinh tế Đông Nam Nghệ An`) and `và`/`,` between areas; any other
    word before it ends the subject, and a subject that is not an area gives None."""
    cut = mp.last_cut(text, lo, verb.start)
    ws = mp.clause_words(words(text, cut, verb.start, strip))
    while ws and (
        ws[-1].role == "AUX"
        or ws[-1].low in mw.AUX
        or (_period_like(text, ws[-1]))  # `các khu công nghiệp 9 tháng qua đã thu hút`
    ):
        ws.pop()
    start = None
    syllables = 0
    for i in range(len(ws) - 1, -1, -1):
        w = ws[i]
        numbered = w.kind == "n" and i > 0 and ws[i - 1].low in _SUBUNITS  # `quận 7`
        if (w.kind == "n" and not numbered) or (w.kind == "p" and w.text != ","):
            break
        if w.kind == "w" and w.role not in ("W", "N") and w.low not in ("và", *_PLURAL):
            break
        syllables += w.low.count(" ") + 1
        if syllables > _MAX_SYLLABLES:
            break
        if _zone_start(text, w):
            start = i
    if start is None:
        return None
    first = start - 1 if start > 0 and ws[start - 1].low in _PLURAL else start
    phrase = " ".join(text[ws[first].start : ws[-1].end].split()).strip(" ,")
    if first < start:  # `Các khu công nghiệp` opening a sentence: a common word
        phrase = phrase[:1].lower() + phrase[1:]
    return phrase or None


def with_area(count_np: str, verb: list[Word], area: str) -> str:
    """`số` + the counted noun phrase + the verb + the area, the way Vietnamese attaches
    it: `số dự án thu hút vào …`, `số lượt khách đến …`, else `… tại …`."""
    low = " ".join(w.low for w in verb)
    if low in _INTO:
        noun = count_np
        if low and noun.lower().endswith(" " + low):
            noun = noun[: -len(low) - 1]
        return f"số {noun} {_INTO[low]} {area}"
    return f"số {count_np} tại {area}"
