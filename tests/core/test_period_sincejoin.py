"""An open `từ đầu năm` ended at its sentence's to-date (period_sincejoin): invented
sentences, and where it does not fire."""

from __future__ import annotations

import pytest

from solieu.extract.periods import resolve_periods


def _periods(text: str, doc_date: str = "2025-08-12") -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.iso) for m in resolve_periods(text, doc_date=doc_date)]


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
