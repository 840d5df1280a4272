"""Which place a matched spelling is, from the words around it.

A spelling can have several meanings: `Hòa Bình` is a province and a district of
Bạc Liêu, `Châu Thành` a district of ten provinces, `Đức` a country and a given
name. The administrative word before a name (`huyện`, `tỉnh`, `TP.`) picks the
meaning; a district name shared by provinces is only resolved by the province
named right after it (`huyện Châu Thành, tỉnh Tiền Giang`); a bare name is
dropped where it is part of a person's name or a street (GUIDELINE §8: a smaller
unit gives its province "when the article says which").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import regex

from solieu.extract import place_names as pn
from solieu.extract.place_forms import SEP, key

Kind = Literal["province", "region", "nation", "country", "subunit"]
ADMIN_CLASS = {key(w): cls for cls, words in pn.ADMIN_WORDS.items() for w in words}
# Phrases that hold a place name but are no place (`Thái Bình Dương` is the Pacific).
NOT_PLACES = ("Thái Bình Dương", "Ấn Độ Dương", "Đại Tây Dương")
NOT_PLACES += ("Vịnh Bắc Bộ", "vịnh Bắc Bộ")  # the Gulf of Tonkin, a sea
_PRIORITY: tuple[Kind, ...] = ("province", "region", "nation", "country")


@dataclass(frozen=True, slots=True)
class Sense:
    """One meaning of a spelling: a place, or a district (kind subunit) of a province."""

    name: str  # canonical name; a district's province
    kind: Kind | Literal["none"]
    unit_kind: str | None = None  # a district's: huyện, quận, thị xã, thành phố
    typed: bool = False  # the spelling holds its administrative word (`Quận 1`)
    alias: bool = False  # a press abbreviation (`TP.HCM`), never a person's name


@dataclass(frozen=True, slots=True)
class Meanings:
    """The senses of one spelling, sorted out once when the index is built."""

    senses: tuple[Sense, ...]
    none: bool  # a phrase that is no place (`Thái Bình Dương`)
    primary: Sense | None  # the first province, region, nation or country sense
    units: tuple[Sense, ...]  # the district senses
    unit_names: frozenset[str]  # their provinces
    typed: bool  # the spelling holds the district's word (`Quận 1`)

    @classmethod
    def of(cls, senses: tuple[Sense, ...]) -> Meanings:
        primary = next((s for k in _PRIORITY for s in senses if s.kind == k), None)
        units = tuple(s for s in senses if s.kind == "subunit")
        return cls(
            senses,
            senses[0].kind == "none",
            primary,
            units,
            frozenset(s.name for s in units),
            any(s.typed for s in units),
        )


@lru_cache(maxsize=8192)
def lookup_key(surface: str) -> str:
    """`key` without spaces, as a wrapped or squeezed name may lose them (`TP HCM`/`TPHCM`)."""
    return key(surface).replace(" ", "")


def _words(words: Iterable[str]) -> str:
    """An alternation of the words, longest first, each space standing for a line wrap too."""
    return "|".join(re.escape(w).replace(r"\ ", SEP) for w in sorted(words, key=len, reverse=True))


_ADMIN_BEFORE = re.compile(
    r"(?<!\w)(" + _words([w for ws in pn.ADMIN_WORDS.values() for w in ws]) + ")" + SEP + "$"
)
_ZONE_BEFORE = regex.compile(
    r"(?<!\w)(?:" + _words(pn.ZONE_HEADS) + r")(?:" + SEP + r"[\p{Lu}\d][\w.&'-]*){0,4}" + SEP + "$"
)
_FOLLOW_WORDS = _words([w for c in ("province", "city") for w in pn.ADMIN_WORDS[c]])
_FOLLOW = re.compile(rf"{SEP}(?:[,(–-]{SEP})?(?:(?:{_FOLLOW_WORDS}){SEP})?")
# Cheap tests run before the look-behind patterns: the last word of an administrative
# word, and a piece of every zone head.
_ADMIN_LAST = frozenset(key(w).split()[-1] for ws in pn.ADMIN_WORDS.values() for w in ws)
_ZONE_HINTS = ("KCN", "KKT", "CCN", "KCX", "Khu", "khu", "Cụm", "cụm")  # every head holds one
_ZONE_HINT = re.compile("|".join(_ZONE_HINTS))  # one scan of the window for any of them


def _zone_before(text: str, lo: int, end: int) -> int:
    """`_ZONE_BEFORE.search(text, lo, end).start()`, or -1: a match starts with a zone
    head, and every head with one of _ZONE_HINTS, so the pattern is tried only where
    one of them starts, in order (`finditer` finds them all: no hint's end begins
    another), not at every position of the 90 characters."""
    for h in _ZONE_HINT.finditer(text, lo, end):
        if _ZONE_BEFORE.match(text, h.start(), end):
            return h.start()
    return -1


def _prev_word(text: str, start: int) -> str:
    words = text[max(0, start - 24) : start].split()
    return words[-1] if words else ""


def _next_word(text: str, end: int) -> str:
    words = text[end : end + 20].split(None, 1)
    return words[0].strip(",.;:!?)(“”\"'") if words else ""


def typed_names(senses: tuple[Sense, ...], cls: str) -> tuple[set[str], Kind]:
    """The places a spelling can be after an administrative word of class `cls`."""
    if cls == "province":
        return {s.name for s in senses if s.kind == "province"}, "province"
    if cls == "region":
        return {s.name for s in senses if s.kind == "region"}, "region"
    if cls == "city":
        provinces = {s.name for s in senses if s.kind == "province"}
        if provinces:
            return provinces, "province"
        return {s.name for s in senses if s.unit_kind == "thành phố"}, "subunit"
    return {s.name for s in senses if s.unit_kind == cls}, "subunit"


def untyped_name(senses: tuple[Sense, ...]) -> str | None:
    """The meaning of a bare spelling: a province before a region, a nation, a country,
    then a district if only one province has it."""
    for kind in _PRIORITY:
        chosen = next((s.name for s in senses if s.kind == kind), None)
        if chosen:
            return chosen
    names = {s.name for s in senses if s.kind == "subunit"}
    return names.pop() if len(names) == 1 else None


@lru_cache(maxsize=256)
def _admin_class(word: str) -> str:
    """The class of an administrative word as written (`TP.`, `huyện`), "" if none."""
    return ADMIN_CLASS.get(key(word), "")


def _guarded(
    text: str, start: int, end: int, surface: str, sense: Sense, word: str | None = None
) -> bool:
    """Whether a bare spelling is here part of a person's name, a street or a word;
    `word` is `_prev_word(text, start)` when the caller has it."""
    if surface == "VN":
        return text.startswith("-", end)  # VN-Index
    if sense.alias or sense.kind in ("nation", "region"):
        return False
    if word is None:  # with its punctuation, if any: then it matches nothing
        word = _prev_word(text, start)
    if word in pn.SURNAMES or word in pn.PERSON_WORDS or word in pn.STREET_WORDS:
        return True
    if sense.name == "Hồ Chí Minh" and word in pn.NAMESAKE_WORDS:
        return True
    syllable = " " not in surface and not surface.isupper()  # `Đức`, `Mỹ`, `Huế`
    if syllable or sense.kind == "subunit":
        nxt = _next_word(text, end)
        if nxt and (nxt[0].isupper() or nxt in pn.COMPOUND_AFTER.get(surface, ())):
            return True  # `Mỹ Linh`, `Pháp luật`, `Long Thành Group`
    return False


def _follow(text: str, end: int, pattern: re.Pattern[str], senses: dict) -> tuple[str, int] | None:
    """The province named right after a smaller unit (`huyện X, tỉnh Nghệ An`), and its end."""
    m = _FOLLOW.match(text, end)
    hit = pattern.match(text, m.end()) if m else None
    if not hit or hit.end() <= m.end():
        return None
    found = senses.get(lookup_key(hit.group()))
    names = {s.name for s in found.senses if s.kind == "province"} if found else set()
    if len(names) != 1:
        return None
    stop = hit.end()
    if "(" in m.group() and text.startswith(")", stop):
        stop += 1
    return names.pop(), stop


def decide(
    text: str, start: int, end: int, meanings: Meanings, pattern: re.Pattern[str], index: dict
) -> tuple[str, Kind, int, int] | None:
    """(name, kind, span start, span end) for the hit text[start:end], or None to drop it.

    `index` maps lookup keys to Meanings (for the province named after a district).
    """
    if meanings.none:
        return None
    surface = text[start:end]
    begin = start
    names: set[str] | frozenset[str] = frozenset()
    kind: Kind = "subunit"
    prev = _prev_word(text, start)
    if prev.lower() in _ADMIN_LAST or text[start - 1 : start] == ".":
        adm = _ADMIN_BEFORE.search(text, max(0, start - 16), start)
        if adm:
            names, kind = typed_names(meanings.senses, _admin_class(adm.group(1)))
            if names:
                begin = adm.start()
    if not names and meanings.primary:
        chosen = meanings.primary
        if _guarded(text, start, end, surface, chosen, prev):
            return None
        names, kind = {chosen.name}, chosen.kind  # type: ignore[assignment]
    if not names:
        if not meanings.units:
            return None
        if not meanings.typed and (
            len(surface.split()) < 2 or _guarded(text, start, end, surface, meanings.units[0], prev)
        ):
            return None  # one syllable (`Vinh`) or a person's name: only with its word
        names, kind = meanings.unit_names, "subunit"
    if kind == "subunit":
        after = _follow(text, end, pattern, index)
        if after and after[0] in names:
            return after[0], kind, begin, after[1]
        if len(names) != 1:
            return None  # a district name shared by provinces, and no province after it
    if kind in ("province", "subunit"):
        lo = max(0, begin - 90)
        zone = _zone_before(text, lo, begin)
        if zone >= 0:
            begin, kind = zone, "subunit"
    return next(iter(names)), kind, begin, end
