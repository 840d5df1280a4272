"""The project's learning state (learn.session.Learner) over a real project file."""

from __future__ import annotations

import pytest

from solieu.learn.session import Learner
from solieu.model import Status
from solieu.store import Batch, Project, PutRule, SetDocumentField, SetField, SetStatus

# invented articles: each reports its exports with other words, and a ranking
ARTICLES = {
    "a.txt": "Trong 9 tháng, trị giá xuất khẩu của tỉnh đạt 1,2 tỷ USD. Tỉnh xếp thứ 5 với 12 điểm.",
    "b.txt": "Năm 2025, kim ngạch xuất khẩu của tỉnh đạt 2,4 tỷ USD. Tỉnh xếp thứ 7 với 15 điểm.",
    "c.txt": "Quý I, giá trị xuất khẩu hàng hoá đạt 640 triệu USD. Tỉnh xếp thứ 9 với 18 điểm.",
    "d.txt": "6 tháng, xuất khẩu toàn tỉnh đạt 980 triệu USD. Tỉnh xếp thứ 3 với 20 điểm.",
    "e.txt": "Tháng 10, trị giá xuất khẩu của tỉnh ước đạt 310 triệu USD.",
}


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as p:
        p.import_paths([folder])
        yield p


def doc_figures(p: Project, name: str):
    (doc,) = [d for d in p.documents() if d.name == name]
    return p.figures(document_id=doc.id)


def money(p, name):
    return next(f for f in doc_figures(p, name) if f.unit_class == "USD")


def test_a_corrected_measure_is_suggested_next_time_and_confirm_accepts_it(project):
    p = project
    learner = Learner(p)
    first = money(p, "a.txt")
    assert first.measure == "trị giá xuất khẩu"  # what the extractor reads
    p.apply(SetField(first.id, "measure", first.measure, "kim ngạch xuất khẩu"))
    learner.update([first.id])
    corrected = p.figures_by_id([first.id])[0]
    p.apply(learner.confirm([corrected]))
    learner.update([first.id])
    assert [e.name for e in learner.entries] == ["kim ngạch xuất khẩu"]
    target = money(p, "e.txt")
    hints = learner.hints([target])
    hint = hints[target.id]
    assert hint.entry is not None and hint.entry.name == "kim ngạch xuất khẩu"
    assert not hint.suggestion.weak
    p.apply(learner.confirm([target], hints))
    after = p.figures_by_id([target.id])[0]
    assert after.status == Status.CONFIRMED and after.measure == "kim ngạch xuất khẩu"
    assert after.entry_id == hint.entry.id


def test_rejections_lower_the_confidence_of_look_alikes_and_say_why(project):
    p = project
    learner = Learner(p)
    ranks = {n: [f for f in doc_figures(p, n) if f.unit_class != "USD"] for n in ARTICLES}
    rejected = ranks["a.txt"] + ranks["b.txt"]
    p.apply(SetStatus(tuple(f.id for f in rejected), Status.REJECTED))
    learner.update([f.id for f in rejected])
    pending = ranks["c.txt"]
    hints = learner.hints(pending)
    lowered = [h for h in hints.values() if h.penalty is not None]
    assert lowered and all(0 < h.confidence_factor < 1 for h in lowered)
    assert "rejected" in str(lowered[0].penalty.reason)
    like = learner.like(pending[0], ranks["c.txt"] + ranks["d.txt"])
    assert pending[0].id in like and set(like) <= {f.id for f in ranks["c.txt"] + ranks["d.txt"]}
    # undoing the rejections forgets them
    p.apply(SetStatus(tuple(f.id for f in rejected), Status.PENDING))
    learner.update([f.id for f in rejected])
    assert not any(h.penalty for h in learner.hints(pending).values())


def place_corrected_on_three(p: Project):
    """One outlet's articles (datelines naming no place), the place corrected on a, b
    and c; the learner, and its proposals after each correction."""
    for d in p.documents():
        p.apply(SetDocumentField(d.id, "outlet", None, "baonghean.vn"))
    learner = Learner(p)
    offered = []
    for name in ("a.txt", "b.txt", "c.txt"):
        f = money(p, name)
        p.apply(SetField(f.id, "place", f.place, "Nghệ An"))
        learner.update([f.id])
        offered.append(learner.proposals())
    return learner, offered


def test_a_correction_repeated_on_three_documents_is_proposed_as_a_rule(project):
    p = project
    learner, offered = place_corrected_on_three(p)
    assert offered[:2] == [[], []]
    (proposal,) = [pr for pr in learner.proposals() if pr.rule.field == "place"]
    assert proposal.rule.new == "Nghệ An" and proposal.rule.scope == {"outlet": "baonghean.vn"}
    d = money(p, "d.txt")
    assert d.id in proposal.targets or d.place == "Nghệ An"
    edit = Batch((PutRule(None, proposal.rule), *learner.rule_edits(proposal.rule, [d])))
    p.apply(edit)
    learner.update([d.id], codebook=True)
    assert p.figures_by_id([d.id])[0].place == "Nghệ An"
    assert learner.rule_states() == [proposal.rule]
    assert learner.proposals() == []  # an existing rule is not offered again


def test_a_new_project_learns_nothing_and_confirms_plainly(project):
    learner = Learner(project)
    assert learner.entries == [] and learner.hints(project.figures()) == {}
    f = money(project, "a.txt")
    edit = learner.confirm([f])
    project.apply(edit)
    after = project.figures_by_id([f.id])[0]
    assert after.status == Status.CONFIRMED and after.entry_id is not None
    assert [e.name for e in project.codebook()] == [f.measure]


def test_reload_reads_what_is_stored(project):
    p = project
    learner = Learner(p)
    p.apply(learner.confirm([money(p, "a.txt")]))
    p.apply(
        SetDocumentField(doc_figures(p, "a.txt")[0].document_id, "outlet", None, "baonghean.vn")
    )
    fresh = Learner(p)
    assert len(fresh.entries) == 1 and len(fresh.decided) == 1


def test_a_turned_down_rule_stays_turned_down_after_a_restart_and_applies_nothing(project):
    p = project
    learner, _ = place_corrected_on_three(p)
    (proposal,) = [pr for pr in learner.proposals() if pr.rule.field == "place"]
    inverse = p.apply(learner.decline(proposal.rule))
    learner.update([], codebook=True)
    assert [pr for pr in learner.proposals() if pr.rule.field == "place"] == []
    again = Learner(p)  # what a restart reads
    assert [pr for pr in again.proposals() if pr.rule.field == "place"] == []
    (stored,) = p.rules()
    assert not stored.state.active and stored.state.new == "Nghệ An"
    d = money(p, "d.txt")
    assert again.apply_rules([d]) == []  # a declined rule changes nothing
    p.apply(inverse)  # undo: offered again
    again.update([], codebook=True)
    assert [pr.rule for pr in again.proposals() if pr.rule.field == "place"] == [proposal.rule]


def test_an_accepted_group_puts_its_unlinked_members_in_the_entry_the_others_share(project):
    from solieu.learn.codebook_edits import group_links

    p = project
    learner = Learner(p)
    a, b, c = (money(p, n) for n in ("a.txt", "b.txt", "c.txt"))
    p.apply(learner.confirm([a], {}))  # linked to an entry named like its measure
    a = p.figures_by_id([a.id])[0]
    assert a.entry_id is not None
    links = group_links([a, b, c])
    assert {(e.figure_id, e.new) for e in links} == {(b.id, a.entry_id), (c.id, a.entry_id)}
    assert group_links([b, c]) == []  # nothing linked: nothing to follow
    p.apply(learner.confirm([b], {}))  # "kim ngạch xuất khẩu": another entry
    b = p.figures_by_id([b.id])[0]
    assert b.entry_id != a.entry_id
    assert group_links([a, b, c]) == []  # they disagree: the reviewer decides
