"""Import runs in the background and reports, per file, what could not be read."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from solieu.ui.dialogs.import_report import ImportReportDialog

SEEDS = Path(__file__).resolve().parents[2] / "seeds"  # not from conftest: tests/core has one too


def test_import_folder_in_background_with_a_report(qtbot, open_window, tmp_path):
    from solieu.store import Project

    empty = tmp_path / "empty.solieu"
    Project.create(empty).close()
    win = open_window(empty)
    assert win.documents_model.rowCount() == 0
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    task = win.imports.import_paths([str(folder)])
    with qtbot.waitSignal(task.finished, timeout=20000) as blocker:
        pass
    report = blocker.args[0]
    assert len(report.imported) == 1
    assert [name for name, _ in report.failed] and "broken.txt" in report.failed[0][0]
    assert win.documents_model.rowCount() == 1
    assert win.doc_id is not None and win.figures_model.rowCount() > 0
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportReportDialog)]
    assert dialogs and dialogs[-1].tree.topLevelItemCount() == 2
    for d in dialogs:
        d.close()


def test_dropping_files_imports_them(qtbot, open_window, tmp_path):
    from solieu.store import Project

    empty = tmp_path / "empty.solieu"
    Project.create(empty).close()
    win = open_window(empty)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in sorted(SEEDS.glob("*.txt"))[:2]])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    win.dropEvent(event)
    qtbot.waitUntil(lambda: win.documents_model.rowCount() == 2, timeout=20000)
    qtbot.waitUntil(lambda: win.tasks.current is None, timeout=20000)


def test_the_report_shows_how_each_file_was_read(qtbot, open_window, tmp_path):
    from solieu.store import Project
    from solieu.text.legacy import encode_cp1258

    empty = tmp_path / "empty.solieu"
    Project.create(empty).close()
    win = open_window(empty)
    seeds = sorted(SEEDS.glob("*.txt"))
    folder = tmp_path / "articles"
    folder.mkdir()
    text = seeds[0].read_text(encoding="utf-8")
    (folder / "a_utf8.txt").write_text(text, encoding="utf-8")
    (folder / "b_utf16.txt").write_bytes(seeds[1].read_text(encoding="utf-8").encode("utf-16"))
    (folder / "c_cp1258.txt").write_bytes(encode_cp1258(seeds[2].read_text(encoding="utf-8")))
    task = win.imports.import_paths([str(folder)])
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    # a guessed legacy encoding opens the report at once
    dialog = win.imports.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.encoding_of("a_utf8.txt") == "UTF-8"
    assert dialog.encoding_of("b_utf16.txt") == "UTF-16"
    assert dialog.encoding_of("c_cp1258.txt") == "Windows-1258 (detected)"
    assert "check that their text reads right" in dialog.summary.text()
    stored = {d.name: win.project.document(d.id).encoding for d in win.project.documents()}
    assert stored == {"a_utf8.txt": "utf-8", "b_utf16.txt": "utf-16", "c_cp1258.txt": "cp1258"}
    assert {f.name: f.document_id for f in dialog.files} == {
        d.name: d.id for d in win.project.documents()
    }
    dialog.close()

    # File ▸ Last import report shows it again
    action = win.actions_by_name["import_report"]
    assert action.isEnabled()
    action.trigger()
    again = win.imports.report_dialog
    assert again is not None and again is not dialog and again.isVisible()
    assert again.encoding_of("b_utf16.txt") == "UTF-16"
    again.close()


def test_a_clean_import_reports_in_the_status_bar_only(qtbot, open_window, tmp_path):
    from solieu.store import Project

    empty = tmp_path / "empty.solieu"
    Project.create(empty).close()
    win = open_window(empty)
    task = win.imports.import_paths([str(sorted(SEEDS.glob("*.txt"))[0])])
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert win.imports.report_dialog is None
    assert "1 document imported" in win.statusBar().currentMessage()
    report, files = win.imports.last_import
    assert [f.encoding for f in files] == ["utf-8"]


# -- the reviewer's encoding override -------------------------------------------------------

VNI_ARTICLE = "Kim ngạch xuất khẩu ước đạt 1.800 triệu USD, tăng 25,1%."


def _import_vni(qtbot, open_window, tmp_path):
    """An empty project, then a VNI file imported through the window: its report opens."""
    from solieu.store import Project
    from solieu.text.legacy import encode_vni

    empty = tmp_path / "empty.solieu"
    Project.create(empty).close()
    win = open_window(empty)
    src = tmp_path / "old_vni.txt"
    src.write_bytes(encode_vni(VNI_ARTICLE))
    task = win.imports.import_paths([str(src)])
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    dialog = win.imports.report_dialog
    assert dialog is not None and dialog.isVisible()  # a guessed encoding opens it
    (doc,) = win.project.documents()
    return win, dialog, doc.id


def _choose(qtbot, win, dialog, encoding: str) -> None:
    """Pick `encoding` in the file's "Read as" combo and wait for the background re-read."""
    combo = dialog.combos[0]
    assert combo.isEnabled()
    combo.setCurrentIndex(combo.findData(encoding))
    assert not combo.isEnabled()  # one re-read at a time
    qtbot.waitUntil(lambda: win.tasks.current is None and combo.isEnabled(), timeout=20000)


def test_the_report_reads_a_file_again_with_the_chosen_encoding(qtbot, open_window, tmp_path):
    win, dialog, doc_id = _import_vni(qtbot, open_window, tmp_path)
    combo = dialog.combos[0]
    assert dialog.tree.itemWidget(dialog.items[0], 2) is combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["utf-8", "cp1258", "tcvn3", "vni"]
    assert combo.currentData() == "vni"
    assert dialog.encoding_of("old_vni.txt") == "VNI (detected)" == combo.currentText()
    assert win.article.text() == VNI_ARTICLE
    assert win.figures_model.rowCount() == 2

    _choose(qtbot, win, dialog, "cp1258")  # the wrong choice garbles the words …
    stored = win.project.document(doc_id)
    assert stored.encoding == "cp1258" and stored.text != VNI_ARTICLE
    assert dialog.encoding_of("old_vni.txt") == "Windows-1258 (chosen)" == combo.currentText()
    assert dialog.files[0].encoding == "cp1258" and dialog.files[0].detected == "vni"
    assert win.article.text() == stored.text  # the window shows the text read again
    assert dialog.items[0].text(1) == f"Imported, {dialog.files[0].figures} figures"

    _choose(qtbot, win, dialog, "vni")  # … and the right one restores them
    stored = win.project.document(doc_id)
    assert stored.encoding == "vni" and stored.text == VNI_ARTICLE
    assert dialog.encoding_of("old_vni.txt") == "VNI (detected)"
    assert dialog.items[0].text(1) == "Imported, 2 figures"
    assert win.article.text() == VNI_ARTICLE
    assert win.figures_model.rowCount() == 2 == len(win.project.figures(document_id=doc_id))
    assert sum(e.action == "reread" for e in win.project.review_log()) == 2
    dialog.close()

    # File ▸ Last import report: the same list, so the override is remembered
    win.actions_by_name["import_report"].trigger()
    again = win.imports.report_dialog
    assert again is not dialog and again.files[0].encoding == "vni"
    assert again.encoding_of("old_vni.txt") == "VNI (detected)"
    again.close()


def test_a_refused_reread_says_why_and_changes_nothing(qtbot, open_window, tmp_path, monkeypatch):
    from solieu.model import Status

    win, dialog, doc_id = _import_vni(qtbot, open_window, tmp_path)
    problems: list[str] = []
    monkeypatch.setattr(win, "show_problem", problems.append)
    first = win.project.figures(document_id=doc_id)[0]
    win.select_figure(first.id)
    win.review.confirm_next()
    assert win.project.figure(first.id).status == Status.CONFIRMED
    before = win.project.document(doc_id)
    figures_before = win.project.figures(document_id=doc_id)

    _choose(qtbot, win, dialog, "cp1258")
    assert len(problems) == 1
    assert "was not read again" in problems[0] and "already reviewed" in problems[0]
    assert win.project.document(doc_id) == before
    assert win.project.figures(document_id=doc_id) == figures_before
    assert dialog.combos[0].currentData() == "vni"  # the combo goes back to what is stored
    assert dialog.encoding_of("old_vni.txt") == "VNI (detected)"
    assert dialog.files[0].encoding == "vni" and dialog.files[0].detected is None
    assert win.edits.stack.canUndo()  # the confirmation is still undoable
    dialog.close()


def test_a_reread_drops_a_redo_of_the_replaced_figures(qtbot, open_window, tmp_path):
    win, dialog, doc_id = _import_vni(qtbot, open_window, tmp_path)
    first = win.project.figures(document_id=doc_id)[0]
    win.select_figure(first.id)
    win.review.confirm_next()
    win.edits.stack.undo()  # pending again: the re-read is allowed, the redo is stale
    assert win.edits.stack.canRedo()
    _choose(qtbot, win, dialog, "tcvn3")
    assert win.project.document(doc_id).encoding == "tcvn3"
    assert not win.edits.stack.canRedo()
    dialog.close()


def test_only_plain_text_files_can_be_read_again(qtbot):
    from solieu.store.records import ImportReport
    from solieu.ui.dialogs.import_report import ImportedFile

    report = ImportReport(imported=["a.txt", "b.docx", "c.html", "d.md"])
    files = [
        ImportedFile("a.txt", 1, "utf-16", 3),
        ImportedFile("b.docx", 2, "docx", 1),
        ImportedFile("c.html", 3, "utf-8", 1),
        ImportedFile("d.md", 4, "utf-8", 0),
    ]
    dialog = ImportReportDialog(report, files, reread=lambda doc_id, enc: None)
    qtbot.addWidget(dialog)
    try:
        assert sorted(dialog.combos) == [0, 3]
        combo = dialog.combos[0]  # declared by a BOM: shown, and the choices after it
        assert combo.currentData() == "utf-16" and combo.currentText() == "UTF-16"
        combo.setCurrentIndex(combo.findData("vni"))  # could not start: back to the stored one
        assert combo.currentData() == "utf-16"
        without = ImportReportDialog(report, files)  # no re-read offered: plain cells
        qtbot.addWidget(without)
        assert not without.combos and without.encoding_of("a.txt") == "UTF-16"
        without.close()
    finally:
        dialog.close()


def test_a_short_article_on_a_long_page_can_be_read_whole_from_the_report(
    qtbot, open_window, tmp_path
):
    from solieu.store import Project

    empty = tmp_path / "empty.solieu"
    Project.create(empty).close()
    win = open_window(empty)
    other = " ".join(f"Đoạn {i}: năm 2024 huyện đón {100 + i} đoàn khách." for i in range(80))
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Xuất khẩu tăng</h1><p>Kim ngạch đạt 1,2 tỷ USD.</p>"
        f"</article><div class='khac'><p>{other}</p></div></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary\x00" * 40)
    task = win.imports.import_paths([str(page), str(tmp_path / "bad.txt")])
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    dialog = win.imports.report_dialog  # something to look at: it opens by itself
    assert dialog is not None and dialog.isVisible()
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    texts = {(r.text(0), r.text(1)) for r in rows}
    assert any(n == "bad.txt" and t.startswith("Not read") for n, t in texts)
    assert any(n == "page.html" and "visible characters were kept" in t for n, t in texts)
    button = dialog.whole_buttons["page.html"]
    doc_id = win.project.documents()[0].id
    assert len(win.project.figures(document_id=doc_id)) == 1
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.tasks.current is None, timeout=20000)
    assert "Đoạn 79" in win.project.document(doc_id).text
    assert len(win.project.figures(document_id=doc_id)) > 80
    assert not button.isEnabled() and "Whole page read" in button.text()
    dialog.close()


def test_the_extraction_processes_start_while_the_folder_is_picked(
    qtbot, open_window, tmp_path, monkeypatch
):
    """The window's pool never plain-forks (Qt's threads), and its fork server is
    started, warming the extractor, while the import dialog is open."""
    import multiprocessing.forkserver
    import os

    from solieu.extract import pool_workers
    from solieu.store import Project
    from solieu.ui import file_dialogs

    empty = tmp_path / "empty.solieu"
    Project.create(empty).close()
    win = open_window(empty)
    assert pool_workers._context().get_start_method() == "forkserver"
    seen = []

    def folder(_parent, _title):
        pid = multiprocessing.forkserver._forkserver._forkserver_pid
        seen.append(pid is not None and os.waitpid(pid, os.WNOHANG) == (0, 0))
        return ""  # the reviewer cancels: nothing is imported

    monkeypatch.setattr(file_dialogs, "folder", folder)
    win.imports.import_folder()
    assert seen == [True] and win.documents_model.rowCount() == 0


def test_files_dragged_in_start_the_extraction_processes(qtbot, open_window, tmp_path):
    """A drag over the window starts the fork server before the drop, as the dialogs
    do while files are picked (a server stopped first, so the drag is what starts it)."""
    import multiprocessing.forkserver
    import os

    from PySide6.QtGui import QDragEnterEvent

    from solieu.store import Project

    empty = tmp_path / "empty.solieu"
    Project.create(empty).close()
    win = open_window(empty)
    server = multiprocessing.forkserver._forkserver
    server._stop()  # Python's own: ends the server a test before may have started
    assert server._forkserver_pid is None
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sorted(SEEDS.glob("*.txt"))[0]))])
    event = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    win.dragEnterEvent(event)
    assert event.isAccepted()
    pid = server._forkserver_pid
    assert pid is not None and os.waitpid(pid, os.WNOHANG) == (0, 0)
