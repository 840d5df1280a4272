"""Import runs in the background and reports, per file, what could not be read."""

from __future__ import annotations

import shutil

from conftest import SEEDS
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from solieu.ui.dialogs.import_report import ImportReportDialog


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
