"""`lowered_pieces` and `lower_region`: lower-cased stretches that answer exactly what one
`str.lower` of the whole text would, offset for offset."""

import pytest

from solieu.extract import lowering
from solieu.extract.lowering import lower_region, lowered_pieces


@pytest.fixture
def small_pieces(monkeypatch):
    monkeypatch.setattr(lowering, "_LOWER_PIECE", 8)


TEXTS = [
    "",
    "Kim ngạch XUẤT KHẨU đạt 5,2 TỶ USD trong QUÝ I năm 2026.",
    "ΟΔΟΣ ΣΊΣΥΦΟΣ ΣΑΣ Σ ΑΣ. ΣΟΦΟΣ",  # final sigma at every position of a word
    "Không có dấu cách nào ởđâycả" * 40,
    "  leading and trailing spaces  ",
    "Đà Nẵng\nHÀ NỘI\tHuế  ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_pieces_join_to_one_call(small_pieces, text):
    pieces = list(lowered_pieces(text))
    assert "".join(low for _, _, low in pieces) == text.lower()
    assert [a for a, _, _ in pieces] == [0, *(b for _, b, _ in pieces[:-1])][: len(pieces)]
    assert (pieces[-1][1] if pieces else 0) == len(text)  # contiguous, to the end
    assert all(b == len(text) or text[b - 1] == " " for _, b, _ in pieces)  # after a space


def test_only_a_piece_whose_mapping_moves_offsets_is_none(small_pieces):
    text = "Ninh Bình và İzmir ký kết hợp tác thương mại với Đà Nẵng"  # "İ": two characters
    assert len(text.lower()) != len(text)
    pieces = list(lowered_pieces(text))
    for a, b, low in pieces:
        assert (low is None) == ("İ" in text[a:b])
        assert low is None or low == text[a:b].lower()
    assert any(low is None for *_, low in pieces) and any(low for *_, low in pieces)


def test_a_region_keeps_offsets_or_is_none():
    text = "Tháng 9, İzmir và HÀ NỘI"
    assert lower_region(text, 0, 8) == "tháng 9,"
    assert lower_region(text, 9, 14) is None
    assert lower_region(text, 18, len(text)) == "hà nội"


def test_long_text_in_default_pieces():
    text = "Xuất khẩu ĐẠT 1,5 tỷ USD, TĂNG 12%. " * 10_000
    pieces = list(lowered_pieces(text))
    assert len(pieces) > 1
    assert "".join(low for *_, low in pieces) == text.lower()
