"""The Codebook page: entries, their details and examples, every change one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from solieu.learn import codebook_edits
from solieu.learn.codebook_io import read_codebook
from solieu.learn.model import EntryState
from solieu.store import Project
from solieu.ui import file_dialogs
from solieu.ui.controllers.store_news import ChangeBridge
from solieu.ui.models.codebook_model import MIME_TYPE, decode_ids
from solieu.ui.models.groups_model import HTML_ROLE
from solieu.ui.settings import Settings
from solieu.ui.undo import EditStack
from solieu.ui.views.codebook_view import CodebookPage

ARTICLES = {
    "binh_dinh.txt": (
        "Kinh tế Bình Định 9 tháng đầu năm 2025\n\n"
        "Quy Nhơn, ngày 2/10/2025 - Theo Cục Thống kê tỉnh, 9 tháng đầu năm 2025, kim ngạch "
        "xuất khẩu của tỉnh đạt 1.250 triệu USD, tăng 12,5% so với cùng kỳ năm trước.\n\n"
        "Tổng vốn đầu tư thực hiện trên địa bàn đạt 21.400 tỷ đồng. Toàn tỉnh có 980 doanh "
        "nghiệp thành lập mới.\n\n"
        "Tổng lượt khách du lịch đến tỉnh ước đạt 6,2 triệu lượt, doanh thu du lịch đạt "
        "18.300 tỷ đồng.\n"
    ),
    "phu_yen.txt": (
        "Phú Yên: xuất khẩu tăng trưởng khá\n\n"
        "Tuy Hòa, ngày 5/10/2025 - Trong 9 tháng đầu năm 2025, kim ngạch xuất khẩu của tỉnh "
        "Phú Yên đạt 310 triệu USD, tăng 8% so với cùng kỳ.\n\n"
        "Tổng vốn đầu tư thực hiện trên địa bàn đạt 9.800 tỷ đồng. Trên địa bàn tỉnh có 420 "
        "doanh nghiệp thành lập mới.\n"
    ),
}
EXPORTS = "kim ngạch xuất khẩu"
INVESTMENT = "tổng vốn đầu tư thực hiện"
VISITORS = "tổng lượt khách du lịch đến tỉnh"


class FakeShell(QWidget):
    """What the page uses of the window: the project, its edit stack and store news."""

    projectChanged = Signal()  # noqa: N815 - the window's name

    def __init__(self, project) -> None:
        super().__init__()
        self.project = project
        self.settings = Settings()
        self.edits = EditStack(project, self)
        self.bridge = ChangeBridge(self)
        project.subscribe(self.bridge)
        self.notes: list[str] = []
        self.problems: list[str] = []
        self.edits.failed.connect(self.show_problem)  # as the window's status line does

    def notify(self, message: str, ms: int = 5000) -> None:
        self.notes.append(message)

    def show_problem(self, message: str) -> None:
        self.problems.append(message)


@pytest.fixture
def project(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    project = Project.create(tmp_path / "codebook.solieu")
    report = project.import_paths(sorted(tmp_path.glob("*.txt")))
    assert len(report.imported) == 2 and not report.failed
    # confirming links each figure to an entry named like its measure
    project.apply(codebook_edits.confirming(project, project.figures()))
    yield project
    project.close()


@pytest.fixture
def page(qtbot, project):
    shell = FakeShell(project)
    qtbot.addWidget(shell)
    page = CodebookPage(shell, shell)
    shell.resize(1200, 700)
    page.resize(1200, 700)
    shell.show()
    qtbot.waitExposed(shell)
    shell.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell, timeout=2000)
    page.table.setFocus()
    return page


def _entry(project, name):
    return next((e for e in project.codebook() if e.name == name), None)


def _names(project):
    return [e.name for e in project.codebook()]


def test_the_model_and_its_proxy_pass_the_model_tester(page, qtmodeltester):
    assert page.model.rowCount() == 6
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    row = page.model.row_of(_entry(page.shell.project, EXPORTS).id)
    assert page.model.entry_at(row).name == EXPORTS
    assert page.model.index(row, 5).data() == "2"  # Figures
    assert page.model.headerData(6, Qt.Orientation.Horizontal) == "Synonyms"


def test_new_entry_and_rename_by_key_and_undo(qtbot, page, monkeypatch):
    project = page.shell.project
    monkeypatch.setattr(page, "ask_name", lambda *a, **k: "giá trị sản xuất công nghiệp")
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    created = _entry(project, "giá trị sản xuất công nghiệp")
    assert created is not None and created.figures == 0
    assert page.current_entry_id() == created.id
    assert page.shell.edits.stack.undoText().startswith("New entry")

    monkeypatch.setattr(page, "ask_name", lambda *a, **k: "chỉ số sản xuất công nghiệp")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert project.entry(created.id).name == "chỉ số sản xuất công nghiệp"
    assert page.current_entry().name == "chỉ số sản xuất công nghiệp"

    page.shell.edits.stack.undo()  # Ctrl+Z: the old name is back, and the page shows it
    assert project.entry(created.id).name == "giá trị sản xuất công nghiệp"
    assert page.model.entry_by_id(created.id).name == "giá trị sản xuất công nghiệp"
    page.shell.edits.stack.undo()
    assert project.entry(created.id) is None
    assert page.model.row_of(created.id) == -1


def test_merge_selected_into_current_by_key_m_and_undo(qtbot, page):
    project = page.shell.project
    target = codebook_edits.create(project, EntryState("lượt khách du lịch", unit_class="count"))
    page.shell.edits.push(target, "New entry")
    source = _entry(project, VISITORS)
    assert page.select_entries([source.id], target.entry_id)
    assert set(page.selected_ids()) == {source.id, target.entry_id}
    qtbot.keyClick(page.table, Qt.Key.Key_M)
    merged = project.entry(target.entry_id)
    assert VISITORS in merged.synonyms
    assert project.entry(source.id) is None
    assert page.model.entry_by_id(target.entry_id).figures == 1
    assert page.current_entry_id() == target.entry_id
    assert page.shell.edits.stack.undoText().startswith("Merge entries")

    page.shell.edits.stack.undo()
    assert project.entry(source.id).name == VISITORS
    assert project.entry(target.entry_id).synonyms == ()
    assert len(project.figures(entry_id=source.id)) == 1


def test_dropping_entries_onto_an_entry_merges_them(page):
    project = page.shell.project
    model = page.model
    investment, exports = _entry(project, INVESTMENT), _entry(project, EXPORTS)
    data = model.mimeData([model.index(model.row_of(investment.id), 0)])
    assert data.hasFormat(MIME_TYPE) and decode_ids(data) == [investment.id]
    # between rows, or onto itself: nothing to merge
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    itself = model.index(model.row_of(investment.id), 0)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, itself)
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, itself)
    assert project.entry(investment.id) is not None

    onto = model.index(model.row_of(exports.id), 0)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, onto)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, onto)
    assert project.entry(investment.id) is None
    assert INVESTMENT in project.entry(exports.id).synonyms
    assert len(project.figures(entry_id=exports.id)) == 4
    page.shell.edits.stack.undo()
    assert len(project.figures(entry_id=investment.id)) == 2


def test_delete_is_refused_while_figures_are_linked(qtbot, page):
    project = page.shell.project
    exports = _entry(project, EXPORTS)
    page.select_entry(exports.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert project.entry(exports.id) is not None
    assert page.shell.problems and "still has 2 figures" in page.shell.problems[-1]

    empty = codebook_edits.create(project, EntryState("số hợp tác xã"))
    page.shell.edits.push(empty, "New entry")
    page.select_entry(empty.entry_id)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert project.entry(empty.entry_id) is None
    assert page.current_entry() is not None  # the next row is current
    page.shell.edits.stack.undo()
    assert project.entry(empty.entry_id).name == "số hợp tác xã"


def test_details_show_examples_and_apply_synonyms(qtbot, page):
    project = page.shell.project
    exports = _entry(project, EXPORTS)
    page.select_entry(exports.id)
    assert page.examples.rowCount() == 2
    first = page.examples.item(0, 0)
    assert "<b>1.250 triệu USD</b>" in first.data(HTML_ROLE)
    assert "kim ngạch xuất khẩu của tỉnh đạt 1.250 triệu USD, tăng 12,5%" in first.text()
    assert not first.text().startswith("Kinh tế")  # the sentence, not the article
    assert page.examples.item(1, 1).text() == "phu_yen.txt"
    assert EXPORTS in page.title.text()
    steps = page.shell.edits.stack.count()
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)  # nothing changed: no edit
    assert page.shell.edits.stack.count() == steps

    page.change_combo.setCurrentIndex(page.change_combo.findData(True))
    page.change_combo.activated.emit(page.change_combo.currentIndex())
    assert project.entry(exports.id).change is True
    page.shell.edits.stack.undo()
    assert project.entry(exports.id).change is False
    assert page.change_combo.currentData() is False

    page.synonyms_edit.setText("giá trị xuất khẩu;  xuất khẩu hàng hóa ")
    qtbot.keyClick(page.synonyms_edit, Qt.Key.Key_Return)
    assert project.entry(exports.id).synonyms == ("giá trị xuất khẩu", "xuất khẩu hàng hóa")
    assert page.synonyms_edit.text() == "giá trị xuất khẩu; xuất khẩu hàng hóa"
    page.shell.edits.stack.undo()
    assert project.entry(exports.id).synonyms == ()
    assert page.synonyms_edit.text() == ""


def test_split_selected_examples_into_a_new_entry(qtbot, page, monkeypatch):
    project = page.shell.project
    exports = _entry(project, EXPORTS)
    page.select_entry(exports.id)
    page.examples.selectRow(1)  # the Phú Yên figure
    figure_id = page.selected_example_ids()[0]
    monkeypatch.setattr(page, "ask_name", lambda *a, **k: "kim ngạch xuất khẩu hàng hóa")
    page.examples.setFocus()
    qtbot.keyClick(page.examples, Qt.Key.Key_S)
    new = _entry(project, "kim ngạch xuất khẩu hàng hóa")
    assert new is not None and new.figures == 1 and new.state.unit_class == "USD"
    assert project.figure(figure_id).entry_id == new.id
    assert page.current_entry_id() == new.id
    page.shell.edits.stack.undo()
    assert project.figure(figure_id).entry_id == exports.id
    assert _entry(project, "kim ngạch xuất khẩu hàng hóa") is None


def test_move_selected_examples_to_another_entry(qtbot, page, monkeypatch):
    project = page.shell.project
    exports = _entry(project, EXPORTS)
    other = next(e for e in project.codebook() if e.id != exports.id)
    page.select_entry(exports.id)
    page.examples.selectRow(0)
    figure_id = page.selected_example_ids()[0]
    offered = []

    def choose(title, label, names):
        offered.extend(names)
        return other.name

    monkeypatch.setattr(page, "ask_entry", choose)
    page.examples.setFocus()
    qtbot.keyClick(page.examples, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    assert exports.name not in offered and other.name in offered
    assert project.figure(figure_id).entry_id == other.id
    assert page.current_entry_id() == other.id
    page.shell.edits.stack.undo()
    assert project.figure(figure_id).entry_id == exports.id


def test_the_filter_ignores_diacritics_and_finds_synonyms_and_codes(qtbot, page):
    project = page.shell.project
    exports = _entry(project, EXPORTS)
    state = EntryState(EXPORTS, "XK01", None, "USD", False, ("giá trị hàng xuất",))
    page.shell.edits.push(codebook_edits.update(exports, state), "Edit entry")
    page.filter.setText("kim ngach")
    shown = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert shown == {EXPORTS, "tăng kim ngạch xuất khẩu"}
    page.filter.setText("hang xuat")
    assert page.proxy.rowCount() == 1 and page.current_entry_id() == exports.id
    page.filter.setText("xk01")
    assert page.proxy.rowCount() == 1
    page.filter.clear()
    assert page.proxy.rowCount() == 6


def test_import_a_csv_and_export_an_xlsx(page, tmp_path, monkeypatch):
    project = page.shell.project
    source = tmp_path / "chi_tieu.csv"
    source.write_text(
        "name,code,unit_class,synonyms\n"
        "kim ngạch xuất khẩu,XK01,USD,giá trị xuất khẩu\n"
        "chỉ số sản xuất công nghiệp,IIP,%,IIP\n"
        ",X9,,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(source))
    page.import_codebook()
    assert "(1 new, 1 updated)" in page.shell.notes[-1]
    assert "Imported 2" in page.shell.notes[-1] and "1 row" in page.shell.notes[-1]
    assert page.shell.problems and "row 4" in page.shell.problems[-1]
    exports = project.entry(_entry(project, EXPORTS).id)
    assert exports.code == "XK01" and exports.synonyms == ("giá trị xuất khẩu",)
    assert _entry(project, "chỉ số sản xuất công nghiệp").state.unit_class == "percent"
    assert page.shell.edits.stack.undoText().startswith("Import codebook")

    target = tmp_path / "xuat"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(target))
    page.export_codebook()
    written = tmp_path / "xuat.xlsx"
    assert written.exists()
    back = read_codebook(written)
    assert sorted(e.name for e in back.entries) == sorted(_names(project))
    assert "xuat.xlsx" in page.shell.notes[-1]

    page.shell.edits.stack.undo()  # the import was one step
    assert _entry(project, "chỉ số sản xuất công nghiệp") is None
    assert project.entry(exports_id := _entry(project, EXPORTS).id).code is None
    assert page.model.entry_by_id(exports_id).state.code is None


def test_a_hidden_page_refreshes_when_shown(page):
    project = page.shell.project
    page.set_active(False)
    edit = codebook_edits.create(project, EntryState("sản lượng lúa"))
    project.apply(edit)  # not through the page: the store's news marks it stale
    assert page.model.row_of(edit.entry_id) == -1
    page.set_active(True)
    assert page.model.row_of(edit.entry_id) >= 0
