"""Rules learned from corrections repeated across documents."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from solieu.learn.model import RuleState
from solieu.learn.rules import (
    Correction,
    Proposal,
    edits_for,
    final_corrections,
    matches,
    propose,
)
from solieu.messages import Message
from solieu.model import Origin, Status
from solieu.store.edits import SetField
from solieu.store.records import FigureRecord

NGHE = "baonghean.vn"
VNE = "vnexpress.net"
OUTLETS = {1: NGHE, 2: NGHE, 3: NGHE, 4: NGHE, 5: VNE, 6: VNE, 7: "thanhnien.vn", 8: None}


def rec(
    id: int,
    document_id: int,
    *,
    place: str | None = None,
    measure: str | None = None,
    status: Status = Status.PENDING,
) -> FigureRecord:
    return FigureRecord(
        id=id,
        document_id=document_id,
        document=f"bai{document_id}.html",
        start=0,
        end=5,
        text="1,2 tỷ USD",
        number=Decimal("1.2"),
        scale="tỷ",
        value=Decimal("1200000000"),
        unit="USD",
        unit_class="USD",
        qualifier=None,
        change=False,
        measure=measure,
        place=place,
        period="2025",
        confidence=0.9,
        kind="figure",
        status=status,
        origin=Origin.AUTO,
        note=None,
        updated_at="2026-01-01T00:00:00.000Z",
    )


def place_fix(figure_id: int, document_id: int, old="Hà Nội", new="Nghệ An") -> Correction:
    return Correction(figure_id, document_id, OUTLETS.get(document_id), "place", old, new)


FIGURES = [
    rec(101, 1, place="Nghệ An", status=Status.CONFIRMED),  # corrected, then confirmed
    rec(102, 2, place="Nghệ An"),
    rec(103, 3, place="Nghệ An"),
    rec(104, 4, place="hà  nội"),  # pending, same outlet: a target
    rec(105, 4, place="Hà Nội"),  # another target
    rec(106, 4, place="Hà Nội", status=Status.REJECTED),  # decided: not a target
    rec(107, 5, place="Hà Nội"),  # another outlet: not a target
    rec(108, 4, place="Đà Nẵng"),
]


def test_proposed_on_the_third_document_not_the_second() -> None:
    two = [place_fix(101, 1), place_fix(102, 2)]
    assert propose(two, FIGURES, OUTLETS) == []
    three = [*two, place_fix(103, 3)]
    (proposal,) = propose(three, FIGURES, OUTLETS)
    assert isinstance(proposal, Proposal)
    assert proposal.rule == RuleState("place", "Hà Nội", "Nghệ An", {"outlet": NGHE})
    assert proposal.documents == 3
    assert proposal.targets == (104, 105)
    assert isinstance(proposal.text, Message)
    assert str(proposal.text) == (
        "Set place to “Nghệ An” where it reads “Hà Nội” in baonghean.vn articles? "
        "Apply to the other 2 like this?"
    )


def test_three_corrections_in_one_document_are_one() -> None:
    fixes = [place_fix(201, 1), place_fix(202, 1), place_fix(203, 1), place_fix(204, 2)]
    assert propose(fixes, FIGURES, OUTLETS) == []


def test_documents_of_several_outlets_make_a_rule_for_all() -> None:
    figures = [
        rec(1, 1, measure="Xuất  khẩu"),
        rec(2, 6, measure="xuất khẩu"),
        rec(3, 8, measure="xuất khẩu", status=Status.CONFIRMED),
        rec(4, 7, measure="kim ngạch xuất khẩu"),
        rec(5, 2, measure="nhập khẩu"),
    ]
    fixes = [
        Correction(11, 1, NGHE, "measure", "xuất khẩu", "kim ngạch xuất khẩu"),
        Correction(12, 5, VNE, "measure", "Xuất khẩu", "kim ngạch xuất khẩu"),
        Correction(13, 7, "thanhnien.vn", "measure", "xuất khẩu", "kim  ngạch xuất khẩu"),
    ]
    (proposal,) = propose(fixes, figures, OUTLETS)
    assert proposal.rule == RuleState("measure", "xuất khẩu", "kim ngạch xuất khẩu", {})
    assert proposal.targets == (1, 2)
    assert str(proposal.text) == (
        "Set measure to “kim ngạch xuất khẩu” wherever it reads “xuất khẩu”? "
        "Apply to the other 2 like this?"
    )


def test_outlet_scope_stays_out_of_other_outlets() -> None:
    rule = RuleState("place", "Hà Nội", "Nghệ An", {"outlet": NGHE})
    assert matches(rule, rec(1, 4, place="HÀ NỘI"), NGHE)
    assert matches(rule, rec(1, 4, place="Hà Nội"), "BaoNgheAn.vn")
    assert not matches(rule, rec(1, 5, place="Hà Nội"), VNE)
    assert not matches(rule, rec(1, 8, place="Hà Nội"), None)
    assert not matches(rule, rec(1, 4, place="Hà Nam"), NGHE)
    unknown = RuleState("place", "Hà Nội", "Nghệ An", {"language": "vi"})
    assert not matches(unknown, rec(1, 4, place="Hà Nội"), NGHE)
    by_class = RuleState("place", "Hà Nội", "Nghệ An", {"unit_class": "USD"})
    assert matches(by_class, rec(1, 5, place="Hà Nội"), VNE)


def test_corrections_corrected_differently_elsewhere_block_the_rule() -> None:
    fixes = [place_fix(1, 1), place_fix(2, 2), place_fix(3, 3)]
    # in the same outlet, the same wrong place was twice another province
    fixes += [place_fix(4, 4, new="Hà Tĩnh"), place_fix(5, 4, new="Hà Tĩnh")]
    assert len(propose(fixes, FIGURES, OUTLETS)) == 1  # one document against three
    fixes += [Correction(6, 9, NGHE, "place", "Hà Nội", "Hà Tĩnh")]
    assert propose(fixes, FIGURES, OUTLETS) == []  # two against three


def test_undone_corrections_do_not_count() -> None:
    fixes = [place_fix(101, 1), place_fix(102, 2), place_fix(103, 3)]
    undone = [*fixes, place_fix(103, 3, old="Nghệ An", new="Hà Nội")]
    assert propose(undone, FIGURES, OUTLETS) == []
    # overridden: the last value is what counts
    second_thought = [
        place_fix(101, 1),
        place_fix(102, 2),
        place_fix(103, 3, new="Hà Tĩnh"),
        place_fix(103, 3, old="Hà Tĩnh", new="Nghệ An"),
    ]
    (proposal,) = propose(second_thought, FIGURES, OUTLETS)
    assert proposal.rule.new == "Nghệ An" and proposal.documents == 3
    changed_mind = [*fixes, place_fix(103, 3, old="Nghệ An", new="Hà Tĩnh")]
    assert propose(changed_mind, FIGURES, OUTLETS) == []
    final = final_corrections(second_thought)
    assert [(c.figure_id, c.old, c.new) for c in final] == [
        (101, "Hà Nội", "Nghệ An"),
        (102, "Hà Nội", "Nghệ An"),
        (103, "Hà Nội", "Nghệ An"),
    ]


def test_existing_and_dismissed_rules_are_not_offered_again() -> None:
    fixes = [place_fix(101, 1), place_fix(102, 2), place_fix(103, 3)]
    same = RuleState("place", "hà nội", "Nghệ An", {"outlet": "BAONGHEAN.VN"})
    assert propose(fixes, FIGURES, OUTLETS, existing=[same]) == []
    assert propose(fixes, FIGURES, OUTLETS, dismissed=[same]) == []
    everywhere = RuleState("place", "Hà Nội", "Nghệ An", {})
    assert propose(fixes, FIGURES, OUTLETS, existing=[everywhere]) == []
    other = RuleState("place", "Hà Nội", "Hà Tĩnh", {"outlet": NGHE})
    assert len(propose(fixes, FIGURES, OUTLETS, existing=[other], dismissed=[other])) == 1


def test_only_rulable_fields_and_no_blank_filling_everywhere() -> None:
    notes = [
        Correction(i, d, OUTLETS[d], "note", None, "xem lại") for i, d in [(1, 1), (2, 5), (3, 7)]
    ]
    assert propose(notes, FIGURES, OUTLETS) == []
    blank_measure = [
        Correction(i, d, OUTLETS[d], "measure", None, "kim ngạch xuất khẩu")
        for i, d in [(1, 1), (2, 5), (3, 7)]
    ]
    assert propose(blank_measure, FIGURES, OUTLETS) == []
    blank_place = [place_fix(i, d, old=None) for i, d in [(1, 1), (2, 2), (3, 3)]]
    figures = [rec(9, 4), rec(10, 5)]
    (proposal,) = propose(blank_place, figures, OUTLETS)
    assert proposal.rule == RuleState("place", None, "Nghệ An", {"outlet": NGHE})
    assert proposal.targets == (9,)
    assert str(proposal.text) == (
        "Set place to “Nghệ An” where it reads “(empty)” in baonghean.vn articles? "
        "Apply to the other 1 like this?"
    )


def test_a_rule_with_nothing_left_to_change() -> None:
    fixes = [place_fix(101, 1), place_fix(102, 2), place_fix(103, 3)]
    (proposal,) = propose(fixes, FIGURES[:3], OUTLETS)
    assert proposal.targets == ()
    assert str(proposal.text) == (
        "Set place to “Nghệ An” where it reads “Hà Nội” in baonghean.vn articles, from now on?"
    )


def test_edits_for_sets_the_pending_matches() -> None:
    rule = RuleState("place", "Hà Nội", "Nghệ An", {"outlet": NGHE})
    assert edits_for(rule, FIGURES, OUTLETS) == [
        SetField(104, "place", "hà  nội", "Nghệ An"),
        SetField(105, "place", "Hà Nội", "Nghệ An"),
    ]
    everywhere = RuleState("place", "Hà Nội", "Nghệ An", {})
    assert [e.figure_id for e in edits_for(everywhere, FIGURES, OUTLETS)] == [104, 105, 107]
    # the review log's text form of a boolean field
    change = RuleState("change", "false", "true", {"outlet": VNE})
    assert edits_for(change, FIGURES, OUTLETS) == [SetField(107, "change", False, True)]


def test_confirmed_figures_with_the_old_value_count_against() -> None:
    fixes = [place_fix(101, 1), place_fix(102, 2), place_fix(103, 3)]
    kept = [rec(301, 4, place="Hà Nội", status=Status.CONFIRMED)]
    assert len(propose(fixes, [*FIGURES, *kept], OUTLETS)) == 1
    kept.append(rec(302, 9, place="Hà Nội", status=Status.CONFIRMED))
    outlets = {**OUTLETS, 9: NGHE}
    assert propose(fixes, [*FIGURES, *kept], outlets) == []
    # confirmed as they were in another outlet: no evidence against a rule for this one
    elsewhere = [
        rec(303, 5, place="Hà Nội", status=Status.CONFIRMED),
        rec(304, 6, place="Hà Nội", status=Status.CONFIRMED),
    ]
    assert len(propose(fixes, [*FIGURES, *elsewhere], OUTLETS)) == 1


def test_the_proposal_text_translates_its_field_name() -> None:
    fixes = [place_fix(101, 1), place_fix(102, 2), place_fix(103, 3)]
    (proposal,) = propose(fixes, FIGURES, OUTLETS)
    field = proposal.text.params["field"]
    assert isinstance(field, Message) and field.template == "place"
    assert proposal.text.params["n"] == 2


def test_a_declined_rule_keeps_its_flag_through_the_file_and_matches_nothing() -> None:
    declined = RuleState("place", "Hà Nội", "Nghệ An", {"outlet": "baonghean.vn"}, active=False)
    assert RuleState.from_dict(declined.to_dict()) == declined
    assert RuleState.from_dict({"field": "place", "old": "a", "new": "b"}).active
    assert edits_for(declined, FIGURES, OUTLETS) == []
    assert edits_for(replace(declined, active=True), FIGURES, OUTLETS) != []
