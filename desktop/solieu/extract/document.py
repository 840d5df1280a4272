"""The extractor's entry points: a text in, its figures and what was skipped out.

`extract_document` never raises on the text: a candidate that cannot be read
(a 40-digit numeral, a rule's bug) is skipped with a warning a reviewer can
act on, and every figure that leaves is one the store can hold: its span is its
text, its class is one of `UNIT_CLASSES`, its value is exact and writable.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from solieu.extract.context import Context
from solieu.extract.figures import Scanner
from solieu.extract.numbers import FIGURE_DIGITS, NUMERAL, apply_scale, parse_numeral, plain_digits
from solieu.extract.walk import left_tokens, qualifier_and_change
from solieu.messages import msg
from solieu.model import UNIT_CLASSES, Figure


@dataclass(frozen=True, slots=True)
class ExtractWarning:
    """A part of the text that looked like a figure but was skipped, and why.

    `reason` is plain English for a reviewer ("a numeral of 41 digits cannot be
    a figure; skipped"); `text` is `doc[start:end]`.
    """

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """The figures of one text, in document order, and the warnings of its scan;
    `place` the place the text is about, when asked for (`with_place`)."""

    figures: list[Figure]
    warnings: list[ExtractWarning]
    place: str | None = None


def _problem(fig: Figure, text: str) -> str | None:
    """Why `fig` cannot leave the extractor, or None when it can."""
    if not (0 <= fig.start < fig.end <= len(text)) or fig.text != text[fig.start : fig.end]:
        return msg(
            "its span {start}..{end} does not match its text; skipped", start=fig.start, end=fig.end
        )
    if fig.unit_class not in UNIT_CLASSES:
        return msg(
            "it has no known unit class ({unit_class}); skipped", unit_class=repr(fig.unit_class)
        )
    # value = number × 10^scale with scale ≥ 0 needs at least the digits of number, so
    # a value that can be written exactly means a number that can
    if not fig.value.is_finite() or plain_digits(fig.value) > FIGURE_DIGITS:
        return msg("its value cannot be written exactly; skipped")
    return None


def extract_document(
    text: str,
    *,
    doc_date: str | None = None,
    default_place: str | None = None,
    with_place: bool = False,
) -> Extraction:
    """Every figure in `text`, in document order, and the warnings (a pure function).

    `doc_date` (ISO, from the page's metadata or the reviewer) tells the year of a
    period the text gives without one; `default_place` is the place a figure takes
    when its text names none (else its place is None and it inherits the document's).
    `with_place` also gives the document's own place (`Document.place`), read from the
    same mentions: a loader that leaves it to this saves reading the text twice.
    """
    scanner = Scanner(text, doc_date, default_place)
    figures: list[Figure] = []
    for fig in scanner.run():
        reason = _problem(fig, text)
        if reason is None:
            figures.append(fig)
        else:
            scanner.warn(fig.start, fig.end, reason)
    warnings = [
        ExtractWarning(a, b, text[a:b], reason) for a, b, reason in sorted(scanner.warnings)
    ]
    place = scanner.ctx.document_place() if with_place else None
    return Extraction(figures, warnings, place)


def extract_figures(
    text: str, *, doc_date: str | None = None, default_place: str | None = None
) -> list[Figure]:
    """Every candidate figure in `text`, in document order (a pure function)."""
    return extract_document(text, doc_date=doc_date, default_place=default_place).figures


def figure_at(text: str, start: int, end: int, *, doc_date: str | None = None) -> Figure | None:
    """The figure a reviewer selected at `text[start:end]`, read as the extractor would
    read it in its document: value and unit from the selection, and the measure,
    place, period, qualifier and change its context gives (offsets into `text`)."""
    own = parse_selection(text[start:end])
    if own is None:
        return None
    a, b = start + own.start, start + own.end
    scanner = Scanner(text, doc_date)
    found = [f for f in scanner.run() if f.start < b and a < f.end]
    if len(found) == 1 and found[0].start >= start and found[0].end <= end:
        # the extractor reads it too (a reviewer re-adding a deleted figure): its reading
        return replace(found[0], kind="manual", confidence=1.0)
    qualifier, change = qualifier_and_change(left_tokens(text, a))
    ctx = Context(text, doc_date)
    measure, place, period = ctx.describe(a, b, own.unit, own.unit_class, change)
    return replace(
        own,
        start=a,
        end=b,
        qualifier=qualifier,
        change=change,
        measure=measure,
        place=place,
        period=period,
        period_text=ctx.last_period_text,
    )


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
    if number is None or plain_digits(number) > FIGURE_DIGITS:
        return None
    scanner = Scanner(text)
    scale, power, unit, unit_class, stop = scanner.read_right(m.end())
    try:
        value = apply_scale(number, power or 0)
    except ArithmeticError:
        return None
    if plain_digits(value) > FIGURE_DIGITS:
        return None
    return Figure(
        start=m.start(),
        end=stop,
        text=text[m.start() : stop],
        number=number,
        scale=scale,
        value=value,
        unit=unit,
        unit_class=unit_class if unit_class in UNIT_CLASSES else "count",
        confidence=1.0,
        kind="manual",
    )
