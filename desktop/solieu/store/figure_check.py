"""The contract a figure must meet before the store takes it from the extractor.

The extractor is rule-based and meets text nobody has seen; a rule that leaves
one field empty must cost that one figure at most, never the import of a whole
folder. So every figure is checked here, at the boundary, against what the
`figures` table and the rest of the app rely on. What can be salvaged is kept
with the salvaged value (a count whose class was not set is a `count`); what
cannot is skipped. Either way the reviewer is told, with the document and the
offset, and the log keeps the same line.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from dataclasses import dataclass
from decimal import Decimal

from solieu.extract.units import classify_unit
from solieu.messages import msg
from solieu.model import QUALIFIERS, UNIT_CLASSES, Figure, decimal_str

log = logging.getLogger("solieu.store")

# A value the workbook and the reviewer can still read: Excel keeps 15 significant
# digits, and no real statistic has more than a few dozen integer digits.
MAX_DIGITS = 40


@dataclass(frozen=True, slots=True)
class FigureProblem:
    """Why one figure of a document was changed or skipped on its way into the store."""

    start: int
    end: int
    text: str
    reason: str
    skipped: bool

    def describe(self) -> str:
        snippet = " ".join(self.text.split())[:40]
        if self.skipped:
            return msg(
                "at {position} “{text}”: {reason}; skipped",
                position=self.start,
                text=snippet,
                reason=self.reason,
            )
        return msg(
            "at {position} “{text}”: {reason}; kept",
            position=self.start,
            text=snippet,
            reason=self.reason,
        )


def _digits(value: Decimal) -> int:
    _, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return 0
    return max(len(digits) + exponent, len(digits)) if exponent >= 0 else len(digits)


def _finite(value: object) -> bool:
    return isinstance(value, Decimal) and value.is_finite()


def _salvaged_class(fig: Figure) -> str:
    """The class a unit names (`USD` → USD, `tấn` → mass); with no known unit, a number
    of something is a count (GUIDELINE §9: `gần ba triệu lượt khách`)."""
    if fig.unit:
        try:
            cls = classify_unit(fig.unit)[1]
        except Exception:  # the salvage must never be what fails
            cls = "other"
        if cls != "other":
            return cls
    return "count"


def check_figure(fig: Figure, text: str) -> tuple[Figure | None, list[FigureProblem]]:
    """The figure as the store can hold it (or None) and what had to be said about it."""
    problems: list[FigureProblem] = []

    def problem(reason: str, *, skipped: bool = False) -> None:
        snippet = text[fig.start : fig.end] if isinstance(fig.start, int) else ""
        problems.append(
            FigureProblem(int(fig.start or 0), int(fig.end or 0), snippet, reason, skipped)
        )

    if not (
        isinstance(fig.start, int)
        and isinstance(fig.end, int)
        and 0 <= fig.start < fig.end <= len(text)
    ):
        problems.append(
            FigureProblem(
                0,
                0,
                str(fig.text)[:40],
                msg("its span {start}..{end} is not in the text", start=fig.start, end=fig.end),
                True,
            )
        )
        return None, problems
    if not _finite(fig.value):
        problem(msg("its value cannot be computed"), skipped=True)
        return None, problems
    if _digits(fig.value) > MAX_DIGITS:
        digits = _digits(fig.value)
        problem(msg("a value of {digits} digits cannot be a figure", digits=digits), skipped=True)
        return None, problems
    try:
        decimal_str(fig.value)
    except ArithmeticError:
        problem(msg("its value cannot be written"), skipped=True)
        return None, problems

    fixes: dict[str, object] = {}
    if fig.text != text[fig.start : fig.end]:
        fixes["text"] = text[fig.start : fig.end]
        problem(msg("its text did not match the article; the article's text is kept"))
    if fig.number is not None and not (_finite(fig.number) and _digits(fig.number) <= MAX_DIGITS):
        fixes["number"] = None
        problem(msg("its numeral cannot be stored; the value is kept"))
    if fig.unit_class not in UNIT_CLASSES:
        fixes["unit_class"] = _salvaged_class(fig)
        problem(
            msg(
                "it had no known unit class ({found}); taken as {unit_class}",
                found=repr(fig.unit_class),
                unit_class=fixes["unit_class"],
            )
        )
    if fig.qualifier is not None and fig.qualifier not in QUALIFIERS:
        fixes["qualifier"] = None
        problem(
            msg(
                "its qualifier {qualifier} is not one the project knows; dropped",
                qualifier=repr(fig.qualifier),
            )
        )
    if not isinstance(fig.change, bool):
        fixes["change"] = bool(fig.change)
    confidence = fig.confidence
    if not isinstance(confidence, int | float) or not math.isfinite(confidence):
        fixes["confidence"] = 0.0
    elif not 0.0 <= confidence <= 1.0:
        fixes["confidence"] = min(1.0, max(0.0, float(confidence)))
    if not isinstance(fig.kind, str) or not fig.kind:
        fixes["kind"] = "figure"
    for name in ("scale", "unit", "measure", "place", "period"):
        value = getattr(fig, name)
        if value is not None and not isinstance(value, str):
            fixes[name] = str(value)
    return (dataclasses.replace(fig, **fixes) if fixes else fig), problems


def check_figures(
    document: str, figures: list[Figure], text: str
) -> tuple[list[Figure], list[FigureProblem]]:
    """Every figure checked; the problems are logged with the document and the offset."""
    kept: list[Figure] = []
    problems: list[FigureProblem] = []
    spans: set[tuple[int, int]] = set()
    for fig in figures:
        try:
            fixed, found = check_figure(fig, text)
        except Exception as exc:  # a check must never cost the document
            fixed = None
            reason = msg("it could not be checked ({detail})", detail=repr(exc))
            found = [FigureProblem(0, 0, "", reason, True)]
        if fixed is not None and (fixed.start, fixed.end) in spans:
            found.append(
                FigureProblem(fixed.start, fixed.end, fixed.text, msg("it repeats a figure"), True)
            )
        elif fixed is not None:
            spans.add((fixed.start, fixed.end))
            kept.append(fixed)
        for p in found:
            log.warning("%s: figure %s", document, p.describe())
        problems.extend(found)
    return kept, problems
