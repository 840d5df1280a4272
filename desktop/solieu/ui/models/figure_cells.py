"""What a cell of the figure table shows, role by role: the columns, their labels,
colours and flags. Plain functions of a figure record, so the model answers a
whole cell in one call (`cell_value` for each role the view asks)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from solieu.extract.numbers import format_vi
from solieu.model import Status
from solieu.ui import i18n

CONTEXT = "FiguresModel"
FIGURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

# (record attribute, header) in display order: what, where and when right after the
# value, so a reviewer sees the whole identity of a figure without scrolling
COLUMNS: tuple[tuple[str, str], ...] = (
    ("value", QT_TRANSLATE_NOOP("FiguresModel", "Value")),
    ("unit", QT_TRANSLATE_NOOP("FiguresModel", "Unit")),
    ("status", QT_TRANSLATE_NOOP("FiguresModel", "Status")),
    ("measure", QT_TRANSLATE_NOOP("FiguresModel", "Measure")),
    ("place", QT_TRANSLATE_NOOP("FiguresModel", "Place")),
    ("period", QT_TRANSLATE_NOOP("FiguresModel", "Period")),
    ("qualifier", QT_TRANSLATE_NOOP("FiguresModel", "Qualifier")),
    ("change", QT_TRANSLATE_NOOP("FiguresModel", "Change")),
    ("text", QT_TRANSLATE_NOOP("FiguresModel", "Text")),
    ("unit_class", QT_TRANSLATE_NOOP("FiguresModel", "Class")),
    ("confidence", QT_TRANSLATE_NOOP("FiguresModel", "Confidence")),
    ("document", QT_TRANSLATE_NOOP("FiguresModel", "Document")),
)
FIELDS = tuple(name for name, _ in COLUMNS)
EDITABLE = frozenset(
    {"value", "unit", "unit_class", "qualifier", "measure", "place", "period", "change"}
)

STATUS_LABELS = {
    Status.PENDING: QT_TRANSLATE_NOOP("FiguresModel", "pending"),
    Status.CONFIRMED: QT_TRANSLATE_NOOP("FiguresModel", "confirmed"),
    Status.REJECTED: QT_TRANSLATE_NOOP("FiguresModel", "rejected"),
}
QUALIFIER_LABELS = {
    "approx": QT_TRANSLATE_NOOP("FiguresModel", "about"),
    "nearly": QT_TRANSLATE_NOOP("FiguresModel", "nearly"),
    "over": QT_TRANSLATE_NOOP("FiguresModel", "over"),
    "under": QT_TRANSLATE_NOOP("FiguresModel", "under"),
    "estimated": QT_TRANSLATE_NOOP("FiguresModel", "estimated"),
    "target": QT_TRANSLATE_NOOP("FiguresModel", "target"),
}
# text colour of the status column; highlight colours live in views.colors
STATUS_COLORS = {
    Status.PENDING: QColor("#9a6700"),
    Status.CONFIRMED: QColor("#1a7f37"),
    Status.REJECTED: QColor("#6e7781"),
}
_STATUS_BRUSHES = {s: QBrush(c) for s, c in STATUS_COLORS.items()}
_R = Qt.ItemDataRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# the flags of each column, computed once (enum arithmetic is slow in Python)
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
COLUMN_FLAGS = tuple(
    _BASE_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
    if name == "change"
    else _BASE_FLAGS | Qt.ItemFlag.ItemIsEditable
    if name in EDITABLE
    else _BASE_FLAGS
    for name in FIELDS
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: Status) -> str:
    return tr(STATUS_LABELS[Status(status)])


# the fields a double review compares (`reconcile.agreement.FIELDS`), by their names
REVIEW_FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("DoubleReview", "Status"),
    "value": QT_TRANSLATE_NOOP("DoubleReview", "Value"),
    "place": QT_TRANSLATE_NOOP("DoubleReview", "Place"),
    "period": QT_TRANSLATE_NOOP("DoubleReview", "Period"),
    "entry_id": QT_TRANSLATE_NOOP("DoubleReview", "Measure entry"),
}


def review_field_label(field: str) -> str:
    return QCoreApplication.translate("DoubleReview", REVIEW_FIELD_LABELS.get(field, field))


def decision_text(field: str, value: Any, entries: dict[int, str] | None = None) -> str:
    """A reviewer's decision on one field, as the double review shows it: a status by
    its label, a codebook entry by its name, "–" for nothing."""
    from solieu.store.values import to_text

    if value is None:
        return "–"
    if field == "status":
        return status_label(Status(value))
    if field == "entry_id" and entries and value in entries:
        return entries[value]
    return to_text(value) or "–"


_SUGGESTED = QBrush(QColor("#0969da"))  # a codebook entry proposed for the measure
_ATTENTION = QBrush(QColor("#fff8c5"))  # no entry fits the measure well: look at it
_LOWERED = QBrush(QColor("#cf222e"))  # confidence lowered: figures like it were rejected


def _learned(rec, name: str, role, hint) -> tuple[bool, Any]:
    """What the project learned changes in a cell (`learn.session.Hint`): the measure
    shows the suggested entry, the confidence what rejections of look-alikes left."""
    s = hint.suggestion
    if name == "measure" and s is not None:
        links, renames = hint.links, hint.links and hint.replace
        if role in (_R.DisplayRole, _R.EditRole) and renames:
            return True, hint.entry.name
        if role == _R.ForegroundRole and links:
            return True, _SUGGESTED
        if role == _R.BackgroundRole and s.weak:
            return True, _ATTENTION
        if role == _R.FontRole and renames:
            font = QFont()
            font.setItalic(True)
            return True, font
        if role == _R.ToolTipRole:
            basis = i18n.tr_error(s.basis) if s.basis else ""
            if renames:
                text = QCoreApplication.translate(
                    "FiguresModel",
                    "Suggested from the codebook ({basis}); confirming accepts it, F2 changes it",
                )
            elif links:
                text = QCoreApplication.translate(
                    "FiguresModel",
                    "Confirming links it to the codebook entry “{entry}” ({basis})",
                )
            else:
                text = QCoreApplication.translate(
                    "FiguresModel", "Check the measure: no codebook entry fits it well ({basis})"
                )
            return True, text.format(basis=basis, entry=hint.entry.name if hint.entry else "")
    if name == "status" and hint.penalty is not None and rec.status == Status.PENDING:
        if role == _R.DisplayRole:
            return True, status_label(rec.status) + " ↓"
        if role == _R.ToolTipRole:
            return True, QCoreApplication.translate(
                "FiguresModel", "Confidence lowered: {reason}"
            ).format(reason=i18n.tr_error(hint.penalty.reason))
    if name == "confidence" and hint.penalty is not None:
        if role == _R.DisplayRole:
            return True, f"{round(rec.confidence * hint.penalty.factor * 100)}%"
        if role == _R.ForegroundRole:
            return True, _LOWERED
        if role == _R.ToolTipRole:
            return True, QCoreApplication.translate(
                "FiguresModel", "Confidence lowered: {reason}"
            ).format(reason=i18n.tr_error(hint.penalty.reason))
    return False, None


def cell_value(rec, name: str, role, hint=None) -> Any:
    """What the cell of `rec` in column `name` holds for `role` (None: nothing)."""
    if hint is not None:
        done, value = _learned(rec, name, role, hint)
        if done:
            return value
    if role == _R.DisplayRole:
        return display(rec, name)
    if role == _R.EditRole:
        if name == "value":
            return format_vi(rec.value)
        if name == "change":
            return bool(rec.change)
        v = getattr(rec, name)
        return "" if v is None else str(v)
    if role == _R.CheckStateRole:
        if name != "change":
            return None
        return Qt.CheckState.Checked if rec.change else Qt.CheckState.Unchecked
    if role == FIGURE_ID_ROLE:
        return rec.id
    if role == STATUS_ROLE:
        return str(rec.status)
    rejected = rec.status == Status.REJECTED
    inherited = name == "place" and getattr(rec, "place_inherited", False)
    if role == _R.ForegroundRole:
        if name == "status":
            return _STATUS_BRUSHES[Status(rec.status)]
        return _STATUS_BRUSHES[Status.REJECTED] if rejected or inherited else None
    if role == _R.FontRole:
        if not (rejected or inherited):
            return None
        font = QFont()
        font.setStrikeOut(rejected and name != "status")
        font.setItalic(inherited)
        return font
    if role == _R.TextAlignmentRole:
        return _RIGHT if name in ("value", "confidence") else None
    if role == _R.ToolTipRole:
        if inherited:
            return QCoreApplication.translate(
                "FiguresModel",
                "{place}: the document's place (the text names none for this figure)",
            ).format(place=rec.document_place)
        return rec.note or rec.text
    return None


def display(rec, name: str) -> str | None:
    """The text a cell shows."""
    if name == "value":
        return format_vi(rec.value)
    if name == "status":
        return status_label(rec.status)
    if name == "qualifier":
        return tr(QUALIFIER_LABELS.get(rec.qualifier, rec.qualifier or ""))
    if name == "confidence":
        return f"{round(rec.confidence * 100)}%"
    if name == "change":
        return None
    if name == "place":
        return getattr(rec, "effective_place", rec.place) or ""
    v = getattr(rec, name)
    return "" if v is None else str(v)
