"""Spelling machinery of the gazetteer: comparison keys, tone variants, one trie pattern.

Vietnamese writes the tone of `oa`, `oe`, `uy` at the end of a syllable in two
ways (`Hòa`/`Hoà`, `Thủy`/`Thuỷ`); both are in use, so each name is matched in
either and compared in one (the modern one, the package's). A name may be broken
by a hard line wrap between any two words, and `Bà Rịa-Vũng Tàu` is written with
or without spaces around the dash.

All names are compiled into one stdlib-`re` pattern shaped as a trie: every
alternative starts with a literal character, so the engine skips in C to the
characters that can start a name, and at each of them follows one branch per
character instead of trying every name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

SEP = r"[ \t]*\n?[ \t]*"
DASH = SEP + "[-–—]" + SEP

_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "o": "òóỏõọ", "u": "ùúủũụ", "y": "ỳýỷỹỵ"}
_OLD_TO_NEW: dict[str, str] = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _i in range(5):
        _old = _first + _TONED[_second][_i]  # oà
        _new = _TONED[_first][_i] + _second  # òa
        for _f in (str.lower, str.upper, str.capitalize):
            _OLD_TO_NEW[_f(_old)] = _f(_new)
_NEW_TO_OLD = {v: k for k, v in _OLD_TO_NEW.items()}


def _swap(table: dict[str, str]) -> re.Pattern[str]:
    # syllable-final only (`Hoàn` has one spelling), and not the `u` of `qu` (`Quý`)
    alts = "|".join(sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![qQ])(?:{alts})(?![^\W\d_])")


_TO_NEW, _TO_OLD = _swap(_OLD_TO_NEW), _swap(_NEW_TO_OLD)


def new_tone(s: str) -> str:
    """`Thanh Hoá` -> `Thanh Hóa`: tone marks in the modern place."""
    return _TO_NEW.sub(lambda m: _OLD_TO_NEW[m.group()], s)


def old_tone(s: str) -> str:
    """`Thanh Hóa` -> `Thanh Hoá`."""
    return _TO_OLD.sub(lambda m: _NEW_TO_OLD[m.group()], s)


def spellings(form: str, caps: bool = True) -> set[str]:
    """The written variants of a form: both tone placements, and all capitals."""
    out = {form, new_tone(form), old_tone(form)}
    if caps:
        out |= {f.upper() for f in out}
    return out


_DASHES = re.compile(r"\s*[-–—‐]\s*")
_DOTS = re.compile(r"\.\s*")
_SPACES = re.compile(r"\s+")


def key(surface: str) -> str:
    """The comparison key of a spelling: NFC, one tone placement, spaces and case folded."""
    s = unicodedata.normalize("NFC", surface).strip()
    s = _SPACES.sub(" ", _DOTS.sub(".", _DASHES.sub("-", s)))
    return new_tone(s).casefold()


def fold(s: str) -> str:
    """`key` without diacritics: `nghe an` for `Nghệ An` (what a reviewer may type)."""
    s = unicodedata.normalize("NFD", key(s).replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def _tokens(form: str) -> list[str]:
    out: list[str] = []
    for part_no, part in enumerate(_DASHES.split(form)):
        if part_no:
            out.append(DASH)
        for ch in part:
            out.append(SEP if ch == " " else re.escape(ch))
    return out


def trie_pattern(forms: Iterable[str]) -> str:
    """One regular expression matching any of the forms, longest first, as a trie."""
    root: dict = {}
    for form in forms:
        node = root
        for tok in _tokens(form):
            node = node.setdefault(tok, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict) -> str:
    alts = [tok + _emit(child) for tok, child in sorted(node.items()) if tok]
    if not alts:
        return ""
    if len(alts) == 1 and "" not in node:
        return alts[0]
    # an optional group: the longer names are tried first, the name ending here last
    return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")
