"""Plain data shared by every layer: documents, figures and their review state.

These are the nouns of the product. They carry no behaviour that needs Qt or
SQLite, so the extractor, the store, the exporter and the UI can all speak them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from decimal import Decimal
from typing import Any


class Status(enum.StrEnum):
    """A reviewer's decision on a figure."""

    PENDING = "pending"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class Origin(enum.StrEnum):
    """Who proposed a figure: the extractor or the reviewer."""

    AUTO = "auto"
    MANUAL = "manual"


UNIT_CLASSES = (
    "USD",
    "VND",
    "EUR",
    "percent",
    "count",
    "length",
    "area",
    "mass",
    "volume",
    "other",
)

QUALIFIERS = ("approx", "nearly", "over", "under", "estimated", "target")


def decimal_str(value: Decimal | None) -> str | None:
    """A Decimal as a plain string: no exponent, no trailing zeros (`"76200000"`)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    text = format(value.normalize(), "f")
    return text


@dataclass(frozen=True, slots=True)
class Figure:
    """One mention of a statistic in a document, as the extractor proposes it.

    `start`/`end` are offsets into the loaded (NFC, LF) document text; `text`
    is exactly `doc[start:end]`. `number` is the numeral, `value` is
    number × scale, both exact Decimals.
    """

    start: int
    end: int
    text: str
    number: Decimal
    scale: str | None
    value: Decimal
    unit: str | None
    unit_class: str
    qualifier: str | None = None
    change: bool = False
    measure: str | None = None
    place: str | None = None
    period: str | None = None
    confidence: float = 1.0
    kind: str = "figure"  # "figure", or why it is borderline ("number-word", "range-low", ...)
    period_text: str | None = None  # the words `period` (ISO 8601) was read from

    def as_record(self) -> dict[str, Any]:
        """The CLI contract's JSON fields (decimals as plain strings)."""
        # every field is immutable (str, Decimal, float, bool, None), so the values
        # themselves, as `asdict` would give them: it deep-copies each, a tenth of the
        # command's time on an archive
        d = {name: getattr(self, name) for name in _FIGURE_NAMES}
        d["number"] = decimal_str(self.number)
        d["value"] = decimal_str(self.value)
        return d


_FIGURE_NAMES: tuple[str, ...] = tuple(f.name for f in dataclass_fields(Figure))
# The extractor's fields of a figure after its span, in record order: the CLI's
# columns, the store's figure columns and the importer's INSERT all follow it.
FIGURE_FIELDS: tuple[str, ...] = tuple(
    f.name for f in dataclass_fields(Figure) if f.name not in ("start", "end")
)


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded article: its text is what every offset refers to."""

    name: str
    text: str
    path: str | None = None
    sha256: str = ""
    encoding: str = "utf-8"
    title: str | None = None
    place: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
