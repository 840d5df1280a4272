"""Edits are plain data: what the reviewer did, enough to apply it and to undo it.

`Project.apply(edit)` applies one in a single transaction and returns its
inverse edit, which is what the UI's undo stack keeps. Edits carry `old` values
so that a stale edit (the file changed meanwhile) is refused instead of
silently overwriting a newer decision. Every edit round-trips through JSON
(`to_json`/`edit_from_json`) for the review log and the `solieu apply` CLI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, ClassVar

from solieu.learn.model import EntryState, RuleState
from solieu.messages import msg
from solieu.model import Status
from solieu.store.errors import InvalidEdit
from solieu.store.values import (
    DOCUMENT_FIELDS,
    EDITABLE_FIELDS,
    coerce,
    coerce_document_field,
    from_db,
    jsonable,
    revive,
    to_db,
    to_text,
)

# the field-value helpers lived here first; callers still import them from this module
__all__ = [
    "DOCUMENT_FIELDS",
    "EDITABLE_FIELDS",
    "AddFigure",
    "Adjudicate",
    "AssignReview",
    "Batch",
    "DeleteFigure",
    "Edit",
    "PutEntry",
    "PutRule",
    "PutStatistic",
    "RemoveDocument",
    "RestoreDocument",
    "RestoreFigure",
    "SetDocumentField",
    "SetField",
    "SetStatus",
    "StatisticState",
    "coerce",
    "coerce_document_field",
    "edit_from_json",
    "from_db",
    "to_db",
    "to_text",
]


class _Edit:
    """Shared JSON plumbing; subclasses are frozen dataclasses with a `kind` tag."""

    __slots__ = ()
    kind: ClassVar[str]

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | dict[str, Any]) -> Edit:
        return edit_from_json(text)


@dataclass(frozen=True, slots=True)
class SetField(_Edit):
    """Change one field of one figure from `old` to `new` (status is a field too)."""

    figure_id: int
    field: str
    old: Any
    new: Any
    kind: ClassVar[str] = "set"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "figure_id": self.figure_id,
            "field": self.field,
            "old": jsonable(self.old),
            "new": jsonable(self.new),
        }


@dataclass(frozen=True, slots=True)
class SetStatus(_Edit):
    """Bulk status change; `olds[i]` is the expected status of `figure_ids[i]`.

    `olds=None` skips the staleness check (a "confirm these, whatever they were").
    """

    figure_ids: tuple[int, ...]
    new: Status
    olds: tuple[Status, ...] | None = None
    kind: ClassVar[str] = "status"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "figure_ids": list(self.figure_ids),
            "new": jsonable(self.new),
            "olds": None if self.olds is None else [jsonable(o) for o in self.olds],
        }


@dataclass(frozen=True)
class AddFigure(_Edit):
    """A figure the reviewer adds over `text[start:end]` of a document (origin manual).

    `fields` holds editable fields; `value` and `unit_class` are required. The
    new id is in the inverse that `apply` returns (a `DeleteFigure`); redo is
    then `RestoreFigure`, so ids stay stable across undo/redo.
    """

    document_id: int
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    kind: ClassVar[str] = "add"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "document_id": self.document_id,
            "start": self.start,
            "end": self.end,
            "fields": {k: jsonable(v) for k, v in self.fields.items()},
        }


@dataclass(frozen=True, slots=True)
class DeleteFigure(_Edit):
    """Hide a figure (soft delete: the row and its history stay; RestoreFigure undoes it)."""

    figure_id: int
    kind: ClassVar[str] = "delete"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "figure_id": self.figure_id}


@dataclass(frozen=True, slots=True)
class RestoreFigure(_Edit):
    """Bring back a deleted figure with every field it had."""

    figure_id: int
    kind: ClassVar[str] = "restore"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "figure_id": self.figure_id}


@dataclass(frozen=True, slots=True)
class Batch(_Edit):
    """Several edits applied all or nothing, in order, as one undo step."""

    edits: tuple[Edit, ...]
    kind: ClassVar[str] = "batch"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "edits": [e.to_dict() for e in self.edits]}


@dataclass(frozen=True, slots=True)
class StatisticState:
    """A reviewed statistic: which figures report it, the decision, the winning figure.

    `status` is `pending` (open: split, merged or moved but not yet accepted),
    `confirmed` (accepted) or `rejected` (the reviewer says these are not one statistic).
    """

    members: tuple[int, ...]
    status: Status = Status.PENDING
    winner: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"members": list(self.members), "status": self.status.value, "winner": self.winner}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> StatisticState | None:
        if d is None:
            return None
        return cls(tuple(int(i) for i in d["members"]), Status(d["status"]), d.get("winner"))


@dataclass(frozen=True, slots=True)
class PutStatistic(_Edit):
    """Set a statistic's state from `old` to `new` (None = the statistic does not exist).

    Every reconciliation decision is one of these or a Batch of them: accept a
    group (None → members, confirmed), split a member out, move it, merge two
    groups, choose the value that wins. `statistic_id` None creates one; the
    inverse names the new id, so undo and redo keep it.
    """

    statistic_id: int | None
    new: StatisticState | None
    old: StatisticState | None = None
    kind: ClassVar[str] = "statistic"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "statistic_id": self.statistic_id,
            "new": None if self.new is None else self.new.to_dict(),
            "old": None if self.old is None else self.old.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class SetDocumentField(_Edit):
    """Change one property of a document (title, outlet, address, date, default place).

    A figure whose text gives no place or period inherits the document's, so these
    are decisions like any other: logged, undoable, kept across re-extraction.
    """

    document_id: int
    field: str
    old: str | None
    new: str | None
    kind: ClassVar[str] = "document"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "document_id": self.document_id,
            "field": self.field,
            "old": self.old,
            "new": self.new,
        }


@dataclass(frozen=True, slots=True)
class RemoveDocument(_Edit):
    """Take a document out of the project (soft: its row, figures and history stay).

    The document and its figures disappear from every read; the figures' own
    `deleted` flags are left alone, so `RestoreDocument` brings back exactly the
    figures that were shown before.
    """

    document_id: int
    kind: ClassVar[str] = "remove_document"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "document_id": self.document_id}


@dataclass(frozen=True, slots=True)
class RestoreDocument(_Edit):
    """Bring a removed document back with its figures as they were."""

    document_id: int
    kind: ClassVar[str] = "restore_document"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "document_id": self.document_id}


@dataclass(frozen=True, slots=True)
class PutEntry(_Edit):
    """Set a codebook entry from `old` to `new` (None = the entry does not exist).

    Create (`old` None), rename or edit (both set), delete (`new` None: refused while
    a figure is linked to it). `entry_id` None creates with the next free id; a
    client that must link figures in the same Batch names the id itself
    (`Project.next_entry_id()`). Merge and split are Batches of these and of
    `SetField(figure, "entry_id", …)`.
    """

    entry_id: int | None
    new: EntryState | None
    old: EntryState | None = None
    kind: ClassVar[str] = "entry"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "entry_id": self.entry_id,
            "new": None if self.new is None else self.new.to_dict(),
            "old": None if self.old is None else self.old.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class PutRule(_Edit):
    """Set a project rule from `old` to `new` (None = the rule does not exist); the
    same shape as `PutEntry`. A rule changes nothing by itself: applying it to
    figures is a Batch of `SetField` edits, logged like the reviewer's own."""

    rule_id: int | None
    new: RuleState | None
    old: RuleState | None = None
    kind: ClassVar[str] = "rule"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "rule_id": self.rule_id,
            "new": None if self.new is None else self.new.to_dict(),
            "old": None if self.old is None else self.old.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class AssignReview(_Edit):
    """Name a document's second reviewer for a blind double review (`new`; None takes
    the assignment back), expecting `old` (see store/double_review.py)."""

    document_id: int
    new: str | None
    old: str | None = None
    kind: ClassVar[str] = "assign"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "document_id": self.document_id, "new": self.new,
                "old": self.old}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Adjudicate(_Edit):
    """Mark a double-reviewed figure's disagreement decided by the lead (or not)."""

    figure_id: int
    new: bool
    old: bool = False
    kind: ClassVar[str] = "adjudicate"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "figure_id": self.figure_id, "new": self.new,
                "old": self.old}  # fmt: skip


Edit = (
    SetField
    | SetStatus
    | AddFigure
    | DeleteFigure
    | RestoreFigure
    | Batch
    | PutStatistic
    | SetDocumentField
    | RemoveDocument
    | RestoreDocument
    | PutEntry
    | PutRule
    | AssignReview
    | Adjudicate
)


def edit_from_json(data: str | dict[str, Any]) -> Edit:
    """Rebuild an edit from `to_json()` output (or its parsed dict)."""
    d = json.loads(data) if isinstance(data, str) else data
    try:
        kind = d["kind"]
        if kind == "set":
            name = d["field"]
            return SetField(d["figure_id"], name, revive(name, d["old"]), revive(name, d["new"]))
        if kind == "status":
            olds = d.get("olds")
            return SetStatus(
                tuple(d["figure_ids"]),
                Status(d["new"]),
                None if olds is None else tuple(Status(o) for o in olds),
            )
        if kind == "add":
            fields = {k: revive(k, v) for k, v in d.get("fields", {}).items()}
            return AddFigure(d["document_id"], d["start"], d["end"], fields)
        if kind == "delete":
            return DeleteFigure(d["figure_id"])
        if kind == "restore":
            return RestoreFigure(d["figure_id"])
        if kind == "batch":
            return Batch(tuple(edit_from_json(e) for e in d["edits"]))
        if kind == "document":
            return SetDocumentField(d["document_id"], d["field"], d.get("old"), d.get("new"))
        if kind == "remove_document":
            return RemoveDocument(int(d["document_id"]))
        if kind == "restore_document":
            return RestoreDocument(int(d["document_id"]))
        if kind == "entry":
            return PutEntry(
                d["entry_id"],
                EntryState.from_dict(d.get("new")),
                EntryState.from_dict(d.get("old")),
            )
        if kind == "rule":
            return PutRule(
                d["rule_id"], RuleState.from_dict(d.get("new")), RuleState.from_dict(d.get("old"))
            )
        if kind == "assign":
            return AssignReview(int(d["document_id"]), d.get("new"), d.get("old"))
        if kind == "adjudicate":
            return Adjudicate(int(d["figure_id"]), bool(d["new"]), bool(d.get("old", False)))
        if kind == "statistic":
            return PutStatistic(
                d["statistic_id"],
                StatisticState.from_dict(d.get("new")),
                StatisticState.from_dict(d.get("old")),
            )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidEdit(msg("not a valid edit: {detail}", detail=str(exc))) from None
    raise InvalidEdit(msg("unknown edit kind {kind}", kind=repr(kind)))
