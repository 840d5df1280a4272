"""The codebook in the project file: entries and links are store edits, undoable and logged."""

from __future__ import annotations

import sqlite3

import pytest

from solieu.learn import codebook_edits as cb
from solieu.learn.model import EntryState, RuleState
from solieu.model import Status
from solieu.store import (
    SCHEMA_VERSION,
    EditConflict,
    InvalidEdit,
    Project,
    PutEntry,
    PutRule,
    SetField,
    edit_from_json,
)

EXPORTS = (
    "Trong 9 tháng, kim ngạch xuất khẩu của tỉnh đạt 2,5 tỷ USD, tăng 12% so với cùng kỳ. "
    "Trị giá xuất khẩu hàng nông sản đạt 640 triệu USD."
)
INVEST = "Năm 2025, tỉnh thu hút 18 dự án FDI với tổng vốn đăng ký 950 triệu USD."


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "xk.txt").write_text(EXPORTS, encoding="utf-8")
    (folder / "fdi.txt").write_text(INVEST, encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as p:
        p.import_paths([folder])
        yield p


def _usd(p: Project):
    return [f for f in p.figures() if f.unit_class == "USD"]


def test_create_rename_delete_round_trip_through_undo(project):
    state = EntryState(
        "kim ngạch xuất khẩu", "XK01", "export turnover", "USD", False, ("giá trị xuất khẩu",)
    )
    undo_create = project.apply(cb.create(project, state))
    (entry,) = project.codebook()
    assert entry.state == state and entry.figures == 0
    renamed = EntryState(
        "kim ngạch xuất khẩu hàng hoá", *list(state.to_dict().values())[1:5], state.synonyms
    )
    undo_rename = project.apply(cb.update(entry, renamed))
    assert project.entry(entry.id).name == "kim ngạch xuất khẩu hàng hoá"
    project.apply(undo_rename)
    assert project.entry(entry.id) == state
    project.apply(undo_create)
    assert project.codebook() == []
    assert edit_from_json(undo_create.to_json()) == undo_create


def test_names_are_tidied_and_unique(project):
    project.apply(
        cb.create(
            project, EntryState("  vốn   FDI ", synonyms=("vốn FDI", "vốn đầu tư nước ngoài"))
        )
    )
    (entry,) = project.codebook()
    assert entry.state.name == "vốn FDI" and entry.state.synonyms == ("vốn đầu tư nước ngoài",)
    with pytest.raises(EditConflict, match="already has an entry"):
        project.apply(cb.create(project, EntryState("vốn FDI")))
    with pytest.raises(InvalidEdit):
        project.apply(cb.create(project, EntryState("  ")))
    with pytest.raises(InvalidEdit):
        project.apply(cb.create(project, EntryState("x", unit_class="dollars")))


def test_a_stale_entry_edit_is_refused(project):
    project.apply(cb.create(project, EntryState("vốn FDI")))
    (entry,) = project.codebook()
    project.apply(cb.update(entry, EntryState("vốn FDI đăng ký")))
    with pytest.raises(EditConflict, match="changed since"):
        project.apply(cb.update(entry, EntryState("vốn đầu tư")))  # `old` is the first name


def test_confirming_links_each_figure_and_creates_an_entry_per_measure(project):
    figures = _usd(project)
    assert figures
    edit = cb.confirming(project, figures)
    inverse = project.apply(edit)
    linked = _usd(project)
    assert all(f.status == Status.CONFIRMED for f in linked)
    with_measure = [f for f in linked if f.measure]
    assert with_measure and all(f.entry_id is not None for f in with_measure)
    names = {e.name for e in project.codebook()}
    assert names == {f.measure for f in with_measure}
    project.apply(inverse)
    assert project.codebook() == [] and all(f.entry_id is None for f in project.figures())
    assert all(f.status == Status.PENDING for f in _usd(project))


def test_a_suggestion_is_accepted_on_confirm_and_sets_the_measure(project):
    project.apply(cb.create(project, EntryState("kim ngạch xuất khẩu", unit_class="USD")))
    (entry,) = project.codebook()
    fig, other = _usd(project)[:2]
    # a known reading: linked and renamed; a resemblance: linked, its words kept
    project.apply(
        cb.confirming(
            project, [fig, other], {fig.id: entry.id, other.id: entry.id}, renamed={fig.id}
        )
    )
    after = project.figures_by_id([fig.id])[0]
    assert after.entry_id == entry.id and after.measure == "kim ngạch xuất khẩu"
    kept = project.figures_by_id([other.id])[0]
    assert kept.entry_id == entry.id and kept.measure == other.measure
    assert project.codebook()[0].figures == 2


def test_merge_moves_figures_and_keeps_names_as_synonyms_and_undoes(project):
    figures = _usd(project)
    project.apply(cb.confirming(project, figures))
    entries = project.codebook()
    assert len(entries) >= 2
    target, *sources = entries
    total = sum(e.figures for e in entries)
    inverse = project.apply(cb.merge(project, target, sources))
    (merged,) = project.codebook()
    assert merged.id == target.id and merged.figures == total
    assert set(merged.state.synonyms) >= {s.name for s in sources}
    project.apply(inverse)
    assert project.codebook() == entries


def test_split_and_move_and_delete_refused_while_linked(project):
    figures = _usd(project)
    project.apply(cb.confirming(project, figures))
    target, *sources = project.codebook()
    project.apply(cb.merge(project, target, sources))
    (entry,) = project.codebook()
    moved = [f.id for f in project.figures(entry_id=entry.id)][:1]
    project.apply(cb.split(project, entry, moved, "trị giá xuất khẩu nông sản"))
    new = next(e for e in project.codebook() if e.name == "trị giá xuất khẩu nông sản")
    assert [f.id for f in project.figures(entry_id=new.id)] == moved
    with pytest.raises(EditConflict, match="still has 1 figures"):
        project.apply(cb.delete(new))
    project.apply(cb.move(project, moved, entry))
    project.apply(cb.delete(next(e for e in project.codebook() if e.id == new.id)))
    assert [e.id for e in project.codebook()] == [entry.id]


def test_import_adds_new_entries_and_synonyms_to_known_ones(project):
    project.apply(cb.create(project, EntryState("vốn FDI")))
    states = [
        EntryState("vốn FDI", code="FDI1", synonyms=("vốn đầu tư trực tiếp nước ngoài",)),
        EntryState("kim ngạch xuất khẩu", synonyms=("giá trị xuất khẩu",)),
        EntryState("giá trị xuất khẩu", code="XK"),  # a synonym of the row above
    ]
    edit, new, updated = cb.import_states(project, states)
    project.apply(edit)
    assert (new, updated) == (1, 1)
    by_name = {e.name: e.state for e in project.codebook()}
    assert by_name["vốn FDI"].code == "FDI1"
    assert by_name["vốn FDI"].synonyms == ("vốn đầu tư trực tiếp nước ngoài",)
    assert by_name["kim ngạch xuất khẩu"].synonyms == ("giá trị xuất khẩu",)


def test_links_survive_reextraction(project):
    figures = _usd(project)
    project.apply(cb.confirming(project, figures))
    before = {f.id: f.entry_id for f in project.figures()}
    project.reextract()
    after = {f.id: f.entry_id for f in project.figures()}
    assert {k: v for k, v in after.items() if v} == {k: v for k, v in before.items() if v}


def test_a_link_to_a_missing_entry_is_refused(project):
    fig = project.figures()[0]
    with pytest.raises(EditConflict, match="does not exist"):
        project.apply(SetField(fig.id, "entry_id", None, 999))
    assert project.figures_by_id([fig.id])[0].entry_id is None


def test_rules_are_edits_too(project):
    rule = RuleState("place", "Hà Nội", "Nghệ An", {"outlet": "baonghean.vn"})
    undo = project.apply(PutRule(None, rule))
    (stored,) = project.rules()
    assert stored.state == rule and undo == PutRule(stored.id, None, rule)
    with pytest.raises(InvalidEdit):
        project.apply(PutRule(None, RuleState("value", "1", "2")))
    project.apply(undo)
    assert project.rules() == []


def test_every_entry_change_is_logged(project):
    project.apply(cb.create(project, EntryState("vốn FDI", synonyms=("vốn ngoại",))))
    rows = [r for r in project.review_log() if r.action == "entry"]
    assert {r.field for r in rows} == {"name", "synonyms"}
    assert any(r.new == "vốn ngoại" for r in rows)


def test_a_v5_file_gains_the_codebook_and_the_step_is_idempotent(tmp_path):
    path = tmp_path / "old.solieu"
    with Project.create(path):
        pass
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TABLE codebook; DROP TABLE rules; DROP INDEX figures_by_entry; "
        "ALTER TABLE figures DROP COLUMN entry_id; "
        "UPDATE meta SET value = '5' WHERE key = 'schema_version';"
    )
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        assert p.codebook() == [] and p.rules() == []
        version = p._connection().execute("SELECT value FROM meta WHERE key='schema_version'")
        assert int(version.fetchone()[0]) == SCHEMA_VERSION
    from solieu.store.schema import MIGRATIONS

    conn = sqlite3.connect(path)
    MIGRATIONS[5](conn)  # run again: nothing to add, nothing fails
    conn.close()


def test_put_entry_json_round_trips():
    e = PutEntry(3, EntryState("vốn FDI", "F", "FDI capital", "USD", False, ("a", "b")), None)
    assert edit_from_json(e.to_json()) == e


def test_history_undoes_a_confirmation_with_the_entries_it_created(project):
    figures = _usd(project)
    project.apply(cb.confirming(project, figures[:1]))
    assert len(project.codebook()) == 1
    history = project.history()
    # the links and the entry are the confirmation's bookkeeping: one listed change
    assert [h.field for h in history] == ["status"]
    result = project.undo_to(history[0].id)
    assert result.skipped == ()
    assert project.codebook() == []
    assert all(f.status == Status.PENDING and f.entry_id is None for f in _usd(project))
    project.apply(result.inverse)
    assert len(project.codebook()) == 1


def test_history_undoes_a_merge(project):
    project.apply(cb.confirming(project, _usd(project)))
    before = project.codebook()
    target, *sources = before
    project.apply(cb.merge(project, target, sources))
    newest = project.history()[0]
    result = project.undo_to(newest.id)
    assert result.skipped == () and project.codebook() == before
