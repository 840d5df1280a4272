"""The documents list: title, a small review-progress bar and decided/total.

A document is done (✓) once no figure is pending, whatever mix of confirmed and
rejected. The title takes the room the counts leave: two lines, the second elided,
so the counts never sit on the title, however narrow the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from solieu.ui.models.documents_model import (
    CLAIM_ROLE,
    DONE_ROLE,
    DUPLICATE_ROLE,
    PROGRESS_ROLE,
    SECOND_ROLE,
)
from solieu.ui.views.colors import BAR_CONFIRMED, BAR_REJECTED, BAR_TRACK

PAD = 6
BAR_HEIGHT = 5
DONE = "✓"
TITLE_LINES = 2


@dataclass(frozen=True)
class ItemLayout:
    """Where one document's parts go, in the view's coordinates."""

    title: QRect
    lines: tuple[str, ...]  # the title as painted, line by line (the last one elided)
    bar: QRect
    counts: QRect
    counts_text: str


CLAIM_CHARS = 10  # of a claiming reviewer's name, before the counts


def short_name(who: str) -> str:
    """A reviewer's name in little room: a long Vietnamese full name by its given name,
    the last word (`Trần Thị Lan` → `Lan`); the list's tooltip has the whole name."""
    if len(who) > CLAIM_CHARS and " " in who.strip():
        who = who.split()[-1]
    return who if len(who) <= CLAIM_CHARS else who[: CLAIM_CHARS - 1] + "…"


DOUBLE = "2×"  # under double review (the tooltip says by whom)


def counts_text(
    progress: tuple[int, int, int],
    done: bool,
    badge: bool,
    claim: tuple[str, bool] | None = None,
    double: bool = False,
) -> str:
    """`decided/total`: a rejected figure is decided too; ✓ once nothing is pending;
    2× under double review; the name of another reviewer reviewing it first, a dot
    when this window does."""
    confirmed, rejected, total = progress
    text = f"{confirmed + rejected}/{total}"
    if double:
        text = f"{DOUBLE} {text}"
    if done:
        text = f"{DONE} {text}"
    if badge:
        text = f"≈ {text}"
    if claim is not None:
        who, mine = claim
        if mine:
            return f"• {text}"
        text = f"{short_name(who)} · {text}"
    return text


def _utf16(text: str, start: int, length: int) -> str:
    """A slice of `text` in UTF-16 units, as QTextLayout counts."""
    units = text.encode("utf-16-le")
    return units[2 * start : 2 * (start + length)].decode("utf-16-le", errors="ignore")


def title_lines(title: str, font: QFont, width: int, max_lines: int) -> tuple[str, ...]:
    """`title` wrapped into at most `max_lines` lines of `width` pixels, the last elided."""
    if width <= 0 or max_lines <= 0 or not title:
        return ()
    layout = QTextLayout(title, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[tuple[int, int]] = []
    layout.beginLayout()
    while len(starts) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if not starts:
        return ()
    out = [_utf16(title, s, n).strip() for s, n in starts[:-1]]
    rest = _utf16(title, starts[-1][0], len(title.encode("utf-16-le")) // 2).strip()
    out.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return tuple(out)


class DocumentDelegate(QStyledItemDelegate):
    """Paints one document: its title (two lines at most), the counts at the right of its
    first line, and a progress bar under it."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        fm = option.fontMetrics
        return QSize(200, PAD * 3 + fm.height() * TITLE_LINES + BAR_HEIGHT)

    def item_layout(self, option, index) -> ItemLayout:
        fm = option.fontMetrics
        r = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        progress = index.data(PROGRESS_ROLE) or (0, 0, 0)
        counts = counts_text(
            progress,
            bool(index.data(DONE_ROLE)),
            bool(index.data(DUPLICATE_ROLE)),
            index.data(CLAIM_ROLE),
            index.data(SECOND_ROLE) is not None,
        )
        counts_w = fm.horizontalAdvance(counts) + 2
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        line_h = fm.height()
        bar_y = r.bottom() - BAR_HEIGHT + 1
        room = r.width() - counts_w - PAD
        if room >= fm.averageCharWidth() * 6:  # the counts beside the title's first line
            counts_rect = QRect(r.right() - counts_w + 1, r.top(), counts_w, line_h)
            title_rect = QRect(r.left(), r.top(), room, line_h * TITLE_LINES)
            lines = title_lines(title, option.font, room, TITLE_LINES)
            bar = QRect(r.left(), bar_y, r.width(), BAR_HEIGHT)
        else:  # too narrow: the title on one line, the counts below it beside the bar
            title_rect = QRect(r.left(), r.top(), r.width(), line_h)
            lines = title_lines(title, option.font, r.width(), 1)
            counts_rect = QRect(r.right() - counts_w + 1, r.top() + line_h, counts_w, line_h)
            bar_w = max(0, r.width() - counts_w - PAD)
            bar_y = r.top() + line_h + (line_h - BAR_HEIGHT) // 2
            bar = QRect(r.left(), bar_y, bar_w, BAR_HEIGHT)
        return ItemLayout(title_rect, lines, bar, counts_rect, counts)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QStyle()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        parts = self.item_layout(option, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        painter.setClipRect(parts.title)
        line_h = option.fontMetrics.height()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for i, text in enumerate(parts.lines):
            t = parts.title
            painter.drawText(QRect(t.left(), t.top() + i * line_h, t.width(), line_h), flags, text)
        painter.setClipping(False)

        confirmed, rejected, total = index.data(PROGRESS_ROLE) or (0, 0, 0)
        bar = parts.bar
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR_TRACK)
        painter.drawRoundedRect(bar, 2, 2)
        if total and bar.width() > 0:
            done_w = int(bar.width() * confirmed / total)
            rej_w = int(bar.width() * rejected / total)
            painter.setBrush(BAR_CONFIRMED)
            painter.drawRect(QRect(bar.left(), bar.top(), done_w, BAR_HEIGHT))
            painter.setBrush(BAR_REJECTED)
            painter.drawRect(QRect(bar.left() + done_w, bar.top(), rej_w, BAR_HEIGHT))
        done = bool(index.data(DONE_ROLE))
        painter.setPen(BAR_CONFIRMED if done and not selected else option.palette.color(role))
        align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(parts.counts, align, parts.counts_text)
        painter.restore()


class DocumentsView(QListView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("documents")
        self.setItemDelegate(DocumentDelegate(self))
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(0)
