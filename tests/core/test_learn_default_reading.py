"""A count's default reading (`số` + its noun), corrected once, is no evidence for the
next count of that noun: the extractor reads every such count the same way."""

from __future__ import annotations

from solieu.learn.session import Learner
from solieu.model import Status
from solieu.store import Project, SetField

ARTICLES = {  # invented: two counts of workers that measure different things
    # (not `cần tuyển`: a need is read as one, `nhu cầu tuyển công nhân`, no default)
    "a.txt": "Tháng tới, các doanh nghiệp tuyển 500 công nhân.",
    "b.txt": "Năm nay, khu công nghiệp của tỉnh có 300 công nhân.",
    "c.txt": "Thu ngân sách đạt 120 tỷ đồng. Chi ngân sách đạt 80 tỷ đồng.",
    "d.txt": "Tháng trước, thu ngân sách đạt 95 tỷ đồng.",
}


def _figure(p: Project, name: str, unit_class: str, nth: int = 0):
    (doc,) = [d for d in p.documents() if d.name == name]
    return [f for f in p.figures(document_id=doc.id) if f.unit_class == unit_class][nth]


def _correct_and_confirm(p: Project, learner: Learner, f, measure: str) -> None:
    p.apply(SetField(f.id, "measure", f.measure, measure))
    learner.update([f.id])
    p.apply(learner.confirm(p.figures_by_id([f.id])))
    learner.update([f.id])


def test_a_corrected_default_count_reading_is_not_carried_to_the_next_count(project_of):
    with project_of(ARTICLES) as p:
        learner = Learner(p)
        first = _figure(p, "a.txt", "count")
        assert first.measure == "số công nhân"  # the default reading of the count
        _correct_and_confirm(p, learner, first, "nhu cầu tuyển dụng công nhân")
        later = _figure(p, "b.txt", "count")
        assert later.measure == "số công nhân"
        hint = learner.hints([later]).get(later.id)
        strong = hint is not None and hint.suggestion is not None and not hint.suggestion.weak
        assert not strong  # it may be anything counted in workers
        p.apply(learner.confirm([later], {later.id: hint} if hint else {}))
        assert p.figures_by_id([later.id])[0].measure == "số công nhân"
        assert p.figures_by_id([later.id])[0].status == Status.CONFIRMED


def test_a_specific_reading_corrected_once_is_still_learned(project_of):
    with project_of(ARTICLES) as p:
        learner = Learner(p)
        first = _figure(p, "c.txt", "VND")
        assert first.measure == "thu ngân sách"
        _correct_and_confirm(p, learner, first, "tổng thu ngân sách nhà nước")
        later = _figure(p, "d.txt", "VND")
        hint = learner.hints([later])[later.id]
        assert hint.entry is not None and hint.entry.name == "tổng thu ngân sách nhà nước"
        assert not hint.suggestion.weak
