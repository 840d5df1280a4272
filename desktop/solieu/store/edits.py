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
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from solieu.model import QUALIFIERS, UNIT_CLASSES, Status, decimal_str
from solieu.store.errors import InvalidEdit

EDITABLE_FIELDS = (
    "status",
    "value",
    "number",
    "scale",
    "unit",
    "unit_class",
    "qualifier",
    "change",
    "measure",
    "place",
    "period",
    "period_text",
    "note",
)
# what a reviewer can set on a document (document properties; `solieu doc`)
DOCUMENT_FIELDS = ("title", "outlet", "url", "published", "place")
_DECIMAL_FIELDS = frozenset({"value", "number"})
_TEXT_FIELDS = frozenset({"scale", "unit", "measure", "place", "period", "period_text", "note"})


def coerce(field_name: str, value: Any) -> Any:
    """Validate a field value and return it in its Python type (Decimal, bool, Status …).

    Accepts the JSON forms too (`"76200000"` for a Decimal), so edits read from
    the CLI and from the review log validate the same way as the UI's.
    """
    if field_name not in EDITABLE_FIELDS:
        raise InvalidEdit(
            f"'{field_name}' is not an editable field (editable: {', '.join(EDITABLE_FIELDS)})"
        )
    if field_name == "status":
        try:
            return Status(value)
        except ValueError:
            raise InvalidEdit(
                f"status must be one of {', '.join(s.value for s in Status)}, not {value!r}"
            ) from None
    if field_name in _DECIMAL_FIELDS:
        if value is None and field_name == "number":
            return None
        return _decimal(field_name, value)
    if field_name == "unit_class":
        if value not in UNIT_CLASSES:
            raise InvalidEdit(f"unit_class must be one of {', '.join(UNIT_CLASSES)}, not {value!r}")
        return value
    if field_name == "qualifier":
        if value in (None, ""):
            return None
        if value not in QUALIFIERS:
            raise InvalidEdit(
                f"qualifier must be empty or one of {', '.join(QUALIFIERS)}, not {value!r}"
            )
        return value
    if field_name == "change":
        if not isinstance(value, bool):
            raise InvalidEdit(f"change must be true or false, not {value!r}")
        return value
    # free text fields: an empty string means "no value"
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise InvalidEdit(f"{field_name} must be text, not {value!r}")
    return value


def _decimal(field_name: str, value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        raise InvalidEdit(f"{field_name} must be a number written like 76200000 or 76.2")
    try:
        number = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        raise InvalidEdit(
            f"{field_name} must be a number written like 76200000 or 76.2, not {value!r}"
        ) from None
    if not number.is_finite():
        raise InvalidEdit(f"{field_name} must be a finite number, not {value!r}")
    return number


def to_db(field_name: str, value: Any) -> Any:
    """The SQLite form of an (already coerced) field value."""
    if value is None:
        return None
    if field_name in _DECIMAL_FIELDS:
        return decimal_str(value)
    if field_name == "change":
        return int(bool(value))
    if field_name == "status":
        return str(Status(value).value)
    return value


def from_db(field_name: str, value: Any) -> Any:
    """The Python form of a stored field value (inverse of `to_db`)."""
    if value is None:
        return None
    if field_name in _DECIMAL_FIELDS:
        return Decimal(value)
    if field_name == "change":
        return bool(value)
    if field_name == "status":
        return Status(value)
    return value


def to_text(value: Any) -> str | None:
    """A value as the review log's old/new text (decimals plain, booleans true/false)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return decimal_str(value)
    if isinstance(value, Status):
        return value.value
    return str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return decimal_str(value)
    if isinstance(value, Status):
        return value.value
    return value


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
            "old": _jsonable(self.old),
            "new": _jsonable(self.new),
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
            "new": _jsonable(self.new),
            "olds": None if self.olds is None else [_jsonable(o) for o in self.olds],
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
            "fields": {k: _jsonable(v) for k, v in self.fields.items()},
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


def coerce_document_field(name: str, value: Any) -> str | None:
    """Validate a document property: text, with `published` a real ISO date."""
    import datetime

    if name not in DOCUMENT_FIELDS:
        raise InvalidEdit(
            f"'{name}' is not a document property (properties: {', '.join(DOCUMENT_FIELDS)})"
        )
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise InvalidEdit(f"{name} must be text, not {value!r}")
    value = " ".join(value.split())
    if name == "published":
        try:
            return datetime.date.fromisoformat(value).isoformat()
        except ValueError:
            raise InvalidEdit(
                f"the publication date must be a date written like 2025-07-14, not {value!r}"
            ) from None
    return value


Edit = (
    SetField
    | SetStatus
    | AddFigure
    | DeleteFigure
    | RestoreFigure
    | Batch
    | PutStatistic
    | SetDocumentField
)


def edit_from_json(data: str | dict[str, Any]) -> Edit:
    """Rebuild an edit from `to_json()` output (or its parsed dict)."""
    d = json.loads(data) if isinstance(data, str) else data
    try:
        kind = d["kind"]
        if kind == "set":
            name = d["field"]
            return SetField(d["figure_id"], name, _revive(name, d["old"]), _revive(name, d["new"]))
        if kind == "status":
            olds = d.get("olds")
            return SetStatus(
                tuple(d["figure_ids"]),
                Status(d["new"]),
                None if olds is None else tuple(Status(o) for o in olds),
            )
        if kind == "add":
            fields = {k: _revive(k, v) for k, v in d.get("fields", {}).items()}
            return AddFigure(d["document_id"], d["start"], d["end"], fields)
        if kind == "delete":
            return DeleteFigure(d["figure_id"])
        if kind == "restore":
            return RestoreFigure(d["figure_id"])
        if kind == "batch":
            return Batch(tuple(edit_from_json(e) for e in d["edits"]))
        if kind == "document":
            return SetDocumentField(d["document_id"], d["field"], d.get("old"), d.get("new"))
        if kind == "statistic":
            return PutStatistic(
                d["statistic_id"],
                StatisticState.from_dict(d.get("new")),
                StatisticState.from_dict(d.get("old")),
            )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidEdit(f"not a valid edit: {exc}") from None
    raise InvalidEdit(f"unknown edit kind {kind!r}")


def _revive(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _DECIMAL_FIELDS:
        return Decimal(value)
    if name == "status":
        return Status(value)
    return value
