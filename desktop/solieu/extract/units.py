"""Lexicons of units, currencies and counted nouns, and how each maps to a unit class.

Measurement units and currencies are closed lexicons. Counted nouns are open:
the extractor takes any noun phrase after a count (see `figures.py`); the
compounds below only tell it where a multi-syllable noun ends.
"""

from __future__ import annotations

import regex

# surface form (case-sensitive unless noted) -> (canonical unit, unit class)
CURRENCIES: dict[str, tuple[str, str]] = {
    "USD": ("USD", "USD"),
    "US$": ("USD", "USD"),
    "đô la Mỹ": ("đô la Mỹ", "USD"),
    "đô-la Mỹ": ("đô-la Mỹ", "USD"),
    "đô la": ("đô la", "USD"),
    "đôla": ("đôla", "USD"),
    "đồng": ("đồng", "VND"),
    "VNĐ": ("VNĐ", "VND"),
    "đ": ("đ", "VND"),
    "VND": ("VND", "VND"),
    "vnđ": ("vnđ", "VND"),
    "EUR": ("EUR", "EUR"),
    "euro": ("euro", "EUR"),
    "Euro": ("Euro", "EUR"),
    "yên": ("yên", "JPY"),
    "Yên": ("Yên", "JPY"),
    "JPY": ("JPY", "JPY"),
    "nhân dân tệ": ("nhân dân tệ", "CNY"),
    "NDT": ("NDT", "CNY"),
    "CNY": ("CNY", "CNY"),
    "won": ("won", "KRW"),
    "KRW": ("KRW", "KRW"),
    "bảng Anh": ("bảng Anh", "GBP"),
    "GBP": ("GBP", "GBP"),
    "kíp": ("kíp", "LAK"),
    "LAK": ("LAK", "LAK"),
    "baht": ("baht", "THB"),
    "bạt": ("bạt", "THB"),
    "THB": ("THB", "THB"),
    "rúp": ("rúp", "RUB"),
    "AUD": ("AUD", "AUD"),
    "SGD": ("SGD", "SGD"),
}

MEASURES: dict[str, tuple[str, str]] = {
    "%": ("%", "percent"),
    "điểm phần trăm": ("điểm phần trăm", "percent"),
    "điểm %": ("điểm %", "percent"),
    "phần trăm": ("phần trăm", "percent"),
    "km2": ("km2", "area"),
    "km²": ("km²", "area"),
    "m2": ("m2", "area"),
    "m²": ("m²", "area"),
    "ha": ("ha", "area"),
    "hécta": ("hécta", "area"),
    "héc-ta": ("héc-ta", "area"),
    "hecta": ("hecta", "area"),
    "sào": ("sào", "area"),
    "mẫu": ("mẫu", "area"),
    "km": ("km", "length"),
    "ki-lô-mét": ("ki-lô-mét", "length"),
    "cây số": ("cây số", "length"),
    "mét": ("mét", "length"),
    "m": ("m", "length"),
    "cm": ("cm", "length"),
    "mm": ("mm", "length"),
    "hải lý": ("hải lý", "length"),
    "tấn": ("tấn", "mass"),
    "tạ": ("tạ", "mass"),
    "yến": ("yến", "mass"),
    "kg": ("kg", "mass"),
    "ki-lô-gam": ("ki-lô-gam", "mass"),
    "gam": ("gam", "mass"),
    "gram": ("gram", "mass"),
    "g": ("g", "mass"),
    "m3": ("m3", "volume"),
    "m³": ("m³", "volume"),
    "khối": ("khối", "volume"),
    "lít": ("lít", "volume"),
    "lần": ("lần", "other"),
    "điểm": ("điểm", "other"),
    "MW": ("MW", "other"),
    "kW": ("kW", "other"),
    "GW": ("GW", "other"),
    "kWh": ("kWh", "other"),
    "MWh": ("MWh", "other"),
    "GWh": ("GWh", "other"),
    "TEU": ("TEU", "other"),
    "°C": ("°C", "other"),
    "độ C": ("độ C", "other"),
}

# denominators of per-unit rates (`USD/tấn`, `người/km2`, `đồng/người/tháng`)
PER_UNITS = (
    "tấn",
    "tạ",
    "kg",
    "ha",
    "km2",
    "km",
    "m2",
    "m3",
    "lít",
    "người",
    "hộ",
    "tháng",
    "năm",
    "ngày",
    "giờ",
    "con",
    "thùng",
    "USD",
    "đồng",
    "sản phẩm",
    "lao động",
    "khẩu",
)

# measurement words that are also nouns heading a counted phrase (`5 điểm cầu`)
NOUN_UNITS = frozenset({"điểm", "khối", "mẫu"})

# counting classifiers that precede a counted noun (`120 lượt dự án`)
CLASSIFIERS = frozenset(
    [
        "lượt",
        "chiếc",
        "con",
        "cái",
        "căn",
        "ngôi",
        "tấm",
        "cuốn",
        "quyển",
        "chuyến",
        "suất",
        "bộ",
        "đầu",
    ]
)

# nouns after a number that make it a period, a duration or an age, not a figure
TIME_NOUNS = frozenset(
    [
        "năm",
        "tháng",
        "ngày",
        "tuần",
        "giờ",
        "phút",
        "giây",
        "quý",
        "thập",
        "kỷ",
        "thế",
        "kỷ",
        "thập",
        "niên",
        "buổi",
        "đêm",
        "tiếng",
        "tuổi",
        "kỳ",
    ]
)

# words that can follow a number but are not a counted noun: the number stands bare
FUNCTION_WORDS = frozenset(
    [
        "và",
        "hoặc",
        "hay",
        "với",
        "của",
        "là",
        "thì",
        "mà",
        "nhưng",
        "so",
        "đến",
        "tới",
        "trong",
        "ngoài",
        "trên",
        "dưới",
        "từ",
        "cho",
        "khi",
        "nếu",
        "để",
        "vào",
        "ra",
        "về",
        "theo",
        "tại",
        "ở",
        "bằng",
        "như",
        "sau",
        "trước",
        "được",
        "bị",
        "đã",
        "đang",
        "sẽ",
        "cũng",
        "còn",
        "thêm",
        "nữa",
        "này",
        "kia",
        "đó",
        "nào",
        "gì",
        "hơn",
        "rồi",
        "vẫn",
        "đều",
        "chỉ",
        "mới",
        "lên",
        "xuống",
        "nay",
        "qua",
        "tăng",
        "giảm",
        "đạt",
        "chiếm",
        "có",
        "gồm",
        "thuộc",
        "trở",
        "lại",
    ]
)

# multi-syllable counted nouns (where a noun after a count ends); a general fallback
# takes one syllable when the phrase is not listed
COMPOUND_NOUNS = frozenset(
    """dự án|doanh nghiệp|lao động|hợp tác xã|cơ quan|thỏa thuận|thoả thuận|hoạt động
    |đại sứ|quốc gia|biên bản|văn bản|sự kiện|học sinh|sinh viên|giáo viên|bệnh nhân
    |bệnh viện|trường học|công nhân|cán bộ|đảng viên|hội viên|đơn vị|địa phương
    |thành phố|nhà đầu tư|nhà máy|khu công nghiệp|cụm công nghiệp|du khách|khách hàng
    |hành khách|khách du lịch|hộ dân|hộ gia đình|gia đình|người dân|ca bệnh|ca mắc
    |trường hợp|sản phẩm|mặt hàng|chương trình|hội nghị|hội thảo|diễn đàn|đoàn công tác
    |hiệp định|ý kiến|kiến nghị|giải pháp|nhiệm vụ|tàu cá|phương tiện|xe ô tô|ô tô
    |căn hộ|công trình|hạng mục|hợp đồng|tài khoản|thuê bao|điểm cầu|đối tác|tổ chức
    |cá nhân|tập thể|thí sinh|vận động viên|huy chương|giải thưởng|tác phẩm|cửa khẩu
    |khu vực|lĩnh vực|ngành hàng|thị trường|nhà ở|vùng lãnh thổ|lãnh thổ|đối tượng
    |thủ tục|hồ sơ|giấy phép|giấy chứng nhận|chuyên gia|nhà khoa học|bài viết|tin bài
    |ấn phẩm|cuộc họp|cuộc|phiên họp|đề án|đề tài|sáng kiến|mô hình|làng nghề|hợp phần
    |tiểu dự án|xã|phường|huyện|thôn|bản|trang trại|ha rừng|cây xanh|lượt khách
    |lượt người|nhà đầu tư nước ngoài|trụ cột|con số|bệnh|tỉnh thành|tỉnh|nước|người
    |thành viên|đoàn|đoàn viên|kiều bào|du học sinh|công dân|nạn nhân|chiến sĩ
    |cựu chiến binh|hộ nghèo|hộ cận nghèo|trẻ em|phụ nữ|việc làm|chỉ tiêu|tiêu chí
    |dòng sản phẩm|sản phẩm OCOP|bản ghi nhớ|ghi nhớ|cam kết|điều ước|tuyến đường
    |cây cầu|chuyến bay|chuyến tàu|cơ sở|cơ sở sản xuất|hợp tác|gian hàng|điểm cầu
    |điểm đến|điểm du lịch|khối thi đua|mẫu xét nghiệm|bậc|đại biểu|học viên|hội chợ
    |triển lãm|hiệp hội|tập đoàn|công ty|khách sạn|ngân hàng|trường đại học|xe máy|tàu biển|lô hàng
    |chuyến hàng|nhà xưởng|sân bay|cảng biển|khu kinh tế|khu đô thị|khu du lịch|lượt truy cập
    |nhà đầu tư nước ngoài|doanh nhân|nhà báo|phóng viên|tình nguyện viên|người lao động
    |lao động nước ngoài|hộ kinh doanh|văn phòng đại diện|cơ quan đại diện|chi nhánh|hợp đồng lao động
    |suất học bổng|học bổng|nội dung|bác sĩ|điều dưỡng|lớp học|khóa học|khoá học|đột phá|nhiệm vụ trọng tâm""".replace(
        "\n", ""
    ).split("|")
)
COMPOUND_NOUNS = frozenset(" ".join(c.split()) for c in COMPOUND_NOUNS)
_MAX_COMPOUND = max(len(c.split()) for c in COMPOUND_NOUNS)


def _alternation(words) -> str:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        parts.append(regex.escape(w).replace(r"\ ", r"[ \t]*\n?[ \t]*"))
    return "|".join(parts)


# A unit after the number (and its scale word): longest first, then an optional
# exponent written apart (`km 2`), then any `/denominator` chain. A listed denominator
# may have one space on either side of the slash (`USD/ tấn`, guideline §9); any other
# word only glued to it, as `A / B` with spaces is also how writers list alternatives.
PER = rf"(?:[ \t]?/[ \t]?(?:{_alternation(PER_UNITS)})|/\p{{Ll}}+)"
UNIT_PATTERN = (
    rf"(?P<unit>(?:{_alternation(list(CURRENCIES) + list(MEASURES))})"
    r"(?:(?<=\b[kK]?m)[ ]?(?P<exp>[23²³])(?!\p{N}))?"
    rf"(?:{PER})*)"
    r"(?![\p{L}\p{N}])"
)


# `km 2` written apart: the exponent joins its unit
_EXPONENT_SPACE = regex.compile(r"(?<=m) (?=[23²³]\b)")


_SLASH_SPACE = regex.compile(r" ?/ ?")


def normalise_unit(surface: str) -> str:
    """A unit as the guideline writes it: one space between words, none inside a
    unit (`km 2` → `km2`, `USD/ tấn` → `USD/tấn`)."""
    unit = " ".join(surface.split())
    if " " in unit:
        unit = _EXPONENT_SPACE.sub("", unit)
        unit = _SLASH_SPACE.sub("/", unit)
    return unit


def classify_unit(surface: str) -> tuple[str, str]:
    """Canonical unit text and unit class for a matched unit surface.

    Per-unit rates take the class of their numerator when it is a currency
    (`USD/tấn` → USD) and `other` otherwise (`tấn/ha`, `người/km2`).
    """
    unit = normalise_unit(surface)
    head, *rest = unit.split("/")
    if head in CURRENCIES:
        cls = CURRENCIES[head][1]
    elif head in MEASURES:
        cls = MEASURES[head][1]
    elif head.endswith(("2", "²")) and head[:-1] in ("km", "m"):
        cls = "area"
    elif head.endswith(("3", "³")) and head[:-1] in ("m",):
        cls = "volume"
    else:
        cls = "other"
    if rest and cls not in ("USD", "VND", "EUR", "percent") and len(cls) != 3:
        cls = "other"  # `tấn/ha`, `người/km2`; a rate in money or percent keeps its class
    return unit, cls


def counted_noun_length(words: list[str]) -> int:
    """How many of the leading `words` form the counted noun (longest listed compound, else 1)."""
    low = [w.lower() for w in words]
    for n in range(min(_MAX_COMPOUND, len(low)), 1, -1):
        if " ".join(low[:n]) in COMPOUND_NOUNS:
            return n
    return 1
