"""What the store hands out: frozen rows, reports and change notifications.

They are plain data with no connection attached, so the UI can keep them in its
models and worker threads can pass them across without touching SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal

from solieu.model import Origin, Status
from solieu.store.edits import Edit


def utc_now() -> str:
    """Timestamps are UTC ISO-8601 with milliseconds: sortable as text, readable in a log."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class FigureRecord:
    """One figure as stored: the extractor's fields plus the reviewer's decision."""

    id: int
    document_id: int
    document: str
    start: int
    end: int
    text: str
    number: Decimal | None
    scale: str | None
    value: Decimal
    unit: str | None
    unit_class: str
    qualifier: str | None
    change: bool
    measure: str | None
    place: str | None
    period: str | None
    confidence: float
    kind: str
    status: Status
    origin: Origin
    note: str | None
    updated_at: str
    period_text: str | None = None
    document_place: str | None = None  # the document's default place
    entry_id: int | None = None  # the codebook entry it reports (confirmed figures)

    @property
    def effective_place(self) -> str | None:
        """The figure's own place, else the one it inherits from its document."""
        return self.place or self.document_place

    @property
    def place_inherited(self) -> bool:
        return self.place is None and self.document_place is not None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A document's row in the documents list, with its review progress."""

    id: int
    name: str
    title: str | None
    place: str | None
    sha256: str
    total: int
    confirmed: int
    rejected: int
    pending: int


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A stored document with the text every figure offset refers to."""

    id: int
    name: str
    source_path: str | None
    sha256: str
    text: str
    encoding: str
    title: str | None
    place: str | None
    imported_at: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date


@dataclass(frozen=True, slots=True)
class DocumentProperties:
    """Where a document comes from and the defaults its figures inherit."""

    id: int
    name: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    place: str | None


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One row of the review log: who changed what, when, from what to what."""

    id: int
    at: str
    who: str
    action: str
    figure_id: int | None
    field: str | None
    old: str | None
    new: str | None
    edit: str | None


@dataclass(frozen=True, slots=True)
class Change:
    """What a committed edit or import touched, so views refresh only that.

    `structural` is True when figures or documents were added or removed (a
    table model must reset rather than emit dataChanged). `codebook` is True when
    the codebook's entries or the project rules changed.
    """

    figure_ids: frozenset[int] = frozenset()
    document_ids: frozenset[int] = frozenset()
    structural: bool = False
    codebook: bool = False


@dataclass(slots=True)
class ImportReport:
    """What an import did with each file; nothing is silently dropped.

    `imported_figures[i]` is the number of figures found in `imported[i]`.
    `warnings` holds (document, what happened) for each figure that was salvaged
    or skipped on its way in; `partial` holds (document, path, kept characters,
    visible characters) for web pages whose article is much shorter than the page,
    so the reviewer can import the whole text instead. `restored` names the documents
    that were removed and came back by this import (they are in `imported` too).
    """

    imported: list[str] = field(default_factory=list)
    imported_figures: list[int] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    partial: list[tuple[str, str, int, int]] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    cancelled: bool = False


@dataclass(slots=True)
class ReextractReport:
    """What re-running the extractor changed; reviewer decisions are counted as kept."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    kept: int = 0


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One row of the review log as the History window shows it.

    `action_id` groups the rows one reviewer action wrote (a Batch of status
    changes, an added figure with its fields, a reconciliation decision): undoing
    "up to here" takes whole actions. `document` and `figure_text` are what to
    describe the row with (None when unknown). `current` is True while the row
    is still in effect: no later row changed the same thing and the project holds
    its `new` value now — what undoing can revert. A re-read document is never
    current (it replaced the text; it cannot be undone from the history).
    """

    id: int
    action_id: int
    at: str
    who: str
    action: str  # set | add | delete | restore | document | statistic | reread |
    # remove_document | restore_document
    figure_id: int | None
    document_id: int | None
    statistic_id: int | None
    field: str | None  # a figure's or document's field, a statistic's attribute
    old: str | None  # the log's text of the values (decimals plain, true/false)
    new: str | None
    document: str | None  # the document's name
    figure_text: str | None  # the figure's words in its article
    current: bool


@dataclass(frozen=True, slots=True)
class UndoPlan:
    """What undoing back to a log entry would do: `edit` is a Batch (maybe empty).

    `reverted` holds the log ids whose change is undone by `edit` (or already
    was: the value is back where it started); `skipped` those that no longer
    hold (changed since outside the log, a figure gone, a re-read) and are left.
    """

    edit: Edit
    reverted: tuple[int, ...]
    skipped: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class UndoResult:
    """An applied `Project.undo_to`: `edit` was applied, `inverse` redoes what it undid.

    Push (`edit`, `inverse`) on the undo stack like any applied edit; an empty
    `edit` (nothing was current) changed nothing and need not be pushed.
    """

    edit: Edit
    inverse: Edit
    reverted: tuple[int, ...]
    skipped: tuple[int, ...]
