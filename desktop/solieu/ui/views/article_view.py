"""The article text, read-only, with every figure highlighted in its status colour.

Offsets from the store are Python string indices (code points); Qt counts
UTF-16 units, so characters outside the BMP are mapped both ways.

The keyboard can come in (Ctrl+J puts the caret at the current figure) to select
a figure the extractor missed with Shift+arrows, and goes back to the figure
table with Esc, or after a click on a highlight: the table is where the review
keys work, so the article hands the keyboard back whenever its own part is done.

A hard-wrapped article (lines cut at a fixed width, `sentences.is_hard_wrapped`)
can be shown reflowed: the line breaks inside a paragraph are shown as spaces.
One character for one keeps every offset, so highlights, selections and added
figures still point into the stored text.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from solieu.extract.gazetteer import canonical_place
from solieu.model import Status
from solieu.text.sentences import is_hard_wrapped
from solieu.ui.views.colors import CURRENT, HIGHLIGHT

FLASH_MS = 900  # how long "show in article" marks the figure
FLASH = QColor("#0969da")  # its mark: unlike any status colour

# a line that ends with one of these ends its sentence, so the break after it is real
_SENTENCE_END = frozenset('.!?…"”’)')
_CLAUSE_END = frozenset(":;")  # a real break, unless the next line goes on in lower case
_NAME_WORDS = 3  # a place name split by a break: at most this many words either side
_NAME_PUNCT = ",.;:()\"“”'…"
_FILLED = 0.75  # a line this close to the wrap width was cut by the wrapper


def _wrap_width(lines: list[str]) -> int:
    """The width the source wrapped at: the 90th percentile of its line lengths (a
    few over-long lines, a heading or a joined pair, do not move it)."""
    lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, (len(lengths) * 9) // 10)]


def soft_breaks(text: str) -> list[int]:
    """The offsets of the line breaks that fall inside a paragraph of a hard-wrapped text.

    A break is soft when the line before does not end a sentence and the next line
    goes on with it: it starts in lower case or with a digit (a Vietnamese sentence
    starts with a capital), or the line before was filled up to the wrap width (the
    wrapper cut it; the next word may be a name). A blank line, a line ending a
    sentence, a short unfinished line before a capital (a heading, a caption, a
    byline) stay breaks; so does a colon or semicolon before a capital (a list). A
    break between the words of one place name ("tỉnh Nghệ / An", "Việt / Nam") is
    soft too: capitalised words either side that only together name a known place.
    Meant for texts `is_hard_wrapped` accepts: in a text with a paragraph per line,
    most lines would count as filled.
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    breaks: list[int] = []
    offset = 0
    for line, after in zip(lines, lines[1:], strict=False):
        offset += len(line)
        here = offset
        offset += 1
        stripped = line.rstrip()
        if not stripped or not after.strip() or stripped[-1] in _SENTENCE_END:
            continue
        goes_on = not after.lstrip()[:1].isupper() or _splits_a_name(stripped, after)
        filled = _FILLED * width <= len(stripped) <= width + 5
        if goes_on or (filled and stripped[-1] not in _CLAUSE_END):
            breaks.append(here)
    return breaks


def _capitalised(words: list[str]) -> list[str]:
    out = []
    for w in words:
        w = w.strip(_NAME_PUNCT)
        if not w[:1].isupper():
            break
        out.append(w)
    return out


def _splits_a_name(line: str, after: str) -> bool:
    """The break falls inside a place name: the capitalised words at the end of `line`
    and at the start of `after` name a known place together but not apart."""
    left = _capitalised(line.split()[-_NAME_WORDS:][::-1])[::-1]
    right = _capitalised(after.split()[:_NAME_WORDS])
    for i in range(len(left)):
        head = " ".join(left[i:])
        for j in range(len(right), 0, -1):
            tail = " ".join(right[:j])
            if canonical_place(f"{head} {tail}") and not (
                canonical_place(head) and canonical_place(tail)
            ):
                return True
    return False


def reflowed(text: str) -> str:
    """`text` with its soft line breaks (see `soft_breaks`) shown as spaces: same length."""
    breaks = soft_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)


class ArticleView(QPlainTextEdit):
    """Shows one document; emits `figureClicked(id)` when a highlight is clicked, then
    `backToTable()` (the window gives the figure table the keyboard), and
    `backToTable()` on Esc too."""

    figureClicked = Signal(int)  # noqa: N815 - Qt signal naming
    backToTable = Signal()  # noqa: N815
    reflowAvailable = Signal(bool)  # noqa: N815 - the shown document is hard-wrapped

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("article")
        self.setReadOnly(True)
        # read-only, yet the caret moves and Shift+arrows select: a missed figure can be
        # selected (and added with A) from the keyboard alone
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self._text = ""
        self._astral: list[int] = []  # code-point offsets of non-BMP characters
        self._figures: list = []  # sorted by start
        self._starts: list[int] = []
        self._current: int | None = None
        self._hold_scroll = False  # a click on a highlight: the text stays where it is
        self._wrapped = False
        self._reflow = False
        self._flash: int | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)

    # --- content -----------------------------------------------------------------------

    def set_document(self, text: str, figures: list) -> None:
        self._text = text
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._wrapped = is_hard_wrapped(text)
        self._flash = None
        self.setPlainText(self._display())
        self._current = None
        self.set_figures(figures)
        self.reflowAvailable.emit(self._wrapped)

    def set_figures(self, figures: list) -> None:
        self._figures = sorted(figures, key=lambda f: (f.start, f.end))
        self._starts = [f.start for f in self._figures]
        self._paint()

    def set_current(self, figure_id: int | None, scroll: bool = True) -> None:
        self._current = figure_id
        self._paint()
        fig = self._figure(figure_id)
        if fig is not None and scroll and not self._hold_scroll:
            cursor = self.textCursor()
            cursor.setPosition(self.to_qt(fig.start))
            self.setTextCursor(cursor)
            self.centerCursor()

    def text(self) -> str:
        """The stored text (every offset refers to it), whatever the display shows."""
        return self._text

    def current(self) -> int | None:
        return self._current

    # --- reflow ----------------------------------------------------------------------------

    def _display(self) -> str:
        return reflowed(self._text) if self._reflow and self._wrapped else self._text

    def reflow_available(self) -> bool:
        """The shown document is hard-wrapped, so reflowing it changes what is shown."""
        return self._wrapped

    def reflowing(self) -> bool:
        """The paragraphs are shown reflowed now."""
        return self._reflow and self._wrapped

    def set_reflow(self, on: bool) -> None:
        """Show hard-wrapped documents as paragraphs (kept for the next documents too)."""
        if on == self._reflow:
            return
        self._reflow = on
        if not self._wrapped:
            return
        caret = self.textCursor()
        anchor, position = caret.anchor(), caret.position()
        top = self.cursorForPosition(QPoint(0, 0)).position()
        self.setPlainText(self._display())
        self._paint()
        # same offsets: the caret, the selection and the first shown character stay
        cursor = self.textCursor()
        cursor.setPosition(top)
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())  # bring `top` to the top edge, as far as it goes
        self.ensureCursorVisible()
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # --- offsets --------------------------------------------------------------------------

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset) if self._astral else offset

    def from_qt(self, position: int) -> int:
        if not self._astral:
            return position
        offset = position
        for a in self._astral:  # few in practice
            if self.to_qt(a) < position:
                offset -= 1
        return offset

    def selection(self) -> tuple[int, int] | None:
        """The selected span as document offsets, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.from_qt(cursor.selectionStart()), self.from_qt(cursor.selectionEnd())

    def figure_at(self, offset: int):
        last = bisect.bisect_right(self._starts, offset)
        for f in reversed(self._figures[:last]):
            if f.start <= offset < f.end:
                return f
        return None

    def _figure(self, figure_id: int | None):
        if figure_id is None:
            return None
        return next((f for f in self._figures if f.id == figure_id), None)

    # --- the keyboard ------------------------------------------------------------------

    def enter_from_keyboard(self) -> None:
        """Take the keyboard with the caret at the current figure's start (the place a
        missed figure is usually near), else at the first character shown."""
        fig = self._figure(self._current)
        if fig is not None:
            position = self.to_qt(fig.start)
        else:
            position = self.cursorForPosition(QPoint(0, 0)).position()
        cursor = self.textCursor()
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            self.backToTable.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- painting ---------------------------------------------------------------------

    def flash(self, figure_id: int) -> None:
        """Scroll to a figure and mark it for a moment ("show in article")."""
        fig = self._figure(figure_id)
        if fig is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(self.to_qt(fig.start))
        self.setTextCursor(cursor)
        self.centerCursor()
        self._flash = figure_id
        self._paint()
        self._flash_timer.start(FLASH_MS)

    def flashing(self) -> int | None:
        """The figure marked by `flash` now, or None."""
        return self._flash

    def _end_flash(self) -> None:
        self._flash = None
        self._paint()

    def _paint(self) -> None:
        selections = []
        doc = self.document()
        for f in self._figures:
            status = Status(f.status)
            current = f.id == self._current
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground((CURRENT if current else HIGHLIGHT)[status])
            if f.id == self._flash:
                fmt.setBackground(FLASH)
                fmt.setForeground(Qt.GlobalColor.white)
            if status == Status.REJECTED:
                fmt.setFontStrikeOut(True)
            if current:
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setProperty(QTextFormat.Property.UserProperty, f.id)
            sel.format = fmt
            cursor = QTextCursor(doc)
            cursor.setPosition(self.to_qt(f.start))
            cursor.setPosition(self.to_qt(f.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.setExtraSelections(selections)

    # --- clicks ------------------------------------------------------------------------

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        fig = self.figure_at(self.from_qt(position))
        if fig is None:
            return
        # the text stays under the pointer: the figure is already in view where it was clicked
        bars = (self.verticalScrollBar(), self.horizontalScrollBar())
        kept = [bar.value() for bar in bars]
        self._hold_scroll = True
        try:
            self.figureClicked.emit(fig.id)
        finally:
            self._hold_scroll = False
        for bar, value in zip(bars, kept, strict=True):
            bar.setValue(value)
        self.backToTable.emit()
