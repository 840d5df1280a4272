"""What a figure measures, where and when: read from its sentence and the text before it.

Measure is a short noun phrase (free text, for a reviewer to correct). Place
comes from a gazetteer mention in the sentence, else the last one before it.
Period is the nearest time expression in the sentence, else the last one in the
same paragraph; a period that omits its year inherits the year last mentioned.
"""

from __future__ import annotations

import bisect
import re

import regex

from solieu.extract import lexicon as lx
from solieu.extract.places import NATION, NATION_RE, PLACE_RE, PROVINCES, canonical_place
from solieu.extract.units import FUNCTION_WORDS
from solieu.text.sentences import sentence_spans

_S = r"[ \t]*\n?[ \t]*"
_NUMW = r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười hai)"
PERIOD_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}])(?:"
    rf"(?:tính{_S}đến|đến)(?:{_S}hết)?(?:{_S}ngày)?{_S}\d{{1,2}}/\d{{1,2}}/\d{{4}}"
    rf"|{_NUMW}{_S}tháng(?:{_S}(?:đầu|cuối))?{_S}năm(?:{_S}(?:19|20)\d{{2}})?"
    rf"|{_NUMW}{_S}tháng{_S}(?:qua|vừa{_S}qua|gần{_S}đây)"
    rf"|quý{_S}(?:[IV]+|[1-4])(?:(?:/|{_S}năm{_S})(?:19|20)\d{{2}})?"
    rf"|tháng{_S}\d{{1,2}}(?:/(?:19|20)\d{{2}}|{_S}năm{_S}(?:19|20)\d{{2}})?"
    rf"|(?:giai{_S}đoạn|nhiệm{_S}kỳ){_S}(?:19|20)\d{{2}}{_S}[-–]{_S}(?:19|20)\d{{2}}"
    rf"|năm{_S}(?:19|20)\d{{2}}"
    rf")(?![\p{{N}}])"
)
_YEAR = regex.compile(r"(?:19|20)\d{2}")
_CLAUSE_CUT = regex.compile(r"[,;:(“”\"]|\s[–—-]\s|\btrong đó\b|\bvới\b")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-/][\p{L}\p{N}]+)*|[%]")
_PLACE_PHRASE = regex.compile(
    rf"(?i)(?:(?:của|tại|ở){_S})?(?:(?:tỉnh|thành{_S}phố|TP\.?|điểm{_S}cầu){_S})?(?:"
    + PLACE_RE.pattern
    + r")|toàn tỉnh|của tỉnh|(?<!\p{L})tỉnh(?!\p{L})"
)
# Every match of PERIOD_RE holds one of these words, every match of _PLACE_PHRASE one
# of these (a word of each place name, or `tỉnh`); same flags, so the same folding.
_PERIOD_HINT = regex.compile(r"(?i)tháng|năm|quý|giai|nhiệm|đến")
_PLACE_WORDS = sorted(
    {max(regex.findall(r"\p{L}+", p), key=len) for p in PROVINCES}, key=len, reverse=True
)
_PLACE_HINT = regex.compile(r"(?i)tỉnh|" + "|".join(_PLACE_WORDS))
# The same words for the lower-cased clause, with the stdlib engine (five times faster
# than the case-insensitive alternation). Every character the pattern folds to one of
# these lower-cases to it, but for `ſ` (an `s`) and `İ`, whose lower case is two
# characters: the clause then changes length and _PLACE_HINT is used instead.
_PLACE_HINT_LOW = re.compile(
    "tỉnh|" + "|".join(w.lower() for w in _PLACE_WORDS).replace("s", "[sſ]")
)


def _place_hint(clause: str) -> bool:
    low = clause.lower()
    if len(low) != len(clause):
        return _PLACE_HINT.search(clause) is not None
    return _PLACE_HINT_LOW.search(low) is not None


# phrases measure_for drops next to the number, as joined strings (tokens hold no space)
_TRIM_TAIL = frozenset(" ".join(t) for t in [*lx.QUALIFIERS, *lx.LINKING, *lx.CHANGE])
_LEAD_FILLERS = frozenset(
    [
        "cụ",
        "thể",
        "đồng",
        "thời",
        "hiện",
        "nay",
        "hiện",
        "tại",
        "nhờ",
        "vậy",
        "ngoài",
        "ra",
        "bên",
        "cạnh",
        "đó",
        "tính",
        "đến",
        "thời",
        "điểm",
        "riêng",
        "nổi",
        "bật",
        "toàn",
        "đã",
        "đang",
        "sẽ",
        "cũng",
        "trong",
        "đó",
    ]
)


# every period expression holds one of these words: find them with the fast stdlib
# engine, then run the full pattern only in windows around them (5x faster)
_PERIOD_KEY = re.compile(r"tháng|năm|quý|giai|nhiệm|đến", re.IGNORECASE)
# the same keys searched case-sensitively in the lower-cased text: the stdlib engine
# is slow on case-insensitive non-ASCII literals. `ı` is there because re.IGNORECASE
# lets it match `i`; any other character it folds to a key letter lower-cases to one.
_PERIOD_KEY_LOW = re.compile(r"tháng|năm|quý|g[iı]a[iı]|nh[iı]ệm|đến")


def lowered(text: str) -> str | None:
    """`text.lower()` when it keeps every offset (one character for one), else None.

    A key search in it finds what a case-insensitive search of `text` finds, without
    the case-insensitive engine's cost; callers fall back to `text` on None.
    """
    low = text.lower()
    return low if len(low) == len(text) else None


def _period_matches(text: str, low: str | None = None):
    keys = _PERIOD_KEY_LOW.finditer(low) if low is not None else _PERIOD_KEY.finditer(text)
    windows: list[list[int]] = []
    for m in keys:
        a, b = m.span()
        a, b = max(0, a - 25), b + 45
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    for a, b in windows:
        yield from PERIOD_RE.finditer(text, a, min(b, len(text)))


# A place name starts with one of these letter runs (`Hà`, `Bắc`, `TP`...) right after
# a non-letter: the stdlib engine finds the runs, the gazetteer pattern is tried only
# there. A run consumed by the key search holds no other match start, as a match
# never starts right after a letter.
_PLACE_KEY = re.compile(
    "|".join(sorted({regex.match(r"\p{L}+", p).group() for p in PROVINCES}, key=len, reverse=True))
)


def _place_matches(text: str):
    """`PLACE_RE.finditer(text)`, only trying the positions where a name can start."""
    last = 0
    for k in _PLACE_KEY.finditer(text):
        pos = k.start()
        if pos < last:
            continue
        m = PLACE_RE.match(text, pos)
        if m:
            last = m.end()
            yield m


# Every nation mention holds `nước`, `quốc` or `việt` at a fixed offset from its start
# (`cả nước`, `toàn quốc`). In the lower-cased text these are plain substrings (the
# pattern folds case one character for one), so str.find locates them and the
# pattern is tried only where the whole phrase is there.
def _nation_starts(text: str, low: str | None) -> list[int]:
    """Starts of `NATION_RE.finditer(text)` matches, in order."""
    if low is None:
        return [m.start() for m in NATION_RE.finditer(text)]
    cands: list[int] = []
    for key, back, phrase in _NATION_KEYS:
        q = low.find(key)
        while q >= 0:
            if q >= back and low.startswith(phrase, q - back):
                cands.append(q - back)
            q = low.find(key, q + 1)
    out: list[int] = []
    last = 0
    for pos in sorted(cands):
        if pos < last:
            continue
        m = NATION_RE.match(text, pos)
        if m:
            last = m.end()
            out.append(pos)
    return out


# (key, offset of the phrase start before the key, lower-cased literal phrase start)
_NATION_KEYS = (
    ("nước", 0, "nước ta"),
    ("nước", 3, "cả nước"),
    ("quốc", 5, "toàn quốc"),
    ("việt", 0, "việt"),  # `Việt Nam` may be split by spaces and a line break
)


_LEADING_ZEROS = regex.compile(r"^0+(?=\d)")
_NOUN_BEFORE = regex.compile(r"(?i)\bsố(?:\s+lượng)?\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)")
_WORDS_AFTER = regex.compile(r"[ \t\n]*((?:[\p{L}\p{M}]+[ \t\n]*){0,4})")
_SOON = regex.compile(r"[^,;.]*?\b(?:vào|trong|của)\s*$")
# a period that is only the base of a comparison (`tăng 5% so với cùng kỳ năm 2024`)
_COMPARISON_BASE = regex.compile(r"(?i)(?:so với|cùng kỳ|so|hơn|gấp đôi|gấp)[ \t\n]*$")
_PUNCT = regex.compile(r"[,;:.()]")
_COUNT_OF_TIME = regex.compile(r"\b\d+\s+(?:tháng|năm|quý|ngày)\b")


def _norm(s: str) -> str:
    return " ".join(s.split())


class Context:
    """Per-document context, computed once and shared by every figure of the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = lowered(text)
        self._ready = False
        self._prev: tuple[int, str | None] | None = None  # (sentence start, measure)
        self._clause: tuple[int, str] = (-1, "")  # (position, clause before it)

    def _prepare(self) -> None:
        text = self.text
        spans = sentence_spans(text)
        self.sent_starts = [a for a, _ in spans]
        self.sent_ends = [b for _, b in spans]
        low = self.low
        self.places = [(m.start(), canonical_place(m.group())) for m in _place_matches(text)]
        self.place_pos = [p for p, _ in self.places]
        self.nation_pos = _nation_starts(text, low)
        self.periods = []
        last_year = None
        for m in _period_matches(text, low):
            label = _norm(m.group())
            label = label[0].lower() + label[1:]
            label = _LEADING_ZEROS.sub("", label)
            years = _YEAR.findall(label)
            if years:
                last_year = years[-1]
            elif "năm" in label.split()[-1:] and last_year:
                label = f"{label} {last_year}"
            base = bool(_COMPARISON_BASE.search(text, max(0, m.start() - 24), m.start()))
            self.periods.append((m.start(), m.end(), label, base))
        self.period_starts = [p[0] for p in self.periods]
        self._ready = True

    def _sentence(self, pos: int):
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return 0, len(self.text)
        return self.sent_starts[i], max(self.sent_ends[i], pos)

    # -- place -----------------------------------------------------------------------
    def place_at(self, pos: int, end: int | None = None) -> str | None:
        s0, s1 = self._sentence(pos)
        lo = bisect.bisect_left(self.place_pos, s0)
        hi = bisect.bisect_left(self.place_pos, s1)
        in_sentence = self.places[lo:hi]
        if in_sentence:
            before = [p for p in in_sentence if p[0] < pos]
            return (before[-1] if before else in_sentence[0])[1]
        n = bisect.bisect_left(self.nation_pos, s0)
        if n < len(self.nation_pos):
            at = self.nation_pos[n]
            if at < pos or (  # before the figure, or in its own noun phrase right after it
                at < min(s1, pos + 40) and not _PUNCT.search(self.text, end or pos, at)
            ):
                return NATION
        i = bisect.bisect_left(self.place_pos, pos) - 1
        if i >= 0:
            return self.places[i][1]
        j = bisect.bisect_left(self.nation_pos, pos) - 1
        return NATION if j >= 0 else None

    # -- period ----------------------------------------------------------------------
    def period_at(self, pos: int) -> str | None:
        s0, s1 = self._sentence(pos)
        lo = bisect.bisect_left(self.period_starts, s0)
        hi = bisect.bisect_left(self.period_starts, s1)
        within = [p for p in self.periods[lo:hi] if not (p[0] <= pos < p[1]) and not p[3]]
        before = [p for p in within if p[1] <= pos]
        soon = [p for p in within if p[0] >= pos and p[0] - pos < 40]
        if soon and _SOON.match(self.text, pos, soon[0][0]):
            return soon[0][2]
        if before:
            return before[-1][2]
        after = [p for p in within if p[0] >= pos]
        if after and not _PUNCT.search(self.text, pos, after[0][0]):
            return after[0][2]
        # the reporting period a text states once holds until another one is stated
        for p in reversed(self.periods[:lo]):
            if not p[3]:
                return p[2]
        return None

    # -- measure ---------------------------------------------------------------------
    def _clause_before(self, pos: int) -> str:
        # asked up to three times for one figure (growth, measure, change): keep the last
        if self._clause[0] == pos:
            return self._clause[1]
        s0, _ = self._sentence(pos)
        seg = self.text[s0:pos]
        cut = 0
        for m in _CLAUSE_CUT.finditer(seg):
            cut = m.end()
        self._clause = (pos, seg[cut:])
        return seg[cut:]

    def growth_rate_before(self, pos: int) -> bool:
        """A percentage that a clause calls growth (`tăng trưởng kinh tế đạt 8%`)."""
        if not self._ready:
            self._prepare()
        clause = self._clause_before(pos).lower()
        return "tăng trưởng" in clause or "tốc độ tăng" in clause

    def noun_before(self, pos: int) -> str | None:
        """The counted noun of `số X ... là 240`, when the noun comes before the number."""
        if not self._ready:
            self._prepare()
        clause = self._clause_before(pos)
        m = _NOUN_BEFORE.search(clause)
        return _norm(m.group(1)) if m else None

    def measure_for(self, start: int, end: int, unit: str | None, unit_class: str | None) -> str:
        if unit_class == "count" and unit:
            # a count is measured by its own noun: the clause before it does not matter
            after = _WORDS_AFTER.match(self.text, end)
            tail = _norm(after.group(1)) if after else ""
            tail_words = []
            for w in tail.split():
                if w.lower() in FUNCTION_WORDS and tail_words:
                    break
                tail_words.append(w)
            label = _norm(f"số {unit} {' '.join(tail_words[:3])}")
        else:
            label = self._clause_label(start)
        if label and not label.split()[0].isupper():
            label = label[:1].lower() + label[1:]
        return label

    def _clause_label(self, start: int) -> str:
        """The clause before a figure without periods, places and linking words."""
        clause = self._clause_before(start)
        # each pattern is costly and most clauses hold none of the words it needs
        if _PERIOD_HINT.search(clause):
            clause = PERIOD_RE.sub(" ", clause)
        if "tháng" in clause or "năm" in clause or "quý" in clause or "ngày" in clause:
            clause = _COUNT_OF_TIME.sub(" ", clause)
        if _place_hint(clause):
            clause = _PLACE_PHRASE.sub(" ", clause)
        words = _WORD.findall(clause)
        low = [w.lower() for w in words]
        # drop the qualifier / linking / change words next to the number
        while low:
            for n in (3, 2, 1):
                if len(low) >= n and " ".join(low[-n:]) in _TRIM_TAIL:
                    del words[-n:], low[-n:]
                    break
            else:
                break
        while low and (low[0] in FUNCTION_WORDS or low[0] in _LEAD_FILLERS):
            del words[0], low[0]
        words = [w for w in words if not w.isdigit()]
        return " ".join(words[-10:])

    def describe(self, start: int, end: int, unit, unit_class, change: bool):
        """(measure, place, period) for a figure at [start, end)."""
        if not self._ready:
            self._prepare()
        s0, _ = self._sentence(start)
        measure = self.measure_for(start, end, unit, unit_class)
        if change and unit_class == "percent" and self._prev and self._prev[0] == s0:
            clause = self._clause_before(start).strip().lower()
            if clause in ("", "tăng", "giảm") or clause.split()[-1:] in (["tăng"], ["giảm"]):
                verb = "giảm" if "giảm" in clause else "tăng"
                measure = f"{verb} {self._prev[1]}" if self._prev[1] else measure
        if unit_class != "percent":
            self._prev = (s0, measure)
        return measure or None, self.place_at(start, end), self.period_at(start)
