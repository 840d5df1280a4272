"""Status colours shared by the article highlights, the table and the progress bars."""

from __future__ import annotations

from PySide6.QtGui import QColor

from solieu.model import Status

HIGHLIGHT = {
    Status.PENDING: QColor("#ffe69c"),
    Status.CONFIRMED: QColor("#b4e6c2"),
    Status.REJECTED: QColor("#dfe3e8"),
}
CURRENT = {
    Status.PENDING: QColor("#ffb300"),
    Status.CONFIRMED: QColor("#3fb463"),
    Status.REJECTED: QColor("#9aa4ae"),
}
BAR_CONFIRMED = QColor("#3fb463")
BAR_REJECTED = QColor("#afb8c1")
BAR_TRACK = QColor("#e8eaed")
