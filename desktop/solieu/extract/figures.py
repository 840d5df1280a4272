"""The scanner: read every candidate of a text into a figure, following the guideline.

Candidates come from `candidates.py` in text order. A numeral is read to its
right (scale word, unit, counted noun: `right.py`) and to its left (qualifier,
change verb, ordinal or code words: `walk.py`) by small anchored patterns, so
the cost stays proportional to the number of numerals. Each candidate is read
under a guard (`run`): one that cannot be read costs that candidate and a
warning, never the document.
"""

from __future__ import annotations

import logging
from decimal import Decimal

import regex

from solieu.extract import lexicon as lx
from solieu.extract.candidates import DIGIT, candidates, not_a_figure_at
from solieu.extract.context import Context
from solieu.extract.numbers import (
    FIGURE_DIGITS,
    NUMERAL,
    add_exact,
    apply_scale,
    numeral_digits,
    parse_matched,
    plain_digits,
)
from solieu.extract.omitted import OmittedCurrency, is_currency
from solieu.extract.right import NUMERAL_AT, RightSide
from solieu.extract.units import PER, TIME_NOUNS, normalise_unit
from solieu.extract.walk import (
    breakdown_item,
    capitalised_word_before,
    glued_to_code,
    item_ends,
    left_tokens,
    named_kind_before,
    qualifier_and_change,
)
from solieu.extract.words import read_words
from solieu.messages import message_of, msg
from solieu.model import Figure

log = logging.getLogger("solieu.extract")

_RANGE_NEXT = regex.compile(rf"[ \t]*[-–—][ \t]*(?={NUMERAL})")
_RANGE_FIRST = frozenset(" \t-–—")  # the characters _RANGE_NEXT can start with
_RANGE_GAP = regex.compile(r"[ \t]*[-–—][ \t]*")
# a change restated right after a change: `giảm 150 vụ (11,2%)`, `…, tương ứng 11,2%`
_RESTATED = regex.compile(
    r"[ \t]*(?:\([ \t]*(?:(?:tương ứng|tương đương|tức|hay)[ \t]+)?"
    r"|,[ \t]*(?:tương ứng|tương đương)[ \t]+)"
)
_PER = regex.compile(rf"(?:{PER}\d?)+(?![\p{{L}}\p{{N}}])")
_COMPOUND_NEXT = regex.compile(
    rf"[ \t]+(?P<num>{NUMERAL})(?=[ \t]*\n?[ \t]*(?i:nghìn|ngàn|triệu)\b)"
)
_DIGIT_SPACE_BEFORE = regex.compile(r"\d[ \t]$")
_ORDINAL_PAIR = regex.compile(r"thứ[ \t]+\d+[ \t]*(?:,|và|-|–|đến)[ \t]*$", regex.IGNORECASE)
# the tokens left of a candidate its checks read (`toks[:2]`, `toks[1:2]`), and one more:
# the walk of an emitted figure mostly stops within three (fewest instructions measured)
_LEFT_READ = 3
_VOLTAGE = regex.compile(r"[ \t]*[kK][vV](?![\p{L}\p{N}])")
_BARE_AFTER = frozenset(["là", "đạt", "gồm", ":", "khoảng", "hơn", "gần", "trên", "lên"])


class SkipFigure(Exception):
    """A candidate that reads as a number but cannot be a figure; the message says why,
    in words for a reviewer (`a numeral of 41 digits cannot be a figure`)."""


class Scanner(RightSide):
    """One pass over one text; `run()` returns its figures, `warnings` what was skipped."""

    def __init__(
        self, text: str, doc_date: str | None = None, default_place: str | None = None
    ) -> None:
        self.text = text
        self.ctx = Context(text, doc_date, default_place)
        self.money = OmittedCurrency(text)
        self.out: list[Figure] = []
        self.warnings: list[tuple[int, int, str]] = []  # (start, end, reason)
        self._left: tuple[int, list[str]] = (-1, [])
        # one object for each distinct word a document's figures repeat (its units,
        # measures, periods): an archive's long document holds tens of thousands of
        # figures, and each kept its own copies
        self._shared: dict[str, str] = {}

    def left_tokens(self, pos: int) -> list[str]:
        """The first `_LEFT_READ` of `walk.left_tokens(text, pos)`, which is all a
        candidate's checks look at (emit's walk reads further when it needs to), kept
        for the last position: a candidate's checks and its emit ask for the same one."""
        if self._left[0] != pos:
            self._left = (pos, left_tokens(self.text, pos, 60, _LEFT_READ))
        return self._left[1]

    # -- emit --------------------------------------------------------------------------
    def emit(self, start, end, number, scale, power, unit, unit_class, conf, kind="figure"):
        text = self.text
        value = apply_scale(number, power or 0)
        if power and plain_digits(value) > FIGURE_DIGITS:  # the numeral itself was checked
            raise SkipFigure(
                msg(
                    "its value needs {digits} digits, more than any figure ({limit})",
                    digits=plain_digits(value),
                    limit=FIGURE_DIGITS,
                )
            )
        toks = self.left_tokens(start)
        # fewer than asked for: they are all there are
        more = text if len(toks) == _LEFT_READ else None
        qualifier, change = qualifier_and_change(toks, more, start)
        if unit == "lần" and (toks[:1] == ["gấp"] or text[start:end].lower().startswith("gấp")):
            change = True
        if unit in lx.PERCENT_POINTS:
            change = True  # a difference of two percentages (guideline §9)
        prev = self.out[-1] if self.out else None
        if (
            prev is not None
            and prev.kind == "range-low"
            and _RANGE_GAP.fullmatch(text, prev.end, start)
        ):  # `khoảng 5-8 USD/tấn`: the words before a range govern both bounds
            qualifier = qualifier or prev.qualifier
            change = change or prev.change
        elif prev is not None and prev.change and _RESTATED.fullmatch(text, prev.end, start):
            change = True  # `giảm 150 vụ (11,2%)`: the same change in other terms
        if unit_class == "percent" and not change:
            change = self.ctx.growth_rate_before(start)
        measure = place = period = period_text = None
        try:
            measure, place, period = self.ctx.describe(start, end, unit, unit_class, change)
            # the words the period was read from, which the context keeps beside it
            period_text = self.ctx.last_period_text
        except Exception as exc:  # the context is a guess: a failure there keeps the figure
            reason = msg(
                "its measure, place and period could not be read ({detail})", detail=repr(exc)
            )
            self.warn(start, end, reason)
        share = self._shared.setdefault
        self.out.append(
            Figure(
                start=start,
                end=end,
                text=text[start:end],
                number=number,
                scale=scale,
                value=value,
                unit=unit if unit is None else share(unit, unit),
                unit_class=unit_class,
                qualifier=qualifier,
                change=change,
                measure=measure if measure is None else share(measure, measure),
                place=place,
                period=period if period is None else share(period, period),
                confidence=conf,
                kind=kind,
                period_text=period_text if period_text is None else share(period_text, period_text),
            )
        )

    def warn(self, start: int, end: int, reason: str) -> None:
        self.warnings.append((start, end, reason))
        log.warning("offset %d: %s", start, reason)

    def emit_scaled(self, start, stop, number, scale, power, conf, kind="figure") -> None:
        """An amount with a scale and neither unit nor noun (`45.000 tỷ`, `60 triệu/m2`):
        the currency the paragraph gives it (guideline §9), else a bare count."""
        rate = _PER.match(self.text, stop)
        currency = self.money.currency(start, power or 0, self.out)
        if currency is not None:
            head, cls = currency
            end = rate.end() if rate else stop
            unit = head + normalise_unit(rate.group()) if rate else head
            self.emit(start, end, number, scale, power, unit, cls, 0.7, "unit-from-context")
            return
        self.emit(start, stop, number, scale, power, None, "count", conf, kind)

    # -- digits ----------------------------------------------------------------------
    def digits(self, m) -> None:
        text = self.text
        start, end = m.span()
        token = m.group()
        if numeral_digits(token) > FIGURE_DIGITS:
            raise SkipFigure(
                msg("a numeral of {digits} digits cannot be a figure", digits=numeral_digits(token))
            )
        number = parse_matched(token)  # (m is a match of candidates._DIGITS: a NUMERAL)
        if number is None:
            return
        scale, power, unit, unit_class, stop = self.read_right(end)
        if scale is not None and unit is None:
            # `2 tỷ 500 triệu đồng`: one amount spoken in two scales
            more = _COMPOUND_NEXT.match(text, stop)
            if more and numeral_digits(more.group("num")) <= FIGURE_DIGITS:
                n2 = parse_matched(more.group("num"))
                s2, p2, u2, c2, stop2 = self.read_right(more.end("num"))
                if (
                    n2 is not None
                    and s2 is not None
                    and p2 < power
                    and apply_scale(n2, p2) < apply_scale(Decimal(1), power)
                ):
                    number = add_exact(number, apply_scale(n2, p2 - power))
                    unit, unit_class, stop = u2, c2, stop2
        if glued_to_code(text, start):  # Covid-19, GMT+7
            return
        if stop == end and end < len(text) and text[end].isalpha():  # 5G, 1A, 3D
            return
        if unit == "%" and self.next_word(stop) in lx.GRADE_AFTER_PERCENT:
            return  # `gạo 5% tấm`: a grade in a product name (guideline §9)
        toks = self.left_tokens(start)
        p1 = toks[0] if toks else ""
        measured = unit_class is not None and unit_class != "count"
        if p1 in lx.ORDINAL_BEFORE or (toks[:2] == ["thứ", "lần"]):
            return
        if p1 in lx.GRADE_BEFORE and unit_class != "percent" and not is_currency(unit_class):
            return  # `tôm cỡ 100 con/kg`: the size a product is sold by (guideline §9)
        if p1 in lx.GRID_WORDS and _VOLTAGE.match(text, end):
            return  # `đường dây 500 kV`: a grid work's class, in its name (guideline §9)
        left = text[max(0, start - 40) : start]
        # `ứ` of `thứ` matches only `ứ` or `Ứ` (simple case folding), so one of them is
        # in `left` when the pattern matches: a test that needs no lowered copy
        if ("ứ" in left or "Ứ" in left) and _ORDINAL_PAIR.search(left):  # thứ 6 và 7
            return
        plain_year = (
            "." not in token and "," not in token and len(token) == 4 and 1900 <= int(token) <= 2100
        )
        if plain_year and not measured and scale is None:
            return
        if not measured and scale is None:
            if p1 == "số" and toks[1:2] not in (["tổng"], ["con"]):
                return  # `bão số 3`, `nhà số 10`: a name; `tổng số 50 người` is a count
            if len(toks) > 1 and named_kind_before(text, start, toks):
                return  # `Nghị định 15 quy định`, `Tỉnh lộ 8 đoạn qua`: a name
            if (
                (p1 in lx.CODE_BEFORE and p1 != "số") or capitalised_word_before(text, start)
            ) and not self.in_breakdown(start, stop):
                return  # `Quận 3`, `GREAT 2`, `Quốc lộ 1`: a name or a code
        before2 = text[start - 2 : start - 1]  # a digit (`\d`), when not an ASCII non-digit
        if (
            text[start - 1 : start] in (" ", "\t")
            and (before2.isdigit() or not before2.isascii())
            and _DIGIT_SPACE_BEFORE.search(text, max(0, start - 2), start)
        ):
            return  # `1900 1234`: a phone or code written in blocks, not a number
        # the lower bound of a range with no unit of its own (5-6%): borderline
        rng = _RANGE_NEXT.match(text, end) if text[end : end + 1] in _RANGE_FIRST else None
        if rng and scale is None and unit is None and self.range_low(start, end, number, rng):
            return
        if unit is None and scale is None:
            shared = self.shared_unit(end)
            if shared is not None:  # `lần lượt đạt 1,8 và 1,3 tỷ USD`: the unit is said once
                n_scale, n_power, n_unit, n_class = shared
                self.emit(start, end, number, n_scale, n_power, n_unit, n_class, 0.6, "shared-unit")
                return
        if unit is None and scale is None and self.next_word(stop) in TIME_NOUNS:
            return  # a period or a duration: `6 tháng`, `21 năm`
        if unit is None:
            self.count(start, end, stop, number, scale, power, p1, toks, plain_year)
            return
        conf = 0.95 if is_currency(unit_class) or unit_class == "percent" else 0.9
        self.emit(start, stop, number, scale, power, unit, unit_class, conf)

    def in_breakdown(self, start: int, stop: int) -> bool:
        """`Hà Tĩnh 3 người,`, `Hải Phòng 2 người`: a count after the name of a list item;
        or after a place the gazetteer knows, wherever it stands in the clause (`tiếp đến
        là Đắk Lắk 240 ca và Kon Tum 95 ca`, `trong đó tỉnh Quảng Bình 620 căn`): a name
        with a number (`Quốc lộ 9`, `Nghị định 15`) is no place, and a place name with a
        number of its own is not followed by a counted noun that closes the item."""
        noun, noun_end, capitalised = self.counted_noun(stop)
        if noun is None or capitalised:
            return False
        text = self.text
        if breakdown_item(text, start, noun_end):
            return True
        return item_ends(text, noun_end) and self.ctx.place_right_before(start)

    def range_low(self, start: int, end: int, number: Decimal, rng) -> bool:
        """Emit `5` of `5-6%` with the upper bound's unit; False when the range has none."""
        nxt = NUMERAL_AT.match(self.text, rng.end())
        if not nxt or numeral_digits(nxt.group()) > FIGURE_DIGITS:
            return False
        n_scale, n_power, n_unit, n_class, n_stop = self.read_right(nxt.end())
        if not (n_unit or n_scale):
            n_unit = self.counted_noun(n_stop)[0]
            n_class = "count" if n_unit else None
            if n_unit is not None and n_unit.lower() in lx.GRADE_NOUNS:
                return True  # `khách sạn 4-5 sao`: both bounds are a grade, no figure
        if not (n_unit or n_scale):
            return False
        if n_unit is None:  # `5-6 tỷ`: the upper bound's currency, if the paragraph has one
            currency = self.money.currency(start, n_power or 0, self.out)
            n_unit, n_class = currency if currency else (None, "count")
        self.emit(start, end, number, n_scale, n_power, n_unit, n_class, 0.3, "range-low")
        return True

    def count(self, start, end, stop, number, scale, power, p1, toks, plain_year) -> None:
        """A number with no unit: a count of the noun after it, or a bare number."""
        text = self.text
        noun, noun_end, capitalised = self.counted_noun(stop)
        if (
            noun is not None
            and p1 == "số"
            and scale is None
            and (capitalised or noun.split()[0].lower() in lx.ADDRESS_NOUNS)
        ):
            return  # `số 10 đường Trần Phú`, `số 1 Nghi Lộc`: an address or a name
        if noun is not None and noun.lower() in lx.GRADE_NOUNS:
            return  # `khách sạn 5 sao`: a grade inside a name (guideline §9)
        if noun is not None:
            conf = 0.55 if capitalised else 0.85
            if noun.lower() in lx.RHETORICAL_NOUNS:
                conf = 0.3
            if plain_year and scale is None:
                return
            rate = _PER.match(text, noun_end)
            if rate:  # `200 người/km2`: a rate, not a count
                unit_text = noun + normalise_unit(rate.group())
                self.emit(start, rate.end(), number, scale, power, unit_text, "other", 0.8)
                return
            self.emit(start, noun_end, number, scale, power, noun, "count", conf)
            return
        if scale is None:
            if p1 == "số" or not toks or toks[0] not in _BARE_AFTER:
                return  # a bare number is a figure only after a linking word or qualifier
            noun = self.ctx.noun_before(start)
            self.emit(start, end, number, None, None, noun, "count", 0.4, "bare")
            return
        self.emit_scaled(start, stop, number, scale, power, 0.6)

    # -- the pass ----------------------------------------------------------------------
    def run(self) -> list[Figure]:
        text = self.text
        last_end = -1
        for pos, kind, m in candidates(text):
            if pos < last_end:
                continue
            before = len(self.out)
            try:  # the guard: one candidate that cannot be read costs only itself
                if kind == DIGIT:
                    skip = not_a_figure_at(text, pos)
                    if skip is not None:
                        last_end = skip
                        continue
                    self.digits(m)
                else:
                    read_words(self, m)
            except SkipFigure as exc:
                del self.out[before:]
                self.warn(pos, m.end(), msg("{reason}; skipped", reason=message_of(exc)))
                last_end = m.end()
                continue
            except ArithmeticError:  # decimal.Inexact from EXACT: no exact value to give
                del self.out[before:]
                self.warn(pos, m.end(), msg("its value cannot be computed exactly; skipped"))
                continue
            except Exception as exc:  # noqa: BLE001 - any rule's bug must cost one candidate
                del self.out[before:]
                reason = msg(
                    "this number could not be read ({error}: {detail}); skipped",
                    error=type(exc).__name__,
                    detail=str(exc),
                )
                self.warn(pos, m.end(), reason)
                continue
            if len(self.out) > before:
                last_end = self.out[-1].end
        return self.out
