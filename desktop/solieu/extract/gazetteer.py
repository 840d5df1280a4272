"""The place gazetteer: every spelling of a Vietnamese place to one canonical name.

GUIDELINE §8 "place" names a figure's area canonically: a province without its
administrative word (`Hồ Chí Minh` for `TP.HCM`), `Việt Nam` for national figures,
regions by full name, foreign countries as Vietnamese writes them, and a smaller
unit as its province. Provinces, their codes, the 2025 mergers and the old
districts come from the vietnamadminunits package (place_data); what it cannot
have (press abbreviations, regions, countries) from place_names.

The index is built once, on first use, and then shared. `find_places` scans a
document with one trie pattern (place_forms) and decides each hit with a few
anchored look-ups around it (place_sense), so its cost is linear in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from solieu.extract import place_names as pn
from solieu.extract.place_data import load_divisions
from solieu.extract.place_forms import fold, spellings, trie_pattern
from solieu.extract.place_roles import Role, continues_list, role_at
from solieu.extract.place_sense import (
    ADMIN_CLASS,
    NOT_PLACES,
    Kind,
    Meanings,
    Sense,
    decide,
    lookup_key,
    typed_names,
    untyped_name,
)

NATION = pn.NATION
_BY_LENGTH = sorted(ADMIN_CLASS, key=len, reverse=True)
_DOTTED = "|".join(re.escape(w) for w in _BY_LENGTH if "." in w)
_ADMIN_PREFIX = re.compile(
    rf"({_DOTTED})\s*(.+)|({'|'.join(re.escape(w) for w in _BY_LENGTH)})\s+(.+)"
)


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    name: str
    kind: Kind
    code: str | None  # official province code before 1 July 2025 (`01` Hà Nội, `79` HCM)
    province_2025: str | None  # the province it is part of from 1 July 2025
    english: str | None = None
    code_2025: str | None = None  # the code of province_2025


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str  # canonical; for a subunit, its province
    kind: Kind
    code: str | None  # the province's official code (pre-2025), for a province or subunit
    province_2025: str | None
    role: Role


@dataclass(frozen=True, slots=True)
class _Index:
    infos: dict[str, PlaceInfo]
    senses: dict[str, Meanings]  # lookup_key -> the spelling's meanings
    folded: dict[str, tuple[Sense, ...]]  # the same without diacritics
    names: tuple[str, ...]
    pattern: re.Pattern[str]  # the names that start with a capital (or a digit)
    low_pattern: re.Pattern[str]  # those that start in lower case: `cả nước`, `miền Trung`
    low_keys: dict[str, tuple[frozenset[str], frozenset[str]]]  # key -> (words before, after)


# A lower-case start would make the trie stop at every `c`, `t`, `n`: those few names
# are found from one of their words with str.find instead, checked against its
# neighbours, and only then matched (each name picks the rarest of these words).
_LOW_KEY_WORDS = ("duyên", "miền", "bằng", "quốc", "nước", "vịnh")
_PUNCT = ",.;:!?)(“”\"'"


def _low_keys(forms: list[str]) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For each key word, the words its names have right before it and right after it."""
    keys: dict[str, tuple[set[str], set[str]]] = {}
    for form in forms:
        words = form.split()
        word = next((w for w in _LOW_KEY_WORDS if w in words), words[0])
        j = words.index(word)
        before, after = keys.setdefault(word, (set(), set()))
        # a name that starts with its key is told by the word after it
        (before if j else after).add(
            words[j - 1] if j else words[j + 1] if j + 1 < len(words) else ""
        )
    return {k: (frozenset(b), frozenset(a)) for k, (b, a) in keys.items()}


def _low_hits(text: str, idx: _Index) -> list[tuple[int, int]]:
    """Spans of the lower-case-initial names, in order."""
    found: dict[int, int] = {}
    for word, (before, after) in idx.low_keys.items():
        n = len(word)
        i = text.find(word)
        while i >= 0:
            j = i + n
            if not (i and text[i - 1].isalnum()) and not text[j : j + 1].isalnum():
                prev = text[max(0, i - 8) : i].rsplit(None, 1)[-1:]
                nxt = text[j : j + 10].split(None, 1)[:1]
                if (prev and prev[0] in before) or (nxt and nxt[0].strip(_PUNCT) in after):
                    for m in idx.low_pattern.finditer(text, max(0, i - 40), j + 60):
                        if m.start() <= i < m.end() and not text[m.end() : m.end() + 1].isalnum():
                            found.setdefault(m.start(), m.end())
            i = text.find(word, j)
    return sorted(found.items())


def _build() -> _Index:
    div = load_divisions()
    infos: dict[str, PlaceInfo] = {}
    senses: dict[str, list[Sense]] = {}
    forms: set[str] = set()

    def add(form: str, sense: Sense, caps: bool = True) -> None:
        for spelled in spellings(form, caps):
            forms.add(spelled)
            bucket = senses.setdefault(lookup_key(spelled), [])
            if sense not in bucket:
                bucket.append(sense)

    new_code = {p.name: p.code for p in div.provinces_2025}
    for p in div.provinces:
        new = div.to_2025[p.name]
        infos[p.name] = PlaceInfo(p.name, "province", p.code, new, None, new_code[new])
    for p in div.provinces_2025:  # a name the reorganisation created (none in July 2025)
        infos.setdefault(p.name, PlaceInfo(p.name, "province", None, p.name, None, p.code))
    for name in infos:
        add(name, Sense(name, "province"))
    for name, aliases in pn.PROVINCE_ALIASES.items():
        for alias in aliases:
            add(alias, Sense(name, "province", alias=True))
    for d in div.districts:
        if d.name.isdigit():  # Quận 1 ... Quận 12: only with the word
            for word in pn.ADMIN_WORDS[d.kind][:2]:
                add(f"{word} {d.name}", Sense(d.province, "subunit", d.kind, typed=True), False)
        else:
            add(d.name, Sense(d.province, "subunit", d.kind), False)
    for name, english, aliases in pn.REGIONS:
        infos[name] = PlaceInfo(name, "region", None, None, english)
        for form in (name, *aliases):
            add(form, Sense(name, "region"))
    infos[NATION] = PlaceInfo(NATION, "nation", None, None, pn.NATION_ENGLISH)
    for form in pn.NATION_FORMS:
        add(form, Sense(NATION, "nation"))
    for name, english, aliases in pn.COUNTRIES:
        infos[name] = PlaceInfo(name, "country", None, None, english)
        for form in (name, *aliases):
            add(form, Sense(name, "country"))
    for form in NOT_PLACES:
        add(form, Sense(form, "none"))

    folded: dict[str, list[Sense]] = {}
    for k, ss in senses.items():
        bucket = folded.setdefault(fold(k), [])
        bucket += [s for s in ss if s not in bucket]
    order = {"province": 0, "region": 1, "nation": 2, "country": 3}
    names = tuple(sorted(infos, key=lambda n: (order[infos[n].kind], infos[n].code or "99", n)))
    upper = [f for f in forms if f[0].isupper() or f[0].isdigit()]
    lower = sorted(f for f in forms if not (f[0].isupper() or f[0].isdigit()))
    return _Index(
        infos,
        {k: Meanings.of(tuple(v)) for k, v in senses.items()},
        {k: tuple(v) for k, v in folded.items()},
        names,
        re.compile("(?:" + trie_pattern(upper) + r")(?!\w)"),
        re.compile(r"(?<!\w)(?:" + trie_pattern(lower) + r")(?!\w)"),
        _low_keys(lower),
    )


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _build()


def find_places(text: str) -> list[PlaceMention]:
    """Every place mention of an NFC, LF text, in order, with its span, name and role."""
    idx = _index()
    out: list[PlaceMention] = []
    pos = 0
    search, senses = idx.pattern.search, idx.senses
    low, li = _low_hits(text, idx), 0
    m = search(text, 0)
    shared: dict[str, str] = {}  # one object per surface form: a long text repeats a few
    while True:
        # the pattern has no look-behind, so a match found from an earlier position
        # that starts at or after `pos` is the one a search from `pos` finds
        if m is not None and m.start() < pos:
            m = search(text, pos)
        while li < len(low) and low[li][0] < pos:
            li += 1
        if li < len(low) and (m is None or low[li][0] < m.start()):
            start, end = low[li]
        elif m is None:
            return out
        else:
            start, end = m.span()
        if start and text[start - 1].isalnum():  # the trie has no look-behind (see place_forms)
            pos = start + 1
            continue
        meanings = senses[lookup_key(text[start:end])]
        decided = decide(text, start, end, meanings, idx.pattern, senses)
        if decided is None:
            pos = end if meanings.none else start + 1
            continue
        name, kind, begin, stop = decided
        if out and begin < out[-1].end:  # a zone name reaching back over the one before
            pos = stop
            continue
        info = idx.infos[name]
        if out and continues_list(text, out[-1].end, begin, stop, out[-1].role == "example"):
            role = out[-1].role
        else:
            role = role_at(text, begin, stop, kind)
        code = info.code if kind in ("province", "subunit") else None
        surface = text[begin:stop]
        surface = shared.setdefault(surface, surface)
        out.append(PlaceMention(begin, stop, surface, name, kind, code, info.province_2025, role))
        pos = stop


def canonical_place(surface: str) -> str | None:
    """The canonical name of any spelling (`tp.hcm`, `Tp Hồ Chí Minh`, `ĐBSCL`), else None.

    Case, spaces, tone placement and the administrative word do not matter; a
    spelling without diacritics is accepted when it is unambiguous. A district
    name shared by provinces gives None (with its word too, if still shared).
    """
    idx = _index()
    k = lookup_key(surface)
    if not k:
        return None
    if k in idx.senses:
        return untyped_name(idx.senses[k].senses)
    spaced = " ".join(surface.split()).casefold()
    typed = _ADMIN_PREFIX.fullmatch(spaced)
    if typed:
        word, rest = (typed.group(1), typed.group(2)) if typed.group(1) else typed.group(3, 4)
        meanings = idx.senses.get(lookup_key(rest))
        if meanings:
            names = typed_names(meanings.senses, ADMIN_CLASS[word])[0]
            return next(iter(names)) if len(names) == 1 else None
    folded = idx.folded.get(fold(k))
    return untyped_name(folded) if folded else None


def place_info(name: str) -> PlaceInfo | None:
    """Kind, code, 2025 province and English name of a place, by any of its spellings."""
    canonical = canonical_place(name)
    return _index().infos.get(canonical) if canonical else None


def place_names() -> list[str]:
    """Canonical names for a completer: provinces (by code), regions, the nation, countries."""
    return list(_index().names)


def dominant_place(text: str) -> str | None:
    """The province or region a document is mostly about, or `Việt Nam` when the nation is.

    Only subject mentions count: a place named as a partner or a comparison is not
    what the text is about. The nation wins when named at least as often as the top
    province (a national report that lists provinces names each of them less often).
    """
    counts: Counter[str] = Counter()
    nation = 0
    for m in find_places(text):
        if m.role != "subject":
            continue
        if m.kind == "nation":
            nation += 1
        elif m.kind != "country":
            counts[m.name] += 1
    if not counts:
        return NATION if nation else None
    best, n = counts.most_common(1)[0]  # ties: the first named
    return NATION if nation >= n else best
