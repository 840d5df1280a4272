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
    task = win.import_paths([str(folder)])
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
    qtbot.waitUntil(lambda: win._task is None, timeout=20000)


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
    task = win.import_paths([str(folder)])
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    # a guessed legacy encoding opens the report at once
    dialog = win.import_report_dialog
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
    again = win.import_report_dialog
    assert again is not None and again is not dialog and again.isVisible()
    assert again.encoding_of("b_utf16.txt") == "UTF-16"
    again.close()


def test_a_clean_import_reports_in_the_status_bar_only(qtbot, open_window, tmp_path):
    from solieu.store import Project

    empty = tmp_path / "empty.solieu"
    Project.create(empty).close()
    win = open_window(empty)
    task = win.import_paths([str(sorted(SEEDS.glob("*.txt"))[0])])
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert win.import_report_dialog is None
    assert "1 documents imported" in win.statusBar().currentMessage()
    report, files = win.last_import
    assert [f.encoding for f in files] == ["utf-8"]
