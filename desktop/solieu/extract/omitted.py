"""The currency a writer left out (guideline §9): `45.000 tỷ`, `60 triệu/m2`.

In a paragraph about revenue in đồng, writers drop the currency after the first
amount (`thu nội địa 45.000 tỷ`). Such an amount takes the currency of the
nearest amount stated before it; with none stated, an amount in a text about
money (`thu ngân sách`, `doanh thu`, `vốn`, `giá` …) is in đồng. The scope is
the paragraph for `tỷ` and more, the sentence for `triệu` and `nghìn`, which
also count people and visitors (`khách quốc tế đạt 1,2 triệu`). A clause that
names the noun of a count before it (`khách` of `3 triệu lượt khách`) and no
money word counts that noun, not money. Anything else keeps no currency.
"""

from __future__ import annotations

import re

from solieu.extract.lexicon import MONEY_WORDS
from solieu.model import Figure
from solieu.text.sentences import is_hard_wrapped

_MONEY = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(MONEY_WORDS, key=len)[::-1])
    + r")(?!\w)"
)
_CLAUSE = re.compile(r"[,;:(]")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s")
_CURRENCY_CLASSES = frozenset({"USD", "VND", "EUR"})
_LOOK_BACK = 2000  # a paragraph is read this far back at most: a pasted blob stays cheap


def is_currency(unit_class: str | None) -> bool:
    """USD, VND, EUR or another ISO code (`JPY`, `LAK`)."""
    return unit_class is not None and (
        unit_class in _CURRENCY_CLASSES or (len(unit_class) == 3 and unit_class.isupper())
    )


class OmittedCurrency:
    """Per-document reader of the currency of a paragraph."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._wrapped: bool | None = None  # computed on the first amount that needs it

    def paragraph_start(self, pos: int) -> int:
        """Start of the paragraph holding `pos`: after a blank line in hard-wrapped text,
        else after the line break (one paragraph a line)."""
        if self._wrapped is None:
            self._wrapped = is_hard_wrapped(self.text)
        lo = max(0, pos - _LOOK_BACK)
        cut = self.text.rfind("\n\n" if self._wrapped else "\n", lo, pos)
        return lo if cut < 0 else cut + 1

    def sentence_start(self, pos: int, p0: int) -> int:
        start = p0
        for m in _SENTENCE_END.finditer(self.text, p0, pos):
            start = m.end()
        return start

    def currency(self, pos: int, power: int, before: list[Figure]) -> tuple[str, str] | None:
        """(unit head, unit class) for an amount at `pos` whose currency was left out.

        `before` are the figures found so far, in text order: the nearest one with
        a currency gives it (`đồng` of `120.000 tỷ đồng`), looked for in the
        paragraph when the text around the amount is about money, else in its scope.
        """
        p0 = self.paragraph_start(pos)
        scope = p0 if power >= 9 else self.sentence_start(pos, p0)
        seen: list[Figure] = []  # the figures of the paragraph before `pos`, nearest first
        for fig in reversed(before):
            if fig.end <= p0:
                break
            if fig.end <= pos:
                seen.append(fig)
        segment = self.text[scope:pos].lower()
        clause = _CLAUSE.split(segment)[-1]
        money = _MONEY.search(clause) is not None
        if not money:
            words = set(clause.split())
            for fig in seen:
                if fig.unit_class == "count" and fig.unit and fig.unit.split()[-1].lower() in words:
                    return None  # `khách quốc tế đạt 1,2 triệu`: a count of the same noun
            money = _MONEY.search(segment) is not None
        for fig in seen:
            if is_currency(fig.unit_class) and fig.unit and (money or fig.end > scope):
                return fig.unit.split("/")[0], fig.unit_class  # type: ignore[return-value]
        return ("đồng", "VND") if money else None
