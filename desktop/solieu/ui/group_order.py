"""The order of the groups list while a reviewer works through it: stable, never reshuffled.

The reconciler orders its groups conflicts first, accepted last, then by member ids;
re-sorting after every decision would move a split group (its members changed) or a
reopened one to another place and take the reviewer's selection with it. So the list
keeps each group at its place from one recomputation to the next, found by key or,
when a decision renamed the group (`p13` → `s2`), by the members it shares with a
group shown before. Only accepted groups leave their place: they go below the groups
still to review, which is what makes Space and W move on (the next group slides into
the accepted one's row) — and an undone acceptance comes back to its old place. A group
that did not exist before goes where the reconciler's order puts it, right after its
predecessor there. No Qt: the order of a large project is computed in the background.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from solieu.ui.group_rows import GroupRow

AFTER = 1e-6  # how far after its predecessor a new group goes (far below one place)


@dataclass(frozen=True)
class Order:
    """Where each group sits in the list (its place, accepted or not), and which group
    each figure belonged to, to find a renamed group by its members."""

    places: dict[str, float] = field(default_factory=dict)
    key_of: dict[int, str] = field(default_factory=dict)

    def group_of(self, members: Sequence[int]) -> tuple[str | None, int]:
        """The known group sharing most figures with `members` (earliest place on a tie),
        and how many it shares."""
        shared = Counter(self.key_of[m] for m in members if m in self.key_of)
        if not shared:
            return None, 0
        key, n = min(shared.items(), key=lambda kv: (-kv[1], self.places.get(kv[0], 0.0)))
        return key, n


def arrange(rows: Sequence[GroupRow], before: Order | None) -> tuple[list[GroupRow], Order]:
    """`rows` (in the reconciler's order) in the order the list shows them, and the order to
    keep for the next time. Without `before`, the reconciler's order as it is."""
    if before is None or not before.places:
        ordered = sorted(rows, key=lambda r: r.status == "accepted")  # stable: theirs otherwise
        return ordered, _order(ordered, [float(i) for i in range(len(ordered))])
    placed: list[tuple[float, int, int]] = []  # (place, -figures shared, reconciler index)
    previous = -1.0
    for i, r in enumerate(rows):
        place = before.places.get(r.key)
        shared = len(r.members)
        if place is None:
            key, shared = before.group_of(r.members)
            place = before.places.get(key) if key is not None else None
        if place is None:
            place, shared = previous + AFTER, 0
        placed.append((place, -shared, i))
        previous = place
    home = sorted(range(len(rows)), key=lambda i: placed[i])
    places = [0.0] * len(rows)
    for n, i in enumerate(home):
        places[i] = float(n)
    shown = sorted(range(len(rows)), key=lambda i: (rows[i].status == "accepted", placed[i]))
    ordered = [rows[i] for i in shown]
    return ordered, _order(ordered, [places[i] for i in shown])


def _order(rows: Sequence[GroupRow], places: Sequence[float]) -> Order:
    key_of = {m: r.key for r in rows for m in r.members}
    return Order({r.key: p for r, p in zip(rows, places, strict=True)}, key_of)
