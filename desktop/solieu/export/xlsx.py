"""Write the tables as an .xlsx with XlsxWriter in constant-memory mode.

Chosen by measurement (bench/export.py): XlsxWriter streams rows to disk, so
memory stays flat at 100k rows, and it is about twice as fast as openpyxl's
write-only mode. Text cells are written with `write_string`, so a value that
begins with `=`, `+`, `-` or `@` stays literal text, never a formula.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path

from solieu.export.atomic import CancelFn, Cancelled, ProgressFn, atomic_target
from solieu.export.tables import Table

SAMPLE_ROWS = 1000  # rows read ahead to fit column widths
MAX_WIDTH = 60
NUMBER_FORMAT = "#,##0.###"


def _widths(table: Table, headers: list[str], sample: list[tuple]) -> list[float]:
    widths = [len(h) + 4 for h in headers]  # room for the autofilter button
    for row in sample:
        for i, v in enumerate(row):
            if v is None:
                continue
            n = len(str(v)) if not isinstance(v, (Decimal, float)) else len(f"{v:,.3f}")
            if n > widths[i]:
                widths[i] = n
    return [min(MAX_WIDTH, w + 1) for w in widths]


def export_workbook(
    tables: list[Table],
    target: str | Path,
    *,
    lang: str = "en",
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Path:
    """Write every table as a sheet of `target` (atomically); returns the path."""
    import xlsxwriter  # imported here: the window starts without it

    target = Path(target)
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
            bold = wb.add_format({"bold": True, "bg_color": "#E8EEF4", "bottom": 1})
            number = wb.add_format({"num_format": NUMBER_FORMAT})
            integer = wb.add_format({"num_format": "0"})
            day = wb.add_format({"num_format": "yyyy-mm-dd"})
            wrap = wb.add_format({"text_wrap": False})
            for table in tables:
                ws = wb.add_worksheet(table.name)
                headers = table.headers(lang)
                rows: Iterator[tuple] = iter(table.rows)
                sample = list(islice(rows, SAMPLE_ROWS))
                for i, w in enumerate(_widths(table, headers, sample)):
                    ws.set_column(i, i, w)
                ws.freeze_panes(1, 0)
                ncols = len(table.columns)
                ws.autofilter(0, 0, max(1, table.n_rows), ncols - 1)
                for c, h in enumerate(headers):
                    ws.write_string(0, c, h, bold)
                kinds = [k for _, k in table.columns]
                r = 0
                for r, row in enumerate(chain(sample, rows), start=1):
                    for c, v in enumerate(row):
                        if v is None:
                            continue
                        kind = kinds[c]
                        if kind == "number":
                            ws.write_number(r, c, float(v), number)
                        elif kind == "int":
                            ws.write_number(r, c, int(v), integer)
                        elif kind == "bool":
                            ws.write_boolean(r, c, bool(v))
                        elif kind == "date":
                            ws.write_datetime(
                                r, c, datetime.datetime.combine(v, datetime.time()), day
                            )
                        else:
                            ws.write_string(r, c, str(v), wrap)
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
    """One table as CSV, UTF-8 with BOM (so Excel reads Vietnamese right), injection-safe."""
    import csv

    target = Path(target)
    with atomic_target(target) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(table.headers(lang))
        for row in table.rows:
            w.writerow([_csv_cell(v) for v in row])
    return target


_RISKY = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(v) -> str:
    """Numbers as plain decimals; text that a spreadsheet would run as a formula is quoted."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, Decimal):
        return format(v.normalize(), "f") if v == v.to_integral_value() else format(v, "f")
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v)
    return "'" + s if s.startswith(_RISKY) else s
