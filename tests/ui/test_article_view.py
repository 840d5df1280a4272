"""The article view alone: reflowed paragraphs keep the offsets, the keyboard comes and goes."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextFormat

from solieu.text.sentences import is_hard_wrapped
from solieu.ui.views.article_view import FLASH_MS, ArticleView, reflowed, soft_breaks

# invented, wrapped at about 60 columns the way some provincial portals export
WRAPPED = (
    "Kim ngạch xuất khẩu của tỉnh Bình Dương trong 9 tháng đầu\n"
    "năm 2025 ước đạt 28,5 tỷ USD, tăng 12,3% so với cùng kỳ năm\n"
    "trước. Trong đó, xuất khẩu gỗ và sản phẩm gỗ đạt 4,1 tỷ USD.\n"
    "Du lịch\n"
    "Lượng khách quốc tế đến tỉnh trong quý III đạt 215.000 lượt,\n"
    "gấp 1,5 lần cùng kỳ; doanh thu từ du lịch ước đạt 3.200 tỷ\n"
    "đồng.\n"
    "\n"
    "Giá cả\n"
    "Chỉ số giá tiêu dùng (CPI) tháng 9 tăng 0,42% so với tháng\n"
    "trước; bình quân 9 tháng tăng 3,1%. Tỉnh cấp phép cho tập đoàn\n"
    "Samsung mở rộng nhà máy với vốn đầu tư 920 triệu USD, nâng\n"
    "tổng vốn FDI lên 41,2 tỷ USD.\n"
    "Ảnh: Minh Anh\n"
    "Các dự án: nhà máy điện mặt trời, khu công nghiệp Bàu Bàng\n"
    "mở rộng và cảng cạn Tân Uyên.\n"
)


@dataclass
class Fig:
    id: int
    start: int
    end: int
    status: str = "pending"
    text: str = ""


def figures_of(text: str, *words: str) -> list[Fig]:
    out = []
    for i, w in enumerate(words, 1):
        start = text.index(w)
        out.append(Fig(i, start, start + len(w), text=w))
    return out


def test_the_invented_article_is_hard_wrapped():
    assert is_hard_wrapped(WRAPPED)


def test_reflow_joins_the_lines_of_a_paragraph_and_keeps_its_length():
    shown = reflowed(WRAPPED)
    assert len(shown) == len(WRAPPED)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(WRAPPED, shown, strict=True))
    paragraphs = shown.split("\n")
    assert paragraphs[0].startswith("Kim ngạch xuất khẩu")
    assert "9 tháng đầu năm 2025" in paragraphs[0]
    assert paragraphs[0].endswith(
        "cùng kỳ năm trước. Trong đó, xuất khẩu gỗ và sản phẩm gỗ đạt 4,1 tỷ USD."
    )


def test_reflow_keeps_headings_captions_blank_lines_and_sentence_ends():
    lines = reflowed(WRAPPED).split("\n")
    assert "Du lịch" in lines  # a short line before a capital: a heading
    assert "Giá cả" in lines
    assert "Ảnh: Minh Anh" in lines  # a caption
    assert "" in lines  # the blank line between sections
    tourism = next(ln for ln in lines if ln.startswith("Lượng khách"))
    assert tourism.endswith("3.200 tỷ đồng.")  # lower case goes on, past a comma and a ;
    prices = next(ln for ln in lines if ln.startswith("Chỉ số giá"))
    # a filled line before a name goes on too: "tập đoàn / Samsung"
    assert "tập đoàn Samsung mở rộng" in prices and prices.endswith("41,2 tỷ USD.")
    assert (
        lines[-2]
        == "Các dự án: nhà máy điện mặt trời, khu công nghiệp Bàu Bàng mở rộng và cảng cạn Tân Uyên."
    )


def test_a_colon_before_a_capital_stays_a_break():
    text = "Các chỉ tiêu chính gồm:\nTổng thu ngân sách đạt 12.500 tỷ đồng.\n" * 3
    assert soft_breaks(text) == []


def test_a_break_inside_a_place_name_is_soft():
    text = (
        "Đoàn công tác đã làm việc với lãnh đạo tỉnh Quảng\n"
        "Ninh, sau đó thăm cảng Cái Lân.\n"
        "Hội nghị trực tuyến tại điểm cầu Hà\n"
        "Nội có sự tham dự của các sở ngành.\n"
    ) * 3
    shown = reflowed(text)
    assert "tỉnh Quảng Ninh, sau đó" in shown
    assert "điểm cầu Hà Nội có sự" in shown


def test_two_names_either_side_of_a_break_stay_apart():
    # a caption ending in a place, then a paragraph that starts with a title
    text = (
        "Ảnh: lễ ký kết tại Đà Nẵng\n"
        "Phó Chủ tịch UBND tỉnh phát biểu tại buổi làm việc.\n"
        "Tham dự có đại diện Hà Nội\n"
        "Hải Phòng và các tỉnh lân cận.\n"
    ) * 3
    lines = reflowed(text).split("\n")
    assert "Ảnh: lễ ký kết tại Đà Nẵng" in lines
    assert "Tham dự có đại diện Hà Nội" in lines


@pytest.fixture
def view(qtbot):
    v = ArticleView()
    qtbot.addWidget(v)
    v.resize(480, 300)
    v.show()
    qtbot.waitExposed(v)
    return v


def painted(view) -> dict[int, str]:
    user = QTextFormat.Property.UserProperty
    return {
        s.format.property(user): s.cursor.selectedText().replace("\u2029", "\n")
        for s in view.extraSelections()
    }


def test_highlights_cover_their_figures_after_reflow(view):
    # one figure spans a soft line break: "3.200 tỷ\nđồng"
    figs = figures_of(WRAPPED, "28,5 tỷ USD", "215.000 lượt", "3.200 tỷ\nđồng", "920 triệu USD")
    view.set_document(WRAPPED, figs)
    assert view.reflow_available() and not view.reflowing()
    assert painted(view) == {f.id: f.text for f in figs}
    view.set_reflow(True)
    assert view.reflowing()
    assert view.toPlainText() == reflowed(WRAPPED)
    assert painted(view) == {f.id: f.text.replace("\n", " ") for f in figs}
    assert view.text() == WRAPPED  # offsets refer to the stored text still
    # a selection made in the reflowed text is a span of the stored one
    cursor = view.textCursor()
    cursor.setPosition(view.to_qt(figs[3].start))
    cursor.setPosition(view.to_qt(figs[3].end), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    start, end = view.selection()
    assert WRAPPED[start:end] == "920 triệu USD"
    view.set_reflow(False)
    assert view.toPlainText() == WRAPPED
    assert view.selection() == (start, end)  # the selection survives the toggle


def test_a_text_with_a_paragraph_per_line_is_never_reflowed(view):
    text = "Tiêu đề bài báo về giá lúa\n" + "Giá lúa tăng 500 đồng/kg so với tuần trước. " * 6
    view.set_document(text, [])
    view.set_reflow(True)
    assert not view.reflow_available() and not view.reflowing()
    assert view.toPlainText() == text


def test_esc_gives_the_keyboard_back_and_drops_the_selection(qtbot, view):
    view.set_document(WRAPPED, figures_of(WRAPPED, "28,5 tỷ USD"))
    view.set_current(1)
    back = []
    view.backToTable.connect(lambda: back.append(True))
    view.enter_from_keyboard()
    assert view.textCursor().position() == WRAPPED.index("28,5")
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (WRAPPED.index("28,5"), WRAPPED.index("28,5") + 2)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert back == [True] and view.selection() is None


def test_flash_marks_the_figure_for_a_moment(qtbot, view):
    figs = figures_of(WRAPPED, "28,5 tỷ USD", "920 triệu USD")
    view.set_document(WRAPPED, figs)
    view.flash(2)
    assert view.flashing() == 2
    qtbot.wait(FLASH_MS // 3)
    assert view.flashing() == 2
    qtbot.waitUntil(lambda: view.flashing() is None, timeout=FLASH_MS * 3)
