"""Codebook suggestions: the entry a pending figure most likely belongs to, with a score.

A right suggestion is accepted with one key, so the suggester must be right when it
sounds sure and say so when it is not: below `threshold` a suggestion is `weak` (for
the reviewer's attention), below `floor` there is none. Signals, multiplied:

- **the words**: the figure's measure against each entry's name, synonyms and the
  measures of its confirmed figures (an imported vocabulary with no figures yet is
  suggested from its names), by TF-IDF over character n-grams of the lower-cased NFC
  syllables (`CharIndex`); text typed without diacritics is compared without them;
- **the unit class**: a `%` figure is not a USD level (it may be that level's change),
  currencies are near each other, an entry with no class accepts any;
- **the change flag**: a growth rate belongs to a change entry;
- **the counted noun** of a count (`dự án`, `lao động`, `lượt khách`): the entry's
  confirmed units or its names must contain it (a count's measure that omits the noun
  is read as `số` + noun + measure);
- **confirmed figures**: each one whose measure is close raises the score a little.

With no measure, or none near, the sentence is searched for entries' names: weak.

The method was chosen by `python bench/suggest.py` (every method through this class,
only the text similarity differs). (a) Leave one article out over the 5 seeds and the
12 devset articles: 287 extracted figures, 154 with a right entry among the other
articles' gold measures (name F1 >= 0.5), 133 with none. "cal." is the share of the 287
suggested sure and right at the lowest threshold that keeps 90% of sure ones right:

    method                 sure right/wrong  no entry abstained/sure  top-1  one-key  cal.
    chars (this module)             123/3             128/5           0.896  0.429   0.443
    tfidf-char (scikit-learn)       129/4             122/11          0.909  0.449   0.439
    words (IDF syllable Dice)       127/3             118/15          0.922  0.443   0.369
    rapidfuzz token_sort_ratio      131/12             60/73          0.877  0.456   0.359
    rapidfuzz token_set_ratio       126/25             33/100         0.825  0.439   0.352
    rapidfuzz WRatio                101/53              0/133         0.656  0.352   0.293

Names only (no examples), one-key/cal.: chars 0.418/0.443, tfidf-char 0.443/0.422,
words 0.436/0.387, token_sort 0.449/0.348. The 5 seeds alone (54 figures): chars,
words, token_sort, tfidf-char level (one-key 0.70-0.74, top-1 1.00). (b) 100,000
synthetic queries (4,610 distinct measures, 10% unrelated), 300 entries, 5,000
examples, one core, suggest_many seconds and right: chars 2.8 s 0.947; tfidf-char
3.9 s 0.919; words 1.7 s 0.963; token_sort 5.9 s 0.918; token_set 9.9 s 0.579;
WRatio 25 s 0.886. rapidfuzz's scorers are sure of unrelated measures (no notion of a
rare word); char n-gram TF-IDF separates right from wrong best, and this plain-Python
one matches scikit-learn's, which would add about 200 MB to the installer
(scikit-learn 51 MB, SciPy 145 MB, joblib 3 MB) for no gain.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from solieu.learn.model import Entry
from solieu.learn.model import fold as model_fold
from solieu.messages import Message, msg

THRESHOLD = 0.5  # at or above: a confident suggestion (confirm with one key)
FLOOR = 0.3  # below: no suggestion at all
FOLDED = 0.9  # a syllable equal only without its diacritics
CURRENCIES = frozenset({"USD", "VND", "EUR"})
CHANGE_WORDS = frozenset({("tăng",), ("giảm",)})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Example:
    """A confirmed figure of an entry: what the suggester learns from."""

    entry_id: int
    measure: str | None
    sentence: str
    unit_class: str
    change: bool
    unit: str | None


@dataclass(frozen=True, slots=True)
class Query:
    """A pending figure to suggest an entry for."""

    measure: str | None
    sentence: str
    unit_class: str
    change: bool
    unit: str | None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The likeliest entry, its score (0..1), whether it is weak, and why (translatable)."""

    entry_id: int
    score: float
    weak: bool
    basis: Message


def words(text: str | None) -> tuple[str, ...]:
    """Lower-cased NFC syllables: what measures are compared on (as the gold is scored)."""
    return tuple(_WORD.findall(unicodedata.normalize("NFC", text or "").lower()))


def _has(ws: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether the syllables `part` occur in `ws`, in a row."""
    return any(ws[i : i + len(part)] == part for i in range(len(ws) - len(part) + 1))


# a syllable without diacritics (`đ` → `d`): text typed without accents still matches;
# cached, as a corpus repeats its syllables
fold = lru_cache(maxsize=1 << 16)(model_fold)


@dataclass(slots=True)
class _Text:
    """One name of an entry: its canonical name, a synonym or a confirmed measure."""

    entry: int  # index into Suggester._entries
    text: str
    words: frozenset[str]
    kind: str  # "name" | "synonym" | "example"
    examples: int  # confirmed figures with exactly this measure


class WordIndex:
    """IDF-weighted Dice of syllable sets, over an inverted index of folded syllables.

    The IDF counts entries, not texts, so a word every entry's figures repeat is cheap.
    """

    def __init__(self, texts: Sequence[Sequence[str]], owners: Sequence[int]) -> None:
        # sorted, so that every float sum runs in one order whatever the hash seed: a
        # near tie between two entries must fall the same way in every run
        texts = [sorted(frozenset(ws)) for ws in texts]
        df: dict[str, set[int]] = defaultdict(set)
        for ws, owner in zip(texts, owners, strict=True):
            for w in ws:
                df[fold(w)].add(owner)
        n = len(set(owners)) or 1
        self._idf = {w: math.log(1.0 + n / len(e)) for w, e in df.items()}
        self._unknown = math.log(1.0 + n)
        self._post: dict[str, list[tuple[int, str, float]]] = defaultdict(list)
        self._mass: list[float] = []
        for i, ws in enumerate(texts):
            for w in ws:
                f = fold(w)
                self._post[f].append((i, w, self._idf[f]))
            self._mass.append(sum(self._idf[fold(w)] for w in ws))

    def weight(self, word: str) -> float:
        return self._idf.get(fold(word), self._unknown)

    def scores(self, query: Sequence[str]) -> dict[int, float]:
        """Text index → Dice in 0..1, for the texts sharing a syllable with `query`."""
        query = sorted(frozenset(query))
        if not query:
            return {}
        mass = sum(self.weight(w) for w in query)
        common: dict[int, float] = defaultdict(float)
        for w in query:
            for i, tw, idf in self._post.get(fold(w), ()):
                common[i] += idf if tw == w else FOLDED * idf
        # the Dice, averaged with how much of the shorter side the longer one holds (a
        # measure the extractor cut short still finds its entry)
        return {
            i: c / (mass + self._mass[i]) + 0.5 * c / min(mass, self._mass[i])
            for i, c in common.items()
        }

    def candidates(self, query: Sequence[str]) -> set[int]:
        """The texts sharing a syllable (folded) with `query`."""
        return {i for w in set(query) for i, _, _ in self._post.get(fold(w), ())}

    def containment(self, text: Sequence[str], sentence: Sequence[str]) -> float:
        """The weighted share of `text`'s syllables that the sentence contains (folded)."""
        folded = {fold(w) for w in sentence}
        total = math.fsum(self.weight(w) for w in text)  # fsum: the same in any set order
        found = math.fsum(self.weight(w) for w in text if fold(w) in folded)
        return found / total if total else 0.0


def grams(ws: Sequence[str]) -> Counter[str]:
    """Character 2-, 3- and 4-grams within each word padded with spaces."""
    out: Counter[str] = Counter()
    for w in ws:
        p = f" {w} "
        for n in (2, 3, 4):
            out.update(p[i : i + n] for i in range(len(p) - n + 1))
    return out


class CharIndex(WordIndex):
    """Cosine of TF-IDF vectors over character n-grams (scikit-learn's `char_wb`, 2-4,
    sublinear tf, smooth idf) in plain Python, for the texts the syllables find.

    N-grams reward a shared stem or a near spelling (`thủy sản`/`thuỷ sản`) that whole
    syllables miss, and their IDF keeps an unrelated measure low: a query's n-grams that
    no text has still count in its length. A query typed with no diacritics at all is
    compared with the texts without theirs. Only the `TOP` texts with the best syllable
    scores are compared (the n-gram posting lists of `số`, `ng` are long; this keeps a
    query under a millisecond).
    """

    TOP = 24

    def __init__(self, texts: Sequence[Sequence[str]], owners: Sequence[int]) -> None:
        super().__init__(texts, owners)
        self._spaces = [self._space(texts), self._space([[fold(w) for w in t] for t in texts])]

    @staticmethod
    def _space(texts: Sequence[Sequence[str]]) -> tuple[dict[str, float], list, float]:
        counted = [grams(t) for t in texts]
        df: Counter[str] = Counter()
        for c in counted:
            df.update(c.keys())
        n = len(texts)
        idf = {g: math.log((1 + n) / (1 + d)) + 1.0 for g, d in df.items()}
        vecs: list[dict[str, float]] = []
        for c in counted:
            vec = {g: (1.0 + math.log(tf)) * idf[g] for g, tf in c.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            vecs.append({g: v / norm for g, v in vec.items()})
        return idf, vecs, math.log(1 + n) + 1.0

    def scores(self, query: Sequence[str]) -> dict[int, float]:
        near = super().scores(query)
        if not near:
            return {}
        if len(near) > self.TOP:
            near = heapq.nlargest(self.TOP, near, key=near.__getitem__)
        plain = all(fold(w) == w for w in query)
        idf, vecs, unknown = self._spaces[1 if plain else 0]
        vec = {g: (1.0 + math.log(tf)) * idf.get(g, unknown) for g, tf in grams(query).items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out: dict[int, float] = {}
        for i in near:
            t = vecs[i]
            out[i] = math.fsum(vec[g] * t[g] for g in vec.keys() & t.keys()) / norm
        return out


@dataclass(slots=True)
class _EntryInfo:
    entry: Entry
    classes: frozenset[str]  # unit classes it accepts (empty: any)
    change: bool | None
    units: frozenset[str]  # counted nouns of its confirmed figures
    name_words: tuple[tuple[str, ...], ...]


class Suggester:
    """Suggests codebook entries for pending figures; build it once per codebook state."""

    def __init__(
        self,
        entries: Sequence[Entry],
        examples: Sequence[Example],
        *,
        threshold: float = THRESHOLD,
        floor: float = FLOOR,
        similarity: Callable[[Sequence[tuple[str, ...]], Sequence[int]], WordIndex] = CharIndex,
    ) -> None:
        """`similarity` builds the index the measures are compared with (a benchmark
        passes another method; it must offer `scores` and `containment`)."""
        self.threshold, self.floor = threshold, floor
        self._entries: list[_EntryInfo] = []
        self._texts: list[_Text] = []
        by_entry: dict[int, list[Example]] = defaultdict(list)
        for ex in examples:
            by_entry[ex.entry_id].append(ex)
        for entry in entries:
            self._add_entry(entry, by_entry.get(entry.id, []))
        self._index = similarity(
            [words(t.text) for t in self._texts], [t.entry for t in self._texts]
        )
        self._cache: dict[tuple, Suggestion | None] = {}
        self._sims: dict[tuple[str, ...], list[tuple[float, int]]] = {}
        self._by_sentence: dict[tuple, Suggestion | None] = {}

    def _add_entry(self, entry: Entry, examples: list[Example]) -> None:
        k = len(self._entries)
        state = entry.state
        seen: dict[tuple[str, ...], _Text] = {}
        for kind, name in [("name", state.name)] + [("synonym", s) for s in state.synonyms]:
            ws = words(name)
            if ws and ws not in seen:
                seen[ws] = _Text(k, name, frozenset(ws), kind, 0)
        measures = Counter(words(ex.measure) for ex in examples if words(ex.measure))
        for ws, n in measures.items():
            if ws in seen:
                seen[ws].examples += n
            else:
                seen[ws] = _Text(k, " ".join(ws), frozenset(ws), "example", n)
        self._texts.extend(seen.values())
        if state.unit_class:
            classes = frozenset({state.unit_class})
        else:
            classes = frozenset(ex.unit_class for ex in examples)
        change = state.change
        if change is None and examples:
            change = 2 * sum(ex.change for ex in examples) > len(examples)
        elif change is None and words(state.name)[:1] in CHANGE_WORDS:
            change = True  # an imported `tăng …`, `giảm …` names a change
        units = frozenset(" ".join(words(ex.unit)) for ex in examples if ex.unit)
        names = tuple(words(n) for n in state.names())
        self._entries.append(_EntryInfo(entry, classes, change, units, names))

    # -- the factors -------------------------------------------------------------------

    @staticmethod
    def _kind_factor(info: _EntryInfo, unit_class: str, change: bool) -> float:
        """How well the unit class and the change flag fit the entry (1: exactly)."""
        same_change = info.change is None or info.change == change
        f = 0.95 if info.change is None else 1.0 if same_change else 0.55
        if not info.classes:
            return 0.9 * f
        if unit_class in info.classes:
            return f
        if (unit_class == "percent") != ("percent" in info.classes):
            # a rate beside an amount: the change of that amount (or the amount of a
            # change entry), a near miss, not two wrongs
            return 0.8 if same_change else 0.6
        if unit_class in CURRENCIES and info.classes & CURRENCIES:
            return 0.7 * f
        return 0.3 * f

    @staticmethod
    def _count_factor(info: _EntryInfo, unit_class: str, unit: str | None) -> float:
        if unit_class != "count" or not unit:
            return 1.0
        noun = words(unit)
        if (
            not noun
            or " ".join(noun) in info.units
            or any(_has(ws, noun) for ws in info.name_words)
        ):
            return 1.0
        return 0.75 if info.units or not info.classes or "count" in info.classes else 0.9

    # -- suggesting ----------------------------------------------------------------------

    def _similar(self, measure: tuple[str, ...]) -> list[tuple[float, int]]:
        """(similarity, text index) for the texts near the measure, best first (cached)."""
        got = self._sims.get(measure)
        if got is None:
            raw = self._index.scores(measure)
            got = sorted(((s, i) for i, s in raw.items() if s >= self.floor), reverse=True)
            self._sims[measure] = got
        return got

    def _rank(
        self, sims: list[tuple[float, int]], unit_class: str, change: bool, unit: str | None
    ) -> tuple[float, int, int, _Text] | None:
        """The best entry: (score, its index, confirmed figures alike, its best text)."""
        best: dict[int, tuple[float, _Text]] = {}
        alike: Counter[int] = Counter()
        for s, i in sims:
            t = self._texts[i]
            if t.entry not in best:
                best[t.entry] = (s, t)
            if s >= 0.75:
                alike[t.entry] += t.examples
        top: tuple[float, int, int, _Text] | None = None
        for k, (s, t) in best.items():
            info = self._entries[k]
            score = s * self._kind_factor(info, unit_class, change)
            score *= self._count_factor(info, unit_class, unit)
            n = alike[k]
            score += (1.0 - score) * 0.3 * n / (n + 3)
            if top is None or score > top[0]:
                top = (score, k, n, t)
        return top

    def _decide(self, top: tuple[float, int, int, _Text] | None, weak: bool) -> Suggestion | None:
        if top is None or top[0] < self.floor:
            return None
        score, k, n, t = top
        name = self._entries[k].entry.name
        if weak:
            basis = msg("its sentence names “{entry}”", entry=name)
        elif n:
            basis = msg("like {n} confirmed figures of “{entry}”", n=n, entry=name)
        elif t.kind == "synonym":
            basis = msg("its words match “{synonym}”, a synonym of “{entry}”", synonym=t.text, entry=name)  # fmt: skip
        elif t.kind == "name":
            basis = msg("its words match the entry's name “{name}”", name=name)
        else:
            basis = msg("its words match “{measure}”, confirmed for “{entry}”", measure=t.text, entry=name)  # fmt: skip
        weak = weak or score < self.threshold
        return Suggestion(self._entries[k].entry.id, round(min(score, 1.0), 4), weak, basis)

    @staticmethod
    def _measure_words(q: Query) -> tuple[str, ...]:
        """The measure's syllables; a count's measure that does not name its noun is read
        as `số` + the noun + the measure (guideline §8: a count is `số` + what it counts)."""
        ws = words(q.measure)
        noun = words(q.unit) if q.unit_class == "count" else ()
        if ws and noun and not _has(ws, noun):
            return ("số", *noun, *(ws[1:] if ws[0] == "số" else ws))
        return ws

    def suggest(self, q: Query) -> Suggestion | None:
        """The likeliest entry for the figure, weak when unsure, None when nothing is near."""
        key = (q.measure, q.unit_class, bool(q.change), q.unit)
        try:
            got = self._cache[key]
        except KeyError:
            sims = self._similar(self._measure_words(q))
            top = self._rank(sims, q.unit_class, bool(q.change), q.unit)
            got = self._cache[key] = self._decide(top, False)
        if (got is None or got.weak) and q.sentence:
            other = self._from_sentence(q)
            if other is not None and (got is None or other.score > got.score):
                return other
        return got

    def _from_sentence(self, q: Query) -> Suggestion | None:
        """An entry whose name the sentence contains: always weak (the figure may be
        another of the sentence's quantities)."""
        key = (q.sentence, q.unit_class, bool(q.change), q.unit)
        if key in self._by_sentence:
            return self._by_sentence[key]
        sentence = frozenset(words(q.sentence))
        sims: list[tuple[float, int]] = []
        for i in self._index.candidates(tuple(sentence)):
            t = self._texts[i]
            if t.kind != "example":
                c = self._index.containment(t.words, sentence)
                if c >= 0.99:
                    sims.append((0.8 * c, i))
        sims.sort(reverse=True)
        got = self._decide(self._rank(sims, q.unit_class, bool(q.change), q.unit), True)
        if len(self._by_sentence) > 50_000:  # sentences rarely repeat: keep it bounded
            self._by_sentence.clear()
        self._by_sentence[key] = got
        return got

    def suggest_many(self, qs: Sequence[Query]) -> list[Suggestion | None]:
        """`suggest` for each query, in order (distinct measures are scored once)."""
        return [self.suggest(q) for q in qs]
