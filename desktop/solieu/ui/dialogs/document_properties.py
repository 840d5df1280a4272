"""Document ▸ Properties: where an article comes from, when, and the place it is about.

A figure whose sentence gives no place or period inherits the document's, so a
reviewer who knows a folder's articles are all from one province or one date
sets it once here instead of on every figure. The dialog only collects values;
the window turns the changed ones into one undoable batch of `SetDocumentField`
edits (the store validates the date and logs the change).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from solieu.store import DOCUMENT_FIELDS, Batch, SetDocumentField

_LABELS = {
    "title": QT_TRANSLATE_NOOP("DocumentPropertiesDialog", "&Title"),
    "outlet": QT_TRANSLATE_NOOP("DocumentPropertiesDialog", "&Outlet"),
    "url": QT_TRANSLATE_NOOP("DocumentPropertiesDialog", "&Address"),
    "published": QT_TRANSLATE_NOOP("DocumentPropertiesDialog", "&Published (YYYY-MM-DD)"),
    "place": QT_TRANSLATE_NOOP("DocumentPropertiesDialog", "Default &place"),
}


class DocumentPropertiesDialog(QDialog):
    """One line edit per property; the place completes from the gazetteer's names."""

    def __init__(self, document, place_names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("documentProperties")
        self.document = document
        self.setWindowTitle(self.tr("Document properties: {name}").format(name=document.name))
        self.resize(560, 240)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "A figure whose text names no place takes the document's place; a period "
                "written without its year takes the year of the publication date."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in DOCUMENT_FIELDS:
            edit = QLineEdit(getattr(document, name) or "", self)
            edit.setObjectName(f"doc_{name}")
            edit.setClearButtonEnabled(True)
            self.edits[name] = edit
            form.addRow(self.tr(_LABELS[name]), edit)
        self.edits["published"].setPlaceholderText("2025-07-14")
        completer = QCompleter(place_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edits["place"].setCompleter(completer)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edits["title"].setCursorPosition(0)
        self.edits["title"].setFocus()

    def edit(self, canonical_place=None) -> Batch | None:
        """The changed properties as one batch of store edits, or None when nothing changed."""
        changes = []
        for name, widget in self.edits.items():
            new = " ".join(widget.text().split()) or None
            if name == "place" and new and canonical_place is not None:
                new = canonical_place(new) or new
            old = getattr(self.document, name)
            if new != old:
                changes.append(SetDocumentField(self.document.id, name, old, new))
        return Batch(tuple(changes)) if changes else None
