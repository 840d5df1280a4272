"""The first-run welcome: what the demo project is, and how to bring one's own folder.

A bar above the pages rather than a dialog, so it never takes the keyboard from the
review and can be read while trying the keys; dismissed once, it never returns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeBar(QFrame):
    dismissed = Signal()
    importRequested = Signal()  # noqa: N815

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeBar")
        self.setStyleSheet("#welcomeBar { background: #ddf4ff; border-bottom: 1px solid #54aeff; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setText(
            self.tr(
                "<b>Welcome to Solieu.</b> This is the demo project: Vietnamese provincial "
                "news whose figures the extractor has proposed. Press Space to confirm a "
                "figure, X to reject it, F2 to correct a cell, F1 for every key. To work on "
                "your own articles, import a folder (File ▸ Import folder) into a new "
                "project (File ▸ New project)."
            )
        )
        self.import_button = QPushButton(self.tr("Import a folder…"), self)
        self.import_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button = QPushButton(self.tr("Got it"), self)
        self.close_button.setObjectName("welcomeClose")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.import_button)
        layout.addWidget(self.close_button)
        self.import_button.clicked.connect(self.importRequested)
        self.close_button.clicked.connect(self.dismiss)

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    @staticmethod
    def stack(bar: WelcomeBar, below: QWidget) -> QWidget:
        """The bar above `below`, in one widget for the window's centre."""
        container = QWidget(bar.parentWidget())
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(below, 1)
        return container
