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
