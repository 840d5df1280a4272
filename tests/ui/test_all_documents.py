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


def brute(project, status, needle: str) -> list[int]:
    """What the all-documents filter must show: every figure, checked one by one."""
    return [
        f.id
        for f in project.figures()
        if (status is None or f.status == status) and needle.casefold() in _haystack(f)
    ]


def shown(model) -> list[int]:
    return [model.record(r).id for r in range(model.rowCount())]


def test_typing_on_narrows_and_backspace_widens_the_all_documents_filter(project_path):
    with Project.open(project_path) as project:
        model = FiguresModel(project, lambda edit, text: None)
        project.subscribe(model.on_change)
        model.set_scope(None, True)
        for text in ("t", "tr", "tri", "triệ", "triệu", "triệu u", "tri", "", "USD", "us"):
            model.set_filters(None, text)
            assert shown(model) == brute(project, None, text.strip()), text
            assert model.hidden_count() == len(project.figures()) - model.rowCount()
        # an edit between two keys: the narrowed search must see the figure it changed
        model.set_filters(None, "zz")
        assert shown(model) == []
        fig = project.figures()[3]
        project.apply(SetField(fig.id, "measure", fig.measure, "chỉ số zzqx"))
        model.set_filters(None, "zzq")
        assert shown(model) == [fig.id]
        project.apply(SetStatus((fig.id,), Status.REJECTED, (fig.status,)))
        model.set_filters(Status.REJECTED, "zzqx")
        assert shown(model) == brute(project, Status.REJECTED, "zzqx") == [fig.id]


def test_filters_before_the_idle_reading_is_done_see_every_document(project_path, monkeypatch):
    """Half the index read in idle time, the rest completed when a filter needs it."""
    import solieu.ui.models.figure_index as figure_index

    monkeypatch.setattr(figure_index, "FIRST_SLICE", 1)
    monkeypatch.setattr(figure_index, "STEP_MS", 0.0)  # one document per step
    with Project.open(project_path) as project:
        model = FiguresModel(project, lambda edit, text: None)
        project.subscribe(model.on_change)
        assert model.warm_up() and model.warm_up()  # two of the five documents read
        model.set_scope(None, True)
        assert shown(model) == [f.id for f in project.figures()]
        first, late = project.figures()[0], project.figures()[-1]
        project.apply(SetStatus((first.id,), Status.CONFIRMED, (first.status,)))
        project.apply(SetStatus((late.id,), Status.CONFIRMED, (late.status,)))
        model.set_filters(Status.CONFIRMED, "")
        assert shown(model) == [first.id, late.id]
        assert model.warm_up()  # the idle reading goes on where it was
        model.set_filters(Status.CONFIRMED, late.text)  # a text filter finishes the reading
        assert not model.warm_up()
        assert shown(model) == brute(project, Status.CONFIRMED, late.text)
        assert late.id in shown(model)


def test_structural_changes_read_the_index_again(project_path):
    from solieu.store import DeleteFigure

    with Project.open(project_path) as project:
        model = FiguresModel(project, lambda edit, text: None)
        project.subscribe(model.on_change)
        while model.warm_up():
            pass
        model.set_scope(None, True)
        gone = project.figures()[5]
        project.apply(DeleteFigure(gone.id))
        assert gone.id not in shown(model)
        model.set_filters(None, gone.text)
        assert gone.id not in shown(model)
        assert shown(model) == brute(project, None, gone.text)
