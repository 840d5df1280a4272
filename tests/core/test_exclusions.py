"""What is not a figure (guideline §2): none of these may be proposed."""

from __future__ import annotations

import pytest

from solieu.extract import extract_figures

NOT_FIGURES = {
    "dates": [
        "Hội nghị diễn ra chiều tối 22/7.",
        "Tính đến ngày 30/6/2025, tình hình ổn định.",
        "Chỉ thị ban hành ngày 10/8/2022.",
        "Diễn đàn tổ chức tháng 9/2025 tại Hàn Quốc.",
        "Lễ khai mạc vào tháng 10 tới.",
        "Hội chợ mở ngày 5.3 và đóng ngày 12-4.",
        "Tối 25-9 đoàn công tác đến Viêng Chăn.",
        " date 2025-09-25 Thời sự",
    ],
    "years": [
        "Kết quả năm 2024 rất tốt.",
        "Giai đoạn 2020 - 2025 tỉnh phát triển.",
        "Đại hội nhiệm kỳ 2025-2030 thành công.",
        "Sản xuất vụ hè thu 2015 thắng lợi.",
        "Phát triển đất nước đến năm 2030.",
    ],
    "periods": [
        "Trong 6 tháng đầu năm, tình hình ổn định.",
        "Kết quả 06 tháng ổn định.",
        "So với 9 tháng năm 2024, tình hình tốt hơn.",
        "Trong 5 tháng qua, tỉnh nỗ lực.",
        "Kết quả sáu tháng đầu năm rất khả quan.",
    ],
    "document numbers": [
        "Thực hiện Chỉ thị số 15-CT/TW của Ban Bí thư.",
        "Theo Nghị quyết 59-NQ/TW của Bộ Chính trị.",
        "Nghị quyết số 21/NQ-CP của Chính phủ.",
        "Theo Nghị định 123/2020/NĐ-CP về hóa đơn.",
    ],
    "times": [
        "Phiên họp bắt đầu lúc 08:30 (GMT+7).",
        "Buổi làm việc kết thúc lúc 14h05.",
        "Thứ sáu tuần này sẽ họp.",
    ],
    "ordinals": [
        "Đại hội lần thứ XX thành công.",
        "Thứ nhất, đổi mới tư duy.",
        "Thứ hai, mở rộng hợp tác.",
        "Tỉnh xếp thứ 3 cả nước.",
        "Làm việc cả thứ 6 và 7.",
        "Nâng cấp đường cấp III.",
    ],
    "names": [
        "Tỉnh triển khai Dự án GREAT 2 hiệu quả.",
        "Trong giai đoạn dịch Covid-19 khó khăn.",
        "Mạng 5G phủ sóng.",
        "Cách mạng công nghiệp 4.0 mở ra cơ hội.",
    ],
    "idioms": [
        "Lãnh đạo một số sở, ngành tham dự.",
        "Triển khai một cách bài bản.",
        "Đây là một trong những sự kiện lớn.",
        "Đoàn cấp cao hai chiều thường xuyên.",
        "Quảng bá hình ảnh một Nghệ An thân thiện.",
        "Đây là lần đầu tiên tổ chức.",
        "Bình quân một doanh nghiệp nộp thuế đều.",
        "Hàng trăm doanh nghiệp tham gia.",
    ],
    "phones": [
        "Đường dây nóng 0238 3844 555 luôn mở.",
        "Tổng đài 1900 1234 hoạt động hằng ngày.",
    ],
    "addresses and unit names": [
        "Trụ sở tại số 10 đường Trần Phú, phường 5, quận 3.",
        "Văn phòng ở số 25 Lê Lợi, TP Vinh.",
        "Học sinh Trường THPT số 1 Nghi Lộc đoạt giải.",
        "Sư đoàn 324 tổ chức kỷ niệm.",
        "Tỉnh lộ 534 và Quốc lộ 7A được nâng cấp.",
        "Theo Điều 5 Luật Đầu tư và khoản 2 Điều 10.",
        "Hội nghị lần thứ 15 Ban Chấp hành khóa XIV.",
    ],
}


@pytest.mark.parametrize(
    "kind, sentence",
    [(k, s) for k, ss in NOT_FIGURES.items() for s in ss],
)
def test_not_a_figure(kind, sentence):
    assert [f.text for f in extract_figures(sentence)] == []


def test_a_figure_next_to_excluded_numbers_is_still_found():
    text = "Tính đến ngày 30/6/2025, theo Chỉ thị 15-CT/TW, tỉnh cấp mới 8 dự án."
    assert [f.text for f in extract_figures(text)] == ["8 dự án"]
