"""The scanner: find every figure in a text, following the annotation guideline.

One compiled pattern walks the text once. At each position it first tries the
things that look like numbers but are not figures (dates, document numbers,
clock times, year ranges, phone numbers), then a digit numeral, then a number
in words. A numeral is then read to its right (scale word, unit, counted noun)
and to its left (qualifier, change verb, ordinal or code words) by small
anchored patterns, so the cost stays proportional to the number of numerals.
"""

from __future__ import annotations

import re
from decimal import Decimal

import regex

from solieu.extract import lexicon as lx
from solieu.extract.context import Context
from solieu.extract.numbers import (
    NUMERAL,
    SCALE_PATTERN,
    apply_scale,
    parse_number_words,
    parse_numeral,
    scale_of,
)
from solieu.extract.units import (
    CLASSIFIERS,
    COMPOUND_NOUNS,
    CURRENCIES,
    FUNCTION_WORDS,
    NOUN_UNITS,
    PER_UNITS,
    TIME_NOUNS,
    UNIT_PATTERN,
    classify_unit,
    counted_noun_length,
)
from solieu.model import Figure

_SP = r"[ \t]*\n?[ \t]*"  # spaces with at most one line break (hard-wrapped text)
_UPPER = r"[\p{Lu}Đ]"

_SKIP = "|".join(
    [
        r"\d{4}-\d{1,2}-\d{1,2}(?!\d)",  # ISO date (page date stamps)
        # document identifiers: 15-CT/TW, 21/NQ-CP, 123/2020/NĐ-CP, 01/2024/TT-BTC
        rf"\d+(?:/\d+)*[-/]{_UPPER}[\p{{Lu}}Đ\d]*(?:[-/.][\p{{Lu}}Đ\d]+)*",
        r"\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])",  # 30/6/2025, 22/7
        r"\d{1,2}/\d{4}(?!\d)",  # 9/2025
        r"\d{1,2}-\d{1,2}-\d{2,4}(?!\d)",  # 12-4-2024
        r"\d{1,2}[:hH]\d{2}(?![\d%])",  # 08:30, 14h05
        r"(?:19|20)\d{2}[ \t]*[-–—][ \t]*(?:19|20)\d{2}(?!\d)",  # 2020 - 2025
        r"0\d{2,3}[ .]\d{3,4}[ .]\d{3,4}(?!\d)",  # phone numbers
        r"0\d{9,10}(?!\d)",
    ]
)
_WORD_NUM = (
    r"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|đôi)"
    r"(?:[ \t]+(?:mươi|mười|trăm|linh|lẻ|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín))*"
)
_SKIP_AT = regex.compile(rf"(?:{_SKIP})")
_DIGITS = regex.compile(rf"(?=\d){NUMERAL}")
# number words, scanned with the stdlib engine: a literal alternation bounded by
# spaces runs several times faster there than in `regex` (measured in bench/extract.py)
_WORD_LIST = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "đôi"]
_WORD_TAIL = "mươi|mười|trăm|linh|lẻ|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín"
_WORDS = re.compile(
    r"(?:(?<=[\s(\"“'])|^)(?:"
    + "|".join(_WORD_LIST + [w.capitalize() for w in _WORD_LIST])
    + rf")(?:[ \t]+(?:{_WORD_TAIL}))*(?!\w)"
)
# Where _WORDS can match: a first number word not followed by a word character. The
# stdlib engine skips to these fast; _WORDS itself starts with a lookbehind, which
# makes it try every position. A key never spans another match start, as a match
# only starts after a space, a bracket or a quote.
_WORDS_KEY = re.compile(
    "(?:" + "|".join(_WORD_LIST + [w.capitalize() for w in _WORD_LIST]) + r")(?!\w)"
)
# the same in the lower-cased text (fewer alternatives, so faster): it finds every
# place the first one does, and some more that _WORDS then rejects (`MỘT`). Lower
# casing keeps letters letters and `\w` `\w`, so the argument above still holds.
_WORDS_KEY_LOW = re.compile("(?:" + "|".join(_WORD_LIST) + r")(?!\w)")
_NUMERAL_AT = regex.compile(NUMERAL)
_RIGHT = regex.compile(
    rf"(?P<sp1>{_SP})(?:(?P<scale>(?i:{SCALE_PATTERN}))(?![\p{{L}}\p{{N}}])(?P<sp2>{_SP}))?"
    rf"(?:{UNIT_PATTERN})?"
)
_WORDS_AFTER = regex.compile(
    rf"(?:{_SP}(?:[\p{{L}}\p{{M}}]+(?:-[\p{{L}}]+)?|[.,;:!?()]))" + "{1,5}"
)
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{N}]")
_RANGE_NEXT = regex.compile(rf"[ \t]*[-–—][ \t]*(?={NUMERAL})")
_PER = regex.compile(rf"(?:/(?:{'|'.join(PER_UNITS)}|\p{{Ll}}+\d?))+(?![\p{{L}}\p{{N}}])")
_COMPOUND_NEXT = regex.compile(rf"[ \t]+(?P<num>{NUMERAL})(?={_SP}(?i:nghìn|ngàn|triệu)\b)")
_AND_NEXT = regex.compile(rf"[ \t]*(?:,|;|và|hoặc)[ \t]*(?={NUMERAL})")
_DAY_MONTH = regex.compile(r"\d{1,2}[-.]\d{1,2}(?![\d.,]*\d)")
_DAY_WORD_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|mùng|mồng|từ ngày)[ \t]+$"
)
_RANGE_FIRST = frozenset(" \t-–—")  # the characters _RANGE_NEXT can start with
_DIGIT_SPACE_BEFORE = regex.compile(r"\d[ \t]$")
_GLUED_LEFT = regex.compile(r"[\p{L}][-+]$")
_ORDINAL_PAIR = regex.compile(r"thứ[ \t]+\d+[ \t]*(?:,|và|-|–|đến)[ \t]*$", regex.IGNORECASE)
_FALSE_DONG = frozenset(
    [
        "chí",
        "bào",
        "thời",
        "ý",
        "hành",
        "tâm",
        "bằng",
        "nghiệp",
        "minh",
        "lòng",
        "loạt",
        "hương",
        "đội",
        "thuận",
        "phục",
        "ruộng",
        "bộ",
    ]
)


def _left_tokens(text: str, pos: int, width: int = 60) -> list[str]:
    """Up to the last 8 tokens before `pos`, nearest first, lower-cased."""
    toks = _TOKEN.findall(text, max(0, pos - width), pos)
    return [t.lower() for t in reversed(toks[-8:])]


_CHANGE, _TO_LEVEL, _QUALIFIER, _LINKING = range(4)
# Every phrase of the walk's four word lists, keyed by its words joined with a space
# (a token holds no space, so the key is unique), with the lists it belongs to:
# one lookup per phrase length instead of a tuple per length and per list.
_WALK: dict[str, dict[int, object]] = {}
for _kind, _table in (
    (_CHANGE, lx.CHANGE),
    (_TO_LEVEL, lx.TO_LEVEL),
    (_QUALIFIER, lx.QUALIFIERS),
    (_LINKING, lx.LINKING),
):
    for _phrase in _table:
        _value = _table[_phrase] if isinstance(_table, dict) else True
        _WALK.setdefault(" ".join(_phrase), {})[_kind] = _value
_WALK_MAX = 4  # words in the longest phrase looked for


def qualifier_and_change(toks: list[str]) -> tuple[str | None, bool]:
    """Walk left from a number over qualifiers, linking verbs and change verbs.

    The nearest qualifier wins; the walk stops at the first other word, so a
    word governing a clause further left never counts (guideline §6). At each
    step the lists are tried in that order (change, to-level, qualifier,
    linking), each with its longest phrase ending at the current word.
    """
    qualifier = None
    change = False
    to_level = False
    i = 0
    steps = 0
    n_toks = len(toks)
    while i < n_toks and steps < 5:
        steps += 1
        # the listed phrases ending at toks[i], longest first, as (length, lists)
        hits = []
        phrase = toks[i]
        for j in range(i, min(i + _WALK_MAX, n_toks)):
            if j > i:
                phrase = f"{toks[j]} {phrase}"
            kinds = _WALK.get(phrase)
            if kinds is not None:
                hits.append((j - i + 1, kinds))
        if not hits:
            break
        hits.reverse()
        for kind in (_CHANGE, _TO_LEVEL, _QUALIFIER, _LINKING):
            hit = next(((n, kinds[kind]) for n, kinds in hits if kind in kinds), None)
            if hit:
                break
        else:
            break
        n, value = hit
        if kind == _CHANGE:
            change = not to_level
        elif kind == _TO_LEVEL:
            to_level = True
        elif kind == _QUALIFIER and qualifier is None:
            qualifier = value  # type: ignore[assignment]
        i += n
    return qualifier, change


def _is_sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\"“'(":
        j -= 1
    return j < 0 or text[j] in ".!?:\n…;"


_LAST_WORD = regex.compile(r"([\p{L}\p{M}]+)[ \t]+$")
_NEXT_WORD = regex.compile(rf"{_SP}([\p{{L}}\p{{M}}]+)")
_WORD_SPLIT = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}]+)?|[.,;:!?()]")
_GAP_VERB = regex.compile(r"(?i)gấp[ \t]*\n?[ \t]*$")
_NON_SPACE = re.compile(r"\S+")


def _capitalised_word_before(text: str, pos: int) -> bool:
    """A name-like word right before the number (`GREAT 2`, `Quốc lộ 1`)."""
    m = _LAST_WORD.search(text, max(0, pos - 30), pos)
    if not m:
        return False
    word = m.group(1)
    if not word[0].isupper():
        return False
    start = pos - len(m.group(0))
    return not _is_sentence_start(text, start) or word.isupper()


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.ctx = Context(text)
        self.out: list[Figure] = []
        self._left: tuple[int, list[str]] = (-1, [])

    def left_tokens(self, pos: int) -> list[str]:
        """`_left_tokens(text, pos)`, kept for the last position: a candidate's checks
        and its emit ask for the same one."""
        if self._left[0] != pos:
            self._left = (pos, _left_tokens(self.text, pos))
        return self._left[1]

    # -- right side: scale, unit, counted noun ---------------------------------------
    def read_right(self, end: int):
        m = _RIGHT.match(self.text, end)
        scale = power = None
        stop = end
        unit = unit_class = None
        if m.group("scale"):
            scale, power = scale_of(m.group("scale"))  # type: ignore[misc]
            stop = m.end("scale")
        if m.group("unit"):
            surface = m.group("unit")
            if surface == "đồng" and self._next_word(m.end("unit")) in _FALSE_DONG:
                pass
            elif (
                surface in NOUN_UNITS
                and f"{surface} {self._next_word(m.end('unit'))}" in COMPOUND_NOUNS
            ):
                pass  # `5 điểm cầu`: a counted noun, not a unit
            elif m.group("sp1") == "" and not m.group("scale") and surface[0].isalpha():
                # glued letters: only unambiguous measurement units (82km, 100ha)
                unit, unit_class = classify_unit(surface)
                if unit_class in ("count",):
                    unit = None
                stop = m.end("unit")
            else:
                unit, unit_class = classify_unit(surface)
                stop = m.end("unit")
        return scale, power, unit, unit_class, stop

    def _next_word(self, pos: int) -> str:
        m = _NEXT_WORD.match(self.text, pos)
        return m.group(1).lower() if m else ""

    def counted_noun(self, pos: int) -> tuple[str | None, int, bool]:
        """(noun, end, capitalised) for the noun phrase after a count, or (None, pos, _)."""
        m = _WORDS_AFTER.match(self.text, pos)
        if not m:
            return None, pos, False
        seq: list[tuple[str, int, int]] = []  # the words up to the first punctuation
        for w in _WORD_SPLIT.finditer(self.text, pos, m.end()):
            word = w.group()
            if not word[0].isalpha():
                break
            seq.append((word, w.start(), w.end()))
        if not seq:
            return None, pos, False
        first = seq[0][0]
        low = first.lower()
        if low in FUNCTION_WORDS or low in TIME_NOUNS:
            return None, pos, False
        if low in ("thứ",):
            return None, pos, False
        is_acronym = first.isupper() and len(first) >= 2
        capitalised = first[0].isupper() and not is_acronym
        if not (first[0].islower() or is_acronym or capitalised):
            return None, pos, False
        k = 0
        if low in CLASSIFIERS and len(seq) > 1 and seq[1][0][0].islower():
            k = 1
        n = counted_noun_length([w for w, _, _ in seq[k:]]) if not is_acronym else 1
        # a time noun as the second syllable means a period (`6 tháng`) only when first
        if len(seq) > k and seq[k][0].lower() in TIME_NOUNS and k == 0:
            return None, pos, False
        last = seq[min(k + n, len(seq)) - 1]
        noun_text = self.text[seq[0][1] : last[2]]
        return " ".join(noun_text.split()), last[2], capitalised

    # -- emit --------------------------------------------------------------------------
    def emit(self, start, end, number, scale, power, unit, unit_class, conf, kind="figure"):
        text = self.text
        value = apply_scale(number, power or 0)
        toks = self.left_tokens(start)
        qualifier, change = qualifier_and_change(toks)
        if unit == "lần" and (toks[:1] == ["gấp"] or text[start:end].lower().startswith("gấp")):
            change = True
        if unit_class == "percent" and not change:
            change = self.ctx.growth_rate_before(start)
        measure, place, period = self.ctx.describe(start, end, unit, unit_class, change)
        self.out.append(
            Figure(
                start=start,
                end=end,
                text=text[start:end],
                number=number,
                scale=scale,
                value=value,
                unit=unit,
                unit_class=unit_class,
                qualifier=qualifier,
                change=change,
                measure=measure,
                place=place,
                period=period,
                confidence=conf,
                kind=kind,
            )
        )

    # -- digits ----------------------------------------------------------------------
    def digits(self, m) -> None:
        text = self.text
        start, end = m.span()
        token = m.group()
        number = parse_numeral(token)
        if number is None:
            return
        scale, power, unit, unit_class, stop = self.read_right(end)
        if scale is not None and unit is None:
            # `2 tỷ 500 triệu đồng`: one amount spoken in two scales
            more = _COMPOUND_NEXT.match(text, stop)
            if more:
                n2 = parse_numeral(more.group("num"))
                s2, p2, u2, c2, stop2 = self.read_right(more.end("num"))
                if (
                    n2 is not None
                    and s2 is not None
                    and p2 < power
                    and n2.scaleb(p2) < Decimal(1).scaleb(power)
                ):
                    number = number + n2.scaleb(p2 - power)
                    unit, unit_class, stop = u2, c2, stop2
        left = text[max(0, start - 40) : start]
        # `$` also matches before a final line break, hence `\n` in the quick test
        if left[-1:] in ("-", "+", "\n") and _GLUED_LEFT.search(left):  # Covid-19, GMT+7
            return
        if stop == end and end < len(text) and text[end].isalpha():  # 5G, 1A, 3D
            return
        toks = self.left_tokens(start)
        p1 = toks[0] if toks else ""
        measured = unit_class is not None and unit_class != "count"
        if p1 in lx.ORDINAL_BEFORE or (toks[:2] == ["thứ", "lần"]):
            return
        # `thứ` folds one character for one, so it is in `left.lower()` when it matches
        if "thứ" in left.lower() and _ORDINAL_PAIR.search(left):  # thứ 6 và 7
            return
        plain_year = (
            "." not in token and "," not in token and len(token) == 4 and 1900 <= int(token) <= 2100
        )
        if plain_year and not measured and scale is None:
            return
        if not measured and scale is None and p1 in lx.CODE_BEFORE and p1 != "số":
            return
        if not measured and scale is None and _capitalised_word_before(text, start):
            return
        if text[start - 1 : start] in (" ", "\t") and _DIGIT_SPACE_BEFORE.search(
            text, max(0, start - 2), start
        ):
            return  # `1900 1234`: a phone or code written in blocks, not a number
        # the lower bound of a range with no unit of its own (5-6%): borderline
        rng = _RANGE_NEXT.match(text, end) if text[end : end + 1] in _RANGE_FIRST else None
        if rng and scale is None and unit is None:
            nxt = _NUMERAL_AT.match(text, rng.end())
            if nxt:
                n_scale, n_power, n_unit, n_class, n_stop = self.read_right(nxt.end())
                if not (n_unit or n_scale):
                    n_unit = self.counted_noun(n_stop)[0]
                    n_class = "count" if n_unit else None
                if n_unit or n_scale:
                    self.emit(
                        start, end, number, n_scale, n_power, n_unit, n_class, 0.3, "range-low"
                    )
                    return
        if unit is None and scale is None:
            shared = self._shared_unit(end)
            if shared is not None:  # `lần lượt đạt 1,8 và 1,3 tỷ USD`: the unit is said once
                n_scale, n_power, n_unit, n_class = shared
                self.emit(start, end, number, n_scale, n_power, n_unit, n_class, 0.6, "shared-unit")
                return
        if unit is None and scale is None and self._next_word(stop) in TIME_NOUNS:
            return  # a period or a duration: `6 tháng`, `21 năm`
        if unit is None:
            noun, noun_end, capitalised = self.counted_noun(stop)
            if (
                noun is not None
                and p1 == "số"
                and scale is None
                and (capitalised or noun.split()[0].lower() in lx.ADDRESS_NOUNS)
            ):
                return  # `số 10 đường Trần Phú`, `số 1 Nghi Lộc`: an address or a name
            if noun is not None:
                low = noun.lower()
                conf = 0.55 if capitalised else 0.85
                if low in lx.RHETORICAL_NOUNS:
                    conf = 0.3
                if plain_year and scale is None:
                    return
                rate = _PER.match(text, noun_end)
                if rate:  # `200 người/km2`: a rate, not a count
                    unit_text = noun + " ".join(rate.group().split())
                    self.emit(start, rate.end(), number, scale, power, unit_text, "other", 0.8)
                    return
                self.emit(start, noun_end, number, scale, power, noun, "count", conf)
                return
            if scale is None:
                if p1 in ("số",) or not self._bare_allowed(toks):
                    return
                noun = self.ctx.noun_before(start)
                self.emit(start, end, number, None, None, noun, "count", 0.4, "bare")
                return
            self.emit(start, stop, number, scale, power, None, "count", 0.6)
            return
        conf = 0.95 if unit_class in ("USD", "VND", "EUR", "percent") else 0.9
        if len(unit_class) == 3 and unit_class.isupper():
            conf = 0.95
        self.emit(start, stop, number, scale, power, unit, unit_class, conf)

    def _shared_unit(self, end: int, depth: int = 0):
        """Scale and unit of a list like `1,8 và 1,3 tỷ USD`, said after its last number."""
        joint = _AND_NEXT.match(self.text, end)
        if joint is None or depth > 3:
            return None
        nxt = _NUMERAL_AT.match(self.text, joint.end())
        if nxt is None:
            return None
        n_scale, n_power, n_unit, n_class, _ = self.read_right(nxt.end())
        if n_scale is None and (n_unit is None or n_class == "count"):
            return self._shared_unit(nxt.end(), depth + 1)
        return n_scale, n_power, n_unit, n_class

    @staticmethod
    def _bare_allowed(toks: list[str]) -> bool:
        """A number with no unit or noun is a figure only after a linking word or qualifier."""
        if not toks:
            return False
        return toks[0] in ("là", "đạt", "gồm", ":", "khoảng", "hơn", "gần", "trên", "lên")

    # -- words -----------------------------------------------------------------------
    def words(self, m) -> None:
        """A number in words. Most hits are not figures (`năm` before a year, `một`
        as an article), so the rejections that need no look to the left come first:
        every check is a pure test, their order does not change the outcome."""
        text = self.text
        start = m.start()
        raw = m.group().split()
        if raw[0][0].isupper() and not _is_sentence_start(text, start):
            return
        # longest prefix that reads as a number
        for n in range(len(raw), 0, -1):
            value = parse_number_words(raw[:n])
            if value is not None:
                break
        else:
            return
        first = raw[0].lower()
        end = start + [w.end() for w in _NON_SPACE.finditer(m.group())][n - 1]
        if first != "đôi":
            scale, power, unit, unit_class, stop = self.read_right(end)
            measured = unit_class is not None and unit_class != "count"
            if n == 1 and first in ("một", "năm", "tư") and not (measured or scale):
                return
        toks = self.left_tokens(start)
        p1 = toks[0] if toks else ""
        if p1 in lx.ORDINAL_BEFORE or p1 in lx.VAGUE_BEFORE or p1 in ("lần", "ngày", "tháng"):
            return
        number = Decimal(value)
        if first == "đôi":
            if p1 != "gấp":
                return
            verb = _GAP_VERB.search(text, max(0, start - 12), start)
            start -= len(verb.group()) if verb else 0  # the span is `gấp đôi` (guideline §4)
            self.emit(start, end, number, None, None, "lần", "other", 0.5, "number-word")
            return
        if measured or scale:
            self.emit(start, stop, number, scale, power, unit, unit_class, 0.7, "number-word")
            return
        nxt = self._next_word(end)
        if nxt in lx.IDIOMS_AFTER.get(first, ()):
            return
        noun, noun_end, capitalised = self.counted_noun(end)
        if noun is None or capitalised:
            return
        conf = 0.3 if noun.lower() in lx.RHETORICAL_NOUNS else 0.6
        self.emit(start, noun_end, number, None, None, noun, "count", conf, "number-word")

    def run(self) -> list[Figure]:
        text = self.text
        cands = [(m.start(), 0, m) for m in _DIGITS.finditer(text)]
        cands += [(m.start(), 1, m) for m in _number_words(text, self.ctx.low)]
        cands.sort(key=lambda c: c[0])
        last_end = -1
        for pos, kind, m in cands:
            if pos < last_end:
                continue
            if kind == 0:
                skip = _SKIP_AT.match(text, pos)
                if skip:  # a date, a document number, a time ...: not a figure
                    last_end = skip.end()
                    continue
                day = _DAY_MONTH.match(text, pos)
                if day and _DAY_WORD_BEFORE.search(text, max(0, pos - 12), pos):
                    last_end = day.end()  # `tối 25-9`, `ngày 5.3`: a date written with - or .
                    continue
            before = len(self.out)
            if kind == 0:
                self.digits(m)
            else:
                self.words(m)
            if len(self.out) > before:
                last_end = self.out[-1].end
        return self.out


def _number_words(text: str, low: str | None):
    """`_WORDS.finditer(text)`, trying the pattern only where _WORDS_KEY finds a word
    (in `low`, the lower-cased text with the same offsets, when there is one)."""
    last = 0
    keys = _WORDS_KEY_LOW.finditer(low) if low is not None else _WORDS_KEY.finditer(text)
    for k in keys:
        pos = k.start()
        if pos < last:
            continue
        m = _WORDS.match(text, pos)
        if m:
            last = m.end()
            yield m


def extract_figures(text: str) -> list[Figure]:
    """Every candidate figure in `text`, in document order (a pure function)."""
    return _Scanner(text).run()


_SELECTION_STRIP = regex.compile(r"^[\s(\"“]+|[\s)\"”.,;:]+$")


def parse_selection(text: str) -> Figure | None:
    """Parse a span a reviewer selected as a missed figure; offsets relative to `text`.

    The span's first numeral is read with the extractor's own rules; when they
    would reject it (a bare number, say) it is still returned, as the reviewer
    asked for it.
    """
    if not text or not text.strip():
        return None
    for fig in extract_figures(text):
        return fig
    m = regex.search(NUMERAL, text)
    if not m:
        return None
    number = parse_numeral(m.group())
    if number is None:
        return None
    scanner = _Scanner(text)
    scale, power, unit, unit_class, stop = scanner.read_right(m.end())
    return Figure(
        start=m.start(),
        end=stop,
        text=text[m.start() : stop],
        number=number,
        scale=scale,
        value=apply_scale(number, power or 0),
        unit=unit,
        unit_class=unit_class or "count",
        confidence=1.0,
        kind="manual",
    )


__all__ = ["CURRENCIES", "extract_figures", "parse_selection"]
