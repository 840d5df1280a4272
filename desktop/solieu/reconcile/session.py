"""Reconcile a whole project: proposals from its figures, its stored decisions, its checks.

The one place where the pure reconciler meets the store, so the CLI, the window
and the exporter see the same groups.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from solieu.model import Status
from solieu.pacing import paced
from solieu.reconcile.checks import Check, consistency_checks
from solieu.reconcile.documents import DocumentPair, near_duplicates
from solieu.reconcile.grouping import FixedGroup, Group, group_mentions
from solieu.store import FigureRecord, Project, StatisticState

_STATUS = {Status.CONFIRMED: "accepted", Status.PENDING: "open", Status.REJECTED: "rejected"}


@dataclass
class Reconciliation:
    groups: list[Group]
    checks: list[Check]
    states: dict[int, StatisticState]
    figures: dict[int, FigureRecord]
    duplicates: list[DocumentPair] = field(default_factory=list)

    def warnings_for(self, group: Group) -> list[Check]:
        members = set(group.members)
        return [c for c in self.checks if members & set(c.figures)]

    def listed(self) -> list[Group]:
        """Groups a reviewer sees: those with mentions from two or more documents."""
        out = []
        for g in paced(self.groups, 64):
            docs = {self.figures[i].document_id for i in g.members if i in self.figures}
            if len(docs) >= 2:
                out.append(g)
        return out


def reconcile_project(project: Project, *, with_duplicates: bool = True) -> Reconciliation:
    """The project as its reviewer reconciles it. The documents they review blind, as a
    double review's second reviewer, are left out: their groups are the lead's, and
    showing them would show others' decisions (store/double_review.py)."""
    figures = project.figures()
    blind = project.blind_documents()
    if blind:
        figures = [f for f in figures if f.document_id not in blind]
    states = project.statistics()
    fixed = [
        FixedGroup(sid, st.members, _STATUS[st.status], st.winner)
        for sid, st in states.items()
        if st.status != Status.REJECTED
    ]
    groups = group_mentions(figures, fixed)
    checks = consistency_checks(figures)
    dups: list[DocumentPair] = []
    if with_duplicates:
        texts = {d.id: project.document(d.id).text for d in project.documents()}
        dups = near_duplicates(texts)
    by_id = {f.id: f for f in paced(figures)}
    return Reconciliation(groups, checks, states, by_id, dups)
