"""Context menus of the Review page: the figure table, the document list, the article.

Each opens on a right click and from the keyboard (the Menu key, Shift+F10) at the
current item, so everything in them is reachable without the mouse. They reuse the
window's actions by name (the same keys, texts and slots as the menu bar) and add a
few of their own that only make sense on one item: copy a value, show a figure in the
article, filter the table to a measure, re-read a document with another encoding, remove
a document (a store edit on the window's undo stack: Ctrl+Z brings it back).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QMessageBox, QWidget
from shiboken6 import Shiboken

from solieu.store.edits import RemoveDocument, RestoreDocument
from solieu.text.load import TEXT_SUFFIXES
from solieu.ui.dialogs.import_report import CHOICES, choice_label
from solieu.ui.models.documents_model import DOCUMENT_ID_ROLE
from solieu.ui.models.figures_model import FIELDS


def _is_menu_key(event) -> bool:
    key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key == Qt.Key.Key_Menu and mods == Qt.KeyboardModifier.NoModifier:
        return True
    return key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier


class ContextMenu(QObject):
    """Opens the menu `build(point, by_keyboard)` returns over `widget`.

    `point` is in the widget's viewport coordinates (or the widget's, for a widget
    without one); `build` may return None (nothing to offer there). The last menu
    shown is kept in `menu` (a test drives it with keys like a reviewer).
    """

    def __init__(
        self,
        widget: QWidget,
        build: Callable[[QPoint, bool], QMenu | None],
        keyboard_point: Callable[[], QPoint],
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.area = getattr(widget, "viewport", lambda: widget)()
        self._build = build
        self._keyboard_point = keyboard_point
        self.menu: QMenu | None = None
        widget.installEventFilter(self)
        if self.area is not widget:
            self.area.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            by_keyboard = event.reason() == event.Reason.Keyboard
            if by_keyboard:
                point = self._keyboard_point()
            else:
                point = self.area.mapFromGlobal(event.globalPos())
            self.open(point, by_keyboard)
            return True
        if kind == QEvent.Type.KeyPress and watched is self.widget and _is_menu_key(event):
            self.open(self._keyboard_point(), True)
            return True
        return False

    def open(self, point: QPoint, by_keyboard: bool = False) -> QMenu | None:
        """Show the menu for `point` (viewport coordinates); returns it, or None."""
        if self.menu is not None and self.menu.isVisible():
            return self.menu  # the platform sent the Menu key as a key and as a menu event
        menu = self._build(point, by_keyboard)
        if menu is None or menu.isEmpty():
            return None
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(self.area.mapToGlobal(point))
        if by_keyboard and menu.actions():  # ↓ and Enter from here, as in any menu
            first = next((a for a in menu.actions() if a.isEnabled() and not a.isSeparator()), None)
            if first is not None:
                menu.setActiveAction(first)
        return menu


def _add(menu: QMenu, actions: dict[str, QAction], names) -> None:
    for name in names:
        if name is None:
            menu.addSeparator()
        elif name in actions:
            menu.addAction(actions[name])


def _local(menu: QMenu, text: str, slot, *, enabled: bool = True) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(slot)
    action.setEnabled(enabled)
    return action


# --- the figure table --------------------------------------------------------------------------


def _current_cell_point(view: QAbstractItemView) -> QPoint:
    index = view.currentIndex()
    if not index.isValid():
        return QPoint(4, 4)
    rect = view.visualRect(index)
    return rect.bottomLeft() + QPoint(8, -rect.height() // 2)


def install_table_menu(table, shell, actions: dict[str, QAction]) -> ContextMenu:
    """Confirm, reject, edit, copy the value, show in the article, filter to this measure.

    A right click on a row outside the selection makes it the current row first (the
    actions act on the selection); a right click inside the selection keeps it."""

    def build(point: QPoint, by_keyboard: bool) -> QMenu | None:
        index = table.currentIndex() if by_keyboard else table.indexAt(point)
        if not index.isValid():
            return None
        if not by_keyboard:
            selection = table.selectionModel()
            if selection.isRowSelected(index.row(), index.parent()):
                selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
            else:
                shell.select_row(index.row(), index.column())
        record = shell.figures_model.record(index.row())
        if record is None:
            return None
        menu = QMenu(table)
        _add(
            menu,
            actions,
            ("confirm_next", "reject_next", "reject_like", "set_pending", None, "edit_cell"),
        )
        value_index = index.siblingAtColumn(FIELDS.index("value"))
        value = value_index.data(Qt.ItemDataRole.DisplayRole) or ""
        _local(
            menu,
            QCoreApplication.translate("ContextMenus", "&Copy value"),
            lambda: QGuiApplication.clipboard().setText(value),
            enabled=bool(value),
        )
        menu.addSeparator()

        def show_in_article() -> None:
            shell.select_figure(record.id)
            shell.article.flash(record.id)

        _local(
            menu,
            QCoreApplication.translate("ContextMenus", "&Show in the article"),
            show_in_article,
        )
        measure = record.measure or ""
        _local(
            menu,
            QCoreApplication.translate("ContextMenus", "&Filter to this measure"),
            lambda: shell.text_filter.setText(measure),
            enabled=bool(measure),
        )
        return menu

    return ContextMenu(table, build, lambda: _current_cell_point(table))


# --- the document list -------------------------------------------------------------------------


def _reread_menu(menu: QMenu, shell, document_id: int, reread: Callable) -> None:
    """Read the file again: another encoding for a plain-text file (the import report's
    choices), the whole page for a web page. The store refuses once a figure of the
    document was reviewed, and the window says so."""
    record = shell.project.document(document_id)
    suffix = Path(record.name).suffix.lower()
    if suffix in (".html", ".htm"):
        _local(
            menu,
            QCoreApplication.translate("ContextMenus", "Read the &whole page again"),
            lambda: reread(document_id, None, whole_page=True),
        )
        return
    sub = menu.addMenu(QCoreApplication.translate("ContextMenus", "Read again &as"))
    if suffix not in TEXT_SUFFIXES or not record.encoding:
        sub.setEnabled(False)  # .docx, .pdf: no encoding to choose
        return
    encodings = list(CHOICES)
    if record.encoding not in encodings:  # declared by a BOM (utf-8-sig, utf-16)
        encodings.insert(0, record.encoding)
    for encoding in encodings:
        action = sub.addAction(choice_label(record.name, encoding, record.encoding))
        action.setCheckable(True)
        action.setChecked(encoding == record.encoding)
        action.setEnabled(encoding != record.encoding)
        action.triggered.connect(lambda _=False, e=encoding: reread(document_id, e))


def _remove_document(view, shell, document_id: int, rows: dict[int, int]) -> None:
    """Ask, then remove the document through the shared edit stack (one undo step).

    The document list refreshes from the store's structural change; the row that
    takes the removed one's place becomes current, so the article follows."""
    name = shell.project.document(document_id).name
    answer = QMessageBox.question(
        view,
        QCoreApplication.translate("ContextMenus", "Remove document"),
        QCoreApplication.translate(
            "ContextMenus",
            "Remove ‘{name}’ and its figures from the project?\n"
            "Edit ▸ Undo (Ctrl+Z) brings it back.",
        ).format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    rows[document_id] = shell.documents_model.row_of(document_id)
    text = QCoreApplication.translate("ContextMenus", "Remove document ‘{name}’")
    shell.edits.push(RemoveDocument(document_id), text.format(name=name))


class _DocumentFollower(QObject):
    """After a document is removed (push or redo) make its neighbour current; after it
    is restored (undo) select it again. The edit stack's reveal only knows figures.

    A QObject child of the list, so the connection ends with the list; the stack may
    already be half destroyed when a closing window clears it."""

    def __init__(self, view, shell, rows: dict[int, int]) -> None:
        super().__init__(view)
        self._shell = shell
        self._rows = rows
        self._stack = shell.edits.stack
        self._last = self._stack.index()
        self._stack.indexChanged.connect(self._on_index)

    @Slot(int)
    def _on_index(self, index: int) -> None:
        before, self._last = self._last, index
        if index == before or not Shiboken.isValid(self._stack):
            return
        command = self._stack.command(index if index < before else index - 1)
        if command is None:
            return
        applied = getattr(command, "inverse" if index < before else "forward", None)
        model = self._shell.documents_model
        if isinstance(applied, RestoreDocument):
            if model.row_of(applied.document_id) >= 0:
                self._shell.select_document(applied.document_id)
        elif isinstance(applied, RemoveDocument) and model.rowCount():
            row = self._rows.get(applied.document_id, 0)
            self._shell.select_document_row(min(max(row, 0), model.rowCount() - 1))


def install_documents_menu(
    view, shell, actions: dict[str, QAction], reread: Callable | None = None
) -> ContextMenu:
    """Properties, read the file again (`reread(document_id, encoding, *,
    whole_page=False)`, the import flow's), remove the document. The document clicked
    becomes current."""
    rows: dict[int, int] = {}  # the row each removed document had, for its neighbour
    _DocumentFollower(view, shell, rows)

    def build(point: QPoint, by_keyboard: bool) -> QMenu | None:
        index = view.currentIndex() if by_keyboard else view.indexAt(point)
        if not index.isValid():
            return None
        if index.row() != view.currentIndex().row():
            shell.select_document_row(index.row())
        document_id = index.data(DOCUMENT_ID_ROLE)
        menu = QMenu(view)
        _add(menu, actions, ("document_properties",))
        if reread is not None and document_id is not None:
            _reread_menu(menu, shell, document_id, reread)
        if document_id is not None:
            menu.addSeparator()
            _local(
                menu,
                QCoreApplication.translate("ContextMenus", "&Remove document"),
                lambda: _remove_document(view, shell, document_id, rows),
            )
        return menu

    return ContextMenu(view, build, lambda: _current_cell_point(view))


# --- the article -------------------------------------------------------------------------------


def install_article_menu(article, shell, actions: dict[str, QAction]) -> ContextMenu:
    """Add the selection as a figure, copy, select all."""

    def build(point: QPoint, by_keyboard: bool) -> QMenu | None:
        selected = article.textCursor().hasSelection()
        menu = QMenu(article)
        add = actions.get("add_figure")
        if add is not None:  # the window's action, offered only with a selection to add
            text = QCoreApplication.translate("ContextMenus", "&Add the selection as a figure")
            keys = add.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            _local(
                menu,
                f"{text}\t{keys}" if keys else text,
                add.trigger,
                enabled=selected and add.isEnabled(),
            )
            menu.addSeparator()
        _local(
            menu,
            QCoreApplication.translate("ContextMenus", "&Copy"),
            article.copy,
            enabled=selected,
        )
        _local(menu, QCoreApplication.translate("ContextMenus", "Select &all"), article.selectAll)
        return menu

    def caret_point() -> QPoint:
        return article.cursorRect().bottomLeft()

    return ContextMenu(article, build, caret_point)
