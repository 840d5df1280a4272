"""A figure's `measure` (guideline §8): the noun phrase that names what it quantifies.

The words around the figure are segmented by longest match in a role lexicon
(`measure_words.ROLES`), so a listed compound is never split, and the phrase is cut
only at word boundaries that the grammar gives: punctuation, a predicate (`tăng`,
`đạt`), a preposition that starts an adjunct, a number. Place and period mentions,
which the caller finds (`strip` spans), are removed with the preposition that
introduces them. Then:

- a count is `số` + its noun + the modifiers after it (`số dự án mới sử dụng vốn ODA`),
  plus the verb before it when that verb tells counts apart (`ký kết 20 văn bản` →
  `số văn bản ký kết`); a classifier alone counts the noun it classifies (`căn` →
  `căn hộ`, from the clause, the sentence's count before it, or the paragraph's topic);
- any other figure takes the phrase before it, from its head noun (`kim ngạch`,
  `vốn`, `giá` …) to the qualifier or linking verb next to the number; a physical
  value may name its thing after the unit (`82km đường bờ biển` → `chiều dài đường
  bờ biển`); rank words (`đứng thứ hai`, `dẫn đầu`, `kỷ lục`) are never the quantity;
- a clause that names nothing carries the measure of the figure before it in the
  sentence when the kinds of value agree (`đạt 1,8 tỷ USD, tăng 25,1%`; never a count's
  to a length or a share), else the last value of its kind in the paragraph (a ranking
  lists values of one measure); an amount right after a count names that count;
- a change keeps its change word in front (its comparison base when the sentence has
  several), a share is `tỷ trọng` + its part + `trong` its whole, an attainment ratio
  names its base (`... so với dự toán`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import regex

from solieu.extract import measure_aims as aims
from solieu.extract import measure_area as ma
from solieu.extract import measure_heads as mh
from solieu.extract import measure_phrase as mp
from solieu.extract import measure_ratio as mr
from solieu.extract import measure_subject as ms
from solieu.extract import measure_words as mw
from solieu.extract.measure_phrase import Tail
from solieu.extract.measure_phrase import noun_after_so as noun_after_so  # for context.py
from solieu.extract.measure_reader import Word, clean, expand, render, trim, words
from solieu.extract.units import CLASSIFIERS, NOUN_UNITS
from solieu.text.sentences import is_hard_wrapped

# the words after a figure end for good at a sentence-like mark (commas may go on a list)
_RIGHT_END = regex.compile(r"[;:.!?…“”\"](?!\d)|\s[–—-]\s")
_GLUED = regex.compile(r"/[\p{L}\p{N}]+")
_NEXT_WORD = regex.compile(r"\s*(\w*)")
_SIBLING = regex.compile(r"[\s,;]*(?:và\s+)?")
_BETWEEN = regex.compile(r"[\s,]*(?:(?:với|có|cùng)\s+)?")
# counted nouns that say how, not what, is counted: the phrase before names the what
_BARE_COUNTERS = CLASSIFIERS | frozenset(["người", "lượt người", "lượt khách", "ca", "vụ", "hộ"])
# a value in brackets after a list item (`đạt tỷ lệ cao như Lào Cai (68,5%), Phú Thọ (61,7%)`):
# the quantity is the one named before the list
_ITEM_VALUE = regex.compile(r"\([ \t]*$")
_PRAISE = frozenset(["cao", "thấp", "lớn", "nhỏ", "nhất", "khá", "tốt", "nổi bật"])
_OPENS_ITEMS = ("trong đó", "riêng", "gồm", "bao gồm", "cụ thể")
_COUNT_LINK = mp.COUNT_LINK | mp.CHANGE_WORDS


@dataclass
class PrevFigure:
    """A figure as the measure reader saw it: its words, its measure, and what the figures
    after it may carry (pass it back as `prev`)."""

    text: str
    sentence_start: int
    sentence_end: int
    end: int  # end of the figure's own words (a count's modifiers included, once read)
    unit: str | None
    unit_class: str | None
    change: bool
    strip: list[tuple[int, int]]
    same: PrevFigure | None  # the figure before it in the sentence
    prev: PrevFigure | None
    wrapped: bool = False  # the text is hard-wrapped: a line break is not a paragraph
    levels: tuple[tuple[str, str], ...] = ()  # (kind, measure) earlier in the paragraph
    topic: str | None = None  # the paragraph's frame `Về nhà ở xã hội, ...`
    subject: ms.Subject = ms.NO_SUBJECT  # the trade flow or owner it opens with
    said: tuple[str, ...] = ()  # the text's last measures, for a bare head (`tỷ lệ`)
    base: str | None = None  # the measure without its change word
    count_np: str | None = None  # a count's noun and modifiers, without `số`
    amount: str | None = None  # what its amount measures (`vốn điều chỉnh`, `xuất khẩu gạo`)
    counts: tuple[tuple[str, str], ...] = ()  # recent count measures by counted noun
    change_word: str | None = None  # `giảm` of `giảm 612 vụ`, for `(tương ứng 11,9%)`
    last_count: tuple[str, str] | None = None  # (noun, measure) of the sentence's last count
    item: bool = False  # an item of a breakdown (`trong đó lao động nam 9,5 triệu đồng`)
    clipped: bool = False  # the words after stop at the window, not at the clause's end
    _right: list[Word] | None = None

    @property
    def key(self) -> str:
        """The kind of value a ranking lists: the unit class, with a rate's denominator."""
        unit, cls = self.unit or "", self.unit_class or ""
        if cls == "other":
            return unit
        return f"{cls}/{unit.partition('/')[2]}" if "/" in unit else cls

    def level(self) -> str:
        """The measure of the last value of this figure's kind in the paragraph."""
        return next((b for k, b in reversed(self.levels) if k == self.key), "")

    def right(self, wide: bool = False) -> list[Word]:
        """The words after the figure, up to the end of its clause (read when needed).

        A short window first: most phrases end within it, and reading words is the main
        cost of a measure; `wide` reads on when a phrase runs to the window's end."""
        if self._right is None or (wide and self.clipped):
            s1, end = self.sentence_end, self.end
            cap = min(s1, end + (160 if wide else 50))
            if cap < s1:  # a window that ends between words, never inside one
                cap = max(end, self.text.rfind(" ", end, cap))
            stop = _RIGHT_END.search(self.text, end, cap)
            self.clipped = stop is None and cap < s1
            self._right = words(self.text, end, stop.start() if stop else cap, self.strip)
        return self._right

    def post(self) -> list[Word]:
        """The modifiers after the figure (`mp.post`), read on past a short window if needed."""
        mods, ran_out = mp.post(self.right(), not self.clipped)
        if ran_out and self.clipped:
            mods, _ = mp.post(self.right(wide=True), not self.clipped)
        return mods

    def done(self, measure: str | None, base: str | None, tail: Tail, end: int) -> Measured:
        """Keep what the next figures may carry, drop what they may not (the words, the
        figures before), and return the measure."""
        measure, base = ms.owned_by(measure, self.subject), ms.owned_by(base, self.subject)
        self.base, self.end, self.change_word = base or None, end, self.said_change(tail)
        if base:
            self.levels = (*self.levels[-7:], (self.key, base))
            self.said = (*self.said[-7:], base)
        if self.last_count is None and self.same is not None:
            self.last_count = self.same.last_count
        self.same = self.prev = self._right = None
        return Measured(mp.with_change(measure, self.change_word, self.change), self)

    def said_change(self, tail: Tail) -> str | None:
        """Its change word: its own, else that of the change it restates in the sentence
        (`giảm 612 vụ (tương ứng 11,9%)`)."""
        if tail.change or not self.change or self.same is None:
            return tail.change
        return self.same.change_word


class Measured(NamedTuple):
    text: str | None
    figure: PrevFigure


# -- the measure ---------------------------------------------------------------------
def measure_of(
    text: str,
    sentence_start: int,
    sentence_end: int,
    start: int,
    end: int,
    unit: str | None,
    unit_class: str | None,
    change: bool,
    prev: PrevFigure | None,
    strip: list[tuple[int, int]],
) -> Measured:
    """The measure of the figure at text[start:end] and what the next figure may carry.

    `strip` holds the sorted (start, end) spans of the place and period mentions of the
    sentence; `prev` is the `figure` of the previous call on the same text.
    """
    same = prev is not None and prev.sentence_start == sentence_start and prev.end <= start
    lo = prev.end if same and prev is not None else sentence_start
    wrapped = prev.wrapped if prev is not None else is_hard_wrapped(text)
    memory = prev
    if prev is not None and not same and mp.new_paragraph(text, prev.end, start, wrapped):
        memory = None  # what a paragraph said carries no further than it
    glued = _GLUED.match(text, lo) if same else None
    if glued and glued.end() <= start:
        lo = glued.end()  # `07 dự án/TMĐT tăng 215,9 triệu USD`
    cut = mp.last_cut(text, lo, start)
    share, count = unit_class == "percent", unit_class == "count"
    core, tail = mp.trim_tail(
        expand(clean(mp.clause_words(words(text, cut, start, strip)))), share, count
    )
    if cut > lo and text[cut] == "," and 0 < _syllables(core) <= 8 and mp.list_like(core):
        core, tail = mp.listed(text, lo, start, strip, share) or (core, tail)
    elif cut > lo and not mp.np_left(core)[0]:
        core = mp.before_list(text, lo, cut, strip) or core
    if not core and _ITEM_VALUE.search(text, max(sentence_start, start - 2), start):
        named = mp.before_list(text, sentence_start, start, strip)  # `như A (68,5%)`
        while named and named[-1].low in _PRAISE:
            named = named[:-1]  # `tỷ lệ cao như …`: how the items rank, not what they measure
        if mp.np_left(named)[1] in ("head", "trade"):
            core = named  # only a quantity's name: `các thị trường lớn như Mỹ (…)` names none
    topic = None if same else ms.topic_of(text, sentence_start, strip)
    subject = prev.subject if same and prev else ms.subject_of(text, sentence_start, start, strip)
    f = PrevFigure(
        text, sentence_start, sentence_end, end, unit, unit_class, change, strip,
        same=prev if same else None, prev=prev, wrapped=wrapped,
        levels=memory.levels if memory else (), topic=topic or (memory.topic if memory else None),
        counts=prev.counts[-5:] if prev else (), subject=subject, said=prev.said if prev else (),
    )  # fmt: skip
    if unit_class == "count" and unit and mp.noun_in_span(text, start, end, unit):
        return _count(f, core, tail)
    if unit in NOUN_UNITS and f.right()[:1] and f.right()[0].role in ("W", "N"):
        return _count(f, core, tail)  # `45 điểm giao thông bị sạt lở`: a count of places
    return _amount(f, core, tail)


def _syllables(ws: list[Word]) -> int:
    """How long a clause is, in syllables (a list's last item: `lâm nghiệp và thủy sản`)."""
    return sum(w.low.count(" ") + 1 for w in ws)


def _count(f: PrevFigure, core: list[Word], tail: Tail) -> Measured:
    """`số` + the counted noun + its modifiers (+ the verb before it that tells counts
    apart), unless the phrase before the number names the count itself."""
    noun = " ".join((f.unit or "").split())
    head, _, rest = noun.partition(" ")
    if head.lower() in CLASSIFIERS and rest and mp.not_noun(noun.lower(), rest.lower()):
        noun = head  # `69.700 căn trong giai đoạn`, `3.500 căn mở bán`: a classifier alone
        f.end = len(f.text[: f.text.rindex(rest, f.sentence_start, f.end)].rstrip())
    if noun.lower() in CLASSIFIERS:
        noun = _classified(f, core, noun)
    mods = f.post()
    verb, before = mp.verb_before(core, tail)
    subject = trim(before)
    acronym = subject if len(subject) == 1 and mp.is_acronym(subject[0]) else []
    at = next((i for i, w in enumerate(mods) if w.low in ("với", "từ", "sang")), len(mods))
    own = [*acronym, *mods[:at], *verb, *mods[at:]]
    count_np = f"{noun} {render(own, lower=False)}".strip().replace(" ,", ",")
    np, via, _ = mp.ranked(core, tail, *mp.np_left(core))  # `có số ca mắc nhiều nhất là X`
    links = set(tail.keys) & _COUNT_LINK  # `số ca mắc tăng 200 ca`
    verbs = set(tail.keys) & mp.VERB_LINK and np and np[-1].role not in ("CVERB", "GVERB")
    low = " ".join(w.low for w in np)
    if via == "head" and low in mw.COUNT_HEADS:
        base = f"{render(np)} {count_np}"  # `tổng số 8 dự án`
    elif via == "head" and links:
        base = render(np)  # `tổng lượt khách đạt 5 triệu lượt`
    elif via == "fallback" and verbs and np[0].low == noun.lower():
        base = "số " + render(np, lower=False)  # `doanh nghiệp thành lập mới là 1.200 doanh nghiệp`
    elif via == "fallback" and verbs and noun.lower() in _BARE_COUNTERS:
        base = f"số {noun} {render(np, lower=False)}"  # `khách quốc tế đạt 500 nghìn lượt`
    else:
        lo = f.same.end if f.same is not None else f.sentence_start
        area = ma.area_subject(f.text, lo, verb[0], f.strip) if verb else None
        base = ma.with_area(count_np, verb, area) if area else "số " + count_np
    base = aims.aimed_count(f.change, core, noun, mods) or base  # `cần tuyển`, `còn phải`
    if base.lower() == f"số {noun.lower()}":
        base = _bare(f, core, tail, noun, via) or base
    f.count_np = count_np
    for head in ("số lượng ", "tổng số ", "số "):
        if base.startswith(head):
            f.count_np = base[len(head) :]
            break
    objects = [w for w in verb[1:] if w.role == "AMOUNT"]
    f.amount = f"{render(objects)} {render(verb[:1])}" if objects else None
    if own or base.lower() != f"số {noun.lower()}":  # a count that names more than its noun
        f.counts = (*f.counts, (noun.lower(), base))
    f.last_count = (noun.lower(), base)
    end = mods[-1].end if mods else f.end
    if mods and mods[-1].low in mw.DIMENSIONS:
        end = mods[-1].start  # `ngập sâu từ 0,5 m`: the next figure reads `sâu` too
    return f.done(base, base, tail, end)


def _classified(f: PrevFigure, core: list[Word], noun: str) -> str:
    """A classifier alone (`căn`, `lượt`) counts the noun it classifies: the one named
    before it in the clause (`thị trường căn hộ ghi nhận 4.200 căn`), else that of the
    count before it in the sentence (`2,4 triệu lượt khách ...; 1,1 triệu lượt`), else the
    paragraph's topic (`Về nhà ở xã hội, ... 69.700 căn`)."""
    low = noun.lower() + " "
    named = next((w.text for w in reversed(core) if w.low.startswith(low)), None)
    if named:
        return " ".join(named.split())
    last = f.same.last_count if f.same is not None else None
    if last and last[0].startswith(low):
        return last[0]
    return f"{noun} {f.topic}" if f.topic else noun


def _bare(f: PrevFigure, core: list[Word], tail: Tail, noun: str, via: str) -> str | None:
    """A count that names only its noun: an item of the count of that noun before it in
    the sentence (`7 người chết (Hà Tĩnh 3 người, ...)`), the quantity a ranking names
    (`nhiều lao động nhất với 52.300 người`), or the count of that noun said before."""
    last = f.same.last_count if f.same is not None else None
    if last and last[0] == noun.lower() and not via:
        return last[1]
    if tail.rank and noun.lower() in _BARE_COUNTERS:
        at = next((i for i, w in enumerate(core) if w.low == "nhiều"), -1)
        most = [w for w in core[at + 1 :] if w.role in ("W", "N")][:1] if at >= 0 else []
        if most:
            return _recalled(f, most[0].low) or "số " + render(most)
    return _recalled(f, noun) if via == "head" or f.change else None  # `số vụ giảm 612 vụ`


def _recalled(f: PrevFigure, noun: str) -> str | None:
    """The last count measure of this counted noun (`vụ` finds `vụ tai nạn giao thông`)."""
    low = noun.lower()
    return next((b for n, b in reversed(f.counts) if n == low or n.startswith(low + " ")), None)


def _amount(f: PrevFigure, core: list[Word], tail: Tail) -> Measured:
    """Any other figure: the phrase before it, else the thing named after its unit,
    else what the figure before it measured, else what its kind measured in the paragraph."""
    np, via = ms.copula_subject(core, *mp.np_left(core))  # `X là điểm sáng với`: X
    np, via, plan = aims.planned(core, np, via)  # `Để hoàn thành dự toán … là`: the plan
    anaphor = " ".join(w.low for w in core) in mw.ANAPHORS
    if anaphor:
        np, via = [], ""
    np, via, owner = mh.extreme(core, tail, *mp.ranked(core, tail, np, via))  # `nhiệt độ cao nhất`
    f.item = via == "fallback" and f.same is not None and _breakdown(f, np[0].start)
    if f.item:
        np, via, owner = [], "", render(np)  # `..., trong đó lao động nam 9,5 triệu đồng`
    base, same = render(np), f.same
    if same and same.count_np and via == "head" and np[0].role == "AMOUNT" and _BETWEEN.fullmatch(f.text, same.end, np[0].start):  # fmt: skip
        base = f"{base} {same.count_np}"  # `6 dự án ODA, tổng vốn 6.000 tỷ đồng`
    end = f.end
    named_after = mp.named_after(f, core, tail, np, via)
    if named_after:
        base, end = named_after
    dims = [mw.DIMENSIONS[k] for k in tail.keys if k in mw.DIMENSIONS]
    if not base and dims and f.unit_class in mw.CLASS_HEAD:
        base = dims[0]  # `ngập sâu từ 0,5 m`: the dimension names the quantity
    if not base and _NEXT_WORD.match(f.text, f.end, f.sentence_end).group(1) == "của":
        right = f.right()  # `mức tăng 0,42% của CPI`: the quantity named after the figure
        if len(right) > 1 and right[1].role in mp.HEADS:
            base = render(mp.post(right[1:], not f.clipped)[0])
    base = ms.completed(base, np, f.topic, f.subject.flow, f.said)  # `Về xuất khẩu gạo, kim ngạch`
    base = aims.aimed_amount(f, core, base, plan)  # `dự toán thu …`, `nhu cầu vốn`
    if not base:
        base = _carried(f, tail, anaphor)
    if owner:  # `X dẫn đầu với`, `trong đó tôm đạt 2,1 tỷ USD`: its owner, or a good of the flow
        base = ms.owned(base, owner, f.item, f.unit_class)
    if not base and f.unit_class == "percent" and not f.change:
        base = mr.share_of_after(f)  # `90% số hộ dân được dùng nước sạch`
    base = _qualified(base, f, tail, np, via)
    measure, end = mr.ratio(base, f, tail) if end == f.end else (base, end)
    if f.change and end == f.end and _NEXT_WORD.match(f.text, f.end).group(1) == "so":
        end = mp.base_end(f.right(), f.right()[0])  # `tăng 0,35% so với tháng trước và`
        measure = mp.compared(f.text, f.sentence_start, f.sentence_end, f.end, measure)
    return f.done(measure, base, tail, end)


def _breakdown(f: PrevFigure, at: int) -> bool:
    """The clause at `at` is an item of a breakdown of the figure before it: it opens one
    (`trong đó`, `riêng`) or follows an item (`lao động nam 9,5 triệu, lao động nữ 7,2`)."""
    if f.text[max(0, at - 16) : at].lower().rstrip(" ,").endswith(_OPENS_ITEMS):
        return True
    same = f.same
    return same is not None and same.item and bool(_SIBLING.fullmatch(f.text, same.end, at))


def _carried(f: PrevFigure, tail: Tail, anaphor: bool) -> str:
    """The measure of a clause that names none: the figure before it in the sentence
    when its value is of a kind that can share it (`đạt 1,8 tỷ USD, tăng 25,1%`), else the
    last value of the same kind in the paragraph (a ranking lists values of one measure:
    `Hà Nội dẫn đầu với tổng vốn 2,8 tỷ USD. Bắc Ninh đứng thứ hai với 2,7 tỷ USD`)."""
    same = f.same
    if same is not None and _compatible(same, f, tail):
        amount = same.unit_class == "count" or bool(same.amount)  # `4,5 triệu tấn gạo, trị giá`
        return (same.amount if amount and (f.unit_class or "").isupper() else same.base) or ""
    if anaphor and f.prev is not None:
        return f.prev.base or ""
    return "" if f.change else f.level()


def _compatible(same: PrevFigure, f: PrevFigure, tail: Tail) -> bool:
    """A count's measure goes only to its change, its amount, its multiple or its
    attainment ratio: never to a length, an area or a percentage of something else."""
    if same.unit_class != "count" or f.unit_class == "count" or f.change:
        return True
    if (f.unit_class or "").isupper() or f.unit == "lần":
        return True
    return f.unit_class == "percent" and mr.attained(f, tail) is not None


def _qualified(base: str, f: PrevFigure, tail: Tail, np: list[Word], via: str) -> str:
    """Name the quantity a bare thing stands for: `kim ngạch`, `giá`, `chiều dài`."""
    if not base:
        return mh.unit_headed(base, f.unit)  # `huy động 3,58 tỷ kWh`: `sản lượng điện`
    headed = any(w.role in ("HEAD", "AMOUNT") for w in np)
    unit = f.unit or ""
    base, trade = mh.traded(base, f.text, np)  # `hàng xuất khẩu`: the goods weighed
    valued = (f.unit_class == "percent" and f.change) or (f.unit_class or "").isupper()
    if trade and valued and "/" not in unit:
        return "kim ngạch " + base  # `xuất khẩu đạt 1,8 tỷ USD`
    if trade and f.unit_class in mw.CLASS_HEAD:
        f.amount = f.amount or base  # `…, trị giá 730 triệu USD`: the flow's money value
        return ms.quantity_of_trade(base, f.unit_class, unit)  # `khối lượng xuất khẩu gạo`
    if "/" in unit and not headed and via:
        if f.unit_class and f.unit_class.isupper():
            return "giá " + base
        if unit.startswith(("tấn/", "tạ/", "kg/")) and unit.endswith("ha"):
            return "năng suất " + base
    dims = [mw.DIMENSIONS[k] for k in tail.keys if k in mw.DIMENSIONS]
    if dims and not headed and not base.startswith(dims[0]):
        return f"{dims[0]} {base}"
    return mh.unit_headed(base, unit)
