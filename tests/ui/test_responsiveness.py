"""What keeps the table responsive on a big project, checked as behaviour (no timings):
a filter over figures not read yet shows its rows as the idle reading finds them, the
reading goes in slices, and row lookups stay right whichever way they are answered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import solieu.ui.models.figure_index as figure_index
import solieu.ui.models.figures_model as figures_model
from solieu.model import Status
from solieu.store import Project, SetStatus
from solieu.ui.models.figures_model import FIELDS, FiguresModel, _haystack


@pytest.fixture
def sliced(monkeypatch):
    """Read one document per idle step, and treat any unread figure as 'many'."""
    monkeypatch.setattr(figure_index, "FIRST_SLICE", 1)
    monkeypatch.setattr(figure_index, "FIRST_ID_SLICE", 1)
    monkeypatch.setattr(figure_index, "STEP_MS", 0.0)
    monkeypatch.setattr(figures_model, "PROGRESSIVE_MIN", 0)


def shown(model) -> list[int]:
    return [model.record(r).id for r in range(model.rowCount())]


def test_a_filter_on_a_big_unread_project_shows_rows_as_they_are_found(
    qtmodeltester, project_path, sliced
):
    with Project.open(project_path) as project:
        every = project.figures()
        fig = every[-1]
        project.apply(SetStatus((fig.id,), Status.CONFIRMED, (fig.status,)))
        model = FiguresModel(project, lambda edit, text: None)
        model.set_scope(None, True)  # just opened: the first document's rows at once
        first_doc = every[0].document_id
        assert shown(model) == [f.id for f in every if f.document_id == first_doc]
        assert model.searching()
        qtmodeltester.check(model)
        while model.searching():  # the ids alone, one document per idle step
            assert model.warm_up()
        assert shown(model) == [f.id for f in every]
        assert not model._index.complete  # statuses and texts are still to be read
        assert model.warm_up()  # the idle reading has read the first document
        model.set_filters(Status.PENDING, "n")
        assert model.searching()
        assert shown(model) == [
            f.id
            for f in every
            if f.document_id == first_doc and f.status == Status.PENDING and "n" in _haystack(f)
        ]
        qtmodeltester.check(model)  # stays attached: checks each insertion below
        inserted = []
        model.rowsInserted.connect(lambda _p, first, last: inserted.append(last - first + 1))
        steps = 0
        while model.warm_up():
            steps += 1
        assert steps >= 3  # one document at a time
        assert not model.searching()
        expected = [
            f.id for f in project.figures() if f.status == Status.PENDING and "n" in _haystack(f)
        ]
        assert shown(model) == expected
        assert len(inserted) >= 3  # rows came in as the reading went on
        assert model.hidden_count() == len(every) - len(expected)
        model.set_filters(Status.PENDING, "nh")  # typing on narrows the complete result
        assert shown(model) == [
            f.id for f in project.figures() if f.status == Status.PENDING and "nh" in _haystack(f)
        ]
        model.set_filters(Status.CONFIRMED, "")
        assert shown(model) == [fig.id]


def test_the_empty_table_says_it_is_still_searching(qtbot, window, sliced, monkeypatch):
    model = window.figures_model
    model._forget()  # as after opening: nothing read yet
    monkeypatch.setattr(model._warm_timer, "start", lambda *a: None)  # drive it by hand
    window.all_docs.setChecked(True)
    window.status_filter.setCurrentIndex(window.status_filter.findData(Status.CONFIRMED.value))
    assert model.searching() and model.rowCount() == 0
    assert window.table.notice_text() == "Searching every document…"
    while model.warm_up():
        pass
    assert not model.searching()
    total = len(window.project.figures())
    assert window.table.notice_text() == f"{total} figures hidden by the filter"


def test_row_lookups_agree_with_the_rows_however_they_are_answered(project_path):
    with Project.open(project_path) as project:
        model = FiguresModel(project, lambda edit, text: None)
        model.set_scope(None, True)
        model.sort(FIELDS.index("value"), Qt.SortOrder.DescendingOrder)
        rows = shown(model)
        # the first lookups scan, later ones use a map: all must agree with the rows
        for _ in range(3):
            for row, fid in enumerate(rows[:10]):
                assert model.row_of(fid) == row
        assert model.row_of(-5) == -1 and model.row_of(None) == -1
        model.set_filters(None, "USD")
        filtered = shown(model)
        assert all(model.row_of(fid) == row for row, fid in enumerate(filtered))
        assert model.row_of(next(i for i in rows if i not in filtered)) == -1


def test_idle_reading_sizes_its_slices_to_the_time_they_take(project_path, monkeypatch):
    """Slow slices get smaller, quick ones bigger: each idle step stays short."""
    monkeypatch.setattr(figure_index, "FIRST_SLICE", 2)
    with Project.open(project_path) as project:
        index = figure_index.FigureIndex(project)
        took = {"ms": 50}  # what each read takes, as the index's clock sees it
        now = {"t": 0.0}

        def perf_counter() -> float:
            now["t"] += took["ms"] / 2000  # two readings of the clock per step
            return now["t"]

        monkeypatch.setattr(figure_index.time, "perf_counter", perf_counter)
        reads = []
        real = project.figure_columns

        def figure_columns(fields, document_id=None, documents=None):
            reads.append(documents)
            return real(fields, document_id=document_id, documents=documents)

        monkeypatch.setattr(project, "figure_columns", figure_columns)
        low, high = project.document_id_range()
        assert index.step()
        assert reads[-1] == (low, low + 1)  # the first slice: two documents
        assert index.step()
        assert reads[-1] == (low + 2, low + 2)  # 25 ms a document: one at a time now
        took["ms"] = 0.1  # quick reads: slices grow, at most doubling each time
        assert index.step()
        assert reads[-1] == (low + 3, low + 3)
        assert not index.step()
        assert reads[-1] == (low + 4, high)
        assert index.complete
        assert index.read_ids() == [f.id for f in project.figures()]


@pytest.fixture
def threaded_sort(monkeypatch):
    """Sort every all-documents table on the worker thread, however small."""
    import solieu.ui.models.figure_sort as figure_sort

    monkeypatch.setattr(figure_sort, "BACKGROUND_SORT_MIN", 0)


def test_a_big_sort_runs_off_the_ui_thread_and_keeps_the_current_figure(
    qtbot, qtmodeltester, window, threaded_sort
):
    model = window.figures_model
    window.all_docs.setChecked(True)
    window.select_row(4)
    current = model.record(4).id
    natural = shown(model)
    qtmodeltester.check(model)
    window.table.sortByColumn(FIELDS.index("value"), Qt.SortOrder.DescendingOrder)
    assert model.sorting() and shown(model) == natural  # nothing waits for it
    assert window.table.horizontalHeader().sortIndicatorSection() == FIELDS.index("value")
    qtbot.waitUntil(lambda: not model.sorting(), timeout=10000)
    values = [model.record(r).value for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    assert model.record(window.table.currentIndex().row()).id == current


def test_a_sort_result_for_rows_no_longer_shown_is_dropped(qtbot, window, threaded_sort):
    model = window.figures_model
    window.all_docs.setChecked(True)
    window.table.sortByColumn(FIELDS.index("value"), Qt.SortOrder.AscendingOrder)
    window.text_filter.setText("usd")  # the rows change before the sort comes back
    qtbot.waitUntil(lambda: not model.sorting(), timeout=10000)
    qtbot.wait(50)  # a late result of the first sort would land here
    wanted = {f.id for f in window.project.figures() if "usd" in _haystack(f)}
    assert set(shown(model)) == wanted
    values = [model.record(r).value for r in range(model.rowCount())]
    assert values == sorted(values)


def test_a_sort_asked_while_rows_still_arrive_waits_for_them(project_path, sliced):
    with Project.open(project_path) as project:
        model = FiguresModel(project, lambda edit, text: None)
        model.set_scope(None, True)
        model.set_filters(None, "n")
        assert model.searching()
        model.sort(FIELDS.index("value"), Qt.SortOrder.DescendingOrder)
        assert model.sort_state() is not None
        while model.warm_up():
            pass
        expected = sorted(
            (f for f in project.figures() if "n" in _haystack(f)),
            key=lambda f: f.value,
            reverse=True,
        )
        assert [model.record(r).value for r in range(model.rowCount())] == [
            f.value for f in expected
        ]


@pytest.mark.parametrize("descending", [False, True])
def test_a_sort_in_chunks_is_the_plain_stable_sort(monkeypatch, descending):
    """Chunked and merged (so a worker never holds the GIL long), the order is the
    same: empty cells last, ties in article order, text case-insensitively."""
    import random

    import solieu.ui.models.figure_sort as figure_sort

    monkeypatch.setattr(figure_sort, "SORT_CHUNK", 7)
    rng = random.Random(5)
    pairs = [(i, rng.choice([None, 1, 2, 2, 3, 5, 8])) for i in range(200)]
    ids = [i for i, _ in pairs if i % 3]  # a filtered subset, in article order
    plain = sorted(
        (p for p in pairs if p[0] in set(ids) and p[1] is not None),
        key=lambda p: p[1],
        reverse=descending,
    )
    expected = [i for i, _ in plain] + [i for i, v in pairs if v is None and i in set(ids)]
    assert figure_sort.sort_ids(ids, pairs, descending=descending) == expected
    words = [
        (i, rng.choice(["Đà Nẵng", "đà nẵng", "An Giang", "an giang", "Huế"])) for i in range(60)
    ]
    ranked = figure_sort.sort_ids([i for i, _ in words], words, descending=descending)
    folded = [next(w for j, w in words if j == i).casefold() for i in ranked]
    assert folded == sorted(folded, reverse=descending)
    ties = [i for i in ranked if next(w for j, w in words if j == i).casefold() == "an giang"]
    assert ties == sorted(ties)  # equal values keep article order


def test_a_column_is_read_in_slices_of_documents(project_path, monkeypatch):
    import solieu.ui.models.figure_sort as figure_sort

    monkeypatch.setattr(figure_sort, "READ_FIGURES", 5)
    monkeypatch.setattr(figure_sort, "FIRST_READ_DOCUMENTS", 1)
    with Project.open(project_path) as project:
        reads = []
        real = project.figure_columns

        def figure_columns(fields, document_id=None, documents=None):
            reads.append(documents)
            return real(fields, document_id=document_id, documents=documents)

        monkeypatch.setattr(project, "figure_columns", figure_columns)
        pairs = figure_sort.read_column(project, "value")
        assert pairs == [(f.id, f.value) for f in project.figures()]
        low, high = project.document_id_range()
        assert reads[0] == (low, low) and reads[-1][1] == high  # in order, every document
        assert all(b[0] == a[1] + 1 for a, b in zip(reads, reads[1:], strict=False))


def test_a_background_sort_gives_the_collector_back(qtbot, window, threaded_sort):
    import gc

    model = window.figures_model
    window.all_docs.setChecked(True)
    assert gc.isenabled()
    window.table.sortByColumn(FIELDS.index("measure"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not model.sorting(), timeout=10000)
    qtbot.waitUntil(gc.isenabled, timeout=2000)  # the worker ends just after its result


def test_the_window_takes_the_gil_back_from_its_workers_quickly(open_window, project_path):
    """A CPU-bound worker keeps the GIL for the whole switch interval each time the UI
    thread lets it go (ui/gil.py); the window lowers it, and never raises a lower one."""
    import sys

    from solieu.ui import gil

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        open_window(project_path)
        assert sys.getswitchinterval() == pytest.approx(gil.SWITCH_S)
        sys.setswitchinterval(gil.SWITCH_S / 2)
        gil.quick_handoffs()
        assert sys.getswitchinterval() == pytest.approx(gil.SWITCH_S / 2)
    finally:
        sys.setswitchinterval(before)


def test_a_worker_steps_aside_while_the_ui_thread_is_busy_and_only_then(qtbot):
    """The heartbeat's logic (ui/gil.py): a late beat is a busy window; a worker then
    sleeps once per `RUN_S` of its own work, the UI thread never."""
    import threading
    import time

    from solieu.ui import gil

    beat = gil.Heartbeat()
    qtbot.waitUntil(lambda: not beat.busy())  # the event loop runs: the beats come
    time.sleep(0.02)  # the UI thread busy, no event processed
    assert beat.busy()
    beat()  # the UI thread itself never waits
    assert beat.yields == 0

    def worker(calls: int) -> None:
        for _ in range(calls):
            beat()
            time.sleep(beat.RUN_S * 1.5)

    assert not beat.running  # no worker has asked: no timer wakes the idle window
    t = threading.Thread(target=worker, args=(4,))
    t.start()
    # the UI thread stays busy meanwhile: the first call starts the heartbeat, the
    # second starts the worker's run, the next two find the beat late and yield
    t.join()
    assert beat.yields == 2 and beat.running
    qtbot.waitUntil(lambda: not beat.busy())  # back in the event loop: on time again
    qtbot.waitUntil(lambda: not beat.running, timeout=5000)  # nobody asks: it stops
