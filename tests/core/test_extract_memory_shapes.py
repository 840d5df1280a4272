"""What the memory work on long documents changed in shape, not in answer: the document's
place read once with its figures, the top of a text read without splitting all of it,
and the command's records kept as UTF-8 bytes. Invented texts, not the seeds."""

from __future__ import annotations

import json

import pytest

from solieu.extract import extract_document
from solieu.extract.pool import extract_file
from solieu.extract.scope import document_place
from solieu.text.load import guess_title, load_document, text_meta
from solieu.text.sentences import (
    _FINISHED,
    _WS,
    is_hard_wrapped,
    sentence_arrays,
    sentence_spans,
)

PLACE_TEXTS = [
    "",
    "Không có địa danh nào, chỉ có 5 dự án.",
    "Nghệ An thu hút 12 dự án FDI\n\nNăm 2025, tỉnh Nghệ An thu hút 12 dự án FDI.",
    "Theo Tổng cục Thống kê, cả nước xuất khẩu 400 tỷ USD.",
    "Hà Nội, ngày 6/10/2025 - Xuất khẩu của Hà Tĩnh đạt 1 tỷ USD; Quảng Bình 0,5 tỷ USD.",
    "Khu kinh tế Đông Nam Nghệ An thu hút 6 dự án. Tỉnh đặt mục tiêu 20 dự án.",
    "Xuất khẩu sang Lào đạt 2 tỷ USD, nhập khẩu từ Singapore 1 tỷ USD.",
]


@pytest.mark.parametrize("text", PLACE_TEXTS)
def test_the_place_read_with_the_figures_is_the_place_read_alone(text: str) -> None:
    assert extract_document(text, with_place=True).place == document_place(text)
    assert extract_document(text).place is None  # only when asked for


def test_a_file_extracted_for_the_command_takes_the_place_as_the_loader_reads_it(tmp_path):
    path = tmp_path / "bai.txt"
    path.write_text("Năm 2025, tỉnh Hà Tĩnh thu hút 9 dự án mới.\n\nCác dự án này có vốn 2 tỷ USD.")
    result = extract_file(path)
    records = [json.loads(line) for line in result.output.decode("utf-8").splitlines()]
    assert isinstance(result.output, bytes) and len(records) == result.figures == 2
    assert {r["place"] for r in records} == {load_document(path).place} == {"Hà Tĩnh"}
    assert load_document(path, place=False).place is None


def _wrapped_by_lists(text: str) -> bool:
    """The definition `is_hard_wrapped` had when it split the whole text."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 4:
        return False
    unfinished = sum(1 for ln in lines if ln.rstrip(_WS)[-1:] not in _FINISHED)
    short = sum(1 for ln in lines if len(ln) <= 100)
    return unfinished / len(lines) > 0.5 and short / len(lines) > 0.8


WRAP_TEXTS = [
    "",
    "Một dòng.",
    "Kim ngạch xuất khẩu của tỉnh\nđạt 2 tỷ USD trong\n9 tháng, tăng 10%\nso với cùng kỳ\n",
    "Đoạn một kết thúc.\n\nĐoạn hai kết thúc.\n\nĐoạn ba.\n\nĐoạn bốn.",
    "\n\n\n   \n\t\n",
    ("x" * 120 + "\n") * 6,
    "a\nb\nc\nd",
    "Dòng một”\nDòng hai…\nDòng ba \u00a0\nDòng bốn;\n" * 3,
]


@pytest.mark.parametrize("text", WRAP_TEXTS)
def test_hard_wrapping_reads_as_it_did(text: str) -> None:
    assert is_hard_wrapped(text) == _wrapped_by_lists(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n  \nTiêu đề bài viết\nNội dung.",
        "\ufeff\n---\ntitle: Xuất khẩu tăng\ndate: 2025-07-14\n---\nNội dung.",
        "title: Vốn FDI\nngày: 14/7/2025\n\nNội dung.",
        " " * 5000 + "\n" + "Tiêu đề rất dài " * 800 + "\nThân bài.",
        "\n" * 9000 + "Tiêu đề sau nhiều dòng trống",
    ],
)
def test_the_top_of_a_text_reads_as_a_whole_split_would(text: str) -> None:
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    assert guess_title(text) == (first if first is None else guess_title(first))
    assert text_meta(text) == text_meta("\n".join(text.lstrip("\ufeff\n").split("\n")[:40]))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Một câu.",
        "Câu một. Câu hai!\n\nĐoạn hai… câu ba?  \n Dòng cuối không dấu",
        "dòng bị cắt ở độ rộng\ncố định và chưa hết câu\nvẫn tiếp tục ở đây.",
    ],
)
def test_the_sentences_as_arrays_are_the_sentence_spans(text: str) -> None:
    starts, ends = sentence_arrays(text)
    assert list(zip(starts, ends, strict=True)) == sentence_spans(text)


def test_figures_of_a_document_share_the_words_they_repeat() -> None:
    # one object per distinct unit, measure and period: a long archive document
    # holds tens of thousands of figures, and each kept its own copies
    line = "Năm 2024, kim ngạch xuất khẩu của tỉnh Nghệ An đạt {} triệu USD."
    text = "\n\n".join(line.format(n) for n in range(101, 131))
    figs = [f for f in extract_document(text).figures if f.unit == "USD"]
    assert len(figs) == 30
    for name in ("unit", "measure", "period", "period_text"):
        values = [getattr(f, name) for f in figs]
        assert values[0] is not None and all(v == values[0] for v in values), name
        assert len({id(v) for v in values}) == 1, name


def test_a_record_holds_what_asdict_gives() -> None:
    # as_record reads the fields directly: each is immutable, so asdict's deep copy
    # gave the same values
    from dataclasses import asdict

    from solieu.model import decimal_str

    text = "Năm 2024, Nghệ An thu hút khoảng 1,5 tỷ USD, tăng 12% và 34 dự án mới."
    figs = extract_document(text).figures
    assert len(figs) == 3
    for fig in figs:
        want = asdict(fig)
        want["number"], want["value"] = decimal_str(fig.number), decimal_str(fig.value)
        assert fig.as_record() == want and list(fig.as_record()) == list(want)
