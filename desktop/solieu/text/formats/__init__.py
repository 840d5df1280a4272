"""Article text out of saved web pages, Word files and PDFs.

Each reader takes the raw bytes and returns an `Extracted`: paragraphs joined
by blank lines, plus a title and metadata when the format carries them. The
caller (`solieu.text.load`) normalises to NFC/LF, so offsets match the store.

`Extracted.meta` (then `Document.meta`) uses these keys, each present only when
the file says it (never guessed): `title`, `outlet`, `url`, `date` (ISO
`YYYY-MM-DD`, a real calendar date), `author`; web pages add `visible_chars`,
`content_chars`, `kept_chars`, and `partial` = "1" or `whole_page` = "1"
(see `solieu.text.formats.html`). The date helpers live here because every
format and the plain-text header share them.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field


class FormatError(Exception):
    """The bytes are not a readable file of this format; the message is for a reviewer."""


@dataclass(slots=True)
class Extracted:
    text: str
    encoding: str
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def read_format(suffix: str, data: bytes, *, whole_page: bool = False) -> Extracted:
    """Dispatch on a lower-case file suffix (".html", ".docx", ".pdf").

    `whole_page` keeps every visible text block of a web page instead of its
    article (the reviewer's way out when the article was cut); other formats
    always give their whole text.
    """
    if suffix in (".html", ".htm"):
        from solieu.text.formats.html import read_html

        return read_html(data, whole_page=whole_page)
    if suffix == ".docx":
        from solieu.text.formats.docx import read_docx

        return read_docx(data)
    if suffix == ".pdf":
        from solieu.text.formats.pdf import read_pdf

        return read_pdf(data)
    raise ValueError(suffix)


FORMAT_SUFFIXES = (".html", ".htm", ".docx", ".pdf")

# --- dates -----------------------------------------------------------------------------------

_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_VI_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_DMY = re.compile(r"(?<!\d)(\d{1,2})\s+(" + "|".join(_MONTHS) + r")[a-z]*\.?,?\s+(\d{4})", re.I)
_EN_MDY = re.compile(r"\b(" + "|".join(_MONTHS) + r")[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})", re.I)
_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7])"
_CLOCK = r"(?:(?:lúc\s*)?\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*\(?\s*GMT\s*[+-]\s*\d{1,2}\s*\)?)?)"
_DATE_LINE = re.compile(
    rf"\s*(?:{_CLOCK}\s*[,|-]?\s*)?(?:{_WEEKDAY}\s*[,|-]?\s*)?(?:ngày\s+)?"
    rf"\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{4}}(?:\s*[,|-]?\s*{_CLOCK})?\s*",
    re.I,
)


def iso_date(year: int | str, month: int | str, day: int | str) -> str | None:
    """`YYYY-MM-DD` when it is a real calendar date (years 1900–2100), else None.

    A reader never stores a date like 31/02 that a page or file got wrong.
    """
    try:
        d = _dt.date(int(year), int(month), int(day))
    except (ValueError, TypeError):
        return None
    return d.isoformat() if 1900 <= d.year <= 2100 else None


def parse_date(raw: str | None) -> str | None:
    """The calendar date a metadata value names, as `YYYY-MM-DD`.

    Metadata writes ISO (`2025-07-14T08:30:00+07:00`: the date as written, no
    time-zone shift), Vietnamese day-first (`14/7/2025`, `ngày 14 tháng 7 năm
    2025`) or RFC 2822 (`Mon, 14 Jul 2025`); anything else gives None.
    """
    if not raw:
        return None
    if m := _ISO.search(raw):
        return iso_date(*m.groups())
    if m := _DMY.search(raw):
        return iso_date(m.group(3), m.group(2), m.group(1))
    if m := _VI_WORDS.search(raw):
        return iso_date(m.group(3), m.group(2), m.group(1))
    if m := _EN_DMY.search(raw):
        return iso_date(m.group(3), _MONTHS.index(m.group(2).lower()[:3]) + 1, m.group(1))
    if m := _EN_MDY.search(raw):
        return iso_date(m.group(3), _MONTHS.index(m.group(1).lower()[:3]) + 1, m.group(2))
    return None


def date_line(line: str) -> str | None:
    """The date of a line that is only a date: `Thứ hai, 14/7/2025 08:30`, `14/07/2025`.

    The whole line must be weekday, date and clock time, so a sentence that
    mentions a date (`Chiều 14/7/2025, UBND tỉnh …`) is never read as one.
    """
    if len(line) > 60 or not _DATE_LINE.fullmatch(line):
        return None
    return parse_date(line)


def pdf_date(raw: str | None) -> str | None:
    """A PDF date string (`D:20250714083000+07'00'`) → `YYYY-MM-DD`, validated."""
    if not raw:
        return None
    m = re.match(r"\s*(?:D:)?(\d{4})(\d{2})(\d{2})", str(raw))
    return iso_date(*m.groups()) if m else parse_date(str(raw))
