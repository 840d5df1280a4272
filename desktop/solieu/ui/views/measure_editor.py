"""The measure cell's editor: the codebook's entries, and the words after the cursor.

Two kinds of help, both from what the project learned (`solieu.learn`):

* the list of entries whose names or synonyms contain what was typed (↓ to choose,
  Tab to take), for a measure the codebook holds;
* the continuation of the words being typed (`learn.complete.Continuations`), shown
  selected after the cursor as a shell's autosuggestion is: Ctrl+→ takes its next
  word, Tab all of it, and typing on replaces it. It helps with a measure the
  codebook does not hold yet but whose words it does ("nhu cầu …", "… lao động").

Enter saves what was typed, without a continuation still shown; Backspace first
takes the continuation away. A synonym is stored as its entry's name, so the figure
links to the entry on confirmation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCompleter

from solieu.learn.complete import next_word
from solieu.ui.views.figure_editors import CellEditor, LineDelegate

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MeasureEditor(CellEditor):
    """A line editor that shows the likely rest of the measure after the cursor."""

    def __init__(self, parent, index, continuations=None) -> None:
        super().__init__(parent, index)
        self.continuations = continuations  # learn.complete.Continuations | None
        self.shown = ""  # the continuation shown selected after the cursor
        self._quiet = False  # an edit that must not bring a continuation back
        self.textEdited.connect(self._continue)

    def typed(self) -> str:
        """The text without the continuation shown."""
        text = self.text()
        return text[: len(text) - len(self.shown)] if self._showing() else text

    def _showing(self) -> bool:
        if not self.shown:
            return False
        start = len(self.text()) - len(self.shown)
        return self.selectionStart() == start and self.selectedText() == self.shown

    def _continue(self, text: str) -> None:
        self.shown = ""
        if self._quiet or self.continuations is None or self.cursorPosition() != len(text):
            return
        rest = self.continuations.suggest(text)
        if rest:
            self.shown = rest
            self.setText(text + rest)  # set, not edited: no textEdited, no recursion
            self.setSelection(len(text), len(rest))

    def drop_continuation(self) -> None:
        """Take the continuation away, leaving what was typed."""
        if self._showing():
            typed = self.typed()
            self.setText(typed)
        self.shown = ""

    def take_continuation(self) -> bool:
        """Take all of the continuation (Tab); False when none is shown."""
        if not self._showing():
            self.shown = ""
            return False
        self.shown = ""
        self.deselect()
        self.end(False)
        return True

    def take_word(self) -> None:
        """Take the continuation's next word (Ctrl+→)."""
        word = next_word(self.shown)
        self.shown = self.shown[len(word) :]
        end = len(self.text())
        if self.shown:
            self.setSelection(end - len(self.shown), len(self.shown))
        else:
            self.deselect()
            self.end(False)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._showing():
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Right and mods & Qt.KeyboardModifier.ControlModifier:
                self.take_word()
                return
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self.drop_continuation()
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
                self.drop_continuation()
        elif event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._quiet = True  # deleting brings no continuation back
            try:
                super().keyPressEvent(event)
            finally:
                self._quiet = False
            return
        super().keyPressEvent(event)


class MeasureDelegate(LineDelegate):
    """Edits the measure with both kinds of help (see the module).

    `names` and `continuations` are set by the window (ui/learning.py): callables
    returning (what the reviewer may type, the entry's name it stands for) pairs, and
    the project's `Continuations` (or None)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names = lambda: []
        self.continuations = lambda: None

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = MeasureEditor(parent, index, self.continuations())
        editor.setPlaceholderText(self.PLACEHOLDER)
        editor.textEdited.connect(lambda _text, e=editor: self._recheck(e))
        pairs = list(self.names())
        editor.canonical = {typed.casefold(): name for typed, name in pairs}
        completer = QCompleter(sorted({typed for typed, _ in pairs}), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        super().setEditorData(editor, index)
        if isinstance(editor, MeasureEditor):
            editor.shown = ""

    def eventFilter(self, editor, event) -> bool:  # noqa: N802 - Qt's name
        if isinstance(editor, MeasureEditor) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Tab:
                self._take(editor)
            elif event.key() in _ENTER:
                editor.drop_continuation()
        return super().eventFilter(editor, event)

    @staticmethod
    def _take(editor: MeasureEditor) -> None:
        """Tab: the entry chosen in the list, else the continuation shown, else the
        list's first entry."""
        completer = editor.completer()
        popup = completer.popup() if completer is not None else None
        listed = popup is not None and popup.isVisible()
        chosen = popup.currentIndex() if listed else None
        if chosen is not None and chosen.isValid() and chosen.data():
            editor.shown = ""
            editor.setText(chosen.data())
        elif not editor.take_continuation() and listed and completer.currentCompletion():
            editor.setText(completer.currentCompletion())
        if listed:
            popup.hide()

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        text = " ".join(editor.text().split())
        canonical = getattr(editor, "canonical", {})
        model.setData(index, canonical.get(text.casefold(), text), Qt.ItemDataRole.EditRole)
