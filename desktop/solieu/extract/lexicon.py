"""Word lists of the guideline: qualifiers, change verbs, linking verbs, exclusions.

Phrases are tuples of lower-case words, matched right-to-left from a number.
"""

from __future__ import annotations

# guideline §6 qualifier → value; the nearest one to the number wins
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("khoảng",): "approx",
    ("xấp", "xỉ"): "approx",
    ("chừng",): "approx",
    ("gần", "như"): "approx",
    ("tương", "đương", "khoảng"): "approx",
    ("vào", "khoảng"): "approx",
    ("trên", "dưới"): "approx",
    ("gần",): "nearly",
    ("hơn",): "over",
    ("trên",): "over",
    ("vượt",): "over",
    ("ngoài",): None,  # placeholder, never matched (keeps `ngoài` out of linking)
    ("dưới",): "under",
    ("chưa", "đến"): "under",
    ("ước",): "estimated",
    ("ước", "đạt"): "estimated",
    ("ước", "tính"): "estimated",
    ("ước", "tính", "đạt"): "estimated",
    ("ước", "thực", "hiện"): "estimated",
    ("dự", "kiến"): "target",
    ("phấn", "đấu"): "target",
    ("mục", "tiêu"): "target",
    ("kế", "hoạch"): "target",
    ("dự", "kiến", "đạt"): "target",
    ("phấn", "đấu", "đạt"): "target",
}
QUALIFIERS = {k: v for k, v in QUALIFIERS.items() if v is not None}

# words allowed between a qualifier and its number (guideline: "at most a linking verb")
LINKING: frozenset[tuple[str, ...]] = frozenset(
    {
        ("đạt",),
        ("là",),
        ("ở", "mức"),
        ("mức",),
        ("đạt", "mức"),
        ("cán", "mốc"),
        ("tới",),
        ("lên", "tới"),
        ("đến",),
        ("lên", "đến"),
        ("thêm",),
        ("được",),
        ("có",),
        ("chỉ",),
        ("cho",),
        ("với",),
        ("trị", "giá"),
        ("tổng", "cộng"),
        ("tổng", "số"),
        ("tổng", "cộng", "là"),
        ("cùng", "kỳ"),
        ("so", "cùng", "kỳ"),
        ("so", "với", "cùng", "kỳ"),
        ("so", "với"),
    }
)

# the figure is itself a change (guideline §6 change)
CHANGE: frozenset[tuple[str, ...]] = frozenset(
    {
        ("tăng",),
        ("giảm",),
        ("tăng", "thêm"),
        ("giảm", "thêm"),
        ("giảm", "đi"),
        ("sụt", "giảm"),
        ("tăng", "trưởng"),
        ("gấp",),
        ("tăng", "gấp"),
        ("ít", "hơn"),
        ("nhiều", "hơn"),
        ("cao", "hơn"),
        ("thấp", "hơn"),
        ("tăng", "thêm", "được"),
    }
)

# "to" words: `giảm còn 2%`, `tăng lên 5 triệu` name the new level, not the change
TO_LEVEL: frozenset[tuple[str, ...]] = frozenset(
    {("còn",), ("xuống", "còn"), ("lên",), ("lên", "mức"), ("xuống",), ("xuống", "mức")}
)

# previous word that makes a following number an ordinal, a date part, a code or a name
ORDINAL_BEFORE = frozenset(["thứ", "hạng", "top"])
CODE_BEFORE = frozenset(
    [
        "năm",
        "tháng",
        "ngày",
        "quý",
        "khóa",
        "khoá",
        "điều",
        "khoản",
        "chương",
        "mục",
        "trang",
        "tầng",
        "phòng",
        "lô",
        "quận",
        "phường",
        "số",
        "kỳ",
        "đợt",
        "lớp",
        "tập",
        "phần",
        "bước",
        "km",
        "quốc",
        "lộ",
        "tỉnh",
        "lộ",
        "ql",
        "đt",
        "hotline",
        "tel",
        "fax",
        "điện",
        "thoại",
        "nhóm",
        "giai",
        "đoạn",
        "nhiệm",
        "thời",
        "đoàn",
        "đội",
        "tổ",
        "xóm",
        "thôn",
        "ấp",
        "khu",
        "tuyến",
        "gói",
    ]
)

# nouns after `số N` that make it an address or a name (`số 10 đường Trần Phú`)
ADDRESS_NOUNS = frozenset(["đường", "phố", "ngõ", "ngách", "hẻm", "nhà", "kiệt"])

# number words that count nothing in these word pairs (guideline §2)
IDIOMS_AFTER: dict[str, frozenset[str]] = {
    "một": frozenset(["số", "cách", "trong", "vài", "ít", "chút", "lúc", "mình", "thời", "khi"]),
    "hai": frozenset({"chiều"}),
}
VAGUE_BEFORE = frozenset(["hàng", "vài", "mấy", "dăm"])

# counted nouns the guideline names as rhetorical (borderline): low confidence
RHETORICAL_NOUNS = frozenset({"bên", "trụ cột", "con số", "phía", "mặt"})

# words of a paragraph about money: an amount there whose currency was left out
# (`thu nội địa 45.000 tỷ`) is in đồng (guideline §9). Not `kim ngạch`, `xuất khẩu`:
# trade is mostly told in USD, so a bare amount there keeps no currency.
MONEY_WORDS = frozenset(
    """thu ngân sách|chi ngân sách|ngân sách|tổng thu|tổng chi|thu nội địa|nguồn thu
    |doanh thu|doanh số|lợi nhuận|vốn|kinh phí|chi phí|giá|giá trị|trị giá|tổng mức đầu tư
    |giải ngân|dư nợ|tín dụng|tiền|thuế|phí|lệ phí|thu nhập|lương|tiền lương|thiệt hại
    |bồi thường|nộp|đóng góp|ủng hộ|quyên góp|tài trợ|hỗ trợ|chi trả|tạm ứng""".replace(
        "\n", ""
    ).split("|")
)
MONEY_WORDS = frozenset(" ".join(w.split()) for w in MONEY_WORDS)

# a percentage followed by one of these is a grade inside a product name, not a
# figure (guideline §9: `gạo 5% tấm`, `gạo 25% tấm`; `urê 46% đạm`)
GRADE_AFTER_PERCENT = frozenset(["tấm", "đạm", "béo"])

# percentage points are always a difference (guideline §9: `tăng 0,4 điểm phần trăm`)
PERCENT_POINTS = frozenset(["điểm phần trăm", "điểm %"])

# `điểm` after a number is a score (`đạt 8,5 điểm`, `giảm 15 điểm xuống`) unless a word
# it classifies follows (`45 điểm giao thông`, `12 điểm sạt lở`: a count of spots). These
# first words of what follows a score leave it a score: `27 điểm trở lên`, `tuyệt đối`,
# `trung bình`, `tối đa`, `mỗi môn`, `khối A`, `ưu tiên`, `sàn`, `chuẩn`, `liệt`
_SCORE_AFTER = "trở tuyệt trung bình tối cao thấp mỗi môn khối ưu sàn chuẩn liệt cộng thưởng"
SCORE_AFTER = frozenset(_SCORE_AFTER.split() + ["phạt", "tổng", "xét", "thi"])

# a number before one of these is a grade or a rating inside a name, not a figure
# (guideline §9: `khách sạn 5 sao`, `từ 3 đến 5 sao`, `sản phẩm OCOP đạt 4 sao`)
GRADE_NOUNS = frozenset(["sao"])

# a number after one of these is the size or class a product is sold by, part of its
# name (guideline §9): `tôm thẻ cỡ 100 con/kg`, `tôm sú loại 30 con/kg`, `xe loại 16 chỗ`
GRADE_BEFORE = frozenset(["cỡ", "size", "loại"])

# a voltage after a grid work's noun is the class in its name (guideline §9: numbers
# inside names): `đường dây 500 kV`, `trạm biến áp 220 kV`, `lưới điện 110 kV`; these
# are the last syllables of those nouns
GRID_WORDS = frozenset(["dây", "áp", "trạm", "tba", "điện", "lưới", "tuyến", "mạch"])

# kinds of legal document and of numbered road or unit whose number follows them: written
# title case before a number, the pair is a name with its number (`Nghị định 15`,
# `Thông tư 02`, `Tỉnh lộ 8`), not a count of what comes next (`Nghị định 15 quy định`)
DOCUMENT_KINDS = frozenset(
    """nghị định|nghị quyết|quyết định|thông tư|chỉ thị|công văn|công điện|kết luận
    |thông báo|quy định|hướng dẫn|pháp lệnh|tỉnh lộ|quốc lộ|hương lộ|đường tỉnh
    |sư đoàn|trung đoàn|lữ đoàn|tiểu đoàn|bệnh viện""".replace("\n", "").split("|")
)
DOCUMENT_KINDS = frozenset(" ".join(w.split()) for w in DOCUMENT_KINDS)
