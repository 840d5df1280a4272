"""Every Qt model passes Qt's own model tester, in each of its modes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from solieu.model import Status
from solieu.store import Project
from solieu.ui.models.documents_model import DocumentsModel
from solieu.ui.models.figures_model import FIELDS, FiguresModel


def test_figures_model_passes_modeltester(qtmodeltester, project_path):
    with Project.open(project_path) as project:
        model = FiguresModel(project, lambda edit, text: None)
        doc = project.documents()[0]
        model.set_scope(doc.id, False)
        assert model.rowCount() == doc.total > 0
        qtmodeltester.check(model)
        model.set_scope(None, True)
        assert model.rowCount() == sum(d.total for d in project.documents())
        qtmodeltester.check(model)
        model.sort(FIELDS.index("value"), Qt.SortOrder.DescendingOrder)
        values = [model.record(r).value for r in range(model.rowCount())]
        assert values == sorted(values, reverse=True)
        model.set_filters(Status.CONFIRMED, "")
        assert model.rowCount() == 0
        qtmodeltester.check(model)
        model.set_filters(None, "USD")
        assert 0 < model.rowCount() < len(values)
        qtmodeltester.check(model)


def test_documents_model_passes_modeltester(qtmodeltester, project_path):
    with Project.open(project_path) as project:
        model = DocumentsModel(project)
        model.reload()
        assert model.rowCount() == 5
        qtmodeltester.check(model)
        model.set_filter("000_")
        assert model.rowCount() == 1
        qtmodeltester.check(model)


def test_set_data_builds_an_edit_and_nothing_else(project_path):
    with Project.open(project_path) as project:
        submitted = []
        model = FiguresModel(project, lambda edit, text: submitted.append(edit) or True)
        model.set_scope(project.documents()[0].id, False)
        index = model.index(0, FIELDS.index("unit"))
        assert model.setData(index, "đô la", Qt.ItemDataRole.EditRole)
        (edit,) = submitted
        assert (edit.field, edit.new) == ("unit", "đô la")
        assert project.figure(edit.figure_id).unit != "đô la"  # the model did not write


def test_figures_model_passes_modeltester_sorted_filtered_and_hidden(qtmodeltester, project_path):
    with Project.open(project_path) as project:
        model = FiguresModel(project, lambda edit, text: None)
        doc = project.documents()[0]
        model.set_scope(doc.id, False)
        model.sort(FIELDS.index("measure"), Qt.SortOrder.AscendingOrder)
        assert model.sort_state() == (FIELDS.index("measure"), Qt.SortOrder.AscendingOrder)
        qtmodeltester.check(model)
        model.set_filters(None, "USD")  # filtered and still sorted
        assert 0 < model.rowCount() < doc.total
        assert model.hidden_count() == doc.total - model.rowCount()
        assert model.sort_state() is not None
        qtmodeltester.check(model)
        model.set_filters(None, "zzqx không có")  # every row hidden
        assert model.rowCount() == 0 and model.hidden_count() == doc.total
        qtmodeltester.check(model)
        model.set_scope(None, True)  # another page: article order, same filter
        assert model.sort_state() is None
        assert model.hidden_count() == model.scope_count() == len(project.figures())
        qtmodeltester.check(model)
        model.sort(-1)  # already in article order: nothing to do
        assert model.sort_state() is None


def test_one_call_per_cell_answers_every_role_as_data_does(qapp, project_path):
    """The view paints through multiData; it must say what data() says, role by role."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    with Project.open(project_path) as project:
        model = FiguresModel(project, lambda edit, text: None)
        project_figures = project.figures(document_id=project.documents()[0].id)
        model.set_scope(project_figures[0].document_id, False)
        roles = [
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.CheckStateRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ]
        for row in range(min(model.rowCount(), 5)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in roles:
                    cell = QModelRoleData(role)
                    model.multiData(index, QModelRoleDataSpan(cell))
                    assert cell.data() == model.data(index, role), (FIELDS[column], role)

        # a delegate asks for all its roles in one call, and shows what data() says
        calls = []
        real_data = model.data
        model.data = lambda *a: calls.append(a) or real_data(*a)
        delegate = QStyledItemDelegate()
        for column in range(model.columnCount()):
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, model.index(0, column))
            assert option.text == (real_data(model.index(0, column)) or "")
        assert calls == []
