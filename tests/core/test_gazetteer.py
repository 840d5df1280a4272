"""The place gazetteer (GUIDELINE §8 "place") on invented sentences, and its data source."""

from __future__ import annotations

import json
import shutil

import pytest

from solieu.extract import place_data
from solieu.extract.gazetteer import (
    PlaceInfo,
    canonical_place,
    dominant_place,
    find_places,
    place_info,
    place_names,
)


def names(text: str) -> list[str]:
    return [m.name for m in find_places(text)]


def only(text: str):
    found = find_places(text)
    assert len(found) == 1, found
    return found[0]


def package_json(name: str) -> dict:
    return json.loads((place_data.data_dir() / name).read_text(encoding="utf-8"))


# -- the data package ---------------------------------------------------------------------
def test_codes_and_mergers_are_the_packages():
    """Every province's code and 2025 province as the package's own files give them."""
    legacy = package_json("parser_legacy.json")["DICT_PROVINCE"]
    new = package_json("parser_from_2025.json")["DICT_PROVINCE"]
    merged = package_json("converter_2025.json")["DICT_PROVINCE"]
    assert len(legacy) == 63 and len(new) == 34
    for new_key, old_keys in merged.items():
        for old_key in old_keys:
            info = place_info(legacy[old_key]["provinceShort"])
            assert info is not None and info.kind == "province"
            assert info.code == legacy[old_key]["provinceCode"]
            assert info.province_2025 == new[new_key]["provinceShort"]
            assert info.code_2025 == new[new_key]["provinceCode"]


def test_official_codes():
    assert place_info("Hà Nội").code == "01"
    assert place_info("TP.HCM").code == "79"
    assert place_info("Nghệ An").code == "40"
    assert place_info("Cần Thơ").code == "92"


def test_merged_province_of_2025():
    """Hà Giang went into Tuyên Quang (code 08); Nghệ An was left as it was."""
    hg = place_info("Hà Giang")
    assert (hg.province_2025, hg.code_2025, hg.code) == ("Tuyên Quang", "08", "02")
    assert place_info("Nghệ An").province_2025 == "Nghệ An"
    m = only("Sản lượng chè của tỉnh Hà Giang tăng mạnh.")
    assert (m.name, m.code, m.province_2025) == ("Hà Giang", "02", "Tuyên Quang")


def test_data_found_in_a_bundle_folder(tmp_path, monkeypatch):
    """A PyInstaller bundle holds the JSON files under <bundle>/vietnamadminunits/data."""
    data = tmp_path / "vietnamadminunits" / "data"
    data.mkdir(parents=True)
    for name in ("parser_legacy.json", "parser_from_2025.json", "converter_2025.json"):
        shutil.copy(place_data.data_dir() / name, data / name)
    monkeypatch.setattr(place_data.importlib.util, "find_spec", lambda name: None)
    monkeypatch.setattr(place_data.sys, "_MEIPASS", str(tmp_path), raising=False)
    assert place_data.data_dir() == data
    div = place_data.load_divisions()
    assert len(div.provinces) == 63 and len(div.provinces_2025) == 34


def test_missing_data_says_what_to_install(monkeypatch):
    monkeypatch.setattr(place_data.importlib.util, "find_spec", lambda name: None)
    monkeypatch.delattr(place_data.sys, "_MEIPASS", raising=False)
    with pytest.raises(place_data.PlaceDataError, match="pip install vietnamadminunits"):
        place_data.data_dir()


# -- spellings of provinces ------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Kim ngạch xuất khẩu của tỉnh Nghệ An đạt 1,8 tỷ USD.", "Nghệ An"),
        ("TP. Hà Nội đón 12 triệu lượt khách.", "Hà Nội"),
        ("Thu ngân sách của thành phố Cần Thơ tăng 8%.", "Cần Thơ"),
        ("Giá nhà ở TP.HCM tăng 10%.", "Hồ Chí Minh"),
        ("Giá nhà ở TP HCM tăng 10%.", "Hồ Chí Minh"),
        ("Giá nhà ở TPHCM tăng 10%.", "Hồ Chí Minh"),
        ("Giá nhà ở Tp. Hồ Chí Minh tăng 10%.", "Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh có 9 triệu dân.", "Hồ Chí Minh"),
        ("Cảng Sài Gòn bốc xếp 20 triệu tấn hàng.", "Hồ Chí Minh"),
        ("Lúa ở Thanh Hoá được mùa.", "Thanh Hóa"),
        ("Lúa ở Thanh Hóa được mùa.", "Thanh Hóa"),
        ("Mưa lớn tại Hoà Bình.", "Hòa Bình"),
        ("Khánh Hoà đón 3 triệu khách.", "Khánh Hòa"),
        ("Tỉnh Bà Rịa-Vũng Tàu thu 5.000 tỷ đồng.", "Bà Rịa - Vũng Tàu"),
        ("Tỉnh Bà Rịa – Vũng Tàu thu 5.000 tỷ đồng.", "Bà Rịa - Vũng Tàu"),
        ("BR-VT thu 5.000 tỷ đồng.", "Bà Rịa - Vũng Tàu"),
        ("BRVT thu 5.000 tỷ đồng.", "Bà Rịa - Vũng Tàu"),
        ("Thừa Thiên Huế đón 2 triệu khách.", "Huế"),
        ("Thừa Thiên - Huế đón 2 triệu khách.", "Huế"),
        ("Cố đô Huế đón 2 triệu khách.", "Huế"),
        ("Cà phê Đăk Lăk xuất khẩu 500 nghìn tấn.", "Đắk Lắk"),
        ("XUẤT KHẨU CỦA NGHỆ AN TĂNG MẠNH", "Nghệ An"),
    ],
)
def test_province_spellings(sentence, name):
    m = only(sentence)
    assert (m.name, m.kind) == (name, "province")


def test_span_holds_the_administrative_word():
    text = "Năm 2024, tỉnh Nghệ An thu hút 1,6 tỷ USD vốn FDI."
    m = only(text)
    assert (m.start, m.end, m.text) == (10, 22, "tỉnh Nghệ An")
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text, name",
    [
        ("Giá đất ở Thành phố Hồ\nChí Minh tăng.", "Hồ Chí Minh"),
        ("Xuất khẩu của tỉnh\nNghệ An đạt 2 tỷ USD.", "Nghệ An"),
        ("Lượng khách đến Bà Rịa -\nVũng Tàu tăng.", "Bà Rịa - Vũng Tàu"),
        ("Trong 6 tháng, cả\nnước xuất siêu 5 tỷ USD.", "Việt Nam"),
        ("Giá lúa tại Đồng bằng sông\nCửu Long giảm.", "Đồng bằng sông Cửu Long"),
    ],
)
def test_hard_line_breaks_inside_names(text, name):
    m = only(text)
    assert m.name == name and "\n" in m.text


# -- no false hits -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "An toàn giao thông được bảo đảm, An sinh xã hội tốt.",
        "Long trọng tổ chức lễ kỷ niệm.",
        "Ông Nguyễn Văn Nam, Giám đốc Sở, phát biểu.",
        "Bình quân mỗi hộ có 2 lao động. Bình thường giá ổn định.",
        "Chính sách vì hòa bình và phát triển.",
        "Bà Trần Thị Thái Bình được khen thưởng.",
        "Đồng chí Bùi Thanh Sơn dự hội nghị.",
        "Chị Nga và anh Đức đều là kỹ sư.",
        "Pháp luật quy định rõ. Mỹ phẩm nhập lậu bị thu giữ.",
        "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương.",
        "Chỉ số VN-Index tăng 12 điểm.",
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "Cửa hàng trên đường Hà Nội bán 200 xe máy.",
    ],
)
def test_no_false_hits(text):
    assert find_places(text) == []


def test_viet_nam_is_not_ha_nam_or_nam():
    assert names("Việt Nam xuất khẩu gạo sang Philippines.") == ["Việt Nam", "Philippines"]
    assert names("Hà Nam có 3 khu công nghiệp.") == ["Hà Nam"]


# -- smaller units -------------------------------------------------------------------------------
def test_economic_zone_and_industrial_park_give_their_province():
    m = only("Khu kinh tế Đông Nam Nghệ An thu hút 20 dự án mới.")
    assert (m.name, m.kind, m.text) == ("Nghệ An", "subunit", "Khu kinh tế Đông Nam Nghệ An")
    m = only("KCN VSIP Bắc Ninh có tỷ lệ lấp đầy 90%.")
    assert (m.name, m.kind, m.start) == ("Bắc Ninh", "subunit", 0)


def test_zone_and_district_across_line_breaks():
    m = only("Khu kinh\ntế Đông Nam Nghệ An có 30 dự án.")
    assert (m.name, m.kind, m.start) == ("Nghệ An", "subunit", 0)
    m = only("Sạt lở ở huyện Kỳ Sơn\ntỉnh Nghệ An.")
    assert (m.name, m.text) == ("Nghệ An", "huyện Kỳ Sơn\ntỉnh Nghệ An")


def test_district_with_its_province():
    m = only("Lũ quét tại huyện Quỳnh Lưu, tỉnh Nghệ An làm 3 người chết.")
    assert (m.name, m.kind, m.text) == ("Nghệ An", "subunit", "huyện Quỳnh Lưu, tỉnh Nghệ An")
    assert m.code == place_info("Nghệ An").code


def test_unique_district_alone_gives_its_province():
    assert names("Mưa đá ở huyện Quỳnh Lưu làm hỏng 200 ngôi nhà.") == ["Nghệ An"]
    assert names("Khách đến Phú Quốc tăng 30%.") == ["Kiên Giang"]
    assert names("Sân bay Long Thành đón chuyến bay đầu tiên.") == ["Đồng Nai"]
    assert names("Doanh thu của Quận 1 tăng.") == ["Hồ Chí Minh"]
    assert names("Giá căn hộ tại TP Thủ Đức tăng.") == ["Hồ Chí Minh"]


def test_shared_district_names_are_left_unmapped():
    """Châu Thành is a district of ten provinces; Hoàng Mai is in Hà Nội and Nghệ An."""
    assert find_places("Lúa ở huyện Châu Thành được mùa.") == []
    assert find_places("Giá đất ở Hoàng Mai tăng.") == []
    assert canonical_place("Châu Thành") is None
    assert canonical_place("huyện Châu Thành") is None


def test_shared_district_names_resolved_by_their_word_or_province():
    assert names("Quận Hoàng Mai có 50 dự án.") == ["Hà Nội"]
    assert names("Thị xã Hoàng Mai có 50 dự án.") == ["Nghệ An"]
    assert names("Lúa ở huyện Châu Thành, tỉnh Tiền Giang được mùa.") == ["Tiền Giang"]
    assert names("Lúa ở Châu Thành (Bến Tre) được mùa.") == ["Bến Tre"]


def test_one_syllable_district_needs_its_word():
    assert find_places("Anh Vinh trúng thưởng.") == []
    assert names("TP Vinh có 300 nghìn dân.") == ["Nghệ An"]


# -- regions, nation, countries --------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Vùng ĐBSCL xuất khẩu 4 triệu tấn gạo.", "Đồng bằng sông Cửu Long"),
        ("Các tỉnh đồng bằng sông Cửu Long bị hạn mặn.", "Đồng bằng sông Cửu Long"),
        ("Đồng bằng sông Hồng thu hút nhiều FDI.", "Đồng bằng sông Hồng"),
        ("Tây Nguyên có 600 nghìn ha cà phê.", "Tây Nguyên"),
        ("Đông Nam Bộ dẫn đầu về thu ngân sách.", "Đông Nam Bộ"),
        ("Bắc Trung Bộ có 6 tỉnh.", "Bắc Trung Bộ"),
        ("Vùng Duyên hải Nam Trung Bộ đón 5 triệu khách.", "Duyên hải Nam Trung Bộ"),
        ("Trung du và miền núi phía Bắc trồng 100 nghìn ha chè.", "Trung du và miền núi phía Bắc"),
        ("Lũ lụt ở miền Trung làm 20 người chết.", "Bắc Trung Bộ và Duyên hải miền Trung"),
    ],
)
def test_regions(sentence, name):
    m = only(sentence)
    assert (m.name, m.kind, m.code, m.province_2025) == (name, "region", None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cả nước có 200 nghìn doanh nghiệp mới.",
        "Toàn quốc xảy ra 5.000 vụ tai nạn giao thông.",
        "CPI của nước ta tăng 3,5%.",
        "Việt Nam xuất siêu 12 tỷ USD.",
        "GDP của VN tăng 7%.",
    ],
)
def test_nation(sentence):
    m = only(sentence)
    assert (m.name, m.kind) == ("Việt Nam", "nation")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Lào mua 1 triệu tấn điện.", "Lào"),
        ("Campuchia nhập 2 triệu tấn gạo.", "Campuchia"),
        ("Hoa Kỳ là thị trường lớn.", "Hoa Kỳ"),
        ("Doanh số ở Mỹ giảm.", "Hoa Kỳ"),
        ("Hàn Quốc có 50 triệu dân.", "Hàn Quốc"),
        ("Nhật Bản tăng lãi suất.", "Nhật Bản"),
        ("Singapore đứng đầu về vốn.", "Singapore"),
        ("Liên minh châu Âu áp thuế.", "Liên minh châu Âu"),
        ("EU áp thuế chống bán phá giá.", "Liên minh châu Âu"),
        ("Lạm phát ở Đức là 2%.", "Đức"),
    ],
)
def test_countries(sentence, name):
    m = only(sentence)
    assert (m.name, m.kind, m.code, m.province_2025) == (name, "country", None, None)


def test_us_spellings_are_one_name_with_english():
    assert canonical_place("Mỹ") == canonical_place("Hoa Kỳ") == "Hoa Kỳ"
    assert place_info("Mỹ") == PlaceInfo("Hoa Kỳ", "country", None, None, "United States")


# -- roles ----------------------------------------------------------------------------------------
def roles(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in find_places(text)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Nghệ An xuất khẩu sang Hàn Quốc 300 triệu USD.",
            [("Nghệ An", "subject"), ("Hàn Quốc", "partner")],
        ),
        ("Xuất khẩu vào thị trường Mỹ tăng 20%.", [("Hoa Kỳ", "partner")]),
        ("Tỉnh nhập khẩu từ Trung Quốc 1 tỷ USD.", [("Trung Quốc", "partner")]),
        ("Vốn FDI từ Singapore đạt 500 triệu USD.", [("Singapore", "partner")]),
        ("Kim ngạch thương mại với Lào đạt 200 triệu USD.", [("Lào", "partner")]),
        ("Các nhà đầu tư của Nhật Bản rót 1 tỷ USD.", [("Nhật Bản", "partner")]),
        ("Du khách Hà Nội chiếm 30% lượng khách.", [("Hà Nội", "partner")]),
        (
            "Xuất khẩu sang Mỹ, EU và Nhật Bản tăng.",
            [("Hoa Kỳ", "partner"), ("Liên minh châu Âu", "partner"), ("Nhật Bản", "partner")],
        ),
        ("Hàn Quốc dẫn đầu với 120 dự án đầu tư vào tỉnh.", [("Hàn Quốc", "partner")]),
        ("FDI vào Nghệ An tăng 30%.", [("Nghệ An", "subject")]),
        ("Thu ngân sách tăng 15% so với Hà Tĩnh.", [("Hà Tĩnh", "comparison")]),
        ("Tốc độ tăng cao hơn mức bình quân của cả nước.", [("Việt Nam", "comparison")]),
        (
            "Nghệ An đứng thứ 5 cả nước về thu hút FDI.",
            [("Nghệ An", "subject"), ("Việt Nam", "comparison")],
        ),
        (
            "Tỉnh chỉ đứng sau Bắc Ninh và Hải Phòng.",
            [("Bắc Ninh", "comparison"), ("Hải Phòng", "comparison")],
        ),
        ("Giá cao hơn TP.HCM 5%.", [("Hồ Chí Minh", "comparison")]),
        ("Xuất khẩu chiếm 5% tổng kim ngạch của cả nước.", [("Việt Nam", "comparison")]),
        (
            "Chỉ sau Hà Nội, Nghệ An đứng thứ hai.",
            [("Hà Nội", "comparison"), ("Nghệ An", "subject")],
        ),
        ("CPI tăng 3%, thấp hơn mức tăng chung của cả nước.", [("Việt Nam", "comparison")]),
        (
            "Ba tỉnh Tây Nguyên chiếm 70% sản lượng cà phê cả nước.",
            [("Tây Nguyên", "subject"), ("Việt Nam", "comparison")],
        ),
        ("Doanh thu tăng 5% so với cùng kỳ, của Nghệ An đạt 2 tỷ.", [("Nghệ An", "subject")]),
        (
            "Philippines nhập khẩu gạo từ Việt Nam.",
            [("Philippines", "subject"), ("Việt Nam", "subject")],
        ),
        (
            "Các thị trường chính như: Lào, Thái Lan và Hàn Quốc.",
            [("Lào", "partner"), ("Thái Lan", "partner"), ("Hàn Quốc", "partner")],
        ),
        ("Các nước đối tác quan trọng của Việt Nam.", [("Việt Nam", "subject")]),
        ("Tại tỉnh Nghệ An, mưa lớn gây ngập 500 ha.", [("Nghệ An", "subject")]),
        ("Du lịch của Quảng Ninh tăng trưởng 20%.", [("Quảng Ninh", "subject")]),
    ],
)
def test_roles(sentence, expected):
    assert roles(sentence) == expected


# -- canonical_place, place_info, place_names ------------------------------------------------------
@pytest.mark.parametrize(
    "typed, name",
    [
        ("tp.hcm", "Hồ Chí Minh"),
        ("Tp Hồ Chí Minh", "Hồ Chí Minh"),
        ("  TP.  HCM ", "Hồ Chí Minh"),
        ("ĐBSCL", "Đồng bằng sông Cửu Long"),
        ("tỉnh nghệ an", "Nghệ An"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("thanh hoa", "Thanh Hóa"),
        ("ha noi", "Hà Nội"),
        ("Thành phố Đà Nẵng", "Đà Nẵng"),
        ("huyện Quỳnh Lưu", "Nghệ An"),
        ("huyện Hòa Bình", "Bạc Liêu"),
        ("Hòa Bình", "Hòa Bình"),
        ("cả nước", "Việt Nam"),
        ("Thừa Thiên Huế", "Huế"),
        ("bà rịa - vũng tàu", "Bà Rịa - Vũng Tàu"),
    ],
)
def test_canonical_place(typed, name):
    assert canonical_place(typed) == name


@pytest.mark.parametrize("typed", ["", "   ", "Xứ Sở Thần Tiên", "HN", "Nam"])
def test_canonical_place_unknown(typed):
    assert canonical_place(typed) is None


def test_place_info_kinds():
    assert place_info("ĐBSCL").english == "Mekong Delta"
    assert place_info("toàn quốc").kind == "nation"
    assert place_info("Quỳnh Lưu").name == "Nghệ An"
    assert place_info("không có") is None


def test_place_names_order_and_coverage():
    all_names = place_names()
    assert len(set(all_names)) == len(all_names)
    kinds = [place_info(n).kind for n in all_names]
    assert kinds == sorted(kinds, key=["province", "region", "nation", "country"].index)
    assert kinds.count("province") == 63
    assert all_names[0] == "Hà Nội"  # code 01 first
    for n in all_names:
        assert canonical_place(n) == n


# -- dominant_place ----------------------------------------------------------------------------------
def test_dominant_place_of_a_provincial_report():
    text = (
        "Năm 2024, kinh tế tỉnh Nghệ An tăng trưởng 8%, cao hơn mức bình quân cả nước. "
        "Xuất khẩu của Nghệ An sang Hoa Kỳ đạt 500 triệu USD.\n\n"
        "Nghệ An đứng thứ 3 khu vực Bắc Trung Bộ, chỉ sau Thanh Hóa và Hà Tĩnh."
    )
    assert dominant_place(text) == "Nghệ An"


def test_dominant_place_of_a_national_report():
    text = (
        "Cả nước có 150 nghìn doanh nghiệp thành lập mới. Số doanh nghiệp tại Hà Nội "
        "cao hơn Đà Nẵng. Tổng vốn đăng ký của cả nước tăng 10%."
    )
    assert dominant_place(text) == "Việt Nam"


def test_dominant_place_needs_a_subject():
    assert dominant_place("Giá cao hơn Hà Nội và thấp hơn TP.HCM.") is None
    assert dominant_place("Không nói nơi nào.") is None
