"""A week as a figure's time (period_weeks) and an open `từ đầu năm` ended at its
sentence's to-date (period_sincejoin): invented sentences, and where neither fires."""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures
from solieu.extract.periods import find_periods, resolve_periods


def _periods(text: str, doc_date: str = "2025-08-12") -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.iso) for m in resolve_periods(text, doc_date=doc_date)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Trong tuần, toàn tỉnh ghi nhận 450 ca sốt xuất huyết.", "Trong tuần"),
        ("Tuần qua, giá heo hơi tại Đồng Nai giảm 2.000 đồng/kg.", "Tuần qua"),
        ("Tuần này, cảng Hải Phòng đón 12 tàu.", "Tuần này"),
        ("Trong tuần vừa qua, Hà Tĩnh xảy ra 3 vụ tai nạn.", "Trong tuần vừa qua"),
        ("Tuần 32, Đắk Lắk ghi nhận 120 ca tay chân miệng.", "Tuần 32"),
    ],
)
def test_a_week_the_words_do_not_fix_is_null(text: str, want: str) -> None:
    got = [p for p in _periods(text) if p[1] == "week"]
    assert got == [(want, "week", None)]


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Trong tuần 32 năm 2025, tỉnh ghi nhận 95 ca sởi.", "2025-08-04/2025-08-10"),
        ("Tuần thứ 1/2026, cả nước có 300 ca cúm.", "2025-12-29/2026-01-04"),
    ],
)
def test_a_numbered_week_with_its_year_is_its_iso_days(text: str, iso: str) -> None:
    assert [p[2] for p in _periods(text) if p[1] == "week"] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "Mỗi tuần, trung tâm tổ chức 3 buổi tập huấn.",
        "Hằng tuần, chợ đón 5.000 lượt khách.",
        "Công nhân làm việc 48 giờ/tuần.",
        "Sau 2 tuần qua, 50 hộ đã được hỗ trợ.",
        "Tuần lễ Văn hóa thu hút 20.000 lượt khách.",
        "Lực lượng tuần tra phát hiện 40 vụ vi phạm.",
        "Tuần 3,5 ngày là đề xuất của công đoàn.",
    ],
)
def test_no_week_in_a_rate_a_length_or_a_name(text: str) -> None:
    assert [m for m in find_periods(text) if m.kind == "week"] == []


def test_the_week_stops_the_year_to_date_of_the_sentence_before() -> None:
    text = (
        "Từ đầu năm đến nay, Cà Mau ghi nhận 2.100 ca sốt xuất huyết. "
        "Trong tuần, toàn tỉnh ghi nhận 85 ca mới."
    )
    figs = {f.text: f.period for f in extract_figures(text, doc_date="2025-08-12")}
    assert figs["2.100 ca"] == "2025-01-01/2025-08-12"
    assert figs["85 ca"] is None


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Tính đến ngày 2/8, thiên tai từ đầu năm làm 30 người chết.", "2025-01-01/2025-08-02"),
        ("Đến hết ngày 15/7, từ đầu năm Long An ghi nhận 1.200 ca sởi.", "2025-01-01/2025-07-15"),
        ("Từ đầu năm, tính đến ngày 20/6, Bình Định thu hút 14 dự án.", "2025-01-01/2025-06-20"),
    ],
)
def test_from_the_start_of_the_year_ends_at_its_sentences_to_date(text: str, iso: str) -> None:
    got = [p for p in _periods(text) if p[1] == "since-start"]
    assert [p[2] for p in got] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "Tính đến ngày 30/6, vốn đạt 500 tỷ đồng. Từ đầu năm, tỉnh thu hút 25 dự án.",
        "Từ đầu năm, tỉnh thu hút 25 dự án; tính đến ngày 30/6, tổng vốn đạt 500 tỷ đồng.",
        "Từ đầu năm đến nay, thành phố ghi nhận 8.200 ca sốt xuất huyết.",
    ],
)
def test_no_join_across_sentences_or_without_a_to_date(text: str) -> None:
    got = [p for p in _periods(text) if p[1] == "since-start"]
    assert [p[2] for p in got] == ["2025-01-01/2025-08-12"]
