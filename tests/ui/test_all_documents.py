"""The all-documents table reads only what it needs and stays equal to the store."""

from __future__ import annotations

from solieu.model import Status
from solieu.store import Project, SetField, SetStatus
from solieu.ui.models.documents_model import DocumentsModel
from solieu.ui.models.figures_model import FiguresModel, _haystack


def test_all_documents_match_the_store_after_edits(project_path):
    with Project.open(project_path) as project:
        model = FiguresModel(project, lambda edit, text: None)
        project.subscribe(model.on_change)
        while model.warm_up():  # what the idle timer does, slice by slice
            pass
        model.set_scope(None, True)
        every = project.figures()
        assert [model.record(r).id for r in range(model.rowCount())] == [f.id for f in every]
        assert model.records() == every

        first, second = every[0], every[1]
        project.apply(SetStatus((first.id,), Status.CONFIRMED, (first.status,)))
        project.apply(SetField(second.id, "measure", second.measure, "sản lượng zzqx"))
        model.set_filters(Status.CONFIRMED, "")
        assert [model.record(r).id for r in range(model.rowCount())] == [
            f.id for f in project.figures(status=Status.CONFIRMED)
        ]
        model.set_filters(None, "ZZQX")
        assert [model.record(r).id for r in range(model.rowCount())] == [second.id]
        assert "zzqx" in _haystack(model.record(0))


def test_documents_refresh_only_what_an_edit_touched(project_path):
    with Project.open(project_path) as project:
        model = DocumentsModel(project)
        model.reload()
        project.subscribe(model.on_change)
        fig = project.figures()[0]
        before = model.counts()
        project.apply(SetStatus((fig.id,), Status.REJECTED, (fig.status,)))
        assert model.all_documents() == project.documents()
        counts = project.counts()
        assert model.counts() == (
            counts[Status.CONFIRMED],
            counts[Status.REJECTED],
            counts[Status.PENDING],
        )
        assert model.counts() != before
        assert project.documents([fig.document_id])[0] == next(
            d for d in project.documents() if d.id == fig.document_id
        )
