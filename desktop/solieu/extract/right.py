"""The right side of a number: scale word, unit, counted noun, a unit said once for a list.

Small anchored patterns read from the end of the numeral, so the cost of a
candidate does not depend on the length of the text.
"""

from __future__ import annotations

import regex

from solieu.extract import lexicon as lx
from solieu.extract.candidates import SP
from solieu.extract.numbers import NUMERAL, SCALE_PATTERN, SCALES, scale_of
from solieu.extract.units import (
    CLASSIFIERS,
    COMPOUND_NOUNS,
    CURRENCIES,
    FUNCTION_WORDS,
    MEASURES,
    NOUN_UNITS,
    TIME_NOUNS,
    UNIT_PATTERN,
    classify_unit,
    counted_noun_length,
)

_RIGHT = regex.compile(
    # a scale ends its word, or runs into a capital (`3 triệuUSD`, a typo of the press)
    rf"(?P<sp1>{SP})(?:(?P<scale>(?i:{SCALE_PATTERN}))(?![\p{{Ll}}\p{{Lm}}\p{{Lo}}\p{{N}}])"
    rf"(?P<sp2>{SP}))?"
    rf"(?:{UNIT_PATTERN})?"
)
# What a scale or a unit of _RIGHT can start with, after its spaces (SP): a scale
# case-insensitively (a test checks no other code point matches its first letters so);
# after at most one space, any other character (or the end) settles that neither follows.
_STARTS = frozenset(
    [k[0] for k in (*CURRENCIES, *MEASURES)]
    + [f(k[0]) for k in SCALES for f in (str.lower, str.upper)]
)
_SPACES = frozenset(" \t\n")
_PUNCTUATION = frozenset(".,;:!?()")  # the marks of _WORDS_AFTER
_JOINT_STARTS = frozenset(",;vh \t")  # what _AND_NEXT can start with after one space


def _no_unit_words() -> frozenset[str]:
    """Common words (of the lexicons, as written and capitalised) that, after one space
    and followed by a space, start no scale or unit: _RIGHT matches neither within
    ` word ` (a unit or scale inside the word, or one ending where it ends, would show
    there), and no listed scale or unit of several words has its first words glued
    into it (what alone could cross the space after it)."""
    spaced = [k for k in (*CURRENCIES, *MEASURES, *SCALES) if " " in k]
    heads = {"".join(k.split(" ")[:i]) for k in spaced for i in range(1, k.count(" ") + 1)}
    head = regex.compile("(?i:" + "|".join(regex.escape(h) for h in sorted(heads)) + ")")
    lexicon = (
        {w for c in COMPOUND_NOUNS for w in c.split()} | TIME_NOUNS | FUNCTION_WORDS | CLASSIFIERS
    )
    found = set()
    for w in lexicon | {w.capitalize() for w in lexicon}:
        if not w.isalpha() or head.fullmatch(w):
            continue
        m = _RIGHT.match(f" {w} ")
        if not m.group("scale") and not m.group("unit"):
            found.add(w)
    return frozenset(found)


_NO_UNIT_WORDS = _no_unit_words()
_WORDS_AFTER = regex.compile(rf"(?:{SP}(?:[\p{{L}}\p{{M}}]+(?:-[\p{{L}}]+)?|[.,;:!?()]))" + "{1,5}")
_NEXT_WORD = regex.compile(rf"{SP}([\p{{L}}\p{{M}}]+)")
_WORD_SPLIT = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}]+)?|[.,;:!?()]")
_DECIMAL_END = regex.compile(r",\d+$")  # a numeral with a decimal part ends here
_AND_NEXT = regex.compile(rf"[ \t]*(?:,|;|và|hoặc)[ \t]*(?={NUMERAL})")
NUMERAL_AT = regex.compile(NUMERAL)
# `đồng` that starts another word, not the currency (`đồng chí`, `đồng bào`)
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


class RightSide:
    """Readers of what follows a numeral, over `self.text`."""

    text: str

    def read_right(self, end: int):
        """(scale, power, unit, unit_class, stop) of what follows the numeral at `end`."""
        text = self.text
        c = text[end : end + 1]
        if c == " ":
            c = text[end + 1 : end + 2]
        if c not in _STARTS and c not in _SPACES:  # nothing follows: no match needed
            return None, None, None, None, end
        if text[end : end + 1] == " ":
            stop = text.find(" ", end + 2, end + 14)
            if stop > 0 and text[end + 1 : stop] in _NO_UNIT_WORDS:
                return None, None, None, None, end
        return self._read_right_matched(end)

    def _read_right_matched(self, end: int):
        """read_right by _RIGHT, wherever the character after the spaces may start a
        scale or a unit."""
        m = _RIGHT.match(self.text, end)
        scale = power = None
        stop = end
        unit = unit_class = None
        said_scale, surface = m.group("scale", "unit")  # one call for both groups
        if said_scale:
            scale, power = scale_of(said_scale)  # type: ignore[misc]
            stop = m.end("scale")
        if surface:
            unit_end = m.end("unit")
            if surface == "đồng" and self.next_word(unit_end) in _FALSE_DONG:
                pass
            elif surface in NOUN_UNITS and self._heads_noun(surface, end, unit_end):
                pass  # `5 điểm cầu`, `45 điểm giao thông`: a counted noun, not a unit
            elif m.group("sp1") == "" and not said_scale and surface[0].isalpha():
                # glued letters: only unambiguous measurement units (82km, 100ha)
                unit, unit_class = classify_unit(surface)
                if unit_class in ("count",):
                    unit = None
                stop = unit_end
            else:
                unit, unit_class = classify_unit(surface)
                stop = unit_end
        return scale, power, unit, unit_class, stop

    def _heads_noun(self, surface: str, end: int, unit_end: int) -> bool:
        """Whether a unit that is also a noun heads a counted phrase here: a listed
        compound (`điểm cầu`, `mẫu xét nghiệm`); or `điểm` of a whole number before a word
        it classifies (`45 điểm giao thông`, `12 điểm sạt lở`), a count of spots. A score
        is a number that can be a fraction and stands alone or before a comparison
        (`8,5 điểm`, `15 điểm xuống`, `27 điểm trở lên`): no word of its own follows."""
        nxt = self.next_word(unit_end)
        if f"{surface} {nxt}" in COMPOUND_NOUNS:
            return True
        if surface != "điểm" or not nxt or nxt in FUNCTION_WORDS or nxt in TIME_NOUNS:
            return False
        if nxt in lx.SCORE_AFTER or _DECIMAL_END.search(self.text, max(0, end - 24), end):
            return False
        # the word as written: a capital (`8 điểm Toán`) names a subject, not a spot
        return _NEXT_WORD.match(self.text, unit_end).group(1)[0].islower()

    def next_word(self, pos: int) -> str:
        """The word after `pos` (past spaces, one line break), lowered, or ""."""
        text = self.text
        c = text[pos : pos + 1]
        if c == " ":  # most often one space, then a word of letters only, then a space
            stop = text.find(" ", pos + 1, pos + 40)
            word = text[pos + 1 : stop]
            if stop > 0 and word.isalpha():  # each such character is in the class
                return word.lower()
        elif c < "\x80" and c not in _SPACES and not c.isalpha():
            return ""  # the end, or an ASCII character neither a space nor a letter
        m = _NEXT_WORD.match(text, pos)
        return m.group(1).lower() if m else ""

    def counted_noun(self, pos: int) -> tuple[str | None, int, bool]:
        """(noun, end, capitalised) for the noun phrase after a count, or (None, pos, _)."""
        seq = self._noun_words(pos)
        if not seq:
            return None, pos, False
        first = seq[0][0]
        low = first.lower()
        if low in FUNCTION_WORDS or low in TIME_NOUNS or low == "thứ":
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

    def _noun_words(self, pos: int) -> list[tuple[str, int, int]]:
        """(word, start, end) of the words of _WORDS_AFTER at `pos` up to its first
        punctuation ([] when it does not match). Most often five pieces of letters
        only, each after one space, or fewer up to one that is letters and then a
        punctuation mark: read without a match (str.isalpha characters are in the
        pattern's letter class, tested), the rest by the patterns."""
        text = self.text
        if text[pos : pos + 1] == " ":
            parts = text[pos + 1 : pos + 120].split(" ", 5)
            if len(parts) == 6:  # five pieces, each followed by a space
                seq: list[tuple[str, int, int]] = []
                at = pos + 1
                for piece in parts[:5]:
                    if piece.isalpha():
                        seq.append((piece, at, at + len(piece)))
                        at += len(piece) + 1
                        continue
                    word = piece[:-1]
                    if word.isalpha() and piece[-1] in _PUNCTUATION:
                        seq.append((word, at, at + len(word)))
                        return seq
                    break
                else:
                    return seq
        m = _WORDS_AFTER.match(text, pos)
        return self._words_before_punctuation(pos, m.end()) if m else []

    def _words_before_punctuation(self, pos: int, end: int) -> list[tuple[str, int, int]]:
        """(word, start, end) of the words of _WORD_SPLIT in text[pos:end] up to the first
        punctuation (or a word that starts with a mark): its pieces between spaces read as
        they are while they are letters only, as the pattern reads them (each such
        character is in its letter class, a test checks every code point; no token holds
        a space), the rest by the pattern; a `regex` match costs ~1 µs a word."""
        text = self.text
        seq: list[tuple[str, int, int]] = []
        at = pos
        for piece in text[pos:end].split():
            start = text.find(piece, at)  # only spaces lie before it from `at`
            if not piece.isalpha():
                for w in _WORD_SPLIT.finditer(text, start, end):
                    word = w.group()
                    if not word[0].isalpha():
                        break
                    seq.append((word, w.start(), w.end()))
                break
            at = start + len(piece)
            seq.append((piece, start, at))
        return seq

    def shared_unit(self, end: int, depth: int = 0):
        """Scale and unit of a list like `1,8 và 1,3 tỷ USD`, said after its last number."""
        text = self.text
        c = text[end : end + 1]
        if c == " ":
            c = text[end + 1 : end + 2]
        if c not in _JOINT_STARTS:  # not `,` `;` `và` `hoặc` after spaces: no list
            return None
        joint = _AND_NEXT.match(text, end)
        if joint is None or depth > 3:
            return None
        nxt = NUMERAL_AT.match(self.text, joint.end())
        if nxt is None:
            return None
        n_scale, n_power, n_unit, n_class, _ = self.read_right(nxt.end())
        if n_scale is None and (n_unit is None or n_class == "count"):
            return self.shared_unit(nxt.end(), depth + 1)
        return n_scale, n_power, n_unit, n_class
