"""Export at scale: 100,000 statistics with 100,000 mentions.

Times, each in a fresh child process (so peak memory is its own):
  (a) the floor: a bare XlsxWriter constant_memory write of the same cells, no formatting;
  (b) Solieu's export of the whole workbook (formats, widths, filters, frozen header,
      words for coded values, wrapped columns with their row heights, print setup);
  (c) pandas DataFrame.to_excel of the Statistics sheet (what a user would do by hand).
Prints seconds, peak RSS and the ratio to the floor. Goal: (b) within 2x (a) and
under 150 MB peak. Run by hand: `python bench/export.py [--rows 100000]`.
"""

from __future__ import annotations

import argparse
import datetime
import multiprocessing as mp
import os
import random
import resource
import tempfile
import time
from decimal import Decimal

from solieu.export.tables import MENTION_COLUMNS, STAT_COLUMNS, Table


def _in_order(columns, cells: dict) -> tuple:
    return tuple(cells.get(k) for k, _ in columns)


def stat_rows(n: int):
    rng = random.Random(1)
    for i in range(n):
        v = Decimal(rng.randint(1, 10**7)) / 10
        yield _in_order(
            STAT_COLUMNS,
            {
                "statistic": f"p{i}",
                "measure": "kim ngạch xuất khẩu",
                "place": "Nghệ An",
                "place_code": "40",
                "province_2025": "Nghệ An",
                "period": "2025-01/2025-06",
                "period_start": datetime.date(2025, 1, 1),
                "period_end": datetime.date(2025, 6, 30),
                "value": v * 1000000,
                "unit": "USD",
                "unit_class": "USD",
                "scale": "triệu",
                "qualifier": "approx" if i % 3 == 0 else None,
                "qualifier_code": "approx" if i % 3 == 0 else None,
                "change": False,
                "sources": 2,
                "documents": "000_a.txt; 001_b.txt",
                "source": "Xuất khẩu Nghệ An 6 tháng đầu năm (Báo Nghệ An, 2025-07-10); "
                "Kim ngạch xuất khẩu tăng (Báo Đầu tư, 2025-07-12)",
                "status": "accepted",
                "conflict": False,
            },
        )


def mention_rows(n: int):
    rng = random.Random(2)
    sentence = "Kim ngạch xuất khẩu 6 tháng đầu năm 2025 của tỉnh Nghệ An ước đạt 1.800 triệu USD."
    for i in range(n):
        v = Decimal(rng.randint(1, 10**7)) / 10
        yield _in_order(
            MENTION_COLUMNS,
            {
                "figure": i,
                "statistic": f"p{i}",
                "document": "000_a.txt",
                "sentence": sentence,
                "text": "1.800 triệu USD",
                "start": 60,
                "end": 75,
                "number": v,
                "scale": "triệu",
                "value": v * 1000000,
                "unit": "USD",
                "unit_class": "USD",
                "qualifier": "estimated",
                "qualifier_code": "estimated",
                "change": False,
                "measure": "kim ngạch xuất khẩu",
                "place": "Nghệ An",
                "place_inherited": False,
                "place_code": "40",
                "province_2025": "Nghệ An",
                "period": "2025-01/2025-06",
                "period_start": datetime.date(2025, 1, 1),
                "period_end": datetime.date(2025, 6, 30),
                "period_text": "6 tháng đầu năm 2025",
                "source": "Xuất khẩu Nghệ An 6 tháng đầu năm (Báo Nghệ An, 2025-07-10)",
                "confidence": 0.95,
                "kind": "figure",
                "status": "confirmed",
                "origin": "auto",
            },
        )


def tables(n: int) -> list[Table]:
    return [
        Table("Statistics", STAT_COLUMNS, stat_rows(n), n),
        Table("Mentions", MENTION_COLUMNS, mention_rows(n), n),
    ]


def run_floor(n: int, path: str) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(path, {"constant_memory": True})
    for t in tables(n):
        ws = wb.add_worksheet(t.name)
        for c, (k, _) in enumerate(t.columns):
            ws.write_string(0, c, k)
        for r, row in enumerate(t.rows, start=1):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                    ws.write_number(r, c, float(v))
                elif isinstance(v, bool):
                    ws.write_boolean(r, c, v)
                elif isinstance(v, datetime.date):
                    ws.write_datetime(r, c, datetime.datetime.combine(v, datetime.time()))
                else:
                    ws.write_string(r, c, v)
    wb.close()


def run_solieu(n: int, path: str) -> None:
    from solieu.export import export_workbook

    os.unlink(path)
    export_workbook(tables(n), path)


def run_pandas(n: int, path: str) -> None:
    import pandas as pd

    df = pd.DataFrame(list(stat_rows(n)), columns=[k for k, _ in STAT_COLUMNS])
    df["value"] = df["value"].astype(float)
    df.to_excel(path, sheet_name="Statistics", index=False)


def _child(fn_name: str, n: int, q) -> None:
    fd, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(fd)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    globals()[fn_name](n, path)
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    size = os.path.getsize(path)
    os.unlink(path)
    q.put((dt, peak / 1024, (peak - base) / 1024, size / 1e6))


def measure(fn_name: str, n: int):
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=_child, args=(fn_name, n, q))
    p.start()
    out = q.get()
    p.join()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=100_000)
    n = ap.parse_args().rows
    res = {name: measure(name, n) for name in ("run_floor", "run_solieu", "run_pandas")}
    floor = res["run_floor"][0]
    labels = {
        "run_floor": "floor: bare XlsxWriter",
        "run_solieu": "Solieu workbook",
        "run_pandas": "pandas to_excel (Statistics only)",
    }
    print(f"{n} statistics + {n} mentions")
    for name, (dt, peak, grown, mb) in res.items():
        print(
            f"{labels[name]:36} {dt:6.2f} s  {dt / floor:4.2f}x floor  "
            f"peak RSS {peak:6.0f} MB (+{grown:4.0f} MB)  file {mb:5.1f} MB"
        )


if __name__ == "__main__":
    main()
