"""Numbers in words: `tám dự án`, `gấp đôi`, `gần ba triệu lượt khách` (guideline §1, §9).

Most hits of a number word are not figures (`năm` before a year, `một` as an
article, the idioms of guideline §2), so the rejections that need no look to
the left come first: every check is a pure test, their order does not change
the outcome.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

import regex

from solieu.extract import lexicon as lx
from solieu.extract.numbers import parse_number_words
from solieu.extract.walk import is_sentence_start

if TYPE_CHECKING:
    from solieu.extract.figures import Scanner

_GAP_VERB = regex.compile(r"(?i)gấp[ \t]*\n?[ \t]*$")
_NON_SPACE = re.compile(r"\S+")


def read_words(sc: Scanner, m: re.Match[str]) -> None:
    """Emit the figure a number in words starts, if it is one."""
    text = sc.text
    start = m.start()
    raw = m.group().split()
    if raw[0][0].isupper() and not is_sentence_start(text, start):
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
    scale = power = unit = unit_class = None
    stop = end
    measured = False
    if first != "đôi":
        scale, power, unit, unit_class, stop = sc.read_right(end)
        measured = unit_class is not None and unit_class != "count"
        if n == 1 and first in ("một", "năm", "tư") and not (measured or scale):
            return
    toks = sc.left_tokens(start)
    p1 = toks[0] if toks else ""
    if p1 in lx.ORDINAL_BEFORE or p1 in lx.VAGUE_BEFORE or p1 in ("lần", "ngày", "tháng"):
        return
    number = Decimal(value)
    if first == "đôi":
        if p1 != "gấp":
            return
        verb = _GAP_VERB.search(text, max(0, start - 12), start)
        start -= len(verb.group()) if verb else 0  # the span is `gấp đôi` (guideline §4)
        sc.emit(start, end, number, None, None, "lần", "other", 0.5, "number-word")
        return
    if measured:
        sc.emit(start, stop, number, scale, power, unit, unit_class, 0.7, "number-word")
        return
    if scale:
        # `gần ba triệu lượt khách`: a number word with a scale counts what follows (§9)
        noun, noun_end, capitalised = sc.counted_noun(stop)
        if noun is not None and not capitalised:
            sc.emit(start, noun_end, number, scale, power, noun, "count", 0.7, "number-word")
        else:
            sc.emit_scaled(start, stop, number, scale, power, 0.6, "number-word")
        return
    if sc.next_word(end) in lx.IDIOMS_AFTER.get(first, ()):
        return
    noun, noun_end, capitalised = sc.counted_noun(end)
    if noun is None or capitalised or noun.lower() in lx.GRADE_NOUNS:
        return  # (`khách sạn ba sao`: a grade inside a name, guideline §9)
    conf = 0.3 if noun.lower() in lx.RHETORICAL_NOUNS else 0.6
    sc.emit(start, noun_end, number, None, None, noun, "count", conf, "number-word")
