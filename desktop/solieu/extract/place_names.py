"""Place words the administrative-division package cannot have.

The package (vietnamadminunits) knows provinces and districts. Vietnamese news
also names the country, the socio-economic regions, foreign countries and blocs,
and writes provinces in press abbreviations (`TP.HCM`, `BR-VT`). These lexicons
follow GUIDELINE.md §8 "place": regions by their full name, the nation as
`Việt Nam`, foreign countries as Vietnamese writes them, one name for each.

Each entry is (canonical name, English name, spellings). The matcher is case
sensitive for names (a place is a proper noun: `hòa bình` is "peace"), so a
spelling that news writes both capitalised and in lower case is listed twice;
an all-capitals form (headlines) is derived by the gazetteer.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


NATION = "Việt Nam"
NATION_ENGLISH = "Vietnam"
# `VN` is common in headlines and is no other word; `VN-Index` is excluded by the matcher.
NATION_FORMS = ("Việt Nam", "VN", "cả nước", "Cả nước", "toàn quốc", "Toàn quốc")
NATION_FORMS += ("nước ta", "Nước ta")

# The six socio-economic regions and the two groupings news uses for the centre; and
# the North and the South as news (weather, the power system) names them: neither is one
# socio-economic region (the North is two, the South two), so each keeps its own name,
# `Miền Bắc` and `Miền Nam` (`miền Bắc`, `Bắc Bộ`), while `miền Trung` (`Trung Bộ`) is the
# region `Bắc Trung Bộ và Duyên hải miền Trung` it coincides with. `các tỉnh phía Bắc` is
# a group of provinces with no name of its own (GUIDELINE §8: the country's), and a bare
# `phía Bắc` is "north of …". `miền Tây` alone is left out: it is as often "the west of
# a province".
REGIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Đồng bằng sông Cửu Long",
        "Mekong Delta",
        ("đồng bằng sông Cửu Long", "Đồng bằng Sông Cửu Long", "ĐBSCL", "ĐB sông Cửu Long")
        + ("Tây Nam Bộ", "miền Tây Nam Bộ", "Miền Tây Nam Bộ"),
    ),
    (
        "Đồng bằng sông Hồng",
        "Red River Delta",
        ("đồng bằng sông Hồng", "Đồng bằng Sông Hồng", "ĐBSH", "ĐB sông Hồng")
        + ("đồng bằng Bắc Bộ", "Đồng bằng Bắc Bộ"),
    ),
    ("Tây Nguyên", "Central Highlands", ()),
    ("Đông Nam Bộ", "Southeast", ("miền Đông Nam Bộ", "Miền Đông Nam Bộ")),
    ("Bắc Trung Bộ", "North Central Coast", ()),
    ("Duyên hải Nam Trung Bộ", "South Central Coast", ("duyên hải Nam Trung Bộ", "Nam Trung Bộ")),
    (
        "Trung du và miền núi phía Bắc",
        "Northern Midlands and Mountains",
        ("trung du và miền núi phía Bắc", "Trung du miền núi phía Bắc")
        + ("trung du miền núi phía Bắc", "Trung du và miền núi Bắc Bộ")
        + ("trung du và miền núi Bắc Bộ", "miền núi phía Bắc", "Miền núi phía Bắc"),
    ),
    (
        "Miền Bắc",
        "Northern Vietnam",
        ("miền Bắc", "Miền Bắc", "Bắc Bộ"),
    ),
    (
        "Miền Nam",
        "Southern Vietnam",
        ("miền Nam", "Miền Nam", "Nam Bộ"),
    ),
    (
        "Bắc Trung Bộ và Duyên hải miền Trung",
        "North Central and Central Coast",
        ("Bắc Trung Bộ và duyên hải miền Trung", "duyên hải miền Trung", "Duyên hải miền Trung")
        + ("miền Trung", "Miền Trung", "Trung Bộ"),
    ),
)

# The halves of the country give a figure its place where a sentence or a paragraph names
# them, but never an article's own place: national news tells of them as parts of a
# national story (the grid's northern peak, the weather), no office reports for them.
HALVES = frozenset({"Miền Bắc", "Miền Nam"})

# Trading partners, sources of FDI and tourists, neighbours, blocs, world regions: as the
# press writes them (kind `country`: what lies outside Việt Nam).
# `Anh` (also "you", a given name) and `Ý`, `Áo` (common words at a sentence start) are
# only taken in their long forms.
COUNTRIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Lào", "Laos", ("CHDCND Lào",)),
    ("Campuchia", "Cambodia", ("Cam-pu-chia", "Căm-pu-chia")),
    ("Thái Lan", "Thailand", ()),
    ("Trung Quốc", "China", ()),
    ("Hoa Kỳ", "United States", ("Mỹ", "Hoa Kì")),
    ("Hàn Quốc", "South Korea", ()),
    ("Triều Tiên", "North Korea", ()),
    ("Nhật Bản", "Japan", ("Nhật",)),
    ("Singapore", "Singapore", ("Xinh-ga-po", "Xin-ga-po")),
    ("Malaysia", "Malaysia", ("Ma-lai-xi-a",)),
    ("Indonesia", "Indonesia", ("In-đô-nê-xi-a",)),
    ("Philippines", "Philippines", ("Philippin", "Phi-líp-pin")),
    ("Myanmar", "Myanmar", ("Mi-an-ma",)),
    ("Brunei", "Brunei", ()),
    ("Đài Loan", "Taiwan", ()),
    ("Hồng Kông", "Hong Kong", ("Hong Kong", "Hongkong")),
    ("Ấn Độ", "India", ()),
    ("Bangladesh", "Bangladesh", ()),
    ("Pakistan", "Pakistan", ()),
    ("Mông Cổ", "Mongolia", ()),
    ("Australia", "Australia", ("Úc", "Ô-xtrây-li-a")),
    ("New Zealand", "New Zealand", ("Niu Di-lân",)),
    ("Nga", "Russia", ("Liên bang Nga", "LB Nga")),
    ("Ukraine", "Ukraine", ("U-crai-na",)),
    ("Đức", "Germany", ()),
    ("Pháp", "France", ()),
    ("Vương quốc Anh", "United Kingdom", ("nước Anh",)),
    ("Italy", "Italy", ("Italia", "I-ta-li-a")),
    ("Tây Ban Nha", "Spain", ()),
    ("Bồ Đào Nha", "Portugal", ()),
    ("Hà Lan", "Netherlands", ()),
    ("Bỉ", "Belgium", ()),
    ("Thụy Sĩ", "Switzerland", ()),
    ("Thụy Điển", "Sweden", ()),
    ("Na Uy", "Norway", ()),
    ("Phần Lan", "Finland", ()),
    ("Đan Mạch", "Denmark", ()),
    ("Ba Lan", "Poland", ()),
    ("Séc", "Czechia", ("Cộng hòa Séc", "CH Séc")),
    ("Hungary", "Hungary", ()),
    ("Hy Lạp", "Greece", ()),
    ("Thổ Nhĩ Kỳ", "Türkiye", ()),
    ("Israel", "Israel", ()),
    ("Ả Rập Xê Út", "Saudi Arabia", ("Ả-rập Xê-út", "Saudi Arabia")),
    ("UAE", "United Arab Emirates", ("Các Tiểu vương quốc Ả Rập Thống nhất",)),
    ("Qatar", "Qatar", ()),
    ("Iran", "Iran", ()),
    ("Ai Cập", "Egypt", ()),
    ("Nam Phi", "South Africa", ()),
    ("Nigeria", "Nigeria", ()),
    ("Canada", "Canada", ()),
    ("Mexico", "Mexico", ("Mê-hi-cô",)),
    ("Brazil", "Brazil", ("Bra-xin",)),
    ("Chile", "Chile", ("Chi-lê",)),
    ("Argentina", "Argentina", ("Ác-hen-ti-na",)),
    ("Cuba", "Cuba", ()),
    ("Liên minh châu Âu", "European Union", ("EU", "Liên minh Châu Âu")),
    # continents and world regions, as trade partners are named
    ("châu Âu", "Europe", ("Châu Âu",)),
    ("châu Á", "Asia", ("Châu Á",)),
    ("châu Phi", "Africa", ("Châu Phi",)),
    ("châu Mỹ", "Americas", ("Châu Mỹ",)),
    ("châu Đại Dương", "Oceania", ("Châu Đại Dương",)),
    ("Đông Nam Á", "Southeast Asia", ()),
    ("Đông Bắc Á", "Northeast Asia", ()),
    ("Nam Á", "South Asia", ()),
    ("Trung Đông", "Middle East", ()),
    ("Đông Âu", "Eastern Europe", ()),
    ("Bắc Mỹ", "North America", ()),
    ("Nam Mỹ", "South America", ()),
    ("Mỹ Latinh", "Latin America", ("Mỹ La-tinh",)),
    ("ASEAN", "ASEAN", ()),
    ("Liên minh Kinh tế Á - Âu", "Eurasian Economic Union", ("EAEU", "Liên minh Kinh tế Á Âu")),
)

# Spellings of provinces the package's names do not give: press abbreviations, the old
# name of Huế, older spellings of the Central Highlands provinces. `HN`, `ĐN`, `HP` are
# left out (too many other meanings); `Sài Gòn` names things in the city (port, river,
# companies), so it is taken for it.
PROVINCE_ALIASES: dict[str, tuple[str, ...]] = {
    "Hồ Chí Minh": ("TP.HCM", "TP. HCM", "TPHCM", "TP HCM", "Tp.HCM", "Tp. HCM", "Tp HCM")
    + ("HCM", "Sài Gòn"),
    "Bà Rịa - Vũng Tàu": ("BR-VT", "BRVT"),
    "Huế": ("Thừa Thiên Huế", "Thừa Thiên - Huế", "TT-Huế", "TT Huế"),
    "Đắk Lắk": ("Đăk Lăk", "Đắc Lắc", "Đắk Lắc", "Daklak"),
    "Đắk Nông": ("Đăk Nông", "Đắc Nông"),
    "Bắc Kạn": ("Bắc Cạn",),
    "Kon Tum": ("Kontum",),
}

# Words before a name that say what kind of unit it is (GUIDELINE §8: the canonical name
# drops them). Keys are the classes the gazetteer resolves with.
ADMIN_WORDS: dict[str, tuple[str, ...]] = {
    "province": ("tỉnh", "Tỉnh", "TỈNH"),
    "city": ("thành phố", "Thành phố", "THÀNH PHỐ", "TP.", "TP", "Tp.", "Tp", "tp.", "T.P")
    + ("Thủ đô", "thủ đô"),
    "huyện": ("huyện", "Huyện", "HUYỆN"),
    "quận": ("quận", "Quận", "QUẬN"),
    "thị xã": ("thị xã", "Thị xã", "THỊ XÃ", "TX.", "TX", "Tx."),
    "region": ("vùng", "Vùng", "khu vực", "Khu vực"),
}

# Heads of economic zones and industrial parks: `Khu kinh tế Đông Nam Nghệ An` lies in
# the province its name ends with.
ZONE_HEADS = ("Khu kinh tế", "khu kinh tế", "KKT", "Khu công nghiệp", "khu công nghiệp", "KCN")
ZONE_HEADS += ("Cụm công nghiệp", "cụm công nghiệp", "CCN", "Khu chế xuất", "khu chế xuất")
ZONE_HEADS += ("KCX", "Khu công nghệ cao", "khu công nghệ cao", "Khu kinh tế cửa khẩu")

# A capitalised place name right after one of these is part of a person's name
# (`Bùi Thanh Sơn`, `Nguyễn Thái Bình`, `ông Đức`) or of a street (`đường Hà Nội`).
SURNAMES = _words(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn"
    " Vương Trịnh Trương Lâm Phùng Mai Tô Tạ Cao Lương Chu Đinh Quách Lưu Thân Kiều"
    " Văn Thị Đức Hữu Đình Công Ngọc Xuân Quang Thế Bá Duy"
)
PERSON_WORDS = _words("ông bà anh chị em cô chú bác Bác cụ cháu Ông Bà Anh Chị Cô Chú Cụ chí")
STREET_WORDS = _words("đường Đường phố Phố ngõ Ngõ ngách hẻm Hẻm lộ")
# The words before `Hồ Chí Minh` that mean the man or what is named after him.
NAMESAKE_WORDS = _words(
    "tịch Bác tưởng đức cách Lăng lăng Đoàn TNCS sản niên tên hiệu viện Hội thưởng"
)
# A one-syllable country written capitalised at a sentence start can be the first
# syllable of a common word: `Pháp luật`, `Mỹ phẩm`, `Nhật ký`, `Đức tin`.
COMPOUND_AFTER: dict[str, frozenset[str]] = {
    "Pháp": _words("luật lệnh lý nhân chế quy sư trị định điển y danh"),
    "Mỹ": _words("phẩm thuật nghệ quan học mãn nhân vị"),
    "Nhật": _words("ký kí thực trình"),
    "Đức": _words("tin tính độ hạnh"),
    "Nga": frozenset(),
}
