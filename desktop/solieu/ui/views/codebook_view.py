"""The Codebook page: the project's indicators, their synonyms and example sentences.

A filter line over a sortable table of entries (multi-select), and a details pane for
the current entry: its fields, its synonyms ("; "-separated, Enter applies) and up to
20 linked figures shown in their sentences. Every operation is built by
`solieu.learn.codebook_edits` and pushed on the window's one undo stack, so Ctrl+Z
takes it back and History names it; the page then re-reads the codebook (hundreds of
entries: cheaper than patching rows) and reselects by entry id.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from solieu.learn import codebook_edits
from solieu.learn.model import Entry, EntryState
from solieu.store import ProjectError
from solieu.store.edits import Batch
from solieu.ui import i18n
from solieu.ui.models.codebook_model import (
    COLUMNS,
    ENTRY_ID_ROLE,
    CodebookModel,
    EntryFilter,
)
from solieu.ui.views.codebook_details import CodebookDetails
from solieu.ui.views.codebook_files import CodebookFiles
from solieu.ui.views.elided_label import ElidedLabel


class CodebookPage(CodebookDetails, CodebookFiles, QWidget):
    def __init__(self, shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.setObjectName("codebookPage")
        self._active = True
        self._stale = False
        self._generation = 0  # counts refreshes: a push that was not notified refreshes itself
        self._sentences: dict[int, tuple[str, list]] = {}
        self.model = CodebookModel(self)
        self.proxy = EntryFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._build_actions()
        self.model.mergeRequested.connect(self.merge_ids)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.examples.itemSelectionChanged.connect(self._update_actions)
        shell.bridge.changed.connect(self._on_change)
        shell.projectChanged.connect(self._on_project)
        self.refresh()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter = QLineEdit(self)
        self.filter.setObjectName("codebookFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter by name, synonym or code (Ctrl+F)"))
        self.filter.textChanged.connect(self._on_filter)
        self.filter.returnPressed.connect(lambda: self.table.setFocus())
        # a tool bar, not a row of buttons: on a narrow window what does not fit goes to
        # its » menu instead of widening the page (the window stays usable at 640×420)
        self.buttons = QToolBar(self)
        self.buttons.setObjectName("codebookTools")
        self.buttons.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.table = QTableView(self)
        self.table.setObjectName("codebookTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for column, width in zip(COLUMNS, (260, 70, 140, 80, 70, 60), strict=False):
            self.table.setColumnWidth(COLUMNS.index(column), width)  # synonyms: the rest
        # drag entries onto another entry: the model asks for a merge
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDragDropOverwriteMode(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.hint = ElidedLabel(self)  # one line: on a small window it elides, never overlaps
        self.hint.setObjectName("codebookHint")
        self.hint.setStyleSheet("color: #57606a;")
        self.hint.setText(
            self.tr(
                "Ins new entry · F2 rename · M merge the selected entries into the current "
                "one (or drag them onto it) · S split the selected examples into a new entry "
                "· Shift+M move them to another entry · Del delete an entry without figures "
                "· Ctrl+F filter"
            )
        )
        self.hint.setVisible(bool(getattr(self.shell.settings, "show_hints", True)))
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 0, 6)
        lv.addWidget(self.filter)
        lv.addWidget(self.buttons)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.hint)

        right = self._build_details()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("codebookSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _build_actions(self) -> None:
        specs = (
            ("new", self.tr("New entry"), "Ins", self.new_entry),
            ("rename", self.tr("Rename"), "F2", self.rename_entry),
            ("merge", self.tr("Merge selected into current"), "M", self.merge_selected),
            ("split", self.tr("Split examples into a new entry"), "S", self.split_examples),
            ("move", self.tr("Move examples to another entry"), "Shift+M", self.move_examples),
            ("delete", self.tr("Delete"), "Del", self.delete_selected),
            ("import", self.tr("Import…"), None, self.import_codebook),
            ("export", self.tr("Export…"), None, self.export_codebook),
        )
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, key, slot in specs:
            action = QAction(text, self)
            action.setObjectName(f"codebook_{name}")
            if key:
                action.setShortcut(QKeySequence(key))
                # only while the table (or, for split, the examples) has the keyboard: the
                # filter and the details' fields keep their own keys (typing M, Del …)
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                action.setToolTip(f"{text} ({key})")
                self.table.addAction(action)
            action.triggered.connect(lambda _=False, slot=slot: slot())
            self.actions_by_name[name] = action
            self.buttons.addAction(action)
        self.examples.addAction(self.actions_by_name["split"])
        self.examples.addAction(self.actions_by_name["move"])
        self.actions_by_name["delete"].setToolTip(
            self.tr("Delete the selected entries (Del): only entries without figures")
        )
        find = QAction(self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.filter.setFocus(), self.filter.selectAll()))
        self.addAction(find)

    # --- reading the store ---------------------------------------------------------------

    def set_active(self, active: bool) -> None:
        """The page is shown (or hidden): a hidden page only notes that it is stale."""
        self._active = active
        if active:
            if self._stale:
                self.refresh()
            self.table.setFocus()

    def _on_change(self, change) -> None:
        if not (change.codebook or change.figure_ids or change.structural):
            return
        if self._active:
            self.refresh()
        else:
            self._stale = True

    def _on_project(self) -> None:
        self.filter.clear()
        self.refresh()

    def refresh(self) -> None:
        """Read the codebook again, keeping the current and selected entries by id."""
        self._stale = False
        self._generation += 1
        self._sentences.clear()
        current, selected = self.current_entry_id(), self.selected_ids()
        try:
            entries = self.shell.project.codebook() if self.shell.project else []
        except ProjectError as exc:
            self.shell.show_problem(i18n.tr_error(exc))
            return
        self.model.set_entries(entries)
        if not self.select_entries(selected, current) and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_details()

    # --- selection -----------------------------------------------------------------------

    def _proxy_row(self, entry_id: int | None) -> int:
        row = self.model.row_of(entry_id)
        return self.proxy.mapFromSource(self.model.index(row, 0)).row() if row >= 0 else -1

    def current_entry_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ENTRY_ID_ROLE) if index.isValid() else None

    def current_entry(self) -> Entry | None:
        return self.model.entry_by_id(self.current_entry_id())

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(ENTRY_ID_ROLE) for r in rows]

    def selected_entries(self) -> list[Entry]:
        found = (self.model.entry_by_id(i) for i in self.selected_ids())
        return [e for e in found if e is not None]

    def select_entries(self, ids: list[int], current: int | None) -> bool:
        """Select `ids` and make `current` the current row; False if none is shown."""
        rows = [r for r in (self._proxy_row(i) for i in ids) if r >= 0]
        current_row = self._proxy_row(current)
        if current_row < 0:
            if not rows:
                return False
            current_row = rows[0]
        sm = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        sm.setCurrentIndex(self.proxy.index(current_row, 0), flags.NoUpdate)
        selection = QItemSelection()
        for r in {*rows, current_row}:
            selection.select(self.proxy.index(r, 0), self.proxy.index(r, len(COLUMNS) - 1))
        sm.select(selection, flags.ClearAndSelect)
        self.table.scrollTo(self.proxy.index(current_row, 0))
        return True

    def select_entry(self, entry_id: int | None) -> None:
        if self._proxy_row(entry_id) < 0 and self.filter.text():
            self.filter.clear()  # the filter hides it: the reviewer wants to see it
        self.select_entries([], entry_id)
        self._show_details()

    def _on_filter(self, text: str) -> None:
        current = self.current_entry_id()
        self.proxy.set_query(text)
        if self._proxy_row(current) < 0 and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_details()

    def _update_actions(self) -> None:
        has = self.current_entry() is not None
        for name in ("rename", "merge", "delete"):
            self.actions_by_name[name].setEnabled(has)
        self.actions_by_name["split"].setEnabled(has and bool(self.examples.rowCount()))
        self.actions_by_name["export"].setEnabled(bool(self.model.rowCount()))

    # --- operations: each one edit on the window's undo stack ----------------------------

    def _push(self, edit, text: str) -> bool:
        generation = self._generation
        if self.shell.edits.push(edit, text) is None:
            return False  # the stack reported why
        if self._generation == generation:
            self.refresh()  # the store's news did not come (or comes later): read now
        return True

    def ask_name(self, title: str, label: str, text: str = "") -> str | None:
        """A name from the reviewer (None: cancelled or empty). Tests replace it."""
        name, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        name = " ".join(name.split())
        return name if ok and name else None

    def new_entry(self) -> None:
        name = self.ask_name(self.tr("New entry"), self.tr("Name of the indicator:"))
        if name is None:
            return
        edit = codebook_edits.create(self.shell.project, EntryState(name))
        if self._push(edit, self.tr("New entry “{name}”").format(name=name)):
            self.select_entry(edit.entry_id)

    def rename_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        name = self.ask_name(self.tr("Rename entry"), self.tr("New name:"), entry.name)
        if name is None or name == entry.name:
            return
        edit = codebook_edits.update(entry, replace(entry.state, name=name))
        if self._push(edit, self.tr("Rename entry “{name}”").format(name=entry.name)):
            self.select_entry(entry.id)

    def apply_details(self) -> None:
        """The details pane's fields (Enter in a line, a choice in a list) → one edit."""
        entry = self.current_entry()
        if entry is None:
            return
        synonyms = tuple(s.strip() for s in self.synonyms_edit.text().split(";") if s.strip())
        state = replace(
            entry.state,
            code=self.code_edit.text().strip() or None,
            name_en=self.name_en_edit.text().strip() or None,
            unit_class=self.unit_combo.currentData(),
            change=self.change_combo.currentData(),
            synonyms=synonyms,
        )
        if state == entry.state:
            return
        text = self.tr("Edit entry “{name}”").format(name=entry.name)
        if not self._push(codebook_edits.update(entry, state), text):
            self._show_details()  # refused: show what is stored

    def merge_selected(self) -> None:
        target = self.current_entry()
        sources = [e for e in self.selected_entries() if target is None or e.id != target.id]
        if target is None or not sources:
            self.shell.notify(self.tr("Ctrl+click the entries to merge, the one to keep last"))
            return
        self._merge(target, sources)

    def merge_ids(self, target_id: int, source_ids: list) -> None:
        """Entries dropped onto an entry (the model's `mergeRequested`)."""
        target = self.model.entry_by_id(target_id)
        sources = [self.model.entry_by_id(i) for i in source_ids if i != target_id]
        sources = [e for e in sources if e is not None]
        if target is not None and sources:
            self._merge(target, sources)

    def _merge(self, target: Entry, sources: list[Entry]) -> None:
        edit = codebook_edits.merge(self.shell.project, target, sources)
        if self._push(edit, self.tr("Merge entries into “{name}”").format(name=target.name)):
            self.select_entry(target.id)

    def split_examples(self) -> None:
        entry = self.current_entry()
        ids = self.selected_example_ids()
        if entry is None or not ids:
            self.shell.notify(self.tr("Select the example figures to split off first"))
            return
        name = self.ask_name(
            self.tr("Split entry"),
            self.tr("Name of the new entry for the %n selected figure(s):", "", len(ids)),
        )
        if name is None:
            return
        edit = codebook_edits.split(self.shell.project, entry, ids, name)
        if self._push(edit, self.tr("Split “{name}”").format(name=entry.name)):
            self.select_entry(edit.edits[0].entry_id)

    def ask_entry(self, title: str, label: str, names: list[str]) -> str | None:
        """An entry's name chosen from `names` (None: cancelled). Tests replace it."""
        name, ok = QInputDialog.getItem(self, title, label, names, 0, False)
        return name if ok and name else None

    def move_examples(self) -> None:
        """The selected example figures go to another entry (their link, nothing else)."""
        entry = self.current_entry()
        ids = self.selected_example_ids()
        if entry is None or not ids:
            self.shell.notify(self.tr("Select the example figures to move first"))
            return
        others = {e.name: e for e in self.model.entries if e.id != entry.id}
        if not others:
            return
        name = self.ask_entry(
            self.tr("Move to another entry"),
            self.tr("Entry for the %n selected figure(s):", "", len(ids)),
            sorted(others, key=str.casefold),
        )
        if name is None or name not in others:
            return
        target = others[name]
        edit = codebook_edits.move(self.shell.project, ids, target)
        if self._push(edit, self.tr("Move figures to “{name}”").format(name=target.name)):
            self.select_entry(target.id)

    def delete_selected(self) -> None:
        entries = self.selected_entries() or [e for e in [self.current_entry()] if e]
        if not entries:
            return
        edits = [codebook_edits.delete(e) for e in entries]
        if len(edits) == 1:
            text = self.tr("Delete entry “{name}”").format(name=entries[0].name)
            edit = edits[0]
        else:
            text = self.tr("Delete %n entry(s)", "", len(edits))
            edit = Batch(tuple(edits))
        row = self.table.currentIndex().row()
        if self._push(edit, text) and self.proxy.rowCount():
            self.table.selectRow(min(max(row, 0), self.proxy.rowCount() - 1))
