"""ISO periods as a reader writes them (`2025-01/2025-06` → `6 tháng đầu năm 2025`).

The inverse of the grammar of `period_words`, for labels in the app and exports; kept
apart from the grammar, which only reads.
"""

from __future__ import annotations

from solieu.extract.period_words import period_bounds, render

ROMAN_OUT = {1: "I", 2: "II", 3: "III", 4: "IV"}
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def format_period(iso: str, lang: str = "vi") -> str:
    """An ISO period as a reader would write it (`2025-01/2025-06` → `6 tháng đầu năm
    2025`, en `H1 2025`); what is not an ISO period comes back unchanged."""
    b = period_bounds(iso)
    if b is None:
        return iso
    d0, d1 = b
    en = lang != "vi"
    form = render(d0, d1)
    y0, y1, m0, m1 = d0.year, d1.year, d0.month, d1.month
    if "-" not in form:  # whole years
        if y0 == y1:
            return str(y0) if en else f"năm {y0}"
        return f"{y0}–{y1}" if en else f"giai đoạn {y0}-{y1}"
    if len(form.split("/")[0]) == 7:  # whole months
        if y0 != y1:
            if en:
                return f"{MONTHS_EN[m0 - 1]} {y0}–{MONTHS_EN[m1 - 1]} {y1}"
            return f"từ tháng {m0}/{y0} đến tháng {m1}/{y1}"
        if m0 == m1:
            return f"{MONTHS_EN[m0 - 1]} {y0}" if en else f"tháng {m0}/{y0}"
        if m0 % 3 == 1 and m1 == m0 + 2:
            q = (m0 + 2) // 3
            return f"Q{q} {y0}" if en else f"quý {ROMAN_OUT[q]}/{y0}"
        if (m0, m1) in ((1, 6), (7, 12)) and en:
            return f"H{m0 // 6 + 1} {y0}"
        if en:
            return f"{MONTHS_EN[m0 - 1]}–{MONTHS_EN[m1 - 1]} {y0}"
        if m0 == 1:
            return f"{m1} tháng đầu năm {y0}"
        if m1 == 12:
            return f"{13 - m0} tháng cuối năm {y0}"
        return f"tháng {m0}-{m1}/{y0}"
    if d0 == d1:
        return f"{d0.day} {MONTHS_EN[m0 - 1]} {y0}" if en else f"ngày {d0.day}/{m0}/{y0}"
    if en:
        a = f"{d0.day} {MONTHS_EN[m0 - 1]}" + ("" if y0 == y1 else f" {y0}")
        return f"{a}–{d1.day} {MONTHS_EN[m1 - 1]} {y1}"
    if (m0, d0.day) == (1, 1) and y0 == y1:
        return f"từ đầu năm đến ngày {d1.day}/{m1}/{y1}"
    return f"từ ngày {d0.day}/{m0}/{y0} đến ngày {d1.day}/{m1}/{y1}"
