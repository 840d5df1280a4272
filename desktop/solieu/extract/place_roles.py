"""What the words around a place mention say it is: the subject, a partner or a comparison.

GUIDELINE §8 "place": a figure takes the place its sentence names for it, but "a
place named only as a comparison, a partner or in a headline about another figure
does not carry over", and a flow with a foreign partner (exports to, FDI from)
belongs to the Vietnamese side. These cue lexicons tell the three apart from the
words just before a mention (and, for a country, just after it). A fourth role is
the example: a place listed to illustrate a group (`các tỉnh khác như Lạng Sơn, Cao
Bằng`); a group of provinces "belongs to the country it is part of", so its examples
are no figure's place either.

The cues are matched on the last few words of the clause, as word tuples: a
handful of set look-ups per mention, whatever the document's length.
"""

from __future__ import annotations

import re
from typing import Literal

Role = Literal["subject", "partner", "comparison", "example"]


def _set(*phrases: str) -> frozenset[str]:
    return frozenset(phrases)


# -- comparison: `so với Hà Nội`, `cao hơn mức bình quân chung của cả nước` --------------
COMPARISON_CUES = _set("so với", "so", "hơn", "vượt", "vượt qua", "sau", "đứng sau", "chỉ sau")
COMPARISON_CUES |= _set("xếp sau", "kém", "bằng", "tương đương", "gấp", "gấp đôi", "gấp ba")
COMPARISON_CUES |= _set("dẫn đầu", "đứng đầu", "xếp đầu")
COMPARISON_CUES |= _set("bám đuổi", "bám sát", "đuổi kịp", "vượt mặt", "bỏ xa", "theo sau", "trên")
COMPARISON_CUES |= _set("top đầu", "nhóm đầu")
# A superlative that closes its clause ranks the figure before it within the place named
# after it, only a frame (`đạt 4.000 tỷ đồng, cao nhất khu vực Đồng bằng sông Hồng`,
# `lớn nhất cả nước.`); one that heads a figure of its own names that place's value
# (`Nhiệt độ cao nhất Hà Nội đạt 40 độ C`).
SUPERLATIVE = _set("nhất")
_LEVEL = _set("mức", "bình", "quân", "trung", "chung")  # what `trên` compares with
_CLOSES = re.compile(r"\s*(?:[,;.)]|và\s|với\s|\Z)")
# `đứng thứ 5`, `xếp thứ hai`, `xếp hạng 10/63`, `top 10`, `gấp 2,5 lần`: cue word + any word;
# a bare ordinal is the second rank of a pair (`đứng thứ 5 cả nước và thứ 2 vùng …`)
RANK_CUES = _set("đứng thứ", "xếp thứ", "xếp hạng", "top", "trong top", "gấp", "thứ")
# words between a comparison cue and the place
COMPARISON_FILL = _set("mức", "bình", "quân", "trung", "chung", "của", "các", "tỉnh", "thành")
COMPARISON_FILL |= _set("phố", "địa", "phương", "trong", "nhóm", "chỉ", "lần", "toàn", "cả")
COMPARISON_FILL |= _set("vùng", "khu", "vực")
# the nation or a region as the whole a share is taken of: `chiếm 5% ... của cả nước`
SHARE_WORDS = _set("chiếm", "tỷ trọng", "tỉ trọng")
# a base named further back: `thấp hơn mức tăng chung của cả nước` (within the comma clause)
BASE_CUES = _set("so với", "hơn", "bằng", "kém", "tương đương")
BASE_END = _set("của", "chung", "bình quân", "trung bình")

# -- partner: `sang Mỹ`, `vào thị trường EU`, `nhập khẩu từ Trung Quốc`, `nhà đầu tư Hàn Quốc`
PARTNER_CUES = _set("sang", "đối tác", "nhà đầu tư", "nhà nhập khẩu", "nhà cung cấp", "du khách")
PARTNER_CUES |= _set("khách", "khách du lịch", "lượt khách", "vốn fdi", "fdi")
# for a foreign country also a market, a firm, goods, a project, a destination, a source
COUNTRY_PARTNER_CUES = _set("doanh nghiệp", "công ty", "tập đoàn", "hàng", "hàng hóa", "hàng hoá")
COUNTRY_PARTNER_CUES |= _set("sản phẩm", "dự án", "vốn", "vốn đầu tư", "vào", "tới", "đến", "từ")
DESTINATION_CUES = _set("vào", "tới", "đến")  # partners after `thị trường` (`vào thị trường Mỹ`)
MARKET_WORDS = _set("thị trường", "nước", "quốc gia", "các nước")
LIST_FILL = _set("các", "như", "là", "gồm", "bao", "những")  # `sang các thị trường như Mỹ`
PARTNER_FILL = LIST_FILL | _set("chính", "lớn", "nhất", "trọng", "điểm", "truyền", "thống")
PARTNER_FILL |= _set("chủ", "lực", "tiềm", "năng", "quốc", "tế")
# `từ` after a flow (`vốn đầu tư từ Singapore`), `với` after trade (`thương mại với Lào`)
FROM_FLOWS = _set("nhập khẩu", "nhập", "vốn", "đầu tư", "fdi", "khách", "kiều hối", "hàng")
FROM_FLOWS |= _set("nguồn", "nguyên liệu", "đến", "lượt")
WITH_TRADES = _set("thương mại", "giao thương", "xuất nhập khẩu", "xuất khẩu", "nhập khẩu")
WITH_TRADES |= _set("buôn bán", "hợp tác", "trao đổi", "kim ngạch", "quan hệ", "xuất siêu")
WITH_TRADES |= _set("nhập siêu", "thâm hụt", "thặng dư")
OF_PARTNERS = _set("nhà đầu tư", "nhà nhập khẩu")  # `nhà đầu tư của Nhật Bản` (not `đối tác của`)
OF_COUNTRY_PARTNERS = _set("doanh nghiệp", "dự án", "vốn", "tập đoàn", "công ty", "hàng", "khách")
WORK_ABROAD = _set("làm việc", "lao động", "du học")  # `lao động làm việc tại Hàn Quốc`
# after a country: `Hàn Quốc dẫn đầu với 120 dự án`, `Mỹ tiếp tục là thị trường lớn nhất`
_COUNTRY_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:tiếp tục|vẫn|hiện|hiện vẫn)\s+)?"
    r"(?:là\s+(?:\S+\s+){0,3}?(?:thị trường|đối tác|nhà đầu tư|quốc gia|nước|nhà cung cấp|nguồn)"
    r"|dẫn đầu|đứng đầu|đứng thứ|xếp thứ)"
)

# -- example: `các tỉnh khác như Lạng Sơn`, `nhiều địa phương, như Nghệ An` ---------------
# a plural group noun, up to four words of modifiers, and the word that opens its examples
_EXAMPLES = re.compile(
    r"(?<!\w)(?:các|nhiều|một số|những|hàng loạt|một loạt)\s+(?:tỉnh|địa phương|thành phố"
    r"|tỉnh thành|huyện|quận|thị xã|đô thị|vùng|khu vực|nơi)(?:\s*,\s*thành(?:\s+phố)?)?"
    r"(?:\s+[^\W\d]+){0,4}?\s*,?\s+(?:như|gồm|bao gồm|chẳng hạn như|điển hình (?:là|như)"
    r"|tiêu biểu (?:là|như)|là)\s*$"
)

_EXAMPLE_LEADS = _set("như", "gồm", "là")  # the last word of every lead of _EXAMPLES
# an example that heads its own figure is a breakdown item: `các tỉnh như Hà Tĩnh 4 người`,
# `như Quảng Bình với 5 người`, `như Nghệ An (12 dự án)`
_OWN_FIGURE = re.compile(
    r"[ \t]*(?:[:(]|(?:với|là|có|đạt|chiếm)(?:[ \t]+(?:khoảng|gần|hơn|trên|tới))?[ \t])?[ \t]*\d"
)

# up to the last clause boundary of a window (greedy: one C-level scan)
# (not at a colon: it opens a list, `các thị trường chính như: Lào, Mỹ`)
_LAST_CUT = re.compile(r".*(?:[;!?“”\"]|\.\s|\n[ \t]*\n)", re.DOTALL)
_WORD = re.compile(r"\w+(?:[/.,]\w+)*|,")  # commas kept: a cue does not reach over one
_LIST_GAP = re.compile(r"(?:\s*(?:,|;|/|&|và|hoặc|cùng|\([^()]{0,40}\))\s*)+")
_AND = re.compile(r"(?<!\w)(?:và|hoặc|cùng|&)(?!\w)")
_LIST_END = re.compile(r"\s*(?:[,;.…)(:]|và\s|hoặc\s|$)")


def clause_before(text: str, start: int, width: int = 100) -> list[str]:
    """The lower-cased words (and commas) of the clause before `start`."""
    raw = text[max(0, start - width) : start]
    cut = _LAST_CUT.match(raw)
    return _WORD.findall((raw[cut.end() :] if cut else raw).lower())


def _ends(words: list[str], phrases: frozenset[str]) -> int:
    """How many of the last words form one of the phrases (0: none)."""
    # a phrase ends with the last word: most calls end at this one set look-up
    if not words or words[-1] not in _shape(phrases)[1]:
        return 0
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[-n:]) in phrases:
            return n
    return 0


def _strip(words: list[str], fill: frozenset[str]) -> list[str]:
    n = len(words)
    while n and words[n - 1] in fill:
        n -= 1
    return words[:n]


def _near(words: list[str], phrases: frozenset[str], span: int = 10) -> bool:
    """Whether one to three consecutive words of the last `span` form one of the phrases.

    The words hold no space (`_WORD`), so a one-word phrase is a set intersection and a
    longer one can only start at a word that starts one of them."""
    tail = words[-span:]
    if not phrases.isdisjoint(tail):
        return True
    heads = _shape(phrases)[0]
    for i, word in enumerate(tail):
        if word in heads and (
            " ".join(tail[i : i + 2]) in phrases or " ".join(tail[i : i + 3]) in phrases
        ):
            return True
    return False


_SHAPES: dict[frozenset[str], tuple[frozenset[str], frozenset[str]]] = {}


def _shape(phrases: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(first words of the phrases of several words, last words of all the phrases)."""
    got = _SHAPES.get(phrases)
    if got is None:
        heads = frozenset(p.split(" ")[0] for p in phrases if " " in p)
        got = _SHAPES[phrases] = (heads, frozenset(p.split(" ")[-1] for p in phrases))
    return got


def _compared(words: list[str], kind: str) -> bool:
    core = _strip(words, COMPARISON_FILL)
    if _ends(core, COMPARISON_CUES) and (
        core[-1] != "trên" or _LEVEL.intersection(words[len(core) :])
    ):
        return True  # (`trên mức bình quân của vùng`, but `trên cả nước`: nationwide)
    if len(core) > 1 and _ends(core[:-1], RANK_CUES):
        return True
    clause = words[len(words) - words[::-1].index(",") :] if "," in words else words
    if _ends(words, BASE_END) and _near(clause, BASE_CUES, 8):
        return True
    # the nation or a region as the whole of a share: `chiếm 70% (sản lượng của) cả nước`
    return kind in ("nation", "region") and _near(clause, SHARE_WORDS, 14)


def _peel(words: list[str], fill: frozenset[str]) -> tuple[list[str], bool]:
    """The words without trailing fillers and market nouns, and whether a market noun went."""
    market = False
    while True:
        core = _strip(words, fill)
        n = _ends(core, MARKET_WORDS)
        if n:
            core, market = core[:-n], True
        if len(core) == len(words):
            return core, market
        words = core


def _partnered(words: list[str], kind: str) -> bool:
    country = kind == "country"
    of = words[:-1] if words and words[-1] == "của" else None
    if of and (_near(of, OF_PARTNERS, 4) or (country and _near(of, OF_COUNTRY_PARTNERS, 4))):
        return True
    flow, market = _peel(words, LIST_FILL)
    last, before = (flow[-1], flow[:-1]) if flow else ("", [])
    if last == "từ" and _near(before, FROM_FLOWS):
        return True
    if last == "với" and before[-1:] != ["so"] and _near(before, WITH_TRADES):
        return True
    if country and last in ("tại", "ở") and _near(before, WORK_ABROAD, 8):
        return True
    core, more = _peel(flow, PARTNER_FILL)
    market = market or more
    if _ends(core, PARTNER_CUES):
        return True
    if market and (country or _ends(core, DESTINATION_CUES)):
        return True
    return country and bool(_ends(core, COUNTRY_PARTNER_CUES))


# The last word before a mention must be one of these for any cue to apply: a set test
# on the last word settles most mentions (after `tại`, a verb, a clause start) before
# the clause is read.
def _last_words(*groups: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split()[-1] for group in groups for p in group)


_TRIGGERS = _last_words(
    COMPARISON_CUES, COMPARISON_FILL, BASE_END, PARTNER_CUES, MARKET_WORDS, PARTNER_FILL
) | _set("của", "từ", "với", *SUPERLATIVE)
_COUNTRY_TRIGGERS = _TRIGGERS | _last_words(COUNTRY_PARTNER_CUES) | _set("tại", "ở")
_RANK_SECOND = _last_words(RANK_CUES)  # `thứ` of `đứng thứ 5`
_PUNCT = ",;:!?()[]“”\"'…"


def _cued(text: str, start: int, kind: str) -> bool:
    """Whether the last word before a mention (or the one before it, for a rank) can end
    a cue: else its role is read no further (the nation and a region always are)."""
    words = text[max(0, start - 24) : start].rsplit(None, 2)
    if not words:
        return False
    triggers = _COUNTRY_TRIGGERS if kind == "country" else _TRIGGERS
    if words[-1].strip(_PUNCT).lower() in triggers:
        return True
    return len(words) > 1 and words[-2].strip(_PUNCT).lower() in _RANK_SECOND


def role_at(text: str, start: int, end: int, kind: str) -> Role:
    """The role of the place mention text[start:end] of this kind, from its context."""
    if kind in ("nation", "region") or _cued(text, start, kind):
        words = clause_before(text, start)
        if _compared(words, kind):
            return "comparison"
        if _ends(_strip(words, COMPARISON_FILL), SUPERLATIVE) and _CLOSES.match(text, end):
            return "comparison"
        if kind != "nation" and _partnered(words, kind):  # the nation is the Vietnamese side
            return "partner"
        if (
            kind != "nation"
            and words
            and words[-1] in _EXAMPLE_LEADS
            and _EXAMPLES.search(" ".join(words))
            and not _OWN_FIGURE.match(text, end)
        ):
            return "example"
    if kind == "country" and _COUNTRY_AFTER.match(" ".join(text[end : end + 80].split()).lower()):
        return "partner"
    return "subject"


def continues_list(text: str, prev_end: int, start: int, end: int, loose: bool = False) -> bool:
    """Whether the mention at start..end is the next item of a list after prev_end.

    Items of one list share a role (`sang Mỹ, EU và Nhật Bản`). A comma alone also
    ends a clause (`chỉ sau Hà Nội, Nghệ An đứng thứ hai`), so after a bare comma the
    mention must itself be followed by a list separator or the end of the clause;
    `loose` (after an example: `các tỉnh như Lạng Sơn, Cao Bằng chiếm 40%`, where no
    clause starts inside the noun phrase) drops that test.
    """
    if start - prev_end > 60 or not _LIST_GAP.fullmatch(text, prev_end, start):
        return False
    if loose or _AND.search(text, prev_end, start):
        return True
    return _LIST_END.match(text, end) is not None
