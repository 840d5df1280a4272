"""A quantity named by the subject of its sentence, away from the number (guideline §8).

Vietnamese news often names a trade flow once, as the sentence's subject, and then
gives its figures in the complement: `Xuất khẩu hạt điều tiếp tục là điểm sáng với
95.000 tấn, kim ngạch 620 triệu USD, tăng 21%`. Two things follow from how such a
sentence is built (subject – copula/verb – complement):

- the predicate of a copula (`là điểm sáng`, `là mặt hàng chủ lực`) says how the
  subject ranks or what kind it is; it is not what is measured. When the subject names
  a quantity and the predicate names none, the subject is the figure's measure;
- a bare head noun later in the sentence (`kim ngạch 620 triệu USD`) is completed by
  the subject, as a reader completes it: `kim ngạch xuất khẩu hạt điều`.

Only a trade flow (`xuất khẩu …`, `nhập khẩu …`) is taken as such a subject: an agency,
a firm or a place that opens a sentence (`Doanh nghiệp đạt doanh thu 5 tỷ đồng`,
`Tỉnh thu hút …`) is the one who does, not what is measured.

A topic frame (`Về xuất khẩu gạo, …`, `Riêng mặt hàng tôm, …`, read by
`topic_of`) completes the same bare heads, and also a head with only its
trade word (`giá trị xuất khẩu` → `giá trị xuất khẩu mặt hàng tôm`).
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from solieu.extract import measure_words as mw
from solieu.extract.measure_phrase import np_left
from solieu.extract.measure_reader import Word, clean, render, trim, words
from solieu.extract.place_names import COUNTRIES

_TOPIC = regex.compile(
    r"\s*(?:Về|Đối với|Riêng|Ở phân khúc|Với phân khúc|Trong lĩnh vực)\s+([^,.;:]{2,60}),"
)

_TRADE_OPEN = tuple(w for w in mw.TRADE)
_TRADE_HINT = regex.compile("|".join(_TRADE_OPEN))
# words that may open a sentence before its subject (`Hiện xuất khẩu …`, `Trong khi đó,`)
_OPENERS = frozenset(["hiện", "hiện nay", "trong khi đó", "bên cạnh đó", "ngoài ra", "đáng chú ý"])
# bare heads a subject or topic completes (besides `measure_words.GENERIC_HEADS`)
_BARE = mw.GENERIC_HEADS | frozenset(["khối lượng", "tổng kim ngạch", "tổng giá trị", "trị giá"])
_COPULA = "là"


class Subject(NamedTuple):
    """What a sentence's subject says of its figures: the trade flow it opens with, or
    the partner's investors or firms that own them (`nhà đầu tư Hàn Quốc`)."""

    flow: str | None = None
    owner: str | None = None


NO_SUBJECT = Subject()
# the partner's actors a sentence is about, as its subject: their capital, projects and
# workers are theirs (§8: the partner is part of the measure); a country's name only
_COUNTRY_NAMES = sorted({n for c in COUNTRIES for n in (c[0], *c[2])}, key=len, reverse=True)
_ACTORS = ("nhà đầu tư", "doanh nghiệp", "tập đoàn", "du khách")
_ACTOR_HINT = regex.compile("(?i)" + "|".join(_ACTORS))
_ACTOR = regex.compile(
    rf"(?<![\p{{L}}])(?i:(?:các|những)\s+)?((?i:{'|'.join(_ACTORS)})"
    rf"\s+(?:{'|'.join(regex.escape(n) for n in _COUNTRY_NAMES)}))"
    r"(?=\s+(?:đã\s+|vừa\s+)?\p{Ll})"
)
# words before an actor that make it an object or an owner already named, not the subject
_NOT_SUBJECT = regex.compile(r"(?:với|cho|của|từ|thu hút|đón|tiếp|và)\s+(?:(?:các|những)\s+)?$")


def subject_of(text: str, s0: int, start: int, strip: list[tuple[int, int]]) -> Subject:
    """What the subject of the sentence at `s0` says of its first figure, at `start`
    (the subject is said before it)."""
    owner = None
    if _ACTOR_HINT.search(text, s0, start):  # one scan: most sentences name no actor
        m = _ACTOR.search(text, s0, start)
        if m and not _NOT_SUBJECT.search(text, max(s0, m.start() - 24), m.start()):
            owner = " ".join(m.group(1).split())
            owner = owner[:1].lower() + owner[1:]  # `Du khách Hàn Quốc …` opens a sentence
    flow = _flow_of(text, s0, start, strip)
    return Subject(flow, owner) if flow or owner else NO_SUBJECT


def owned_by(measure: str | None, subject: Subject) -> str | None:
    """The measure with its owner (`số dự án đăng ký mới của nhà đầu tư Hàn Quốc`)."""
    owner = subject.owner
    if not measure or not owner or owner.lower() in measure.lower():
        return measure
    return f"{measure} của {owner}"


def _flow_of(text: str, s0: int, s1: int, strip: list[tuple[int, int]]) -> str | None:
    """The trade flow a sentence opens with, as its subject (`Xuất khẩu cà phê` of
    `Xuất khẩu cà phê tiếp tục là điểm sáng với …`); None for any other subject."""
    head = text[s0 : s0 + 40].lstrip(' \t\n"“').lower()
    if not _TRADE_HINT.search(head):
        return None  # reading the words is the cost: most sentences open otherwise
    end = s1
    for mark in ",;:(":
        k = text.find(mark, s0, end)
        if k >= 0:
            end = k
    ws = clean(words(text, s0, end, strip))
    i = 0
    while i < len(ws) and (ws[i].low in _OPENERS or ws[i].kind != "w"):
        i += 1
    if i >= len(ws) or ws[i].role != "TRADE":
        return None
    j = i + 1
    while j < len(ws) and ws[j].kind == "w" and ws[j].role in ("W", "N", "TRADE"):
        j += 1
    np = trim(ws[i:j])
    return render(np, lower=False).lower() if np else None


def copula_subject(core: list[Word], np: list[Word], via: str) -> tuple[list[Word], str]:
    """(phrase, how) of `X là Y với <figure>`: X when it names a quantity and Y names none
    (`Xuất khẩu rau quả là điểm sáng với 620 triệu USD`); else the phrase as found."""
    if via != "fallback":
        return np, via
    at = max((i for i, w in enumerate(core) if w.low == _COPULA), default=-1)
    if at <= 0 or np_left(core[at + 1 :])[1] != "fallback":
        return np, via
    left = list(core[:at])
    while left and (left[-1].role in ("STOP", "AUX") or left[-1].low in mw.AUX):
        left.pop()  # `tiếp tục là`, `vẫn là`: the copula's adverbs
    if not left or left[0].role != "TRADE":
        return np, via  # an agency or a place that is something: not a quantity
    if any(w.role in ("STOP", "MATRIX") or w.kind != "w" for w in left):
        return np, via
    return trim(left), "trade"


def completed(
    base: str, np: list[Word], topic: str | None, subject: str | None, said: tuple[str, ...] = ()
) -> str:
    """A bare head (`kim ngạch`, `khối lượng`, `giá`) with the topic of its paragraph or
    the trade flow its sentence opens with; a head and its trade word alone (`giá trị
    xuất khẩu`) with the topic; else a bare head with what the text said it of last
    (`tỷ lệ giải ngân …; Một số địa phương đạt tỷ lệ cao như …`). Any other phrase names
    its quantity already."""
    if not np or base != render(np):
        return base
    if not topic and not subject and len(np) == 1 and np[0].low in _RECALLED:
        return _recalled(np[0].low, said) or base
    bare = len(np) == 1 and np[0].low in _BARE
    if topic:
        traded = len(np) == 2 and np[0].low in _BARE and np[1].role == "TRADE"
        if (bare or traded) and topic.lower() not in base.lower():
            return f"{base} {topic}"
        return base
    if subject and bare and subject not in base:
        return f"{base} {subject}"
    return base


def quantity_of_trade(base: str, unit_class: str | None, unit: str | None) -> str:
    """`xuất khẩu gạo` measured in tonnes is its `khối lượng` (a trade flow's money value
    is its `kim ngạch`: `measure._qualified`)."""
    quantity = mw.CLASS_HEAD.get(unit_class or "")
    flow = base.lower().removeprefix("hàng hóa ").removeprefix("hàng hoá ").removeprefix("hàng ")
    if not quantity or "/" in (unit or "") or not flow.startswith(_TRADE_OPEN):
        return base
    return f"{quantity} {base}"


# bare heads the text's earlier mention completes (`tỷ lệ` → `tỷ lệ giải ngân`)
_RECALLED = _BARE | frozenset(["tỷ lệ"])
# where the words that tell a head's quantity apart end, in a measure said before:
# a partner, an owner, a place, a bound, a comparison or an average is that figure's own
_OWN = regex.compile(
    r" (?:của|sang|với|từ|tại|ở|trong|trên|dưới|so|đạt|cao|thấp|có|bình quân|trung bình"
    r"|chung|cả|toàn|mỗi|tối đa|tối thiểu) "
)


def _recalled(head: str, said: tuple[str, ...]) -> str | None:
    """`head` and the words after it in the last measure that names it with more
    (`số bộ có tỷ lệ giải ngân trên bình quân` gives `tỷ lệ giải ngân`)."""
    for m in reversed(said):
        low = f" {m.lower()} "
        at = low.find(f" {head} ")
        if at < 0:
            continue
        rest = low[at + len(head) + 1 :]
        cut = _OWN.search(rest)
        more = rest[: cut.start() if cut else len(rest)].strip()
        if more and not more.startswith(("tăng", "giảm")):
            return f"{head} {more}"
    return None


def topic_of(text: str, s0: int, strip: list[tuple[int, int]]) -> str | None:
    """The frame of a sentence that opens `Về X, ...`, `Ở phân khúc X, ...`, `Riêng mặt
    hàng tôm, ...`: what its bare counts (`căn`) and bare quantities (`giá`) are of.

    `Riêng` also singles out a time or a place (`Riêng tháng 6,`, `Riêng dịp lễ 2/9 kéo
    dài 4 ngày,`, `Riêng Hà Nội,`): only a plain noun phrase after it is a topic."""
    m = _TOPIC.match(text, s0)
    if not m:
        return None
    raw = words(text, m.start(1), m.end(1), strip)
    if m.group(0).lstrip().startswith("Riêng") and not _plain_noun(raw):
        return None
    ws = trim(clean(raw))
    return " ".join(" ".join(w.text.split()) for w in ws) or None


def _plain_noun(ws: list[Word]) -> bool:
    """Words of a thing's name only: no mention of a time or place, no number, no verb."""
    return all(w.kind == "w" and w.role in ("W", "N", "TRADE", "HEAD") for w in ws)


def owned(base: str, owner: str, item: bool, unit_class: str | None) -> str:
    """The measure of a ranked owner (`nhà đầu tư Đài Loan dẫn đầu với …`: `… của X`) or of
    an item of a breakdown (`trong đó lao động nam 9,5 triệu đồng`), a good by `item_of`
    (a share stays its part's: `tỷ trọng … của tôm`, which `measure_ratio` reads)."""
    by_good = item_of(base, owner) if item and unit_class != "percent" else None
    return by_good or (f"{base.split(' của ')[0]} của {owner}" if base else owner)


def item_of(base: str, item: str) -> str | None:
    """The measure of one good in a breakdown of a trade flow or a harvest by goods
    (`xuất khẩu thủy sản đạt 5,2 tỷ USD; trong đó tôm đạt 2,1 tỷ USD`): the same quantity
    of that good, `kim ngạch xuất khẩu tôm`, not `… thủy sản của tôm`; the harvest's way
    stays after the good (`sản lượng nuôi trồng, riêng tôm` → `sản lượng tôm nuôi trồng`).
    None when the item is no plain good (a name, a long phrase) or the base no such flow."""
    if not base or not item or not item[:1].islower() or len(item.split()) > 3:
        return None
    low = base.lower()
    for trade in sorted(mw.TRADE, key=len, reverse=True):
        at = low.find(trade)
        if at >= 0 and (at == 0 or low[at - 1] == " "):
            return f"{base[: at + len(trade)]} {item}"
    for verb in mw.PRODUCTION_VERBS:
        if low.endswith(" " + verb) and " " in low[: -len(verb) - 1]:
            return f"{base[: -len(verb) - 1]} {item} {verb}"
    return None
