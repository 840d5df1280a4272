"""The measure's word reader: a span of text as `Word`s, with their roles.

`words()` reads a span into syllables grouped by the longest listed compound
(`measure_words.ROLES`, walked syllable by syllable in `SYLLABLE_TRIE`), numbers,
punctuation, one `x` word per place or period mention the caller removes, and `(FDI)`
after a phrase as one acronym word; `expand`, `clean`, `trim` and `render` are what
the measure readers do with such words.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from solieu.extract.lexicon import GRADE_BEFORE, GRADE_NOUNS
from solieu.extract.measure_words import (
    BEFORE_MENTION,
    NUMBER_WORDS,
    ROLES,
    SYLLABLE_TRIE,
)
from solieu.extract.units import TIME_NOUNS

TOKEN = regex.compile(r"\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:[-.'][\p{L}\p{M}\p{N}]+)*|\S")
# what follows a grade's number (a range's upper bound, then the grade noun)
_GRADE_NEXT = regex.compile(
    rf"(?:[ \t]*(?:[-–]|[ \t]đến)[ \t]*\d+)?[ \t]+(?:{'|'.join(GRADE_NOUNS)})(?![\p{{L}}\p{{N}}])"
)
# a size grade: its word, its number (or range) and its unit (guideline §9)
_GRADE_FINDS = tuple(f"{g} " for g in GRADE_BEFORE)
_GRADE_SPAN = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{'|'.join(GRADE_BEFORE)})[ \t]+\d+(?:[ \t]*[-–][ \t]*\d+)?"
    r"[ \t]*[\p{L}]+(?:/[\p{L}\p{N}]+)?"
)
# the words of a value of years or an age, around its number and noun
_BEFORE_VALUE = frozenset(["từ", "trên", "dưới", "hơn", "gần", "khoảng", "đủ", "đến", "tới"])
_AFTER_AGE = frozenset(["trở", "trở lên", "trở xuống", "lên", "xuống"])
# roles a measure never starts with, and never ends with
LEAD_DROP = frozenset(["FUNC", "AUX", "FILLER", "PREP", "MATRIX", "GVERB", "PLACE", "STOP"])
END_DROP = frozenset(["FUNC", "AUX", "PREP", "PLACE", "STOP", "FILLER"])
GROWTH = frozenset(["tăng trưởng", "tốc độ tăng trưởng", "tốc độ tăng"])


class Word(NamedTuple):
    text: str
    low: str
    start: int
    end: int
    kind: str  # w word, n number, p punctuation, x a removed mention, a acronym
    role: str  # a role of measure_words.ROLES, or W for an unlisted word


_new = tuple.__new__  # a Word without the Python-level `__new__` of a NamedTuple


def words(text: str, a: int, b: int, strip: list[tuple[int, int]]) -> list[Word]:
    """The words of text[a:b], compounds joined, each removed mention as one `x` word."""
    out: list[Word] = []
    run: list[tuple[str, str, int, int]] = []
    pos = a
    for g in _GRADE_FINDS:  # (a loop, not `any` over a generator: asked for every clause)
        if text.find(g, a, b) >= 0:
            strip = _with_grades(text, a, b, strip)
            break
    for sa, sb in strip[max(0, bisect.bisect_left(strip, (a, a)) - 1) :]:
        if sa >= b:
            break
        if sb <= pos:
            continue
        _tokens(text, pos, sa, run, out)
        _flush(run, out)
        out.append(_new(Word, ("", "", sa, sb, "x", "X")))
        pos = sb
    _tokens(text, pos, b, run, out)
    _flush(run, out)
    if text.find(" - ", a, b) >= 0 or text.find(" – ", a, b) >= 0:
        out = _join_dashes(out)
    return _merge_acronyms(out) if text.find("(", a, b) >= 0 else out


# the roles of the two sides of a compound name joined by a dash (`công nghiệp - xây dựng`:
# `xây dựng` is listed as a verb that tells counts apart, but here it names a sector)
_DASH_SIDES = frozenset(["W", "N", "TRADE", "CVERB"])


def _join_dashes(ws: list[Word]) -> list[Word]:
    """`công nghiệp - xây dựng`, `Việt Nam - Nhật Bản`, `dệt may - da giày`: a spaced dash
    between two nouns written alike (both lower case, or both capitalised) joins one
    compound name (a sector pair, a partner pair, a province) into one word, so the
    measure is not cut at it. A dash that opens an aside (`20 dự án - một con số kỷ lục`,
    `Hà Nội - nơi có …`) has a number, a function word or a change of case next to it."""
    out: list[Word] = []
    i, n = 0, len(ws)
    while i < n:
        w = ws[i]
        if (
            w.kind == "p"
            and w.text in "-–"
            and out
            and i + 1 < n
            and _dash_side(out[-1])
            and _dash_side(ws[i + 1])
            and out[-1].end < w.start
            and ws[i + 1].start > w.end
            and _alike(out[-1], ws[i + 1])
            and (ws[i + 1].role != "CVERB" or not _has_object(ws, i + 2))
        ):
            if out[-1].kind == "x" or ws[i + 1].kind == "x":
                i += 1  # `Việt Nam - Hàn Quốc`: a pair of names; one is removed
                continue
            left, right = out.pop(), ws[i + 1]
            role = "W" if left.text[:1].isupper() else "N"
            text = f"{left.text} - {right.text}"
            out.append(Word(text, text.lower(), left.start, right.end, "w", role))
            i += 2
            continue
        out.append(w)
        i += 1
    return out


def _has_object(ws: list[Word], j: int) -> bool:
    """A verb after a dash with its object or number after it closes an aside (`Hà Nội
    - nơi có nhiều khu công nghiệp - thu hút 2 tỷ USD`): it is no sector's name; so is a
    verb that the words end with (the figure read after them is its object)."""
    return j >= len(ws) or (
        ws[j].kind == "n" or ws[j].role in ("W", "N", "HEAD", "AMOUNT", "TRADE")
    )


def _dash_side(w: Word) -> bool:
    """A noun (a removed place or period mention is a name too)."""
    return w.kind == "x" or (w.kind == "w" and w.role in _DASH_SIDES and w.low not in NUMBER_WORDS)


def _alike(a: Word, b: Word) -> bool:
    """Both written in lower case, or both names (a removed mention counts as a name)."""
    return (a.kind == "x" or a.text[:1].isupper()) == (b.kind == "x" or b.text[:1].isupper())


def _with_grades(text: str, a: int, b: int, strip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans to remove, with the size grades a product is sold by (`tôm cỡ 100 con/kg`,
    `loại 30 - 40 con/kg`): a grade is a non-figure inside a name (guideline §9), and its
    number and unit are no words of the measure (`giá tôm thẻ chân trắng`, not `… cỡ con kg`)."""
    grades = [m.span() for m in _GRADE_SPAN.finditer(text, a, b)]
    return sorted([*strip, *grades]) if grades else strip


def _tokens(text: str, a: int, b: int, run: list, out: list[Word]) -> None:
    # No token holds a space and the pattern looks neither ahead nor behind, so the
    # tokens of text[a:b] are those of its pieces between spaces, each read alone; a
    # piece of letters only (`str.isalpha`: every such character is in `\p{L}` and
    # none in `\p{N}`, a test checks every code point) is one token, read with no match
    s = a
    for piece in text[a:b].split(" "):
        e = s + len(piece)
        if piece.isalpha():
            run.append((piece, piece.lower(), s, e))
        elif piece:
            _matched(text, s, e, run, out)
        s = e + 1


def _matched(text: str, a: int, b: int, run: list, out: list[Word]) -> None:
    # no match objects: the pattern skips only white space (`\S` takes any other
    # character), which no token starts with, so a token starts where `find` finds it
    find, pos = text.find, a
    for t in TOKEN.findall(text, a, b):
        s = find(t, pos)
        pos = s + len(t)
        if t[0].isalpha():
            run.append((t, t.lower(), s, pos))
            continue
        if run:
            _flush(run, out)
        if _in_grade(text, t, s, pos, out):  # `khách sạn 4 - 5 sao`: part of a name
            out.append(_new(Word, (t, t, s, pos, "w", "W")))
            continue
        out.append(_new(Word, (t, t, s, pos, "n" if t[0].isdigit() else "p", "P")))


def _in_grade(text: str, t: str, s: int, e: int, out: list[Word]) -> bool:
    """A number of a grade (`5 sao`, `3 đến 5 sao`, `4 - 5 sao`), or the dash of such a
    range: a name's words, kept in the measure (GUIDELINE §9: the name may appear in it)
    and no boundary of its clause."""
    if t[0].isdigit():  # (most numbers have no grade noun after them: found without a match)
        near = text[e : e + 16]
        for g in GRADE_NOUNS:
            if g in near:
                return _GRADE_NEXT.match(text, e) is not None
        return False
    return t in "-–" and bool(out) and out[-1].kind == "w" and out[-1].text[:1].isdigit()


def _flush(run: list[tuple[str, str, int, int]], out: list[Word]) -> None:
    """Group a run of syllables into words: the longest listed one at each place.

    A word grows a syllable at a time while it is the start of a listed one (a path
    of `SYLLABLE_TRIE`), so no unlisted phrase is ever joined to be looked up."""
    i, size = 0, len(run)
    roles, trie = ROLES, SYLLABLE_TRIE
    while i < size:
        t, low, s, e = run[i]
        node = trie.get(low)
        n, role, j = 1, None, i + 1
        while node is not None and j < size:
            node = node.get(run[j][1])
            if node is None:
                break
            j += 1
            got = node.get(None)
            if got:
                n, role = j - i, got
        if role is None:
            out.append(_new(Word, (t, low, s, e, "w", roles.get(low, "W"))))
        elif n == 2:  # most listed words: two syllables
            t2, low2, _, e = run[i + 1]
            out.append(_new(Word, (f"{t} {t2}", f"{low} {low2}", s, e, "w", role)))
        else:
            last = i + n
            text = " ".join([r[0] for r in run[i:last]])
            low = " ".join([r[1] for r in run[i:last]])
            out.append(_new(Word, (text, low, s, run[last - 1][3], "w", role)))
        i += n
    run.clear()


def _merge_acronyms(ws: list[Word]) -> list[Word]:
    """`( FDI )` after a phrase becomes one acronym word that will stand for the phrase."""
    out: list[Word] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        if w.text == "(" and i + 2 < len(ws) and ws[i + 2].text == ")":
            t = ws[i + 1].text
            if ws[i + 1].kind == "w" and t.isupper() and 2 <= len(t) <= 8:
                out.append(Word(t, t.lower(), w.start, ws[i + 2].end, "a", "ACR"))
                i += 3
                continue
        out.append(w)
        i += 1
    return out


def expand(ws: list[Word]) -> list[Word]:
    """Replace the phrase an acronym abbreviates by the acronym (`đầu tư nước ngoài (FDI)`)."""
    out: list[Word] = []
    for w in ws:
        if w.kind == "a":
            k = len(out)
            while k > 0 and out[k - 1].kind == "w" and out[k - 1].role not in LEAD_DROP:
                if out[k - 1].low in GROWTH:
                    break
                k -= 1
            if ROLES.get(w.low) == "HEAD" and len(out) - k > 1:
                continue  # `chỉ số giá tiêu dùng (CPI)`: a quantity's own name, in full
            if len(out) - k > 1 and out[k].role in ("HEAD", "AMOUNT"):
                k += 1  # `vốn | đầu tư trực tiếp nước ngoài (FDI)` keeps its head: `vốn FDI`
            w = w._replace(kind="w", role="N", low=w.text.lower())
            del out[k:]
        out.append(w)
    return out


def clean(ws: list[Word], commas: bool = False) -> list[Word]:
    """Drop removed mentions with the preposition before them, place words and numbers;
    a number of years or an age goes with its words (`từ 15 tuổi trở lên`: value words)."""
    out: list[Word] = []
    dropped = aged = False  # the last word was a dropped number; an age or a duration
    for i, w in enumerate(ws):
        if w.kind == "x" or w.role == "PLACE":
            while out and out[-1].low in BEFORE_MENTION:
                out.pop()
            continue
        if dropped and w.low in TIME_NOUNS and _bounded(out, ws, i):
            while out and out[-1].low in _BEFORE_VALUE:
                out.pop()
            dropped, aged = False, True
            continue
        if aged and w.low in _AFTER_AGE:
            continue
        dropped = aged = False
        if w.kind == "n" and not (out and out[-1].text.isupper() and out[-1].kind == "w"):
            dropped = True
            continue  # `RON 95` keeps its number; values and codes do not
        if w.kind == "p" and not (commas and w.text == ","):
            continue
        out.append(w)
    return out


def _bounded(out: list[Word], ws: list[Word], i: int) -> bool:
    """The number before ws[i], a time noun, is a bound of an age or a duration: after
    `từ`, `trên`, `dưới` … or before `trở lên` (`từ 15 tuổi trở lên`, `trên 5 năm`)."""
    after = ws[i + 1].low if i + 1 < len(ws) else ""
    return bool(out and out[-1].low in _BEFORE_VALUE) or after in _AFTER_AGE


def trim(ws: list[Word]) -> list[Word]:
    """Without the words a measure never starts or ends with."""
    i, j = 0, len(ws)
    while i < j and (ws[i].role in LEAD_DROP or ws[i].kind not in "wan"):
        i += 1
    while j > i and (ws[j - 1].role in END_DROP or ws[j - 1].kind not in "wan"):
        j -= 1
    return ws[i:j]


def _goes_on_name(before: Word | None, w: Word) -> bool:
    """A capitalised listed word right after a capitalised word goes on a proper name
    (`Nhật Bản`: `bản` is listed, as in `bản ghi nhớ`): it keeps its capital."""
    return (
        before is not None
        and before.kind == "w"
        and before.text[:1].isupper()
        and w.text[:1].isupper()
        and before.end < w.start <= before.end + 1
    )


def render(ws: list[Word], lower: bool = True) -> str:
    """The words as text; the first one lower-cased unless it is an acronym."""
    out = ""
    before: Word | None = None
    for w in ws:
        t = " ".join(w.text.split())
        if w.role not in ("W", "ACR", "P") and not t.isupper() and not _goes_on_name(before, w):
            t = t[:1].lower() + t[1:]  # a common word written first in its sentence
        before = w
        out += t if (w.kind == "p" or not out) else " " + t
    first = out.split(" ", 1)[0]
    if not lower or (first.isupper() and len(first) > 1):
        return out
    return out[:1].lower() + out[1:]
