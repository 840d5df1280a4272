"""One sheet of the export as a plain table of codes, and its columns.

Rows hold what the store holds (codes, Decimals, dates, booleans); the words a
reader sees are chosen only when a writer asks for `localised_rows(lang)`, so
one set of tables can be written in English and in Vietnamese, and the CSV and
the workbook always say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from solieu.export.labels import LABELLERS, header

# kinds a writer knows how to type; every other kind is a vocabulary written as words
CELL_KINDS = frozenset({"text", "number", "int", "date"})


@dataclass
class Table:
    name: str
    columns: list[tuple[str, str]]  # (key, kind): a CELL_KINDS kind or a labels.LABELLERS one
    rows: Iterable[tuple]
    n_rows: int
    printed: int | None = None  # the leading columns a printout holds (None: all)

    def headers(self, lang: str = "en") -> list[str]:
        return [header(k, lang) for k, _ in self.columns]

    def keys(self) -> list[str]:
        return [k for k, _ in self.columns]

    def cell_kinds(self) -> list[str]:
        """How each column is written once localised: labelled columns are text."""
        return [k if k in CELL_KINDS else "text" for _, k in self.columns]

    def localised_rows(self, lang: str = "en") -> Iterator[tuple]:
        """The rows with every coded cell (status, qualifier, yes/no …) as a word in `lang`."""
        header("", lang)  # refuses an unknown language before any row is read
        labellers = [LABELLERS.get(kind) for _, kind in self.columns]
        if not any(labellers):
            yield from self.rows
            return
        for row in self.rows:
            yield tuple(v if f is None else f(v, lang) for f, v in zip(labellers, row, strict=True))


# Each sheet's columns: first those a reader needs on paper (the print area), then
# those kept for filtering and scripts (codes, ISO dates, file names, fingerprints),
# which are redundant on paper: printing every column of the Statistics sheet on one
# page wide took a 45 % scale; the reading columns alone print at about 70 %.
STAT_PRINTED = [
    ("statistic", "text"),
    ("measure", "text"),
    ("place", "text"),
    ("period", "text"),
    ("value", "number"),
    ("unit", "text"),
    ("qualifier", "qualifier"),
    ("change", "bool"),
    ("sources", "int"),
    ("source", "text"),
    ("status", "status"),
    ("conflict", "bool"),
    ("note", "text"),
]
STAT_COLUMNS = [
    *STAT_PRINTED,
    ("documents", "text"),
    ("place_code", "text"),
    ("province_2025", "text"),
    ("period_start", "date"),
    ("period_end", "date"),
    ("unit_class", "unit_class"),
    ("scale", "text"),
    ("qualifier_code", "text"),
    ("indicator_code", "text"),
]

MENTION_PRINTED = [
    ("figure", "int"),
    ("statistic", "text"),
    ("document", "text"),
    ("sentence", "text"),
    ("text", "text"),
    ("value", "number"),
    ("unit", "text"),
    ("qualifier", "qualifier"),
    ("change", "bool"),
    ("measure", "text"),
    ("place", "text"),
    ("period", "text"),
    ("status", "status"),
    ("note", "text"),
]
MENTION_COLUMNS = [
    *MENTION_PRINTED,
    ("start", "int"),
    ("end", "int"),
    ("number", "number"),
    ("scale", "text"),
    ("unit_class", "unit_class"),
    ("qualifier_code", "text"),
    ("place_inherited", "bool"),
    ("place_code", "text"),
    ("province_2025", "text"),
    ("period_start", "date"),
    ("period_end", "date"),
    ("period_text", "text"),
    ("source", "text"),
    ("confidence", "number"),
    ("kind", "figure_kind"),
    ("origin", "origin"),
    ("indicator", "text"),
    ("indicator_code", "text"),
]

DOCUMENT_PRINTED = [
    ("name", "text"),
    ("title", "text"),
    ("outlet", "text"),
    ("published", "date"),
    ("url", "text"),
    ("place", "text"),
    ("found", "int"),
    ("confirmed", "int"),
    ("rejected", "int"),
    ("near_duplicates", "text"),
]
DOCUMENT_COLUMNS = [*DOCUMENT_PRINTED, ("sha256", "text")]

# one row per mention of a statistic whose mentions disagree on the value
CONFLICT_PRINTED = [
    ("statistic", "text"),
    ("resolution", "resolution"),
    ("statistic_value", "number"),
    ("measure", "text"),
    ("place", "text"),
    ("period", "text"),
    ("document", "text"),
    ("text", "text"),
    ("value", "number"),
    ("unit", "text"),
    ("qualifier", "qualifier"),
    ("chosen", "bool"),
    ("status", "status"),
]
CONFLICT_COLUMNS = [*CONFLICT_PRINTED, ("figure", "int"), ("start", "int")]

# one row per consistency check (a total and its parts, a change and its two levels)
CHECK_PRINTED = [
    ("statistic", "text"),
    ("document", "text"),
    ("kind", "check_kind"),
    ("ok", "bool"),
    ("figures", "text"),
    ("message", "check"),
]
CHECK_COLUMNS = [*CHECK_PRINTED, ("start", "int")]

LOG_COLUMNS = [
    ("id", "int"),
    ("at", "text"),
    ("who", "text"),
    ("action", "action"),
    ("figure", "int"),
    ("field", "field"),
    ("old", "text"),
    ("new", "text"),
]

ABOUT_COLUMNS = [("key", "about_key"), ("value", "coded")]
