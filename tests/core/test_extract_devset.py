"""The dev set: 18 hand-annotated articles on other topics than the seeds' (013-018
written blind to the rules, then tuned on), read as `solieu extract` reads them. Its floors guard what GUIDELINE §8's rules reach on text
they were not written from; they are the scores measured when they were set, less a
small margin, so that a change that loses identity elsewhere is seen here."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import load_gold, predict_as_cli, score

DEVSET = Path(__file__).resolve().parent / "devset"
# measured on the first 12 at 5a3d9d4: recall 0.987, precision 0.996, exact value 0.983,
# place 0.918, period 0.833, measure F1 0.888, one key 0.733; on all 18 after this
# session's rules: 1.000, 1.000, 1.000, 1.000, 0.992, 0.879, 0.941
RECALL, PRECISION, VALUE = 0.99, 0.99, 0.99
PLACE, PERIOD, MEASURE, ONE_KEY = 0.97, 0.97, 0.86, 0.91


@pytest.fixture(scope="module")
def scored():
    return score(load_gold(DEVSET / "gold"), predict_as_cli(DEVSET))


def test_the_dev_set_is_whole(scored):
    assert len(list(DEVSET.glob("*.txt"))) == len(list((DEVSET / "gold").glob("*.json"))) == 18
    assert scored.tp + len(scored.misses) > 350


def test_figures_found_with_their_values(scored):
    assert scored.recall >= RECALL and scored.precision >= PRECISION, scored.misses
    assert scored.exact / scored.tp >= VALUE, scored.wrong


def test_place_period_and_measure(scored):
    assert scored.place_acc >= PLACE, scored.bad_place
    assert scored.period_acc >= PERIOD, scored.bad_period
    assert scored.measure_f1 >= MEASURE, scored.bad_measure


def test_one_key_share(scored):
    assert scored.one_key_share >= ONE_KEY
