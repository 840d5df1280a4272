"""The phrase readers of a figure's measure (guideline §8), on `measure_words.Word`s.

`measure.py` decides what the measure is; this module reads the words it decides on:

- the clause before a figure: where it begins (`last_cut`, `clause_words`), what of it
  is the value's tail (qualifier, linking, change and rank words: `trim_tail`), where its
  head noun phrase starts (`np_left`), the verb that tells counts apart (`verb_before`),
  a modifier that is a list (`listed`), a head said before an appositive list
  (`before_list`), the sides of a ranking (`ranked`);
- the words after it: the modifiers of a counted noun or a unit (`post`), the thing a
  unit names (`named_after`) (the set a percentage is of: `measure_ratio.py`);
- the paragraph: where one starts (`new_paragraph`) (its frame: `measure_subject.topic_of`);
- the change word and comparison base of a change (`with_change`, `compared`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from solieu.extract import lexicon as lx
from solieu.extract import measure_words as mw
from solieu.extract.measure_reader import END_DROP, Word, clean, expand, render, trim, words
from solieu.extract.units import CLASSIFIERS, FUNCTION_WORDS

if TYPE_CHECKING:
    from solieu.extract.measure import PrevFigure


@dataclass
class Tail:
    """The words dropped next to the number: the change word kept, every key in order
    (nearest first), and whether a rank word placed the value among others."""

    change: str | None = None
    keys: tuple[str, ...] = ()
    rank: bool = False


_STAMP = regex.compile(r"\d{4}-\d{2}-\d{2}(?:T[\d:]+)?")
_HARD = frozenset(',;:“”"!?…–—-')
_LAST_MARK = regex.compile(r'[,;:“”"!?…–—]', regex.REVERSE)  # the last one is found first
CHANGE_WORDS = frozenset(" ".join(t) for t in lx.CHANGE)
_LINK = frozenset(" ".join(t) for t in [*lx.QUALIFIERS, *lx.LINKING, *lx.TO_LEVEL])
# what joins a named quantity to its count: `tổng lượt khách đạt 5 triệu lượt`
COUNT_LINK = frozenset(" ".join(t) for t in lx.QUALIFIERS) | frozenset(
    ["đạt", "là", "ở mức", "đạt mức", "lên tới", "lên đến", "tổng cộng", "cán mốc"]
)
VERB_LINK = frozenset(["đạt", "là", "ở mức", "đạt mức", "lên tới", "lên đến", "cán mốc", "ước đạt"])
_TAIL = CHANGE_WORDS | _LINK | frozenset(mw.TAIL_EXTRA) | frozenset(mw.DIMENSIONS)
_TAIL_RANK = _TAIL | mw.RANK
_TAIL_COUNT = _TAIL_RANK - {k for k in _TAIL_RANK if mw.ROLES.get(k) == "CVERB"}
_ADVERBS = frozenset(mw.ADVERBS)
ATTAIN = frozenset(["đạt", "bằng", "hoàn thành", "đạt được", "chỉ đạt", "đạt mức", "vượt"])
HEADS = frozenset(["HEAD", "AMOUNT", "TRADE"])
NAMED_FIRST = frozenset(["W", "N", *HEADS])  # roles a noun phrase may start with
_PARTNER_NEXT = frozenset(["các", "những", "nước", "đối tác", "các nước", "quốc gia"])


# -- the clause before a figure ------------------------------------------------------
def clause_words(ws: list[Word], lists: bool = False) -> list[Word]:
    """The words after the last clause boundary, parentheses closed before it removed
    (with `lists`, commas are kept as words, not boundaries)."""
    clause: list[Word] = []
    paren: int | None = None
    inner = 0  # inside an open bracket, where its last comma-like mark left the clause
    for w in ws:
        if w.kind == "p":
            if w.text == "(":
                paren = inner = len(clause)
            elif w.text == ")":
                if paren is not None:
                    del clause[paren:]
                else:
                    clause = []
                paren = None
            elif lists and w.text == ",":
                clause.append(w)
            elif w.text in _HARD and paren is not None:
                inner = len(clause)  # `(điện gió, điện mặt trời)`: a list inside brackets
            elif w.text in _HARD:
                clause, paren = [], None
            continue
        if w.low in mw.CLAUSE_CUTS or (w.kind == "n" and _STAMP.fullmatch(w.text)):
            clause, paren = [], None  # `date 2024-10-08 Xuất khẩu ...`: a page's date stamp
            continue
        clause.append(w)
    return clause[max(paren, inner) :] if paren is not None else clause


def list_like(core: list[Word]) -> bool:
    """A clause that is only a short noun (`, hồ tiêu đạt`): maybe the end of a list."""
    inner = all(w.low == "và" or w.role in ("W", "N") for w in core[1:-1])
    return inner and all(w.kind == "w" and w.role in ("W", "N") for w in (core[0], core[-1]))


def listed(text: str, lo: int, start: int, strip: list[tuple[int, int]], share: bool = False):
    """(core, tail) of a head noun phrase whose last modifier is a list: `giá trị sản
    xuất nông, lâm, thủy sản tăng 3%`; None unless every item after a comma is a short noun."""
    cut = max([lo] + [text.rfind(c, lo, start) for c in ';:“”"!?…–—'])
    ws = expand(clean(clause_words(words(text, cut, start, strip), True), True))
    core, tail = trim_tail(ws, share)
    np, via = np_left(core)
    if not via or not any(w.text == "," for w in np):
        return None
    at = next((i for i, w in enumerate(core) if w.start == np[0].start), 0)
    if at and core[at - 1].role == "PREP":
        return None  # `Theo Cục Thống kê tỉnh, GRDP tăng`: the comma closes an adjunct
    items: list[list[Word]] = [[]]
    for w in np[next(i for i, w in enumerate(np) if w.text == ",") :]:
        if w.text == ",":
            items.append([])
        elif w.role in ("W", "N", "TRADE") or (w.low == "và" and items[-1]):
            items[-1].append(w)
        else:
            return None
    if not all(0 < _syllables(item) <= 6 and item[-1].low != "và" for item in items[1:]):
        return None
    return np, tail


def _syllables(ws: list[Word]) -> int:
    """A list item's length in syllables (`giày dép và túi xách`: five unlisted words)."""
    return sum(w.low.count(" ") + 1 for w in ws)


def trim_tail(ws: list[Word], share: bool = False, count: bool = False) -> tuple[list[Word], Tail]:
    """Drop the qualifier, linking, change and rank words next to the number (a share's
    verb too: `đóng góp 80%`; not a count's: `hoàn thành 8 dự án`); keep the change word."""
    ws, tail, keys, listed = list(ws), Tail(), [], _TAIL_COUNT if count else _TAIL_RANK
    lows = [w.low for w in ws]  # kept beside `ws`: each step joins the last ones
    while ws:
        size = len(lows)
        for n in (3, 2, 1):
            key = " ".join(lows[-n:]) if size >= n else ""
            if key in listed or (share and key in mw.SHARE_VERBS):
                break
            if key in _ADVERBS and change_before(ws, n):
                break
            if keys and n == 1 and lows[-1] in mw.AUX:
                break  # `vẫn là`, `đã đạt`: an auxiliary goes with its verb
        else:
            if size < 2 or lows[-1] not in mw.NUMBER_WORDS:
                break
            if lows[-2] not in mw.RANK_ORDINAL:
                break
            n, key = 2, f"{lows[-2]} {lows[-1]}"  # `đứng thứ hai`
        if key in CHANGE_WORDS and tail.change is None:
            tail.change = key
        tail.rank = tail.rank or key in mw.RANK or key.rpartition(" ")[0] in mw.RANK_ORDINAL
        keys.append(key)
        del ws[-n:]
        del lows[-n:]
    tail.keys = tuple(keys)
    return ws, tail


def change_before(ws: list[Word], n: int) -> bool:
    return any(" ".join(w.low for w in ws[-n - k : -n]) in CHANGE_WORDS for k in (1, 2))


def np_left(core: list[Word]) -> tuple[list[Word], str]:
    """The phrase from the first head noun that runs into the number without a predicate."""
    for i, w in enumerate(core):
        named = w.role in HEADS and (i == 0 or not w.text[:1].isupper() or w.text.isupper())
        if named and not any(x.role == "STOP" and x.low != "do" for x in core[i + 1 :]):
            np = core[i:]  # a place phrase inside it ends it: `giá cà phê tại Tây Nguyên`
            at = next((k for k, x in enumerate(np) if _at_place(np, k)), len(np))
            return trim(np[:at]), "trade" if w.role == "TRADE" else "head"
    cut = max((k for k, w in enumerate(core) if w.role in ("STOP", "MATRIX")), default=-1)
    rest = core[cut + 1 :]
    aux = max((k for k, w in enumerate(rest) if w.role == "AUX" or w.low in mw.AUX), default=-1)
    np = trim(rest[aux + 1 :])
    if all(w.low in mw.ADMIN for w in np):
        np = []  # `tỉnh phấn đấu tăng trưởng trên 8%`: the subject is the place
    return np, "fallback" if np else ""


# where a price is paid, which tells it apart from the article's other prices of the same
# good (`giá tôm tại ao`, `giá lúa tại ruộng`, `giá heo hơi tại trại`: the farm-gate price)
_SALE_POINTS = frozenset(
    ["ao", "ruộng", "vườn", "trại", "chuồng", "rẫy", "đầm", "bè", "kho", "chợ", "cửa hàng"]
)


def _at_place(np: list[Word], k: int) -> bool:
    """np[k] starts a place phrase (`tại Tây Nguyên`), not a price's point of sale."""
    if np[k].low not in ("tại", "ở"):
        return False
    return k + 1 >= len(np) or np[k + 1].low not in _SALE_POINTS


def verb_before(core: list[Word], tail: Tail) -> tuple[list[Word], list[Word]]:
    """(verb phrase, words before it) of `ký kết 20 văn bản`, `điều chỉnh vốn cho 7 dự án`."""
    ws = core
    reach = 3 if tail.keys[-1:] in (("cho",), ("với",)) else 1  # an object only before them
    for k in range(len(ws) - 1, max(-1, len(ws) - 1 - reach), -1):
        if ws[k].role == "CVERB":  # (without a registration: `cấp mới [Giấy chứng nhận …]`)
            return [w for w in ws[k:] if w.low not in mw.REGISTRATIONS], ws[:k]
        if ws[k].role in ("STOP", "GVERB", "MATRIX", "PREP", "AUX", "FUNC"):
            break
    return [], core


# -- the words after a figure --------------------------------------------------------
def post(ws: list[Word], complete: bool = True) -> tuple[list[Word], bool]:
    """The modifiers after a counted noun (or a unit), up to where another phrase starts,
    and whether they ran to the end of `ws` (so may go on after it)."""
    out: list[Word] = []
    syll, i, ran_out, acting = 0, 0, False, False
    if len(ws) > 1 and ws[0].text == "/" and ws[1].start == ws[0].end:
        i = 2  # `dự án/TMĐT`
    while i < len(ws) and syll < 14:
        w = ws[i]
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if w.kind == "p":
            item = list_item(ws, i + 1, complete) if w.text == "," else False
            if item:
                out.append(w)
                i += 1
                continue
            ran_out = item is None
            break
        if (w.low in _ACTS or (acting and w.low in _DIRECTIONS)) and acts(ws, i, acting):
            acting = True  # `20 doanh nghiệp đưa sản phẩm lên sàn`: what the counted do
            out.append(w)
            syll += w.low.count(" ") + 1
            i += 1
            continue
        if w.kind == "n" or w.role == "STOP" or w.low in mw.NUMBER_WORDS:
            break
        if w.role == "CVERB" and nxt is not None and nxt.kind == "n":
            break  # `đường biên giáp 3 tỉnh`: the verb belongs to the next number
        if w.role == "PREP" and not partner(w, nxt):
            break
        if w.low == "và" and (nxt is None or starts_other(nxt)):
            break
        if w.role in ("HEAD", "AMOUNT") and digit_ahead(ws, i):
            break  # `tổng vốn khoảng 6.000`: the next figure's words
        out.append(w)
        if w.low in mw.DIMENSIONS and digit_ahead(ws, i):
            break  # `nhà bị ngập sâu từ 0,5 m`: the dimension also names the next figure
        syll += w.low.count(" ") + 1
        i += 1
    ran_out = ran_out or i >= len(ws)
    ws = expand(clean(out, commas=True))
    while ws and (ws[-1].role in END_DROP or ws[-1].kind not in "wa"):
        ws.pop()
    return ws, ran_out


# verbs of an action the counted things take part in, and the directions of its object
_ACTS = frozenset(["đưa", "tạo"])  # not `giúp`: `huy động 1.500 người giúp dân` is a purpose
_DIRECTIONS = frozenset(["lên", "xuống", "vào", "ra"])


def acts(ws: list[Word], i: int, acting: bool) -> bool:
    """Whether ws[i] goes on a relative clause after a counted noun (`20 doanh nghiệp đưa
    sản phẩm lên sàn thương mại điện tử`): an action verb, or in one, a direction, with a
    noun after it and no number in the rest of the clause (`đưa kim ngạch lên 5 tỷ USD`
    is a predicate of its own figure)."""
    w = ws[i]
    if w.kind != "w" or not (w.low in _ACTS or (acting and w.low in _DIRECTIONS)):
        return False
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    if nxt is None or nxt.kind != "w" or nxt.role not in ("W", "N"):
        return False
    for x in ws[i + 1 :]:
        if x.kind == "p" and x.text != "/":
            break
        if x.kind == "n" or x.low in mw.NUMBER_WORDS:
            return False
    return True


def partner(w: Word, nxt: Word | None) -> bool:
    """`với Lào`, `từ Singapore`, `với các đối tác`: a partner, part of the measure."""
    if nxt is None or nxt.kind != "w" or w.low not in ("với", "từ", "sang"):
        return False
    return (nxt.text[:1].isupper() and nxt.role == "W") or (
        w.low == "với" and nxt.low in _PARTNER_NEXT
    )


def starts_other(w: Word) -> bool:
    return w.kind != "w" or w.low in mw.NUMBER_WORDS or w.role in ("STOP", "PREP", "AMOUNT")


def digit_ahead(ws: list[Word], i: int) -> bool:
    """A head noun whose own number follows (`tổng vốn khoảng 6.000`): another figure's."""
    for w in ws[i + 1 : i + 5]:
        if w.kind == "n":
            return True
        if w.kind != "w" or (w.low not in _TAIL and w.role != "STOP"):
            return False
    return False


def list_item(ws: list[Word], j: int, complete: bool) -> bool | None:
    """After a comma, a short noun that continues a list (`xúc tiến thương mại, đầu tư`);
    None when the words end before the item does."""
    seg: list[Word] = []
    for w in ws[j:]:
        if seg and (w.low in CHANGE_WORDS or w.low in VERB_LINK):
            return False  # `, nhóm thực phẩm giảm`: the subject of a new clause
        if w.kind == "p" or w.role in ("PREP", "STOP"):
            break
        if w.kind == "n" or w.role in ("MATRIX", "AUX") or (w.kind == "x" and not seg):
            return False  # a number, a clause (`, đến năm 2030 thành phố phấn đấu`)
        seg.append(w)
    else:
        if not complete:
            return None
    first = next((w for w in seg if w.kind != "x"), None)
    if first is not None and first.role == "CVERB" and len(seg) == 1 and j > 1:
        return ws[j - 2].role == "CVERB"  # a list of predicates: `bị hư hỏng, tốc mái`
    if first is None or first.kind != "w" or first.role not in ("W", "N"):
        return False
    syllables = sum(w.low.count(" ") + 1 for w in seg if w.kind != "x")
    return first.low not in mw.NUMBER_WORDS and syllables <= 8


def last_cut(text: str, lo: int, start: int) -> int:
    """Where the clause before `start` may begin: after the last comma-like mark (words
    before it are cut by `clause_words` anyway; tokenizing them is the measure's main cost)."""
    stop = start
    while True:
        m = _LAST_MARK.search(text, lo, stop)
        cut = m.start() if m else -1
        if cut > lo and text[cut] == ",":
            shut = text.find(")", cut, start)
            if shut >= 0 and text.rfind("(", cut, shut) < 0:
                opened = text.rfind("(", lo, cut)
                if opened > lo:  # `năng lượng tái tạo (điện gió, điện mặt trời) huy động`:
                    stop = opened  # a comma inside a closed bracket is not the clause's
                    continue
        if cut <= lo or not (text[cut - 1].isdigit() and text[cut + 1 : cut + 2].isdigit()):
            return max(lo, cut)
        stop = cut  # a decimal comma (`5,5% tấm`) is not a boundary


# -- the paragraph -------------------------------------------------------------------
_BLANK = regex.compile(r"\n[ \t]*\n")
_CONTINUES = tuple(w + end for w in mw.CONTINUES for end in (" ", ","))
_LIST_OPENER = regex.compile(
    r"(?i)\b(?:" + "|".join(sorted(mw.LIST_OPENERS, key=len)[::-1]) + r")\b"
)


def new_paragraph(text: str, a: int, b: int, wrapped: bool) -> bool:
    """A paragraph starts between a and b (a blank line, or any line break in a text
    written one paragraph per line), and does not open as a continuation (`Trong đó`)."""
    nl = text.rfind("\n", a, b)
    if nl < 0 or (wrapped and not _BLANK.search(text, a, b)):
        return False
    opening = text[nl + 1 : nl + 24].lstrip().lower()
    return not opening.startswith(_CONTINUES)


def before_list(text: str, lo: int, cut: int, strip: list[tuple[int, int]]) -> list[Word]:
    """The clause said before an appositive list that runs up to a figure's own clause
    (`tổng vốn ..., bao gồm vốn cấp mới, vốn điều chỉnh, đạt`, `lao động đến từ các tỉnh
    như A, B, C chiếm`): the list's items are not the quantity, its head noun is."""
    if not _LIST_OPENER.search(text, lo, cut):
        return []  # reading the words is the cost: most clauses have no list before them
    ws = words(text, lo, cut, strip)
    at = max((i for i, w in enumerate(ws) if w.low in mw.LIST_OPENERS), default=-1)
    while at > 0 and ws[at - 1].kind == "p":
        at -= 1  # the comma before `bao gồm` ends the head's clause, it does not start one
    return expand(clean(clause_words(ws[:at]))) if at > 0 else []


# -- naming helpers ------------------------------------------------------------------
# a comparison base: `so với cùng kỳ năm trước`, `so với tháng 12 năm trước`
_COMPARED = regex.compile(r"so (?:với )?(\w[^,;.:()]*?)(?=\s*(?:[,;.:()]|\svà\s|\snhưng\s|$))")


def noun_in_span(text: str, start: int, end: int, unit: str) -> bool:
    return " ".join(text[start:end].split()).endswith(" ".join(unit.split()))


def not_noun(noun: str, rest: str) -> bool:
    """`căn trong`, `căn được`, `căn mở`: the word after a classifier is no noun."""
    if noun in mw.ROLES:
        return False  # a listed compound: `căn hộ`, `lượt khách`
    return rest in FUNCTION_WORDS or mw.ROLES.get(rest.split()[0], "W") not in NAMED_FIRST


def is_acronym(w: Word) -> bool:
    return w.kind == "w" and w.text.isupper() and len(w.text) > 1


def ranked(core: list[Word], tail: Tail, np: list[Word], via: str):
    """(phrase, how, owner) of a ranking clause (`X dẫn đầu với`, `tiếp theo là X với`):
    a side that names a quantity is the measure (`X dẫn đầu với tổng vốn`), the other one
    is the ranked thing: a place (already left out) or an owner, a partner included
    (`nhà đầu tư Đài Loan`, `Singapore dẫn đầu với tổng vốn đầu tư`)."""
    at = max((i for i, w in enumerate(core) if w.low in mw.RANK), default=-1)
    if at < 0 and not tail.rank:
        return np, via, ""
    sides = [np_left(core[at + 1 :]), np_left(trim(core[:at]))] if at >= 0 else [np_left(core)]
    quantity = next((s for s in sides if s[1] in ("head", "trade")), ([], ""))
    owner = next((s[0] for s in sides if s[1] == "fallback"), [])
    sentence_case = len(owner) > 1 and owner[1].text[:1].islower()  # `Đường bộ`, not `Hàn Quốc`
    return *quantity, render(owner, lower=sentence_case)


def compared(text: str, s0: int, s1: int, end: int, measure: str) -> str:
    """A change against one of several bases the sentence compares with (`tăng 0,42% so
    với tháng trước; tăng 3,38% so với cùng kỳ`) names its base: it tells them apart."""
    bases = {_norm_base(m.group(1)) for m in _COMPARED.finditer(text, s0, s1)}
    own = _COMPARED.match(text, text.index("so", end))
    if len(bases) < 2 or own is None or not measure:
        return measure
    return f"{measure} so với {_norm_base(own.group(1))}"


def _norm_base(base: str) -> str:
    base = " ".join(base.split())
    return "cùng kỳ" if base.lower().startswith("cùng kỳ") else base


def base_end(right: list[Word], first: Word) -> int:
    """The end of an attainment ratio's base phrase: `dự toán Trung ương giao`."""
    end = first.end
    for w in (w for w in right if w.start > first.start):
        if w.kind not in "wx" or w.low == "và" or w.role in ("STOP", "PREP"):
            break
        end = w.end
    return end


def with_change(base: str | None, word: str | None, change: bool) -> str | None:
    """The text's change word in front of a change (`gấp N lần` names the plain quantity)."""
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


# -- the words after a figure, named ----------------------------------------------
def named_after(f: PrevFigure, core: list[Word], tail: Tail, np: list[Word], via: str):
    """(measure, end) of `82km đường bờ biển`, `500 tỷ đồng vốn đầu tư công`, `xuất khẩu
    1,2 triệu tấn gạo`: the thing named after the unit; None when none is."""
    quantity = mw.CLASS_HEAD.get(f.unit_class or "", "") if "/" not in (f.unit or "") else ""
    money = (f.unit_class or "").isupper()
    bare = via in ("", "fallback") or (via in ("head", "trade") and len(np) == 1)
    if not (quantity or money) or not bare:
        return None
    verb = np if via == "trade" else verb_before(core, tail)[0]  # `khối lượng gạo xuất khẩu`
    produced = bool(verb) and verb[0].low in mw.PRODUCTION_VERBS  # `nuôi trồng đạt 80.000 tấn`
    right = f.right()
    first = right[0] if right else None
    if first is None or first.kind != "w" or not first.text[:1].islower():
        if quantity and via == "fallback" and verb:  # `ngập 500 ha`
            return f"{'sản lượng' if produced else quantity} {render(verb)}", f.end
        if quantity and via == "fallback" and not set(tail.keys) & set(mw.DIMENSIONS):
            return f"{quantity} {render(np, lower=False)}", f.end
        return None
    if quantity and first.role in NAMED_FIRST:
        head = render(np) if via == "head" else "sản lượng" if produced else quantity
    elif money and first.role in ("HEAD", "AMOUNT"):
        head = render(np) if via == "head" else ""
    else:
        return None
    mods = f.post()
    if not mods:
        return None
    if via == "trade":  # what its value in money measures: `kim ngạch xuất khẩu gạo`
        f.amount = f"{render(np)} {render(mods, lower=False)}"
    return f"{head} {render([*mods, *verb], lower=not head)}".strip(), mods[-1].end
