"""What the Reconcile view shows, as plain rows built from a `Reconciliation`.

No Qt here: the table models only hand these rows to the views. The groups a
reviewer sees are those reported by two or more documents, plus every group
they already decided on (so a split or moved group stays in sight); the order
is the reconciler's (conflicts first, accepted last).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from solieu.extract.numbers import format_vi
from solieu.reconcile.grouping import Group
from solieu.reconcile.session import Reconciliation
from solieu.text import sentence_at, split_sentences

COMPARED = ("value", "qualifier", "period", "place")  # member fields whose differences are marked
MARK = "#ffe69c"  # the span in its sentence


def value_vi(figure) -> str:
    """The value as the article writes it, the Vietnamese way: `292,1 triệu`, `3.190,732 tỷ`."""
    if figure.number is not None:
        text = format_vi(figure.number)
        return f"{text} {figure.scale}" if figure.scale else text
    return format_vi(figure.value)


@dataclass(frozen=True)
class GroupRow:
    key: str
    group: Group
    value: str
    unit: str
    measure: str
    place: str
    period: str
    documents: int
    status: str  # proposed | open | accepted
    conflict: bool
    warnings: int  # failed consistency checks touching the group

    @property
    def members(self) -> tuple[int, ...]:
        return self.group.members

    @property
    def unreviewed(self) -> bool:
        return self.status != "accepted"

    def search_text(self) -> str:
        return " ".join((self.value, self.unit, self.measure, self.place, self.period)).casefold()


@dataclass(frozen=True)
class MemberRow:
    figure_id: int
    document_id: int
    document: str
    sentence: str  # plain text
    sentence_html: str  # the span in bold on a highlight
    value: str
    unit: str
    qualifier: str | None
    period: str
    place: str
    measure: str
    winner: bool
    differs: frozenset[str] = field(default_factory=frozenset)


def shown_groups(rec: Reconciliation) -> list[Group]:
    listed = {g.key for g in rec.listed()}
    return [g for g in rec.groups if g.key in listed or g.statistic_id is not None]


def group_rows(
    rec: Reconciliation, *, conflicts_only: bool = False, unreviewed_only: bool = False
) -> list[GroupRow]:
    rows = []
    for g in shown_groups(rec):
        figs = [rec.figures[i] for i in g.members if i in rec.figures]
        if not figs:
            continue
        row = _group_row(rec, g, figs)
        if conflicts_only and not row.conflict:
            continue
        if unreviewed_only and not row.unreviewed:
            continue
        rows.append(row)
    return rows


def _group_row(rec: Reconciliation, g: Group, figs: list) -> GroupRow:
    lead = rec.figures.get(g.winner) if g.winner is not None else None
    if lead is not None:
        value = value_vi(lead)
    else:
        values = list(dict.fromkeys(value_vi(f) for f in figs))
        value = " / ".join(values) if g.conflict else values[0]
    first = lead or figs[0]
    measure = next((f.measure for f in figs if f.measure), "") or ""
    return GroupRow(
        key=g.key,
        group=g,
        value=value,
        unit=first.unit or "",
        measure=measure,
        place=first.effective_place or "",
        period=first.period or "",
        documents=len({f.document_id for f in figs}),
        status=g.status,
        conflict=g.conflict,
        warnings=sum(1 for c in rec.warnings_for(g) if not c.ok),
    )


def differing(figures: list) -> frozenset[str]:
    """The compared fields on which the members do not all agree."""
    out = set()
    for name in COMPARED:
        values = {getattr(f, name) for f in figures}
        if len(values) > 1:
            out.add(name)
    return frozenset(out)


def sentence_html(
    text: str, start: int, end: int, sentences, document: str = ""
) -> tuple[str, str]:
    """The sentence around a span: (plain, html: the document in bold, then the sentence
    with the span highlighted)."""
    s = sentence_at(sentences, start)
    a, b = (s.start, s.end) if s is not None else (max(0, start - 120), min(len(text), end + 120))
    a, b = min(a, start), max(b, end)

    def flat(part: str) -> str:
        """Line breaks and runs of spaces as one space, keeping a space at either edge."""
        if not part.strip():
            return " " if part else ""
        lead = " " if part[0].isspace() else ""
        trail = " " if part[-1].isspace() else ""
        return lead + " ".join(part.split()) + trail

    before, span, after = flat(text[a:start]), flat(text[start:end]), flat(text[end:b])
    plain = f"{before}{span}{after}".strip()
    html = (
        f"<b>{escape(document)}</b><br>{escape(before.lstrip())}<b style='background-color:{MARK};color:#000'>{escape(span)}</b>"
        f"{escape(after.rstrip())}"
    )
    return plain, html


class SentenceCache:
    """Document texts and their sentences, split once per document."""

    def __init__(self, text_of: Callable[[int], str]) -> None:
        self._text_of = text_of
        self._cache: dict[int, tuple[str, list]] = {}

    def clear(self) -> None:
        self._cache.clear()

    def get(self, document_id: int) -> tuple[str, list]:
        found = self._cache.get(document_id)
        if found is None:
            text = self._text_of(document_id)
            found = self._cache[document_id] = (text, split_sentences(text))
        return found


def member_rows(rec: Reconciliation, group: Group, sentences: SentenceCache) -> list[MemberRow]:
    figs = [rec.figures[i] for i in group.members if i in rec.figures]
    diff = differing(figs)
    rows = []
    for f in figs:
        text, sents = sentences.get(f.document_id)
        plain, html = sentence_html(text, f.start, f.end, sents, f.document)
        rows.append(
            MemberRow(
                figure_id=f.id,
                document_id=f.document_id,
                document=f.document,
                sentence=plain,
                sentence_html=html,
                value=value_vi(f),
                unit=f.unit or "",
                qualifier=f.qualifier,
                period=f.period or "",
                place=f.effective_place or "",
                measure=f.measure or "",
                winner=group.winner == f.id,
                differs=diff,
            )
        )
    return rows
