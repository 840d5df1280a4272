"""`lowered`: a piece-by-piece `str.lower` that answers exactly what one call would."""

import pytest

from solieu.extract import lowering
from solieu.extract.lowering import lowered


@pytest.fixture
def small_pieces(monkeypatch):
    monkeypatch.setattr(lowering, "_LOWER_PIECE", 8)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Kim ngạch XUẤT KHẨU đạt 5,2 TỶ USD trong QUÝ I năm 2026.",
        "ΟΔΟΣ ΣΊΣΥΦΟΣ ΣΑΣ Σ ΑΣ. ΣΟΦΟΣ",  # final sigma at every position of a word
        "Không có dấu cách nào ởđâycả" * 40,
        "  leading and trailing spaces  ",
        "Đà Nẵng\nHÀ NỘI\tHuế  ",
    ],
)
def test_same_as_one_call(small_pieces, text):
    assert lowered(text) == text.lower()


def test_a_mapping_that_moves_offsets_answers_none(small_pieces):
    text = "Ninh Bình và İzmir ký kết hợp tác thương mại"  # "İ" lowers to two characters
    assert len(text.lower()) != len(text)
    assert lowered(text) is None


def test_long_text_in_default_pieces():
    text = "Xuất khẩu ĐẠT 1,5 tỷ USD, TĂNG 12%. " * 10_000
    assert lowered(text) == text.lower()
