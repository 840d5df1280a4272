"""F1: every key binding, grouped, from the one table in shortcuts.py."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from solieu.ui.shortcuts import BINDINGS, tr

ARROWS = {"Down": "↓", "Up": "↑", "Left": "←", "Right": "→"}


def key_label(key: str) -> str:
    """A key as the platform writes it, arrows drawn as arrows (`Shift+↓`, `Ctrl+Shift+→`)."""
    text = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    for name, arrow in ARROWS.items():
        head = text[: -len(name)]
        if text.endswith(name) and not head[-1:].isalpha():  # not the Down of PgDown
            return head + arrow
    return text


def sheet_html() -> str:
    rows: list[str] = []
    group = None
    for b in BINDINGS:
        if b.group != group:
            group = b.group
            rows.append(f"<tr><td colspan=2><h3>{escape(tr(group))}</h3></td></tr>")
        keys = " / ".join(f"<kbd><b>{escape(key_label(k))}</b></kbd>" for k in b.keys)
        rows.append(
            f"<tr><td style='padding-right:18px'>{keys}</td><td>{escape(tr(b.text))}</td></tr>"
        )
    return "<table cellspacing=2>" + "".join(rows) + "</table>"


class ShortcutSheet(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ShortcutSheet", "Keyboard shortcuts"))
        self.resize(520, 620)
        layout = QVBoxLayout(self)
        view = QTextBrowser(self)
        view.setHtml(sheet_html())
        layout.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
