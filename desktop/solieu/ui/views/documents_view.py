"""The documents list: title, a small review-progress bar and confirmed/total."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from solieu.ui.models.documents_model import DUPLICATE_ROLE, PROGRESS_ROLE
from solieu.ui.views.colors import BAR_CONFIRMED, BAR_REJECTED, BAR_TRACK

PAD = 6
BAR_HEIGHT = 5


class DocumentDelegate(QStyledItemDelegate):
    """Paints one document: its title (elided), then a bar and `confirmed/total`."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        fm = option.fontMetrics
        return QSize(200, PAD * 3 + fm.height() * 2 + BAR_HEIGHT)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QStyle()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        fm = option.fontMetrics
        r = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        badge = index.data(DUPLICATE_ROLE)
        text_rect = QRect(r.left(), r.top(), r.width(), fm.height() * 2)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        shown = fm.elidedText(
            title, Qt.TextElideMode.ElideRight, r.width() * 2 - fm.averageCharWidth() * 4
        )
        painter.drawText(text_rect, int(flags), shown)

        confirmed, rejected, total = index.data(PROGRESS_ROLE) or (0, 0, 0)
        counts = f"{confirmed}/{total}"
        if badge:
            counts = f"≈ {counts}"
        counts_w = fm.horizontalAdvance("0000/0000")
        bar_y = r.bottom() - BAR_HEIGHT - (fm.height() - BAR_HEIGHT) // 2
        bar = QRect(r.left(), bar_y, max(10, r.width() - counts_w - PAD), BAR_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR_TRACK)
        painter.drawRoundedRect(bar, 2, 2)
        if total:
            done_w = int(bar.width() * confirmed / total)
            rej_w = int(bar.width() * rejected / total)
            painter.setBrush(BAR_CONFIRMED)
            painter.drawRect(QRect(bar.left(), bar.top(), done_w, BAR_HEIGHT))
            painter.setBrush(BAR_REJECTED)
            painter.drawRect(QRect(bar.left() + done_w, bar.top(), rej_w, BAR_HEIGHT))
        painter.setPen(option.palette.color(role))
        count_rect = QRect(r.right() - counts_w, r.bottom() - fm.height(), counts_w, fm.height())
        painter.drawText(
            count_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), counts
        )
        painter.restore()


class DocumentsView(QListView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("documents")
        self.setItemDelegate(DocumentDelegate(self))
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
