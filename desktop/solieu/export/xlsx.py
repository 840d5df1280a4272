"""Write the tables as an .xlsx with XlsxWriter in constant-memory mode.

Chosen by measurement (bench/export.py): XlsxWriter streams rows to disk, so
memory stays flat at 100k rows, and it is about twice as fast as openpyxl's
write-only mode. Text cells are written with `write_string`, so a value that
begins with `=`, `+`, `-` or `@` stays literal text, never a formula.

Every sheet is set up to be printed as a statistician reads it: A4 landscape,
one page wide (`fit_to_pages(1, 0)`), the header row on every page, the project
and sheet named in the page header. That only stays legible if no column is
wider than it needs: long text columns wrap at a set width (`WRAP_AT`) instead
of stretching to 60 characters, and headers wrap at their words.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path

from solieu.export.atomic import CancelFn, Cancelled, ProgressFn, atomic_target
from solieu.export.sheet import Table

SAMPLE_ROWS = 1000  # rows read ahead to fit column widths
NUMBER_FORMAT = "#,##0.###"
INTEGER_FORMAT = "#,##0"  # whole values: "#,##0.###" would show Excel's trailing "300."
A4 = 9  # XlsxWriter's paper code
# widths (in characters) at which long text wraps; other text wraps at TEXT_WIDTH
WRAP_AT = {
    "sentence": 48,
    "message": 44,
    "title": 40,
    "source": 36,
    "measure": 28,
    "url": 30,
    "old": 30,
    "new": 30,
    "near_duplicates": 28,
    "documents": 26,
    "document": 26,  # file names: `000_bb360f3340be8578.txt` on one line
    "name": 26,
    "note": 22,
    "period_text": 20,
    "text": 18,
    "value": 40,  # the About sheet's values (a number column is never wrapped)
    "sha256": 66,  # a fingerprint is copied, never read: one line
}
TEXT_WIDTH = 16
NUMBER_WIDTH = 20  # the widest number column (17 digits with separators)
DATE_WIDTH = 10.5
FILTER_BUTTON = 2  # room for the autofilter arrow beside a header word


def _text_width(v) -> int:
    if isinstance(v, (Decimal, float)):
        return len(f"{v:,.3f}".rstrip("0").rstrip("."))
    if isinstance(v, int):
        return len(f"{v:,}")
    # a wrapped cell is as wide as its longest line
    return max((len(line) for line in str(v).splitlines()), default=0)


def column_widths(table: Table, headers: list[str], sample: list[tuple]) -> list[float]:
    """Each column's width: its widest sampled cell, within its column's limit.

    A header wraps at its words, so it needs only its longest word (and the filter
    button); a text column whose cells are longer than its limit wraps there.
    """
    out = []
    kinds = table.cell_kinds()
    for i, (key, _) in enumerate(table.columns):
        kind = kinds[i]
        widest = max((_text_width(row[i]) for row in sample if row[i] is not None), default=0)
        head = max((len(word) for word in headers[i].split()), default=0) + FILTER_BUTTON
        if kind == "date":
            out.append(max(head, DATE_WIDTH))
        elif kind in ("number", "int"):
            out.append(max(head, min(widest + 2, NUMBER_WIDTH)))  # +1: the indent
        else:
            out.append(max(head, min(widest + 1, WRAP_AT.get(key, TEXT_WIDTH))))
    return out


CHARS_PER_WIDTH = 1.1
LINE_HEIGHT = 15.0  # points per line of 11 pt Calibri, Excel's default row
MAX_LINES = 27  # Excel's tallest row (409 pt)


def wrapped_lines(text: str, width: float, chars_per_width: float = CHARS_PER_WIDTH) -> int:
    """How many lines `text` takes wrapped at its words in a column `width` characters wide.

    Neither Excel nor LibreOffice sizes rows to wrapped text when it opens a file
    (wrapped cells overlapped on paper), so the writer sets the height itself.
    Widths count digits; Vietnamese text in Calibri fits about 1.2 characters per
    digit (measured on LibreOffice's PDF of the seed project), taken as 1.1 so a
    line of capitals is not cut.
    """
    capacity = max(1, int(width * chars_per_width) - 1)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        if len(paragraph) <= capacity:
            continue
        used = 0
        for word in paragraph.split():
            n = len(word)
            if used and used + 1 + n <= capacity:
                used += 1 + n
                continue
            if used:  # the word starts a new line
                lines += 1
            lines += (n - 1) // capacity  # a word longer than a line is broken
            used = (n - 1) % capacity + 1
    return lines


def _forget_row(ws, row: int) -> None:
    """Drop a written row's height from XlsxWriter's memory.

    Constant-memory mode streams cells but keeps every `set_row` forever (`row_info`,
    and `row_sizes` for placing images: 70 MB for 200,000 rows of wrapped text in
    bench/export.py). A row is on disk once a later row is being written
    (`previous_row`), so its height is no longer needed; the workbook has no images.
    """
    if row >= getattr(ws, "previous_row", 0):
        return
    for kept in (getattr(ws, "row_info", None), getattr(ws, "row_sizes", None)):
        if isinstance(kept, dict):
            kept.pop(row, None)


def _page_text(text: str) -> str:
    """Text for a page header: `&` is a field code there, so it is doubled."""
    return text.replace("&", "&&")


def setup_printing(ws, title: str, sheet: str) -> None:
    """A4 landscape, one page wide, header row repeated, project and page in the header."""
    ws.set_landscape()
    ws.set_paper(A4)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.5)
    ws.hide_gridlines(0)  # gridlines on paper too: rows are read across a wide page
    head = f"&L{_page_text(title[:100])} — {_page_text(sheet)}&R&P / &N"
    ws.set_header(head, margin=0.3)


def export_workbook(
    tables: list[Table],
    target: str | Path,
    *,
    lang: str = "en",
    title: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Path:
    """Write every table as a sheet of `target` (atomically); returns the path.

    `lang` chooses the headers' and the coded values' language; `title` (the
    project's name; the file's name without it) heads every printed page.
    """
    import xlsxwriter  # imported here: the window starts without it

    target = Path(target)
    title = title if title is not None else target.stem
    total = sum(t.n_rows for t in tables) or 1
    done = 0
    with atomic_target(target) as tmp:
        wb = xlsxwriter.Workbook(
            str(tmp),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        try:
            top = {"valign": "top"}
            bold = wb.add_format(
                {"bold": True, "bg_color": "#E8EEF4", "bottom": 1, "text_wrap": True, **top}
            )
            # numbers keep a space on their right: the unit that follows is read apart
            right = {"align": "right", "indent": 1, **top}
            number = wb.add_format({"num_format": NUMBER_FORMAT, **right})
            whole = wb.add_format({"num_format": INTEGER_FORMAT, **right})
            integer = wb.add_format({"num_format": "0", **right})
            day = wb.add_format({"num_format": "yyyy-mm-dd", **top})
            wrapped = wb.add_format({"text_wrap": True, **top})
            for table in tables:
                ws = wb.add_worksheet(table.name)
                headers = table.headers(lang)
                rows: Iterator[tuple] = table.localised_rows(lang)
                sample = list(islice(rows, SAMPLE_ROWS))
                widths = column_widths(table, headers, sample)
                for i, width in enumerate(widths):
                    ws.set_column(i, i, width)
                # every text column wraps: the sample sets the widths, a longer cell
                # further down still shows whole (its row grows) rather than cut
                kinds = table.cell_kinds()
                wrapping = [(c, w) for c, w in enumerate(widths) if kinds[c] == "text"]
                ws.freeze_panes(1, 0)
                ncols = len(table.columns)
                ws.autofilter(0, 0, max(1, table.n_rows), ncols - 1)
                setup_printing(ws, title, table.name)
                if table.printed is not None and table.printed < ncols:
                    ws.print_area(0, 0, max(1, table.n_rows), table.printed - 1)
                head_lines = max(  # bold words, beside the filter button
                    wrapped_lines(h, w - FILTER_BUTTON + 1, 1.0)
                    for h, w in zip(headers, widths, strict=True)
                )
                if head_lines > 1:
                    ws.set_row(0, LINE_HEIGHT * min(head_lines, MAX_LINES))
                for c, h in enumerate(headers):
                    ws.write_string(0, c, h, bold)
                r = 0
                for r, row in enumerate(chain(sample, rows), start=1):
                    if wrapping:
                        lines = max(
                            wrapped_lines(str(row[c]), w) if row[c] is not None else 1
                            for c, w in wrapping
                        )
                        if lines > 1:
                            ws.set_row(r, LINE_HEIGHT * min(lines, MAX_LINES))
                    for c, v in enumerate(row):
                        if v is None:
                            continue
                        kind = kinds[c]
                        if kind == "number":
                            integral = v == int(v)
                            ws.write_number(r, c, float(v), whole if integral else number)
                        elif kind == "int":
                            ws.write_number(r, c, int(v), integer)
                        elif kind == "date":
                            ws.write_datetime(
                                r, c, datetime.datetime.combine(v, datetime.time()), day
                            )
                        else:
                            ws.write_string(r, c, str(v), wrapped)
                    _forget_row(ws, r - 1)
                    if r % 2000 == 0:
                        if cancelled and cancelled():
                            raise Cancelled()
                        if progress:
                            progress(done + r, total)
                done += table.n_rows
                if progress:
                    progress(done, total)
        finally:
            wb.close()
    return target


def write_tables_csv(table: Table, target: str | Path, *, lang: str = "en") -> Path:
    """One table as CSV, UTF-8 with BOM (so Excel reads Vietnamese right), injection-safe.

    The cells are the workbook's: coded values as words in `lang`, yes/no as words.
    """
    import csv

    target = Path(target)
    with atomic_target(target) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(table.headers(lang))
        for row in table.localised_rows(lang):
            w.writerow([_csv_cell(v) for v in row])
    return target


_RISKY = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(v) -> str:
    """Numbers as plain decimals; text that a spreadsheet would run as a formula is quoted."""
    if v is None:
        return ""
    if isinstance(v, Decimal):
        return format(v.normalize(), "f") if v == v.to_integral_value() else format(v, "f")
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v)
    return "'" + s if s.startswith(_RISKY) else s
