"""A figure's `measure` (guideline §8): the noun phrase that names what it quantifies.

The words around the figure are segmented by longest match in a role lexicon
(`measure_words.ROLES`), so a listed compound is never split, and the phrase is cut
only at word boundaries that the grammar gives: punctuation, a predicate (`tăng`,
`đạt`), a preposition that starts an adjunct, a number. Place and period mentions,
which the caller finds (`strip` spans), are removed with the preposition that
introduces them. Then:

- a count is `số` + its noun + the modifiers after it (`số dự án mới sử dụng vốn ODA`),
  plus the verb before it when that verb tells counts apart (`ký kết 20 văn bản` →
  `số văn bản ký kết`);
- any other figure takes the phrase before it, from its head noun (`kim ngạch`,
  `vốn`, `giá` …) to the qualifier or linking verb next to the number; a physical
  value may name its thing after the unit (`82km đường bờ biển` → `chiều dài đường
  bờ biển`);
- a clause that names nothing carries the measure of the figure before it in the
  sentence (`đạt 1,8 tỷ USD, tăng 25,1%`), and an amount right after a count names
  that count (`6 dự án ODA, tổng vốn 6.000 tỷ đồng` → `tổng vốn dự án ODA`);
- a change keeps its change word in front, a share is `tỷ trọng` + what it is a
  share of, an attainment ratio names its base (`... so với dự toán`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import regex

from solieu.extract import lexicon as lx
from solieu.extract import measure_words as mw
from solieu.extract.measure_words import Word, clean, expand, render, trim, words
from solieu.extract.units import CLASSIFIERS


@dataclass(frozen=True)
class PrevFigure:
    """What the next figure may carry from this one (pass it back as `prev`)."""

    sentence_start: int
    end: int  # end of the figure's own words (a count's modifiers included)
    unit_class: str | None
    base: str | None  # the measure without its change word
    count_np: str | None = None  # a count's noun and modifiers, without `số`
    amount: str | None = None  # `vốn điều chỉnh` of `điều chỉnh vốn cho 7 dự án`
    counts: tuple[tuple[str, str], ...] = ()  # recent count measures by counted noun


class Measured(NamedTuple):
    text: str | None
    figure: PrevFigure


@dataclass
class _Tail:
    change: str | None = None
    keys: tuple[str, ...] = ()


_HARD = frozenset(',;:“”"!?…–—-')
_CHANGE = frozenset(" ".join(t) for t in lx.CHANGE)
_LINK = frozenset(" ".join(t) for t in [*lx.QUALIFIERS, *lx.LINKING, *lx.TO_LEVEL])
# what joins a named quantity to its count: `tổng lượt khách đạt 5 triệu lượt`
_COUNT_LINK = frozenset(" ".join(t) for t in lx.QUALIFIERS) | frozenset(
    ["đạt", "là", "ở mức", "đạt mức", "lên tới", "lên đến", "tổng cộng", "cán mốc"]
)
_VERB_LINK = frozenset(
    ["đạt", "là", "ở mức", "đạt mức", "lên tới", "lên đến", "cán mốc", "ước đạt"]
)
_TAIL = _CHANGE | _LINK | frozenset(mw.TAIL_EXTRA) | frozenset(mw.DIMENSIONS)
_ADVERBS = frozenset(mw.ADVERBS)
_ATTAIN = frozenset(["đạt", "bằng", "hoàn thành", "đạt được", "chỉ đạt", "đạt mức", "vượt"])
_HEADS = frozenset(["HEAD", "AMOUNT", "TRADE"])
_PARTNER_NEXT = frozenset(["các", "những", "nước", "đối tác", "các nước", "quốc gia"])
# the words after a figure end for good at a sentence-like mark (commas may go on a list)
_RIGHT_END = regex.compile(r"[;:.!?…“”\"](?!\d)|\s[–—-]\s")
_GLUED = regex.compile(r"/[\p{L}\p{N}]+")
_BETWEEN = regex.compile(r"[\s,]*(?:(?:với|có|cùng)\s+)?")
_CURRENCY = frozenset(["USD", "VND", "EUR"])
# counted nouns that say how, not what, is counted: the phrase before names the what
_BARE_COUNTERS = CLASSIFIERS | frozenset(["người", "lượt người", "lượt khách", "ca", "vụ", "hộ"])
_TRADE_START = tuple(w + " " for w in mw.TRADE)


# -- the clause before a figure ------------------------------------------------------
def _clause(ws: list[Word], lists: bool = False) -> list[Word]:
    """The words after the last clause boundary, parentheses closed before it removed
    (with `lists`, commas are kept as words, not boundaries)."""
    clause: list[Word] = []
    paren: int | None = None
    for w in ws:
        if w.kind == "p":
            if w.text == "(":
                paren = len(clause)
            elif w.text == ")":
                if paren is not None:
                    del clause[paren:]
                else:
                    clause = []
                paren = None
            elif lists and w.text == ",":
                clause.append(w)
            elif w.text in _HARD:
                clause, paren = [], None
            continue
        if w.low in mw.CLAUSE_CUTS:
            clause, paren = [], None
            continue
        clause.append(w)
    return clause[paren:] if paren is not None else clause


def _list_like(core: list[Word]) -> bool:
    """A clause that is only a short noun (`, hồ tiêu đạt`): maybe the end of a list."""
    return all(w.kind == "w" and w.role in ("W", "N") for w in core)


def _listed(text: str, lo: int, start: int, strip: list[tuple[int, int]]):
    """(core, tail) of a head noun phrase whose last modifier is a list: `giá trị sản
    xuất nông, lâm, thủy sản tăng 3%`; None unless every item after a comma is a short noun."""
    cut = max([lo] + [text.rfind(c, lo, start) for c in ';:“”"!?…–—'])
    core, tail = _trim_tail(expand(clean(_clause(words(text, cut, start, strip), True), True)))
    np, via = _np_left(core)
    if via not in ("head", "trade") or not any(w.text == "," for w in np):
        return None
    items: list[list[Word]] = [[]]
    for w in np[next(i for i, w in enumerate(np) if w.text == ",") :]:
        if w.text == ",":
            items.append([])
        elif w.role in ("W", "N", "TRADE"):
            items[-1].append(w)
        else:
            return None
    if not all(0 < len(item) <= 3 for item in items[1:]):
        return None
    return np, tail


def _trim_tail(ws: list[Word]) -> tuple[list[Word], _Tail]:
    """Drop the qualifier, linking and change words next to the number; keep the change."""
    ws, tail, keys = list(ws), _Tail(), []
    while ws:
        for n in (3, 2, 1):
            key = " ".join(w.low for w in ws[-n:]) if len(ws) >= n else ""
            if key in _TAIL or (key in _ADVERBS and _change_before(ws, n)):
                break
        else:
            break
        if key in _CHANGE and tail.change is None:
            tail.change = key
        keys.append(key)
        del ws[-n:]
    tail.keys = tuple(keys)
    return ws, tail


def _change_before(ws: list[Word], n: int) -> bool:
    return any(" ".join(w.low for w in ws[-n - k : -n]) in _CHANGE for k in (1, 2))


def _np_left(core: list[Word]) -> tuple[list[Word], str]:
    """The phrase from the first head noun that runs into the number without a predicate."""
    for i, w in enumerate(core):
        named = w.role in _HEADS and (i == 0 or not w.text[:1].isupper() or w.text.isupper())
        if named and not any(x.role == "STOP" and x.low != "do" for x in core[i + 1 :]):
            np = core[i:]  # a place phrase inside it ends it: `giá cà phê tại Tây Nguyên`
            at = next((k for k, x in enumerate(np) if x.low in ("tại", "ở")), len(np))
            return trim(np[:at]), "trade" if w.role == "TRADE" else "head"
    cut = max((k for k, w in enumerate(core) if w.role in ("STOP", "MATRIX")), default=-1)
    rest = core[cut + 1 :]
    aux = max((k for k, w in enumerate(rest) if w.role == "AUX" or w.low in mw.AUX), default=-1)
    np = trim(rest[aux + 1 :])
    if all(w.low in mw.ADMIN for w in np):
        np = []  # `tỉnh phấn đấu tăng trưởng trên 8%`: the subject is the place
    return np, "fallback" if np else ""


def _verb_before(core: list[Word], tail: _Tail) -> tuple[list[Word], list[Word]]:
    """(verb phrase, words before it) of `ký kết 20 văn bản`, `điều chỉnh vốn cho 7 dự án`."""
    ws = core
    reach = 3 if tail.keys[-1:] in (("cho",), ("với",)) else 1  # an object only before them
    for k in range(len(ws) - 1, max(-1, len(ws) - 1 - reach), -1):
        if ws[k].role == "CVERB":
            return ws[k:], ws[:k]
        if ws[k].role in ("STOP", "GVERB", "MATRIX", "PREP", "AUX", "FUNC"):
            break
    return [], core


# -- the words after a figure --------------------------------------------------------
def _post(ws: list[Word], complete: bool = True) -> tuple[list[Word], bool]:
    """The modifiers after a counted noun (or a unit), up to where another phrase starts,
    and whether they ran to the end of `ws` (so may go on after it)."""
    out: list[Word] = []
    syll, i, ran_out = 0, 0, False
    if len(ws) > 1 and ws[0].text == "/" and ws[1].start == ws[0].end:
        i = 2  # `dự án/TMĐT`
    while i < len(ws) and syll < 14:
        w = ws[i]
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if w.kind == "p":
            item = _list_item(ws, i + 1, complete) if w.text == "," else False
            if item:
                out.append(w)
                i += 1
                continue
            ran_out = item is None
            break
        if w.kind == "n" or w.role == "STOP" or w.low in mw.NUMBER_WORDS:
            break
        if w.role == "CVERB" and nxt is not None and nxt.kind == "n":
            break  # `đường biên giáp 3 tỉnh`: the verb belongs to the next number
        if w.role == "PREP" and not _partner(w, nxt):
            break
        if w.low == "và" and (nxt is None or _starts_other(nxt)):
            break
        if w.role in ("HEAD", "AMOUNT") and _digit_ahead(ws, i):
            break
        out.append(w)
        syll += w.low.count(" ") + 1
        i += 1
    ran_out = ran_out or i >= len(ws)
    ws = expand(clean(out, commas=True))
    while ws and (ws[-1].role in mw.END_DROP or ws[-1].kind not in "wa"):
        ws.pop()
    return ws, ran_out


def _partner(w: Word, nxt: Word | None) -> bool:
    """`với Lào`, `từ Singapore`, `với các đối tác`: a partner, part of the measure."""
    if nxt is None or nxt.kind != "w" or w.low not in ("với", "từ", "sang"):
        return False
    return (nxt.text[:1].isupper() and nxt.role == "W") or (
        w.low == "với" and nxt.low in _PARTNER_NEXT
    )


def _starts_other(w: Word) -> bool:
    return w.kind != "w" or w.low in mw.NUMBER_WORDS or w.role in ("STOP", "PREP", "AMOUNT")


def _digit_ahead(ws: list[Word], i: int) -> bool:
    """A head noun whose own number follows (`tổng vốn khoảng 6.000`): another figure's."""
    for w in ws[i + 1 : i + 5]:
        if w.kind == "n":
            return True
        if w.kind != "w" or (w.low not in _TAIL and w.role != "STOP"):
            return False
    return False


def _list_item(ws: list[Word], j: int, complete: bool) -> bool | None:
    """After a comma, a short noun that continues a list (`xúc tiến thương mại, đầu tư`);
    None when the words end before the item does."""
    seg: list[Word] = []
    for w in ws[j:]:
        if w.kind == "p" or w.role in ("PREP", "STOP"):
            break
        if w.kind == "n":
            return False
        seg.append(w)
    else:
        if not complete:
            return None
    first = next((w for w in seg if w.kind != "x"), None)
    if first is None or first.kind != "w" or first.role not in ("W", "N"):
        return False
    syllables = sum(w.low.count(" ") + 1 for w in seg if w.kind != "x")
    return first.low not in mw.NUMBER_WORDS and syllables <= 8


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
    glued = _GLUED.match(text, lo) if same else None
    if glued and glued.end() <= start:
        lo = glued.end()  # `07 dự án/TMĐT tăng 215,9 triệu USD`
    cut = _last_cut(text, lo, start)
    core, tail = _trim_tail(expand(clean(_clause(words(text, cut, start, strip)))))
    if cut > lo and text[cut] == "," and 0 < len(core) <= 3 and _list_like(core):
        core, tail = _listed(text, lo, start, strip) or (core, tail)
    f = _Fig(text, sentence_start, end, unit, unit_class, change, prev if same else None, prev)
    f.s1, f.strip = sentence_end, strip
    if unit_class == "count" and unit and _noun_in_span(text, start, end, unit):
        return _count(f, core, tail)
    return _amount(f, core, tail)


@dataclass
class _Fig:
    text: str
    s0: int
    end: int
    unit: str | None
    unit_class: str | None
    change: bool
    same: PrevFigure | None  # the previous figure when it is in the same sentence
    prev: PrevFigure | None
    s1: int = 0
    strip: list[tuple[int, int]] | None = None
    _right: list[Word] | None = None
    clipped: bool = False  # the words after stop at the window, not at the clause's end

    def right(self, wide: bool = False) -> list[Word]:
        """The words after the figure, up to the end of its clause (read when needed).

        A short window first: most phrases end within it, and reading words is the main
        cost of a measure; `wide` reads on when a phrase runs to the window's end."""
        if self._right is None or (wide and self.clipped):
            cap = min(self.s1, self.end + (160 if wide else 50))
            if cap < self.s1:  # a window that ends between words, never inside one
                cap = max(self.end, self.text.rfind(" ", self.end, cap))
            stop = _RIGHT_END.search(self.text, self.end, cap)
            self.clipped = stop is None and cap < self.s1
            self._right = words(
                self.text, self.end, stop.start() if stop else cap, self.strip or []
            )
        return self._right

    def post(self) -> list[Word]:
        """The modifiers after the figure (`_post`), read on past a short window if needed."""
        mods, ran_out = _post(self.right(), not self.clipped)
        if ran_out and self.clipped:
            mods, _ = _post(self.right(wide=True), not self.clipped)
        return mods


def _last_cut(text: str, lo: int, start: int) -> int:
    """Where the clause before `start` may begin: after the last comma-like mark (words
    before it are cut by `_clause` anyway; tokenizing them is the measure's main cost)."""
    stop = start
    while True:
        cut = max(text.rfind(c, lo, stop) for c in ',;:“”"!?…–—')
        if cut <= lo or not (text[cut - 1].isdigit() and text[cut + 1 : cut + 2].isdigit()):
            return max(lo, cut)
        stop = cut  # a decimal comma (`5,5% tấm`) is not a boundary


def _noun_in_span(text: str, start: int, end: int, unit: str) -> bool:
    return " ".join(text[start:end].split()).endswith(" ".join(unit.split()))


def _count(f: _Fig, core: list[Word], tail: _Tail) -> Measured:
    """`số` + the counted noun + its modifiers (+ the verb before it that tells counts
    apart), unless the phrase before the number names the count itself."""
    noun = " ".join((f.unit or "").split())
    mods = f.post()
    verb, before = _verb_before(core, tail)
    subject = trim(before)
    acronym = (
        subject if len(subject) == 1 and subject[0].kind == "w" and _is_acronym(subject[0]) else []
    )
    at = next((i for i, w in enumerate(mods) if w.low in ("với", "từ", "sang")), len(mods))
    own = [*acronym, *mods[:at], *verb, *mods[at:]]
    count_np = f"{noun} {render(own, lower=False)}".strip().replace(" ,", ",")
    np, via = _np_left(core)
    links = set(tail.keys) & (_COUNT_LINK | _CHANGE)  # `số ca mắc tăng 200 ca`
    verbs = set(tail.keys) & _VERB_LINK and np and np[-1].role not in ("CVERB", "GVERB")
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
        base = "số " + count_np
        if f.change and not own and f.prev is not None:
            base = dict(reversed(f.prev.counts)).get(noun.lower(), base)
    for head in ("số lượng ", "tổng số ", "số "):
        if base.startswith(head):
            count_np = base[len(head) :]
            break
    objects = [w for w in verb[1:] if w.role == "AMOUNT"]
    amount = f"{render(objects)} {render(verb[:1])}" if objects else None
    counts = f.prev.counts[-5:] if f.prev is not None else ()
    if own:
        counts = (*counts, (noun.lower(), base))
    measure = _with_change(base, tail, f.change)
    end = mods[-1].end if mods else f.end
    return Measured(measure, PrevFigure(f.s0, end, "count", base, count_np, amount, counts))


def _is_acronym(w: Word) -> bool:
    return w.text.isupper() and len(w.text) > 1


def _amount(f: _Fig, core: list[Word], tail: _Tail) -> Measured:
    """Any other figure: the phrase before it, else the thing named after its unit,
    else what the previous figure of the sentence measured."""
    np, via = _np_left(core)
    anaphor = " ".join(w.low for w in core) in mw.ANAPHORS
    if anaphor:
        np, via = [], ""
    base = render(np)
    same = f.same
    if (
        same is not None
        and same.count_np
        and via == "head"
        and np[0].role == "AMOUNT"
        and _BETWEEN.fullmatch(f.text, same.end, np[0].start)
    ):
        base = f"{base} {same.count_np}"  # `6 dự án ODA, tổng vốn 6.000 tỷ đồng`
    end = f.end
    named_after = _named_after(f, core, tail, np, via)
    if named_after:
        base, end = named_after
    if not base:
        if same is not None:
            carry_count = same.unit_class == "count" and (f.unit_class or "").isupper()
            base = (same.amount if carry_count else same.base) or ""
        elif anaphor and f.prev is not None:
            base = f.prev.base or ""
    if not base and f.unit_class == "percent" and not f.change:
        base = _share_of_after(f)  # `90% số hộ dân được dùng nước sạch`
    base = _qualified(base, f, tail, np, via)
    measure = _ratio(base, f, tail)
    measure = _with_change(measure, tail, f.change)
    return Measured(
        measure,
        PrevFigure(f.s0, end, f.unit_class, base or None, counts=f.prev.counts if f.prev else ()),
    )


def _named_after(
    f: _Fig, core: list[Word], tail: _Tail, np: list[Word], via: str
) -> tuple[str, int] | None:
    """`82km đường bờ biển`, `500 tỷ đồng vốn đầu tư công`: the thing named after the unit."""
    physical = f.unit_class in mw.CLASS_HEAD and "/" not in (f.unit or "")
    money = f.unit_class in _CURRENCY or (f.unit_class or "").isupper()
    bare = via in ("", "fallback") or (via == "head" and len(np) == 1)
    if not (physical or money) or not bare:
        return None
    verb, _ = _verb_before(core, tail)
    right = f.right()
    first = right[0] if right else None
    if first is None or first.kind != "w" or not first.text[:1].islower():
        if physical and via == "fallback" and verb:  # `ngập 500 ha`, `nuôi trồng đạt 80.000 tấn`
            head = (
                "sản lượng"
                if verb[0].low in mw.PRODUCTION_VERBS
                else mw.CLASS_HEAD[f.unit_class or ""]
            )
            return f"{head} {render(verb)}", f.end
        if physical and via == "fallback" and not set(tail.keys) & set(mw.DIMENSIONS):
            return f"{mw.CLASS_HEAD[f.unit_class or '']} {render(np, lower=False)}", f.end
        return None
    if physical and first.role in ("W", "N", "HEAD", "AMOUNT", "TRADE"):
        head = render(np) if via == "head" else mw.CLASS_HEAD[f.unit_class or ""]
        if via != "head" and verb and verb[0].low in mw.PRODUCTION_VERBS:
            head = "sản lượng"
    elif money and first.role in ("HEAD", "AMOUNT"):
        head = render(np) if via == "head" else ""
    else:
        return None
    mods = f.post()
    if not mods:
        return None
    return f"{head} {render([*mods, *verb], lower=not head)}".strip(), mods[-1].end


def _share_of_after(f: _Fig) -> str:
    """`tỷ lệ` + the set a percentage is said before (`90% số hộ dân ...`)."""
    right = f.right()
    if right and right[0].low in mw.COUNT_HEADS:
        right = right[1:]
    if not right or right[0].kind != "w" or right[0].role not in ("W", "N", "HEAD"):
        return ""
    if right[0].low in mw.BASES_LOW:
        return ""  # `đạt 60% kế hoạch` names a base, not a set
    mods, _ = _post(right, not f.clipped)
    return "tỷ lệ " + render(mods, lower=False) if mods else ""


def _qualified(base: str, f: _Fig, tail: _Tail, np: list[Word], via: str) -> str:
    """Name the quantity a bare thing stands for: `kim ngạch`, `giá`, `chiều dài`."""
    if not base:
        return base
    headed = any(w.role in ("HEAD", "AMOUNT") for w in np)
    unit = f.unit or ""
    trade = base.lower() in mw.TRADE or base.lower().startswith(_TRADE_START)
    valued = (f.unit_class == "percent" and f.change) or (f.unit_class or "").isupper()
    if trade and valued and "/" not in unit:
        return "kim ngạch " + base  # `xuất khẩu đạt 1,8 tỷ USD`
    if "/" in unit and not headed and via:
        if f.unit_class and f.unit_class.isupper():
            return "giá " + base
        if unit.startswith(("tấn/", "tạ/", "kg/")) and unit.endswith("ha"):
            return "năng suất " + base
    dims = [mw.DIMENSIONS[k] for k in tail.keys if k in mw.DIMENSIONS]
    if dims and not headed:
        return f"{dims[0]} {base}"
    return base


def _ratio(base: str, f: _Fig, tail: _Tail) -> str:
    """A share is `tỷ trọng` + its part; an attainment ratio names its base."""
    if f.unit_class != "percent" or f.change:
        return base
    if "chiếm" in tail.keys:
        if base and not base.startswith(("tỷ trọng", "tỉ trọng", "tỷ lệ", "tỉ lệ")):
            base = "tỷ trọng " + base
        near = f.text[f.end : f.end + 60].split(",")[0].lower()
        whole = next((w for w in ("cả nước", "toàn quốc", "grdp", "gdp") if w in near), None)
        if base and whole:
            base += " trong " + ("cả nước" if whole in ("cả nước", "toàn quốc") else whole.upper())
        return base
    if base and set(tail.keys) & _ATTAIN:
        words_after = [w for w in f.right()[:4] if w.kind == "w" and w.low not in ("so với", "so")]
        if words_after and words_after[0].low in mw.BASES_LOW:
            return f"{base} so với {words_after[0].text}"
    return base


def _with_change(base: str | None, tail: _Tail, change: bool) -> str | None:
    """The text's change word in front of a change (`gấp N lần` names the plain quantity)."""
    word = tail.change
    if change and word and "gấp" not in word:
        if word.startswith("tăng trưởng"):
            verb = "tăng trưởng"
        elif "giảm" in word or word in ("ít hơn", "thấp hơn"):
            verb = "giảm"
        else:
            verb = "tăng"
        if not base:
            base = verb
        elif not {"tăng", "giảm"} & set(base.split()):
            base = f"{verb} {base}"
    if base == "tăng trưởng":
        return "tăng trưởng kinh tế"  # growth with no object in these texts is the economy's
    return base or None


def noun_after_so(text: str) -> str | None:
    """The counted noun of `số X ... là 240` (the last `số` of `text`), never half a word."""
    ws = [w for w in words(text, 0, len(text), []) if w.kind == "w"]
    for i in range(len(ws) - 2, -1, -1):
        if ws[i].low in mw.COUNT_HEADS:
            noun = ws[i + 1 : i + 3] if ws[i + 1].low in CLASSIFIERS else ws[i + 1 : i + 2]
            if noun[0].role in ("W", "N", "HEAD"):
                return " ".join(" ".join(w.text.split()) for w in noun)
    return None
