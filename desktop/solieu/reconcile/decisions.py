"""A reviewer's reconciliation decisions, built as store edits (undoable, logged).

Only decided groups are stored, as statistics; a proposed group is turned into
one the first time the reviewer acts on it. Each function returns one edit (a
`PutStatistic` or a `Batch` of them) for `Project.apply`.
"""

from __future__ import annotations

from solieu.messages import msg
from solieu.model import Status
from solieu.reconcile.grouping import Group
from solieu.store.edits import Batch, Edit, PutStatistic, StatisticState


def _stored(group: Group, states: dict[int, StatisticState]) -> StatisticState | None:
    return states.get(group.statistic_id) if group.statistic_id is not None else None


def _put(group: Group, states: dict[int, StatisticState], new: StatisticState | None) -> Edit:
    old = _stored(group, states)
    return PutStatistic(group.statistic_id, new, old)


def accept(group: Group, states: dict[int, StatisticState]) -> Edit:
    """The members report one statistic; the group is settled (one key in the UI)."""
    old = _stored(group, states)
    members = old.members if old else group.members
    winner = old.winner if old else None
    return _put(group, states, StatisticState(tuple(members), Status.CONFIRMED, winner))


def reopen(group: Group, states: dict[int, StatisticState]) -> Edit:
    """Undo an acceptance without undoing other work: back to an open decision."""
    old = _stored(group, states)
    members = old.members if old else group.members
    return _put(group, states, StatisticState(tuple(members), Status.PENDING, None))


def choose_winner(group: Group, figure_id: int, states: dict[int, StatisticState]) -> Edit:
    """Resolve a conflict: `figure_id`'s value is the statistic's value."""
    old = _stored(group, states)
    members = old.members if old else group.members
    if figure_id not in members:
        raise ValueError(msg("figure {figure_id} is not in this group", figure_id=figure_id))
    return _put(group, states, StatisticState(tuple(members), Status.CONFIRMED, figure_id))


def split(group: Group, figure_id: int, states: dict[int, StatisticState]) -> Edit:
    """Take a wrongly merged mention out; the rest stays together as an open decision."""
    old = _stored(group, states)
    members = old.members if old else group.members
    if figure_id not in members:
        raise ValueError(msg("figure {figure_id} is not in this group", figure_id=figure_id))
    rest = tuple(m for m in members if m != figure_id)
    winner = old.winner if old and old.winner != figure_id else None
    status = old.status if old else Status.PENDING
    if not rest:
        return _put(group, states, None)
    return _put(group, states, StatisticState(rest, status, winner))


def move(figure_id: int, source: Group, target: Group, states: dict[int, StatisticState]) -> Edit:
    """Move a mention to another group (split out of one, into the other), one undo step."""
    out = split(source, figure_id, states)
    old = _stored(target, states)
    members = old.members if old else target.members
    into = _put(
        target,
        states,
        StatisticState(
            tuple(sorted({*members, figure_id})),
            old.status if old else Status.PENDING,
            old.winner if old else None,
        ),
    )
    return Batch((out, into))


def merge(first: Group, second: Group, states: dict[int, StatisticState]) -> Edit:
    """Two groups report one statistic: `second`'s members join `first`."""
    a, b = _stored(first, states), _stored(second, states)
    members = sorted({*(a.members if a else first.members), *(b.members if b else second.members)})
    edits: list[Edit] = []
    if b is not None:
        edits.append(PutStatistic(second.statistic_id, None, b))
    edits.append(
        _put(first, states, StatisticState(tuple(members), Status.PENDING, a.winner if a else None))
    )
    return Batch(tuple(edits))
