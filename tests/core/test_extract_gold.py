"""The seed gold is the extractor's acceptance test (guideline + judge's matching rules)."""

from __future__ import annotations

from gold_scoring import load_gold, predict_as_cli, score

from solieu.extract import extract_figures
from solieu.text import load_document


def _predict(seeds_dir):
    preds = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = load_document(path)
        preds[doc.name] = [f.as_record() for f in extract_figures(doc.text)]
    return preds


def test_every_gold_figure_found_with_exact_value_and_class(seeds_dir):
    s = score(load_gold(seeds_dir / "gold"), _predict(seeds_dir))
    assert s.misses == []
    assert s.wrong == []
    assert s.tp == s.exact and s.tp > 40


def test_no_figure_outside_the_gold(seeds_dir):
    s = score(load_gold(seeds_dir / "gold"), _predict(seeds_dir))
    assert s.spurious == []
    assert s.precision == 1.0


def test_qualifier_and_change_right_on_at_least_95_percent(seeds_dir):
    s = score(load_gold(seeds_dir / "gold"), _predict(seeds_dir))
    assert s.qualifier_ok / s.tp >= 0.95, s.bad_qualifier
    assert s.change_ok / s.tp >= 0.95, s.bad_change


def test_spans_are_verbatim_document_text(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = load_document(path)
        for f in extract_figures(doc.text):
            assert doc.text[f.start : f.end] == f.text
            assert 0.0 <= f.confidence <= 1.0


def test_gold_offsets_match_the_loaded_text(seeds_dir):
    """The app's offsets are the gold's: the loaded text is the file decoded as UTF-8."""
    gold = load_gold(seeds_dir / "gold")
    for name, figs in gold.items():
        text = load_document(seeds_dir / name).text
        for g in figs:
            assert text[g["start"] : g["end"]] == g["text"]


def _predict_as_cli(seeds_dir):
    """What `solieu extract` prints: the document's date and place are the reader's."""
    return predict_as_cli(seeds_dir)


def test_place_and_period_of_every_gold_figure(seeds_dir):
    """GUIDELINE §8: place and period exact (equivalent ISO periods equal)."""
    s = score(load_gold(seeds_dir / "gold"), _predict_as_cli(seeds_dir))
    assert s.identity_n == s.tp
    assert s.bad_place == [] and s.place_acc == 1.0
    assert s.bad_period == [] and s.period_acc == 1.0


def test_measures_and_one_key_share(seeds_dir):
    """Measure syllable F1 at least 0.80; at least 90 % of figures confirmed with one key."""
    s = score(load_gold(seeds_dir / "gold"), _predict_as_cli(seeds_dir))
    assert s.measure_f1 >= 0.80, s.bad_measure
    assert s.one_key_share >= 0.90, (s.bad_place, s.bad_period, s.bad_measure)
