"""Codebook suggestions: accuracy on the seed gold and speed on 100,000 queries, per method.

(a) For each article in turn, a codebook is built from the gold measures of the OTHER
articles (one entry per distinct measure, its gold figures as confirmed examples), and
the extractor's figures of this article (matched to gold by span overlap) are queried.
A suggestion is right when the entry's name has measure word-F1 >= 0.5 with the
figure's gold measure (`gold_scoring.measure_f1`); a figure no entry is right for
should get None or a weak suggestion. `--names-only` drops the examples (an imported
vocabulary). (b) A synthetic codebook of 300 entries with 5,000 examples and 100,000
queries (10% about nothing in it), timed on one core.

Methods: "words" (solieu.learn.suggest.WordIndex: IDF-weighted syllable Dice), rapidfuzz
token scorers, and TF-IDF nearest neighbours over character n-grams (scikit-learn, only
when it is installed). Every method goes through the same Suggester (the unit class,
change and counted-noun factors, thresholds); only the text similarity differs.

Run by hand: `python bench/suggest.py [--seeds DIR ...] [--queries N] [--methods a,b]`.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "core"))

from gold_scoring import load_gold, measure_f1, overlaps  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from solieu.extract import extract_document  # noqa: E402
from solieu.learn.model import Entry, EntryState  # noqa: E402
from solieu.learn.suggest import FLOOR, CharIndex, Example, Query, Suggester, WordIndex  # noqa: E402
from solieu.text import load_document  # noqa: E402
from solieu.text.sentences import sentence_at, split_sentences  # noqa: E402


class RapidfuzzIndex(WordIndex):
    """A rapidfuzz scorer over the texts joined back into strings (containment kept)."""

    scorer = staticmethod(fuzz.token_sort_ratio)

    def __init__(self, texts: Sequence[Sequence[str]], owners: Sequence[int]) -> None:
        super().__init__(texts, owners)
        self._choices = [" ".join(t) for t in texts]

    def scores(self, query: Sequence[str]) -> dict[int, float]:
        if not query:
            return {}
        got = process.extract(
            " ".join(query),
            self._choices,
            scorer=self.scorer,
            processor=None,
            limit=None,
            score_cutoff=FLOOR * 100,
        )
        return {i: s / 100.0 for _, s, i in got}


def rapidfuzz_method(scorer):
    return type("Index", (RapidfuzzIndex,), {"scorer": staticmethod(scorer)})


class TfidfIndex(WordIndex):
    """Cosine of TF-IDF vectors over character 2-4-grams within words (scikit-learn)."""

    def __init__(self, texts: Sequence[Sequence[str]], owners: Sequence[int]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        super().__init__(texts, owners)
        self._vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True)
        self._x = self._vec.fit_transform([" ".join(t) for t in texts]).T.tocsr()

    def scores(self, query: Sequence[str]) -> dict[int, float]:
        if not query:
            return {}
        q = self._vec.transform([" ".join(query)])
        sims = (q @ self._x).tocoo()
        return {int(i): float(s) for i, s in zip(sims.col, sims.data, strict=True) if s >= FLOOR}


def methods() -> dict[str, type]:
    out: dict[str, type] = {
        "words": WordIndex,
        "chars": CharIndex,
        "rf-token_sort": rapidfuzz_method(fuzz.token_sort_ratio),
        "rf-token_set": rapidfuzz_method(fuzz.token_set_ratio),
        "rf-WRatio": rapidfuzz_method(fuzz.WRatio),
    }
    try:
        import sklearn  # noqa: F401

        out["tfidf-char"] = TfidfIndex
    except ImportError:
        print("(scikit-learn is not installed: no TF-IDF figures)")
    return out


# -- (a) the seed gold, leave one document out ----------------------------------------------


def load_docs(dirs: list[Path]) -> list[tuple[str, list[dict], list[Query]]]:
    """(name, gold figures, the extractor's queries aligned to them or None) per article."""
    docs = []
    for d in dirs:
        for name, figs in load_gold(d / "gold").items():
            doc = load_document(d / name)
            preds = extract_document(doc.text, doc_date=doc.meta.get("date")).figures
            sents = split_sentences(doc.text)
            used: set[int] = set()
            queries: list[Query | None] = []
            for g in figs:
                hit = next(
                    (i for i, p in enumerate(preds) if i not in used and overlaps(g, vars_(p))),
                    None,
                )
                if hit is None:
                    queries.append(None)
                    continue
                used.add(hit)
                p = preds[hit]
                s = sentence_at(sents, p.start)
                queries.append(
                    Query(p.measure, s.text if s else "", p.unit_class, p.change, p.unit)
                )
            docs.append((f"{d.name}/{name}", figs, queries))
    return docs


def vars_(p) -> dict:
    return {"start": p.start, "end": p.end}


def codebook(figs: list[dict], with_examples: bool) -> tuple[list[Entry], list[Example]]:
    by_measure: dict[str, list[dict]] = defaultdict(list)
    for g in figs:
        if g.get("measure"):
            by_measure[" ".join(g["measure"].lower().split())].append(g)
    entries, examples = [], []
    for i, (m, gs) in enumerate(sorted(by_measure.items())):
        entries.append(Entry(i, EntryState(name=m), figures=len(gs)))
        if with_examples:
            for g in gs:
                examples.append(
                    Example(i, g["measure"], "", g["unit_class"], bool(g["change"]), g["unit"])
                )
        else:  # an imported vocabulary says its class and change itself
            cls = Counter(g["unit_class"] for g in gs).most_common(1)[0][0]
            ch = 2 * sum(bool(g["change"]) for g in gs) > len(gs)
            entries[-1] = Entry(i, EntryState(name=m, unit_class=cls, change=ch))
    return entries, examples


def accuracy(docs, index: type, with_examples: bool) -> dict:
    c: Counter = Counter()
    for k, (_, figs, queries) in enumerate(docs):
        others = [
            g for j, (_, fs, _) in enumerate(docs) if j != k for g in fs if not g.get("borderline")
        ]
        entries, examples = codebook(others, with_examples)
        sg = Suggester(entries, examples, similarity=index)
        names = {e.id: e.name for e in entries}
        for g, q in zip(figs, queries, strict=True):
            if g.get("borderline") or q is None:
                continue
            c["queries"] += 1
            answerable = any(measure_f1(g["measure"], n) >= 0.5 for n in names.values())
            s = sg.suggest(q)
            if s is not None:
                ok = answerable and measure_f1(g["measure"], names[s.entry_id]) >= 0.5
                c.setdefault("scores", []).append((s.score, ok))
            if not answerable:
                c["no entry"] += 1
                c["no entry: none/weak" if s is None or s.weak else "no entry: sure"] += 1
                continue
            c["answerable"] += 1
            if s is None:
                c["none"] += 1
            elif measure_f1(g["measure"], names[s.entry_id]) >= 0.5:
                c["weak right" if s.weak else "sure right"] += 1
            else:
                c["weak wrong" if s.weak else "sure wrong"] += 1
    return c


def calibrated(scored: list[tuple[float, bool]], n: int, precision: float = 0.9) -> str:
    """The one-key share at the lowest threshold whose sure suggestions are right at least
    `precision` of the time: a method's own scale does not favour it."""
    best, at = 0, 1.0
    right = 0
    for total, (score, ok) in enumerate(sorted(scored, reverse=True), 1):
        right += ok
        if right / total >= precision and right > best:
            best, at = right, score
    return f"{best / max(n, 1):.3f} (t={at:.2f})"


def print_accuracy(docs, ms: dict[str, type]) -> None:
    for with_examples in (True, False):
        print(
            f"\n(a) leave one article out, {'entries with examples' if with_examples else 'names only'}"
        )
        head = "method          queries answ. sure-right weak-right sure-wrong weak-wrong none  no-entry(abstain/sure) one-key"
        print(head)
        for name, index in ms.items():
            c = accuracy(docs, index, with_examples)
            print(
                f"{name:<15} {c['queries']:>7} {c['answerable']:>5} {c['sure right']:>10} "
                f"{c['weak right']:>10} {c['sure wrong']:>10} {c['weak wrong']:>10} "
                f"{c['none']:>4}  {c['no entry']:>4} ({c['no entry: none/weak']}/{c['no entry: sure']})"
                f"{'':>13} {c['sure right'] / max(c['queries'], 1):.3f}"
                f"   top-1 {(c['sure right'] + c['weak right']) / max(c['answerable'], 1):.3f}"
                f"   one-key at 90% precision {calibrated(c.get('scores', []), c['queries'])}"
            )


# -- (b) synthetic: 300 entries, 5,000 examples, 100,000 queries ---------------------------

AMOUNTS = [
    ("kim ngạch xuất khẩu", "USD"),
    ("kim ngạch nhập khẩu", "USD"),
    ("giá trị sản xuất", "VND"),
    ("doanh thu", "VND"),
    ("vốn đầu tư", "VND"),
    ("vốn FDI đăng ký", "USD"),
    ("sản lượng", "mass"),
    ("diện tích gieo trồng", "area"),
    ("giá xuất khẩu bình quân", "USD"),
    ("thu ngân sách", "VND"),
]
TOPICS = [
    "cà phê", "gạo", "thủy sản", "hàng dệt may", "điện thoại và linh kiện", "hồ tiêu",
    "cao su", "gỗ và sản phẩm gỗ", "rau quả", "sắt thép", "phân bón", "khu công nghiệp",
    "ngành chế biến", "nông nghiệp", "du lịch", "hạ tầng giao thông", "xi măng", "điều",
    "chè", "than đá", "dầu thô", "thép xây dựng", "máy móc thiết bị", "vật liệu xây dựng",
]  # fmt: skip
COUNTS = [
    ("số dự án", "dự án"), ("số doanh nghiệp", "doanh nghiệp"), ("số lao động", "lao động"),
    ("số lượt khách", "lượt khách"), ("số hộ", "hộ"), ("số hợp tác xã", "hợp tác xã"),
]  # fmt: skip
COUNT_MODS = [
    "FDI cấp mới", "đăng ký thành lập mới", "có việc làm", "quốc tế", "nội địa",
    "trồng mới", "giải thể", "tạm ngừng kinh doanh", "được hỗ trợ", "điều chỉnh vốn",
]  # fmt: skip
UNRELATED = [
    "nhiệt độ trung bình", "lượng mưa", "số vụ cháy rừng", "chỉ số hài lòng của người dân",
    "số ca mắc sốt xuất huyết", "độ che phủ rừng", "số học sinh đạt giải", "mực nước sông",
]  # fmt: skip
SYNONYMS = {"kim ngạch": "giá trị", "doanh thu": "tổng doanh thu", "vốn đầu tư": "tổng vốn đầu tư"}


def strip_marks(text: str) -> str:
    from solieu.learn.suggest import fold

    return " ".join(fold(w) for w in text.split())


def variant(rng: random.Random, name: str) -> str:
    """How an extractor or an article may word the same measure."""
    ws = name.split()
    r = rng.random()
    if r < 0.2 and len(ws) > 3:
        ws = ws[:-1]  # a modifier left out
    elif r < 0.35:
        ws = ["tổng", *ws]
    elif r < 0.45:
        for a, b in SYNONYMS.items():
            name = name.replace(a, b)
        ws = name.split()
    elif r < 0.5:
        ws = strip_marks(" ".join(ws)).split()
    return " ".join(ws)


EXTRAS = ["chủ lực", "trên địa bàn", "toàn ngành", "bình quân", "thực hiện", "ước tính", "mới"]


def noisy(rng: random.Random, name: str) -> str:
    """One to two rewordings, sometimes an extra word: many distinct measures."""
    m = variant(rng, variant(rng, name) if rng.random() < 0.5 else name)
    if rng.random() < 0.3:
        m = f"{m} {rng.choice(EXTRAS)}"
    return m


def synthetic(rng: random.Random, n_queries: int):
    specs: list[tuple[str, str, bool, str | None]] = []  # name, class, change, unit
    seen = set()
    while len(specs) < 300:
        kind = rng.random()
        if kind < 0.45:
            head, cls = rng.choice(AMOUNTS)
            name = f"{head} {rng.choice(TOPICS)}"
            spec = (name, cls, False, {"USD": "USD", "VND": "đồng"}.get(cls, "tấn"))
        elif kind < 0.65:
            head, _ = rng.choice(AMOUNTS)
            name = f"tăng {head} {rng.choice(TOPICS)}"
            spec = (name, "percent", True, "%")
        else:
            head, unit = rng.choice(COUNTS)
            name = f"{head} {rng.choice(COUNT_MODS)}"
            spec = (name, "count", False, unit)
        if name not in seen:
            seen.add(name)
            specs.append(spec)
    entries = [
        Entry(i, EntryState(name=n, unit_class=c, change=ch), 0)
        for i, (n, c, ch, _) in enumerate(specs)
    ]
    examples = []
    for _ in range(5000):
        i = min(int(rng.paretovariate(1.2)) - 1, 299)
        n, c, ch, u = specs[rng.randrange(300) if rng.random() < 0.5 else i]
        examples.append(Example(specs.index((n, c, ch, u)), variant(rng, n), "", c, ch, u))
    pools = {i: [noisy(rng, s[0]) for _ in range(40)] for i, s in enumerate(specs)}
    queries, truth = [], []
    for _ in range(n_queries):
        if rng.random() < 0.1:
            m = rng.choice(UNRELATED)
            queries.append(Query(m, f"Năm nay {m} đạt 12,5.", "other", False, None))
            truth.append(None)
            continue
        i = rng.randrange(300)
        m = rng.choice(pools[i])
        _, c, ch, u = specs[i]
        queries.append(Query(m, f"Tính chung 9 tháng, {m} đạt 1.250 {u}.", c, ch, u))
        truth.append(i)
    return entries, examples, queries, truth


def print_synthetic(ms: dict[str, type], n_queries: int) -> None:
    entries, examples, queries, truth = synthetic(random.Random(2026), n_queries)
    distinct = len({(q.measure, q.unit_class, q.change, q.unit) for q in queries})
    print(
        f"\n(b) synthetic: {len(entries)} entries, {len(examples)} examples, "
        f"{len(queries)} queries ({distinct} distinct), one core"
    )
    print("method          build s  suggest s   right(sure)  wrong(sure)  unrelated none/weak")
    for name, index in ms.items():
        t0 = time.perf_counter()
        sg = Suggester(entries, examples, similarity=index)
        t1 = time.perf_counter()
        got = sg.suggest_many(queries)
        t2 = time.perf_counter()
        right = sure_right = wrong = sure_wrong = unrel = unrel_ok = 0
        for s, t in zip(got, truth, strict=True):
            if t is None:
                unrel += 1
                unrel_ok += s is None or s.weak
            elif s is not None and s.entry_id == t:
                right += 1
                sure_right += not s.weak
            elif s is not None:
                wrong += 1
                sure_wrong += not s.weak
        known = len(truth) - unrel
        print(
            f"{name:<15} {t1 - t0:>7.2f} {t2 - t1:>10.2f}   {right / known:.3f}({sure_right / known:.3f})"
            f"  {wrong / known:.3f}({sure_wrong / known:.3f})  {unrel_ok / max(unrel, 1):.3f}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, action="append")
    ap.add_argument("--queries", type=int, default=100_000)
    ap.add_argument("--methods", default="")
    args = ap.parse_args()
    ms = methods()
    if args.methods:
        ms = {k: v for k, v in ms.items() if k in args.methods.split(",")}
    dirs = args.seeds or [ROOT / "seeds"]
    docs = load_docs(dirs)
    print(f"articles: {len(docs)} from {', '.join(str(d) for d in dirs)}")
    print_accuracy(docs, ms)
    if args.queries:
        print_synthetic(ms, args.queries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
