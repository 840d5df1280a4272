"""Rejection resemblance: signatures, the penalty and its reason, "reject all like this"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from solieu.learn.rejections import (
    Penalty,
    RejectionMemory,
    Signature,
    penalty_factor,
    signature,
)
from solieu.messages import Message
from solieu.model import Origin, Status
from solieu.store.records import FigureRecord


def fig(
    id: int,
    text: str,
    snippet: str,
    *,
    unit: str | None,
    unit_class: str,
    kind: str = "figure",
    status: Status = Status.PENDING,
    document_id: int = 1,
) -> FigureRecord:
    """A stored figure over the first `snippet` of `text`."""
    start = text.index(snippet)
    return FigureRecord(
        id=id,
        document_id=document_id,
        document=f"doc{document_id}.txt",
        start=start,
        end=start + len(snippet),
        text=snippet,
        number=Decimal(1),
        scale=None,
        value=Decimal(1),
        unit=unit,
        unit_class=unit_class,
        qualifier=None,
        change=False,
        measure=None,
        place=None,
        period=None,
        confidence=0.9,
        kind=kind,
        status=status,
        origin=Origin.AUTO,
        note=None,
        updated_at="2026-01-01T00:00:00.000Z",
    )


NEWS = (
    "Năm 2025, toàn tỉnh có 1.250 doanh nghiệp thành lập mới. "
    "Kim ngạch xuất khẩu đạt 2,3 tỷ USD. 7 dự án được cấp phép."
)

# a protocol paragraph: the delegations are not statistics a reviewer wants
VISITS = [
    "Sáng nay, Ban tổ chức đã đón tiếp 3 đoàn khách quốc tế tại Vinh.",
    "Trong tuần, Sở Ngoại vụ đón tiếp 5 đoàn công tác của các tỉnh bạn.",
    "Tỉnh đã đón tiếp 2 đoàn doanh nghiệp Nhật Bản.",
    "Huyện Diễn Châu đón tiếp 4 đoàn khách trong dịp lễ.",
    "Thành phố đón tiếp 6 đoàn đại biểu.",
    "Xã đón tiếp 8 đoàn nông dân.",
]


def visit(id: int, i: int, status: Status = Status.PENDING) -> tuple[FigureRecord, str]:
    text = VISITS[i]
    number = text.split("đón tiếp ")[1].split()[0]
    record = fig(id, text, f"{number} đoàn", unit="đoàn", unit_class="count", status=status)
    return record, text


def test_signature_reads_two_words_before_within_the_sentence() -> None:
    count = fig(1, NEWS, "1.250 doanh nghiệp", unit="doanh nghiệp", unit_class="count")
    money = fig(2, NEWS, "2,3 tỷ USD", unit="USD", unit_class="USD")
    first = fig(3, NEWS, "7 dự án", unit="dự án", unit_class="count")
    assert signature(count, NEWS) == Signature("figure", "count", "doanh nghiệp", ("tỉnh", "có"))
    assert signature(money, NEWS) == Signature("figure", "USD", "usd", ("khẩu", "đạt"))
    # the previous sentence's "2,3 tỷ USD" is not in front of "7 dự án"
    assert signature(first, NEWS).before == ()


def test_signature_folds_case_spaces_and_digits() -> None:
    a_text = "Quý 3 Có 15 dự án mới."
    b_text = "Trong quý 4 có 20 dự  án mới."
    a = fig(1, a_text, "15 dự án", unit="Dự án", unit_class="count")
    b = fig(2, b_text, "20 dự  án", unit="dự  án", unit_class="count")
    assert signature(a, a_text).before == ("#", "có")
    assert signature(a, a_text) == signature(b, b_text)
    c_text = "Năm 2024 có 20 dự án mới."
    c = fig(3, c_text, "20 dự án", unit="dự án", unit_class="count")
    assert signature(c, c_text).before == ("#", "có")
    other_kind = fig(4, b_text, "20 dự  án", unit="dự án", unit_class="count", kind="number-word")
    assert signature(other_kind, b_text) != signature(a, a_text)


def test_penalty_after_repeated_rejections_with_its_reason() -> None:
    memory = RejectionMemory([visit(1, 0), visit(2, 1), visit(3, 2)], [])
    record, text = visit(10, 3)
    penalty = memory.penalty(record, text)
    assert isinstance(penalty, Penalty)
    assert penalty.rejected == 3 and penalty.confirmed == 0
    assert 0 < penalty.factor < 1
    assert penalty.factor == pytest.approx(0.25)
    assert isinstance(penalty.reason, Message)
    assert str(penalty.reason) == "3 figures like this were rejected: “đón tiếp …”, unit đoàn"
    assert penalty.reason.template == (
        "{n} figures like this were rejected: “{before} …”, unit {unit}"
    )
    assert penalty.reason.params == {"n": 3, "before": "đón tiếp", "unit": "đoàn"}


def test_more_rejections_lower_the_factor() -> None:
    record, text = visit(10, 5)
    two = RejectionMemory([visit(1, 0), visit(2, 1)]).penalty(record, text)
    five = RejectionMemory([visit(i, i) for i in range(5)]).penalty(record, text)
    assert two is not None and five is not None
    assert 0 < five.factor < two.factor < 1


def test_one_rejection_or_another_look_is_no_pattern() -> None:
    record, text = visit(10, 3)
    assert RejectionMemory([visit(1, 0)]).penalty(record, text) is None
    memory = RejectionMemory([visit(1, 0), visit(2, 1), visit(3, 2)])
    # the same words in front, another counted noun
    guests_text = "Ban tổ chức đón tiếp 300 khách."
    guests = fig(11, guests_text, "300 khách", unit="khách", unit_class="count")
    assert memory.penalty(guests, guests_text) is None
    # the same noun, other words in front
    sent_text = "Tỉnh cử 3 đoàn đi học tập."
    sent = fig(12, sent_text, "3 đoàn", unit="đoàn", unit_class="count")
    assert memory.penalty(sent, sent_text) is None


def test_confirmed_look_alikes_cancel_the_pattern() -> None:
    record, text = visit(10, 5)
    rejected = [visit(1, 0), visit(2, 1), visit(3, 2)]
    confirmed = [visit(4, 3, Status.CONFIRMED), visit(5, 4, Status.CONFIRMED), visit(6, 4)]
    assert RejectionMemory(rejected, confirmed).penalty(record, text) is None
    # one confirmation against four rejections leaves a weaker pattern, and says so
    weak = RejectionMemory([*rejected, visit(7, 4)], [visit(4, 3)]).penalty(record, text)
    strong = RejectionMemory([*rejected, visit(7, 4)]).penalty(record, text)
    assert weak is not None and strong is not None
    assert weak.factor > strong.factor
    assert weak.confirmed == 1
    assert str(weak.reason) == (
        "4 figures like this were rejected and 1 confirmed: “đón tiếp …”, unit đoàn"
    )


def test_reason_for_a_number_that_opens_its_sentence() -> None:
    texts = ["Vốn tăng mạnh. 3 đoàn về dự.", "5 đoàn về dự.", "Tin vắn. 2 đoàn về dự."]
    rejected = [
        (fig(i, t, t.split(". ")[-1][:6], unit="đoàn", unit_class="count"), t)
        for i, t in enumerate(texts)
    ]
    text = "9 đoàn về dự lễ."
    penalty = RejectionMemory(rejected).penalty(
        fig(9, text, "9 đoàn", unit="đoàn", unit_class="count"), text
    )
    assert penalty is not None
    assert str(penalty.reason) == (
        "3 figures like this were rejected: at the start of a sentence, unit đoàn"
    )


def test_penalty_factor_bounds() -> None:
    assert penalty_factor(1, 0) is None
    assert penalty_factor(3, 3) is None
    assert penalty_factor(3, 2) is None
    for rejected in range(2, 40):
        factor = penalty_factor(rejected, 0)
        assert factor is not None and 0 < factor < 1


def test_like_finds_the_pending_look_alikes_only() -> None:
    memory = RejectionMemory([visit(1, 0), visit(2, 1)])
    record, text = visit(14, 3)
    other_text = "Doanh thu đạt 5 tỷ đồng."
    candidates = [
        visit(10, 2),
        visit(11, 4, Status.CONFIRMED),
        visit(12, 5, Status.REJECTED),
        (fig(13, other_text, "5 tỷ đồng", unit="đồng", unit_class="VND"), other_text),
        (record, text),
        visit(15, 5),
    ]
    assert memory.like(record, text, candidates) == [10, 14, 15]
