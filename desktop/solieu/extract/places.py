"""Where a figure applies: Vietnam's provinces and centrally-run cities, and the nation.

A closed lexicon (a gazetteer), with spelling variants mapped to one name, so
the reconciler never groups Nghệ An's figures with Lào Cai's.
"""

from __future__ import annotations

import regex

PROVINCES = """An Giang|Bà Rịa - Vũng Tàu|Bà Rịa-Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh
|Bến Tre|Bình Định|Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Cần Thơ|Đà Nẵng
|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh
|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hoà Bình|Hồ Chí Minh|Hưng Yên|Khánh Hòa|Khánh Hoà
|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình
|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng
|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thanh Hoá|Thừa Thiên Huế|Huế|Tiền Giang
|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|TP.HCM|TP HCM|TPHCM""".replace("\n", "").split(
    "|"
)

CANONICAL = {
    "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "Hoà Bình": "Hòa Bình",
    "Khánh Hoà": "Khánh Hòa",
    "Thanh Hoá": "Thanh Hóa",
    "Thừa Thiên Huế": "Huế",
    "TP.HCM": "Hồ Chí Minh",
    "TP HCM": "Hồ Chí Minh",
    "TPHCM": "Hồ Chí Minh",
}
NATION = "Việt Nam"

PLACE_RE = regex.compile(
    r"(?<![\p{L}])(?:"
    + "|".join(
        regex.escape(p).replace(r"\ ", r"[ \t]*\n?[ \t]*")
        for p in sorted(PROVINCES, key=len, reverse=True)
    )
    + r")(?![\p{L}])"
)
NATION_RE = regex.compile(
    r"(?<![\p{L}])(?:nước ta|cả nước|toàn quốc|Việt[ \t]*\n?[ \t]*Nam)(?![\p{L}])",
    regex.IGNORECASE,
)


def canonical_place(surface: str) -> str:
    name = " ".join(surface.split())
    return CANONICAL.get(name, name)


def detect_place(text: str) -> str | None:
    """The province a document is mostly about: its most often named one."""
    counts: dict[str, int] = {}
    for m in PLACE_RE.finditer(text):
        name = canonical_place(m.group())
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None
