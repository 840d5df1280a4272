"""Project rules learned from corrections the reviewer repeats across documents.

A reviewer who fixes the same thing on document after document is teaching the
project something: one outlet's datelines make the extractor read `Hà Nội` where
the article is about `Nghệ An`; a measure written `xuất khẩu` is always meant as
`kim ngạch xuất khẩu`. After the third document (two could be chance, and three
fixes inside one article are one judgement about that article) the window offers
the correction as a rule and to apply it to the pending figures like it.

The miner reads the review log's corrections in the order they were made and keeps
each figure's field by its final value: a correction undone (back to where it
started) counts for nothing, one overridden counts as what it ended as. A rule is
scoped to an outlet when every document it was learned on comes from that outlet,
so a fix for one paper's datelines never touches the others; it is dropped when
the evidence against it is too strong (the same value corrected to something else,
or confirmed as it was, on at least half as many documents).

Values compare the way a reviewer reads them: text as NFC with collapsed spaces,
case-insensitive for the match; the edit sets the rule's value as written.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from solieu.learn.model import RuleState
from solieu.messages import N_, Message, msg
from solieu.model import Status
from solieu.store.edits import SetField
from solieu.store.records import FigureRecord
from solieu.store.values import coerce

# the fields a rule may set; the others (value, status, note …) are never the same twice
RULE_FIELDS = ("measure", "place", "period", "unit_class", "qualifier", "change", "unit")
# distinct documents a correction must be made on before it is offered as a rule
MIN_DOCUMENTS = 3
# filling an empty field the same way is a rule only for a place within one outlet
# (a local paper's figures are about its province); an empty measure or period
# filled alike three times is a coincidence of articles, not a pattern
_BLANK_FILL_FIELDS = frozenset({"place"})

_FIELD_LABELS = {
    "measure": N_("measure"),
    "place": N_("place"),
    "period": N_("period"),
    "unit_class": N_("unit class"),
    "qualifier": N_("qualifier"),
    "change": N_("change"),
    "unit": N_("unit"),
}


@dataclass(frozen=True, slots=True)
class Correction:
    """One field change the reviewer made, as the review log records it."""

    figure_id: int
    document_id: int
    outlet: str | None
    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class Proposal:
    """A rule to offer: learned on `documents` documents, would change `targets` now."""

    rule: RuleState
    documents: int
    targets: tuple[int, ...]
    text: Message


def _value(field: str, value: Any) -> Any:
    """A field value in the form rules compare and keep: None for blank, text collapsed.

    The review log keeps values as text, so `change` is read from "true"/"false" too.
    """
    if value is None:
        return None
    if field == "change":
        if isinstance(value, str):
            return value.strip().casefold() == "true"
        return bool(value)
    if isinstance(value, str):
        text = " ".join(unicodedata.normalize("NFC", value).split())
        return text or None
    return value


def _folded(field: str, value: Any) -> Any:
    value = _value(field, value)
    return value.casefold() if isinstance(value, str) else value


def _fold_outlet(outlet: str | None) -> str | None:
    return _folded("outlet", outlet)


def _scope_matches(scope: Mapping[str, Any], record: FigureRecord, outlet: str | None) -> bool:
    for key, want in scope.items():
        if key == "outlet":
            have = outlet
        elif key in FigureRecord.__dataclass_fields__:
            have = getattr(record, key)
        else:
            return False  # a scope this code does not know: never apply blindly
        if _folded(key, have) != _folded(key, want):
            return False
    return True


def matches(rule: RuleState, record: FigureRecord, outlet: str | None) -> bool:
    """True when `rule` applies to `record` (of a document from `outlet`), status aside."""
    if rule.field not in RULE_FIELDS or not _scope_matches(rule.scope, record, outlet):
        return False
    return _folded(rule.field, getattr(record, rule.field)) == _folded(rule.field, rule.old)


def _needs(rule: RuleState, record: FigureRecord, outlet: str | None) -> bool:
    """A pending figure the rule matches that does not hold the rule's value yet."""
    return (
        record.status == Status.PENDING
        and matches(rule, record, outlet)
        and _value(rule.field, getattr(record, rule.field)) != _value(rule.field, rule.new)
    )


def edits_for(
    rule: RuleState, figures: Iterable[FigureRecord], outlets: Mapping[int, str | None]
) -> list[SetField]:
    """The edits that apply `rule` to every pending figure it matches (apply as a Batch).

    Each edit's `old` is the figure's stored value, so a figure changed meanwhile is
    refused by the store as stale rather than overwritten. A declined rule (not
    `active`) changes nothing.
    """
    if not rule.active:
        return []
    new = coerce(rule.field, _value(rule.field, rule.new))
    return [
        SetField(record.id, rule.field, getattr(record, rule.field), new)
        for record in figures
        if _needs(rule, record, outlets.get(record.document_id))
    ]


def final_corrections(corrections: Iterable[Correction]) -> list[Correction]:
    """Each figure's field once, from its first `old` to its last `new`, in log order.

    A field brought back to where it started (an undo, or a second thought) is gone.
    """
    first: dict[tuple[int, str], Correction] = {}
    last: dict[tuple[int, str], Correction] = {}
    for c in corrections:
        if c.field not in RULE_FIELDS:
            continue
        key = (c.figure_id, c.field)
        first.setdefault(key, c)
        last[key] = c
    out: list[Correction] = []
    for key, c0 in first.items():
        c1 = last[key]
        if _value(c0.field, c0.old) == _value(c0.field, c1.new):
            continue
        out.append(Correction(c0.figure_id, c1.document_id, c1.outlet, c0.field, c0.old, c1.new))
    return out


def _rule_key(rule: RuleState) -> tuple[Any, ...]:
    scope = tuple(sorted((k, _folded(k, v)) for k, v in rule.scope.items()))
    return rule.field, _folded(rule.field, rule.old), _value(rule.field, rule.new), scope


def _label(field: str, value: Any) -> Message | str:
    if value is None:
        return msg("(empty)")
    if field == "change":
        return msg("yes") if value else msg("no")
    return str(value)


def _text(rule: RuleState, targets: int) -> Message:
    # the label is a template marked with N_ above; msg() takes literals only
    field = Message(_FIELD_LABELS[rule.field])
    old, new = _label(rule.field, rule.old), _label(rule.field, rule.new)
    outlet = rule.scope.get("outlet")
    if outlet is not None and targets:
        return msg(
            "Set {field} to “{new}” where it reads “{old}” in {outlet} articles? "
            "Apply to the other {n} like this?",
            field=field,
            new=new,
            old=old,
            outlet=outlet,
            n=targets,
        )
    if outlet is not None:
        return msg(
            "Set {field} to “{new}” where it reads “{old}” in {outlet} articles, from now on?",
            field=field,
            new=new,
            old=old,
            outlet=outlet,
        )
    if targets:
        return msg(
            "Set {field} to “{new}” wherever it reads “{old}”? Apply to the other {n} like this?",
            field=field,
            new=new,
            old=old,
            n=targets,
        )
    return msg(
        "Set {field} to “{new}” wherever it reads “{old}”, from now on?",
        field=field,
        new=new,
        old=old,
    )


@dataclass(slots=True)
class _Evidence:
    """Documents for and against one (field, old → new), each with its outlet (folded)."""

    agree: dict[int, str | None]
    against: dict[int, str | None]
    outlet_names: dict[str | None, str | None]  # folded → as first written


def _scopes(ev: _Evidence) -> list[tuple[dict[str, Any], int]]:
    """The scopes to propose the rule in, each with its number of documents."""

    def holds(agree: int, against: int) -> bool:
        return agree >= MIN_DOCUMENTS and 2 * against < agree

    outlets = set(ev.agree.values())
    if len(outlets) == 1 and None not in outlets:
        (outlet,) = outlets
        against = sum(1 for o in ev.against.values() if o == outlet)
        if holds(len(ev.agree), against):
            return [({"outlet": ev.outlet_names[outlet]}, len(ev.agree))]
        return []
    if holds(len(ev.agree), len(ev.against)):
        return [({}, len(ev.agree))]
    # too much against it everywhere: maybe it holds for the outlets it was learned on
    out: list[tuple[dict[str, Any], int]] = []
    for outlet in sorted(o for o in outlets if o is not None):
        agree = sum(1 for o in ev.agree.values() if o == outlet)
        against = sum(1 for o in ev.against.values() if o == outlet)
        if holds(agree, against):
            out.append(({"outlet": ev.outlet_names[outlet]}, agree))
    return out


def _evidence(
    effective: list[tuple[Correction, str | None]],
    confirmed: list[tuple[FigureRecord, str | None]],
) -> dict[tuple[str, Any, Any], tuple[Any, _Evidence]]:
    """(field, folded old, new) → (the old as first written, its evidence).

    Only corrections made on enough documents are weighed, and the confirmed figures
    are read once for them all: a project holds tens of thousands.
    """
    names: dict[str | None, str | None] = {None: None}
    by_old: dict[tuple[str, Any], list[tuple[Correction, str | None]]] = defaultdict(list)
    for c, outlet in effective:
        names.setdefault(_fold_outlet(outlet), _value("outlet", outlet))
        by_old[(c.field, _folded(c.field, c.old))].append((c, _fold_outlet(outlet)))
    worth: dict[tuple[str, Any], dict[Any, dict[int, str | None]]] = {}
    written: dict[tuple[str, Any, Any], Any] = {}  # the old as first written, per new
    for (field, old), group in by_old.items():
        docs_by_new: dict[Any, dict[int, str | None]] = defaultdict(dict)
        for c, outlet in group:
            new = _value(field, c.new)
            docs_by_new[new][c.document_id] = outlet
            written.setdefault((field, old, new), _value(field, c.old))
        if max(len(docs) for docs in docs_by_new.values()) >= MIN_DOCUMENTS:
            worth[(field, old)] = docs_by_new
    kept: dict[tuple[str, Any], dict[int, str | None]] = defaultdict(dict)
    fields = {field for field, _ in worth}
    for record, outlet in confirmed:
        for field in fields:
            key = (field, _folded(field, getattr(record, field)))
            if key in worth:
                kept[key][record.document_id] = _fold_outlet(outlet)
    out: dict[tuple[str, Any, Any], tuple[Any, _Evidence]] = {}
    for (field, old), docs_by_new in worth.items():
        for new, agree in docs_by_new.items():
            if len(agree) < MIN_DOCUMENTS:
                continue
            against = dict(kept.get((field, old), {}))
            for other, docs in docs_by_new.items():
                if other != new:
                    against.update(docs)
            out[(field, old, new)] = (written[(field, old, new)], _Evidence(agree, against, names))
    return out


def propose(
    corrections: Iterable[Correction],
    figures: Iterable[FigureRecord],
    outlets: Mapping[int, str | None],
    existing: Iterable[RuleState] = (),
    dismissed: Iterable[RuleState] = (),
) -> list[Proposal]:
    """The rules the reviewer's corrections suggest, most documents first.

    `corrections` in the order they were made (the review log's); `figures` the
    project's figures (the pending ones become targets, the confirmed ones count
    against a rule that would change them); `outlets` each document's outlet, which
    wins over the one a correction recorded (the reviewer may have fixed it since).
    Rules already in the project, or the reviewer turned down, are not offered again;
    an existing rule for every outlet covers the same rule for one outlet.
    """
    figures = list(figures)

    def outlet_of(document_id: int, recorded: str | None) -> str | None:
        return outlets.get(document_id, recorded)

    effective = [(c, outlet_of(c.document_id, c.outlet)) for c in final_corrections(corrections)]
    confirmed = [
        (r, outlet_of(r.document_id, None)) for r in figures if r.status == Status.CONFIRMED
    ]
    known = {_rule_key(r) for r in existing}
    refused = {_rule_key(r) for r in dismissed}
    proposals: list[Proposal] = []
    for (field, _old, new), (old, ev) in _evidence(effective, confirmed).items():
        if old is None and field not in _BLANK_FILL_FIELDS:
            continue
        for scope, documents in _scopes(ev):
            if old is None and not scope:
                continue
            rule = RuleState(field, old, new, scope)
            key = _rule_key(rule)
            if key in known or key in refused or (*key[:3], ()) in known:
                continue
            targets = tuple(r.id for r in figures if _needs(rule, r, outlets.get(r.document_id)))
            proposals.append(Proposal(rule, documents, targets, _text(rule, len(targets))))
    proposals.sort(key=lambda p: (-p.documents, p.rule.field, str(p.rule.old), str(p.rule.new)))
    return proposals
