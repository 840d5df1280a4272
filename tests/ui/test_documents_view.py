"""The document list: a document with nothing pending is done; counts never cover the title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem

from solieu.model import Status
from solieu.store import Project
from solieu.store.edits import SetStatus
from solieu.ui.models.documents_model import (
    DONE_ROLE,
    DUPLICATE_ROLE,
    PROGRESS_ROLE,
    DocumentsModel,
)
from solieu.ui.views.documents_view import DONE, DocumentsView

LONG_TITLE = (
    "Thành phố Cần Thơ: vốn đầu tư công giải ngân 8 tháng đầu năm 2025 đạt 6.420 tỷ đồng, "
    "bằng 61,3% kế hoạch vốn Thủ tướng Chính phủ giao, cao hơn bình quân cả nước"
)


def decide(project, document_id: int, reject_every: int) -> None:
    """Confirm the document's figures, rejecting every `reject_every`-th one."""
    figures = project.figures(document_id=document_id)
    for i, f in enumerate(figures):
        status = Status.REJECTED if i % reject_every == 0 else Status.CONFIRMED
        project.apply(SetStatus((f.id,), status, (f.status,)))


def test_a_document_with_nothing_pending_is_done_whatever_the_mix(
    qtbot, qtmodeltester, project_path
):
    with Project.open(project_path) as project:
        docs = project.documents()
        decide(project, docs[0].id, reject_every=2)  # confirmed and rejected
        decide(project, docs[1].id, reject_every=1)  # rejected only
        first = project.figures(document_id=docs[2].id)[0]
        project.apply(SetStatus((first.id,), Status.REJECTED, (first.status,)))  # one decided
        model = DocumentsModel(project)
        model.reload()
        qtmodeltester.check(model)
        done = [model.index(r).data(DONE_ROLE) for r in range(model.rowCount())]
        assert done[:3] == [True, True, False]
        view = DocumentsView()
        qtbot.addWidget(view)
        view.setModel(model)
        delegate = view.itemDelegate()
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.rect()
        texts = [delegate.item_layout(option, model.index(r)).counts_text for r in range(3)]
        totals = [d.total for d in docs[:3]]
        assert texts[0] == f"{DONE} {totals[0]}/{totals[0]}"  # rejected figures count as decided
        assert texts[1] == f"{DONE} {totals[1]}/{totals[1]}"
        assert texts[2] == f"1/{totals[2]}"
        assert "rejected" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)


def _list(qtbot, width: int, title: str = LONG_TITLE, badge: str | None = None):
    model = QStandardItemModel()
    item = QStandardItem(title)
    item.setData((120, 35, 1234), PROGRESS_ROLE)
    item.setData(False, DONE_ROLE)
    item.setData(badge, DUPLICATE_ROLE)
    model.appendRow(item)
    view = DocumentsView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(width, 200)
    view.show()
    qtbot.waitExposed(view)
    index = model.index(0, 0, QModelIndex())
    option = QStyleOptionViewItem()
    option.initFrom(view)
    height = view.itemDelegate().sizeHint(option, index).height()
    option.rect = QRect(0, 0, width, height)  # a row of a list `width` pixels wide
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    return view, view.itemDelegate().item_layout(option, index), option


@pytest.mark.parametrize("width", [150, 200, 260, 420])
def test_the_counts_never_sit_on_the_title(qtbot, width):
    view, parts, option = _list(qtbot, width, badge="≈ 2 near-duplicates")
    assert parts.counts_text == "≈ 155/1234"
    assert not parts.title.intersects(parts.counts)
    assert not parts.title.intersects(parts.bar)
    assert option.rect.contains(parts.counts) and option.rect.contains(parts.title)
    fm = option.fontMetrics
    assert 1 <= len(parts.lines) <= 2
    assert parts.lines[-1].endswith("…")  # the rest of the long title is elided
    for line in parts.lines:
        assert fm.horizontalAdvance(line) <= parts.title.width()
    assert fm.horizontalAdvance(parts.counts_text) <= parts.counts.width()
    view.grab()  # paints without error


def test_a_very_narrow_list_puts_the_counts_under_a_one_line_title(qtbot):
    view, parts, option = _list(qtbot, 110)
    assert len(parts.lines) == 1
    assert parts.counts.top() >= parts.title.bottom()
    assert not parts.counts.intersects(parts.bar)
    assert option.rect.contains(parts.counts)


def test_a_short_title_is_painted_whole(qtbot):
    view, parts, _option = _list(qtbot, 420, title="Giá lúa tăng 300 đồng/kg")
    assert parts.lines == ("Giá lúa tăng 300 đồng/kg",)
