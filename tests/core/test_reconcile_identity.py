"""The same statistic in two outlets' words is one group; two places or periods never mix."""

from __future__ import annotations

from solieu.reconcile.identity import measure_key, period_key, place_key
from solieu.reconcile.session import reconcile_project


def test_two_outlets_wordings_of_one_statistic_form_one_group(project_of):
    with project_of(
        {
            "a.txt": "6 tháng đầu năm 2025, kim ngạch xuất khẩu của TP.HCM đạt 25,3 tỷ USD.",
            "b.txt": "Nửa đầu năm 2025, trị giá xuất khẩu của Thành phố Hồ Chí Minh ước đạt "
            "25.300 triệu USD.",
        },
    ) as project:
        figs = project.figures()
        assert {f.place for f in figs} == {"Hồ Chí Minh"}
        assert {f.period for f in figs} == {"2025-01/2025-06"}
        groups = reconcile_project(project).groups
        assert [sorted(g.members) for g in groups] == [sorted(f.id for f in figs)]


def test_another_place_or_period_stays_apart(project_of):
    with project_of(
        {
            "a.txt": "6 tháng đầu năm 2025, kim ngạch xuất khẩu của Hải Phòng đạt 25,3 tỷ USD.",
            "b.txt": "6 tháng đầu năm 2025, kim ngạch xuất khẩu của Đà Nẵng đạt 25,3 tỷ USD.",
            "c.txt": "9 tháng đầu năm 2025, kim ngạch xuất khẩu của Hải Phòng đạt 25,3 tỷ USD.",
        },
    ) as project:
        assert reconcile_project(project).groups == []


def test_the_keys_merge_wordings_and_spellings():
    assert measure_key("Trị giá xuất khẩu hàng hoá") == measure_key("kim ngạch xuất khẩu hàng hóa")
    assert measure_key("vốn đầu tư trực tiếp nước ngoài đăng ký") == "vốn fdi đăng ký"
    assert measure_key("kim ngạch xuất khẩu") != measure_key("kim ngạch nhập khẩu")
    assert place_key("TPHCM") == place_key("Thành phố Hồ Chí Minh") == "Hồ Chí Minh"
    assert period_key("2025-01-01/2025-06-30") == period_key("2025-01/2025-06")
    assert period_key("6 tháng đầu năm 2025") == "2025-01/2025-06"
    assert period_key("2024-01/2024-12") == "2024"
