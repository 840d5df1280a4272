"""The measure of a percentage that is a ratio (GUIDELINE §8): a share, an attainment, a rate.

- a share is `tỷ trọng` + its part + `trong` its whole (`chiếm 22,6% tổng thu của tỉnh`),
  or `tỷ lệ` + the set it is of, named after it (`90% số hộ dân được dùng nước sạch`);
- an attainment ratio names its base (`đạt 105% dự toán` → `… so với dự toán`), and the
  words of that base are its own;
- a percentage that is neither a change, a share nor an attainment, said of a profit
  (`nông dân có lãi 25-30%`), is the profit's rate: `tỷ suất lãi` (the rate of a profit
  is how Vietnamese statistics name it: `tỷ suất lợi nhuận`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from solieu.extract import measure_phrase as mp
from solieu.extract import measure_words as mw
from solieu.extract.measure_phrase import Tail
from solieu.extract.measure_reader import Word, render, words

if TYPE_CHECKING:
    from solieu.extract.measure import PrevFigure

_PROFITS = frozenset(["lãi", "lợi nhuận", "lời", "lãi gộp", "lãi ròng", "lợi nhuận gộp"])
_PROFIT_STARTS = tuple(_PROFITS)


def attained(f: PrevFigure, tail: Tail) -> Word | None:
    """The base of an attainment ratio (`đạt 105% dự toán`), None for any other figure."""
    if not set(tail.keys) & mp.ATTAIN:
        return None
    after = [w for w in f.right()[:4] if w.kind in "wx" and w.low not in ("so với", "so")]
    if after and after[0].kind == "x":  # a period mention: `bằng 60% cùng kỳ năm 2023`
        said = " ".join(f.text[after[0].start : after[0].end].split()[:2])
        return after[0]._replace(text=said) if said.lower() in mw.BASES_LOW else None
    return after[0] if after and after[0].low in mw.BASES_LOW else None


def ratio(base: str, f: PrevFigure, tail: Tail) -> tuple[str, int]:
    """A share is `tỷ trọng` + its part and whole; an attainment ratio names its base, and
    the words of that base are its own (`bằng 82% dự toán Trung ương giao và tăng 9,6%`:
    the change is of the level, not of the base). Returns the measure and where the
    figure's words end."""
    if f.unit_class != "percent" or f.change:
        return base, f.end
    if set(tail.keys) & mw.SHARE_VERBS:
        if not base.startswith(("tỷ trọng", "tỉ trọng", "tỷ lệ", "tỉ lệ")):
            base = f"tỷ trọng {base}".strip()
        near = f.text[f.end : f.end + 60].split(",")[0].lower()
        whole = next((w for w in ("cả nước", "toàn quốc", "grdp", "gdp") if w in near), None)
        if whole:
            whole = "cả nước" if whole in ("cả nước", "toàn quốc") else whole.upper()
        else:  # `chiếm 38% số trường hợp bị xử lý`: the whole is named after the number
            right = f.right()
            named = right[:1] and right[0].kind == "w" and right[0].role in mp.NAMED_FIRST
            whole = render(mp.post(right, not f.clipped)[0]) if named else ""
        part = base.split(" ", 2)[2:]  # without `tỷ trọng`
        return (f"{base} trong {whole}" if whole and [whole] != part else base), f.end
    first = attained(f, tail) if base else None
    if first is not None:
        return f"{base} so với {first.text}", mp.base_end(f.right(), first)
    return rate_of(base), f.end  # `có lãi 25-30%`: `tỷ suất lãi`


def rate_of(base: str) -> str:
    """A profit said as a percentage is its rate (`có lãi 25-30%`: `tỷ suất lãi`)."""
    if not base.lower().startswith(_PROFIT_STARTS):
        return base
    first = words(base, 0, len(base), [])[0]  # a whole word: `lãi suất` is no profit
    return f"tỷ suất {base}" if first.low in _PROFITS else base


def share_of_after(f: PrevFigure) -> str:
    """`tỷ lệ` + the set a percentage is said before (`90% số hộ dân ...`)."""
    right = f.right()
    if right and right[0].low in mw.COUNT_HEADS:
        right = right[1:]
    if not right or right[0].kind != "w" or right[0].role not in ("W", "N", "HEAD"):
        return ""
    if right[0].low in mw.BASES_LOW:
        return ""  # `đạt 60% kế hoạch` names a base, not a set
    mods, _ = mp.post(right, not f.clipped)
    return "tỷ lệ " + render(mods, lower=False) if mods else ""
