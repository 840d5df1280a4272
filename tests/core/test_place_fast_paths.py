"""The place readers' fast paths against their plain definitions."""

from __future__ import annotations

import random

from solieu.extract import place_names as pn
from solieu.extract import place_sense as ps


def test_every_zone_head_begins_with_a_hint_and_no_hint_end_begins_another() -> None:
    assert all(any(h.startswith(z) for z in ps._ZONE_HINTS) for h in pn.ZONE_HEADS)
    for a in ps._ZONE_HINTS:
        for b in ps._ZONE_HINTS:
            assert not any(b.startswith(a[i:]) for i in range(1, len(a)))


def test_zone_before_is_the_search() -> None:
    rng, hits = random.Random(3), 0
    pieces = [*pn.ZONE_HEADS, *ps._ZONE_HINTS, " ", "\n", "  ", "VSIP", "Nam", "Cầu", "Giát",
              "II", "3", "A.B", "x", "KCNKKT", ",", "tại", "của", "Đông", "Khuê", "KKKT"]  # fmt: skip
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", " ", "\n")) for _ in range(8))
        end = rng.randint(0, len(text))
        lo = rng.randint(0, end)
        want = ps._ZONE_BEFORE.search(text, lo, end)
        assert ps._zone_before(text, lo, end) == (want.start() if want else -1), (text, lo, end)
        hits += want is not None
    assert hits > 1000
