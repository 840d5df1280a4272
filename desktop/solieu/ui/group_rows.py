"""What the Reconcile view shows, as plain rows built from a `Reconciliation`.

No Qt here: the table models only hand these rows to the views, and the rows of a
large project are built in the background (`solieu.ui.regrouping`). The groups a
reviewer sees are those reported by two or more documents, plus every group
they already decided on (so a split or moved group stays in sight).

Values are shown as they are NOW in the store, not as the article wrote them: a
reviewer who corrected one member's value (`76,2 triệu USD` → 76.500.000) must see
the conflict that correction made, so each member shows its current value in its
own scale (`76,5 triệu`), marked as corrected, with the text as written beside it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape
from typing import Any

from solieu.extract.numbers import format_vi, scale_of
from solieu.pacing import paced
from solieu.reconcile.grouping import Group, tolerance
from solieu.reconcile.session import Reconciliation
from solieu.text import sentence_at, split_sentences

COMPARED = ("value", "qualifier", "period", "place")  # member fields whose differences are marked
MARK = "#ffe69c"  # the span in its sentence
NOT_EQUAL = " ≠ "
SCALED_DECIMALS = 3  # a corrected value needing more decimals in its scale is shown in full


def _power(figure) -> int:
    found = scale_of(figure.scale) if figure.scale else None
    return found[1] if found else 0


def written_value(figure) -> Decimal | None:
    """The value the figure's text says (number × scale), or None when it has no numeral."""
    if figure.number is None:
        return None
    return figure.number.scaleb(_power(figure))


def corrected(figure) -> bool:
    """True when the stored value is not what the text says (a reviewer's correction)."""
    written = written_value(figure)
    return written is not None and written != figure.value


def value_vi(figure) -> str:
    """The figure's current value the Vietnamese way, in the scale its text uses:
    `292,1 triệu`, `3.190,732 tỷ`; a correction to 76.500.000 of `76,2 triệu` is `76,5 triệu`."""
    if figure.value is None:
        return ""
    power = _power(figure)
    if power:
        scaled = figure.value.scaleb(-power)
        exponent = scaled.normalize().as_tuple().exponent
        if isinstance(exponent, int) and -exponent <= SCALED_DECIMALS:
            return f"{format_vi(scaled)} {figure.scale}"
        return format_vi(figure.value)
    if figure.number is not None and not corrected(figure):
        return format_vi(figure.number)  # `08` stays as the number, not its leading zero
    return format_vi(figure.value)


def with_unit(value: str, unit: str | None) -> str:
    return f"{value} {unit or ''}".strip()


def as_written(figure) -> str:
    """The figure's text, on one line (`3.190,732 tỷ\\nđồng` → `3.190,732 tỷ đồng`)."""
    return " ".join((figure.text or "").split())


@dataclass(frozen=True)
class GroupRow:
    key: str
    group: Group
    value: str  # the winner's value, the shared one, or the disagreeing ones joined by ≠
    unit: str
    measure: str
    place: str
    period: str
    documents: int
    status: str  # proposed | open | accepted
    conflict: bool
    warnings: int  # failed consistency checks touching the group
    # the members' values with their units when they disagree: `76,2 triệu USD ≠ 76,5 triệu USD`
    disagreement: str = ""
    corrected: bool = False  # a member's value was corrected by the reviewer

    @property
    def members(self) -> tuple[int, ...]:
        return self.group.members

    @property
    def unreviewed(self) -> bool:
        return self.status != "accepted"

    @property
    def name(self) -> str:
        """What the reviewer calls the group (undo texts, messages): its measure, else its
        value."""
        return self.measure or with_unit(self.value, self.unit)

    def search_text(self) -> str:
        return " ".join((self.value, self.unit, self.measure, self.place, self.period)).casefold()


@dataclass(frozen=True)
class MemberRow:
    figure_id: int
    document_id: int
    document: str
    sentence: str  # plain text
    sentence_html: str  # the span in bold on a highlight
    value: str  # the current value (see `value_vi`)
    unit: str
    qualifier: str | None
    period: str
    place: str
    measure: str
    winner: bool
    differs: frozenset[str] = field(default_factory=frozenset)
    written: str = ""  # the text as the article writes it: `76,2 triệu USD`
    corrected: bool = False  # the value is not what `written` says
    stands_out: bool = False  # its value disagrees with the others' (beyond rounding)
    # double-reviewed and the two reviewers decided it apart: what the lead adjudicates
    # (a `store.double_review.Disagreement`), else None
    review: Any = None


def shown_groups(rec: Reconciliation) -> list[Group]:
    listed = {g.key for g in rec.listed()}
    return [g for g in paced(rec.groups) if g.key in listed or g.statistic_id is not None]


def failed_checks(rec: Reconciliation) -> dict[int, set[int]]:
    """Figure id → the failed checks (by index) that involve it, built once per rebuild so
    that counting a group's warnings does not scan every check for every group."""
    by_figure: dict[int, set[int]] = {}
    for i, c in enumerate(rec.checks):
        if not c.ok:
            for fid in c.figures:
                by_figure.setdefault(fid, set()).add(i)
    return by_figure


def group_rows(
    rec: Reconciliation, *, conflicts_only: bool = False, unreviewed_only: bool = False
) -> list[GroupRow]:
    failed = failed_checks(rec)
    rows = []
    for g in paced(shown_groups(rec), 64):
        figs = [rec.figures[i] for i in g.members if i in rec.figures]
        if not figs:
            continue
        row = _group_row(g, figs, failed)
        if conflicts_only and not row.conflict:
            continue
        if unreviewed_only and not row.unreviewed:
            continue
        rows.append(row)
    return rows


def keep_rows(
    rows: list[GroupRow], *, conflicts_only: bool = False, unreviewed_only: bool = False
) -> list[GroupRow]:
    """The rows the filters let through, in their order (`rows` itself without a filter)."""
    if not conflicts_only and not unreviewed_only:
        return rows
    return [
        r
        for r in rows
        if (r.conflict or not conflicts_only) and (r.unreviewed or not unreviewed_only)
    ]


def tally(rows: list[GroupRow]) -> tuple[int, int, int]:
    """(groups, conflicts, groups to review) of a list."""
    return (
        len(rows),
        sum(1 for r in rows if r.conflict),
        sum(1 for r in rows if r.unreviewed),
    )


def _group_row(g: Group, figs: list, failed: dict[int, set[int]]) -> GroupRow:
    by_id = {f.id: f for f in figs}
    lead = by_id.get(g.winner) if g.winner is not None else None
    values = list(dict.fromkeys(value_vi(f) for f in figs))
    units = list(dict.fromkeys(f.unit or "" for f in figs))
    disagreement = ""
    if len(values) > 1 and g.conflict:
        shown = dict.fromkeys(with_unit(value_vi(f), f.unit) for f in figs)
        disagreement = NOT_EQUAL.join(shown)
    if lead is not None:
        value = value_vi(lead)
    elif g.conflict and len(values) > 1:
        value = NOT_EQUAL.join(values)
    else:
        value = values[0]
    first = lead or figs[0]
    measure = next((f.measure for f in figs if f.measure), "") or ""
    checks: set[int] = set()
    for f in figs:
        checks |= failed.get(f.id, set())
    return GroupRow(
        key=g.key,
        group=g,
        value=value,
        unit=(first.unit or "") if lead is not None or len(units) == 1 else " / ".join(units),
        measure=measure,
        place=first.effective_place or "",
        period=first.period or "",
        documents=len({f.document_id for f in figs}),
        status=g.status,
        conflict=g.conflict,
        warnings=len(checks),
        disagreement=disagreement,
        corrected=any(corrected(f) for f in figs),
    )


def differing(figures: list) -> frozenset[str]:
    """The compared fields on which the members do not all agree."""
    out = set()
    for name in COMPARED:
        values = {getattr(f, name) for f in figures}
        if len(values) > 1:
            out.add(name)
    return frozenset(out)


def _agree(a, b) -> bool:
    return abs(a.value - b.value) <= max(tolerance(a), tolerance(b))


def standing_out(figures: list) -> set[int]:
    """The members whose value disagrees beyond rounding with the largest set of members that
    agree (all of them when no value has a majority, as in a one-against-one conflict)."""
    if len(figures) < 2:
        return set()
    agreeing = Counter({f.id: sum(1 for g in figures if _agree(f, g)) for f in figures})
    if all(n == len(figures) for n in agreeing.values()):
        return set()
    best = max(agreeing.values())
    leaders = [f for f in figures if agreeing[f.id] == best]
    if best == 1 or any(not _agree(a, b) for a in leaders for b in leaders):
        return {f.id for f in figures}  # no value is backed by more reports than another
    return {f.id for f in figures if not _agree(f, leaders[0])}


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
        f"<b>{escape(document)}</b><br>{escape(before.lstrip())}"
        f"<b style='background-color:{MARK};color:#000'>{escape(span)}</b>"
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


def member_rows(
    rec: Reconciliation,
    group: Group,
    sentences: SentenceCache,
    reviews: Mapping[int, Any] | None = None,
) -> list[MemberRow]:
    """The members of `group`; `reviews` the open disagreements of double-reviewed ones."""
    figs = [rec.figures[i] for i in group.members if i in rec.figures]
    diff = differing(figs)
    odd = standing_out(figs) if group.winner is None else set()
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
                written=as_written(f),
                corrected=corrected(f),
                stands_out=f.id in odd,
                review=(reviews or {}).get(f.id),
            )
        )
    return rows
