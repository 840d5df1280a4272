"""Head nouns a reader supplies to a measure (guideline §8): the quantity a unit stands
for, and the extreme a quantity's name carries.

- A unit with one usual quantity (kWh is electricity's `sản lượng điện`, a TEU is
  container throughput's `sản lượng`) names that quantity when the sentence names only
  who produced or used it (`các nhà máy thủy điện huy động 2,1 tỷ kWh` →
  `sản lượng điện nhà máy thủy điện huy động`), as `khối lượng` does for a mass
  (`measure_words.CLASS_HEAD`). A price per unit (`đồng/kWh`) is a price, not this.
- Goods named by their flow (`hàng xuất khẩu đạt 13,2 triệu tấn`, `hàng nhập khẩu`)
  keep their head noun `hàng`: the goods exported are what is weighed, and `khối lượng
  hàng xuất khẩu` tells them apart from a trade flow's value. The head reader starts a
  phrase at its trade word, which would drop it (`traded`).
- An extreme said right after a quantity's name (`nhiệt độ cao nhất phổ biến 36 - 38
  độ C`, `lượng mưa lớn nhất 300 mm`) is part of what is measured: the day's maximum is
  a different quantity from the temperature. It is not a ranking of an owner (`Địa
  phương có số người chết nhiều nhất là …`: there the quantity follows `có`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from solieu.extract import measure_words as mw
from solieu.extract.measure_reader import Word

if TYPE_CHECKING:
    from solieu.extract.measure_phrase import Tail

# energy units (kWh, MWh, GWh, TWh, also written `KWh`): the electricity produced or used
_ENERGY_HEAD = "sản lượng điện"
# words that already name electricity's quantity: nothing to supply
_ENERGY_NAMED = ("sản lượng", "điện năng", "điện lượng", "công suất", "nhu cầu", "lượng điện")
_TEU_HEAD = "sản lượng"
_TEU_THING = "hàng container"
# extremes that belong to the quantity's name (rank words of `measure_words.RANK`)
_EXTREMES = frozenset(["cao nhất", "thấp nhất", "lớn nhất"])
# adverbs after an extreme that say how common it is, not whose it is (`phổ biến 38 độ C`)
_HOW_COMMON = frozenset(
    ["phổ biến", "thường", "thường xuyên", "nhiều nơi", "có nơi", "ghi nhận", "đo", "đo được"]
)

# what an extreme is within or along, kept with it (`cao nhất trong ngày`, `trên sông Hồng`);
# `tại`, `ở` open a place, which is the figure's place and no part of its measure
_WITHIN = frozenset(["trong", "trên", "của"])
_AT = frozenset(["tại", "ở"])

_TRADE_START = tuple(w + " " for w in mw.TRADE)
# the goods nouns a trade word may qualify (`hàng xuất khẩu`, `hàng hóa nhập khẩu`)
_GOODS = ("hàng", "hàng hóa", "hàng hoá")


def traded(base: str, text: str, np: list[Word]) -> tuple[str, bool]:
    """(`base` with its goods noun, whether it names a trade flow)."""
    low = base.lower()
    trade = low in mw.TRADE or low.startswith(_TRADE_START)
    if not trade or not np or np[0].role != "TRADE" or not low.startswith(np[0].low):
        return base, trade
    before = text[max(0, np[0].start - 10) : np[0].start].rstrip().lower()
    for goods in _GOODS:
        head = before[: len(before) - len(goods)]
        if before.endswith(goods) and (not head or not head[-1].isalnum()):
            return f"{goods} {base}", trade  # `hàng xuất khẩu đạt 13,2 triệu tấn`
    return base, trade


def unit_headed(base: str, unit: str | None) -> str:
    """`base` with the quantity its unit stands for, when it names none."""
    low_unit = (unit or "").strip().lower()
    if not low_unit or "/" in low_unit:
        return base  # `đồng/kWh`, `TEU/năm`: a price or a capacity, not an amount
    low = base.lower()
    if low_unit.endswith("wh") and low_unit[-3:-2] in ("k", "m", "g", "t"):
        if any(w in low for w in _ENERGY_NAMED):
            return base
        if low.startswith("điện"):
            return f"sản lượng {base}"  # `điện tiêu thụ đạt 1,2 tỷ kWh`
        return f"{_ENERGY_HEAD} {base}".strip()
    if low_unit == "teu":
        if "sản lượng" in low or "khối lượng" in low:
            return base
        if "container" in low:
            return f"{_TEU_HEAD} {base}"  # `hàng container đạt 1,92 triệu TEU`
        return f"{_TEU_HEAD} {_TEU_THING} {base}".strip()
    return base


def extreme(
    core: list[Word], tail: Tail, np: list[Word], via: str, owner: str
) -> tuple[list[Word], str, str]:
    """(phrase, how, owner) with an extreme kept in the quantity's name: `nhiệt độ cao
    nhất` when the clause is that name, the extreme, and at most how common it is or
    within what (`giá vàng cao nhất trong ngày`)."""
    if via != "head" or not np:
        return np, via, owner
    before = [w for w in core if w.end <= np[0].start and w.kind in "wa"]
    opens = max((i for i, w in enumerate(before) if w.low == "với"), default=-1)
    before = before[opens + 1 :]  # `nắng nóng với nhiệt độ cao nhất 39 độ C`
    if any(w.role != "PREP" and w.low != "và" for w in before):
        return np, via, owner  # `Bắc Ninh có tổng vốn cao nhất`: a ranking of its owner
    at = next((i for i, w in enumerate(core) if w.start >= np[-1].end), len(core))
    if at == len(core):  # the extreme went to the tail: `nhiệt độ thấp nhất tại Sa Pa là`
        key = next((k for k in tail.keys if k in _EXTREMES), None)
        if key is None or core[-1] is not np[-1]:
            return np, via, owner
        return [*np, Word(key, key, np[-1].end, np[-1].end, "w", "STOP")], via, ""
    if core[at].low not in _EXTREMES:
        return np, via, owner
    rest = core[at + 1 :]
    if rest and rest[0].low in _WITHIN and len(rest) <= 4:
        return [*np, *core[at:]], via, ""
    if owner and owner.lower() not in _HOW_COMMON and not (rest and rest[0].low in _AT):
        return np, via, owner
    return [*np, core[at]], via, ""
