"""The words a reader sees for the project's coded values, in English and Vietnamese.

The store and the extractor speak codes (`approx`, `pending`, `range-low`); a
statistician reads words. This one table gives both the workbook and the window
their labels, so the two never disagree (the window once said "about" where the
workbook said `approx`). English labels are the codes wherever a code is already
a plain word, and a plain word where it is not (`approx` → "about", `proposed`
→ "unreviewed"); the workbook keeps the guideline's qualifier code in its own
`qualifier_code` column so scripts can still filter on it.

Core module: no Qt. Vietnamese lives here, not in the Qt translations, because
the command line writes Vietnamese workbooks too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from solieu.extract.numbers import format_vi

LANGS = ("en", "vi")

# vocabulary → code → (English, Vietnamese)
VOCABULARIES: dict[str, dict[Any, tuple[str, str]]] = {
    "bool": {True: ("yes", "có"), False: ("no", "không")},
    "status": {
        # a figure's review status
        "pending": ("pending", "chờ duyệt"),
        "confirmed": ("confirmed", "đã xác nhận"),
        "rejected": ("rejected", "đã loại"),
        # a statistic's (a group of mentions) status
        "proposed": ("unreviewed", "chưa duyệt"),
        "open": ("open", "đang mở"),
        "accepted": ("accepted", "đã chấp nhận"),
    },
    "qualifier": {  # GUIDELINE.md, "qualifier"
        "approx": ("about", "khoảng"),
        "nearly": ("nearly", "gần"),
        "over": ("over", "hơn"),
        "under": ("under", "dưới"),
        "estimated": ("estimated", "ước đạt"),
        "target": ("target", "dự kiến"),
    },
    "figure_kind": {  # Figure.kind: why a figure is borderline
        "figure": ("figure", "số liệu"),
        "number-word": ("number in words", "số viết bằng chữ"),
        "range-low": ("lower bound of a range", "cận dưới của khoảng"),
        "bare": ("number without a unit", "số không có đơn vị"),
        "shared-unit": ("unit stated once for a list", "đơn vị nêu chung cho cả dãy"),
        "unit-from-context": ("currency from the paragraph", "tiền tệ suy từ đoạn văn"),
        "manual": ("added by the reviewer", "người duyệt thêm"),
    },
    "check_kind": {
        "sum": ("sum", "tổng"),
        "change": ("change", "mức thay đổi"),
    },
    "unit_class": {
        "USD": ("USD", "USD"),
        "VND": ("VND", "VND"),
        "EUR": ("EUR", "EUR"),
        "percent": ("percent", "phần trăm"),
        "count": ("count", "số đếm"),
        "length": ("length", "độ dài"),
        "area": ("area", "diện tích"),
        "mass": ("mass", "khối lượng"),
        "volume": ("volume", "thể tích"),
        "other": ("other", "khác"),
    },
    "origin": {
        "auto": ("auto", "tự động"),
        "manual": ("manual", "thủ công"),
    },
    "resolution": {  # how a conflict between mentions of one statistic stands
        "winner": ("winner chosen", "đã chọn giá trị"),
        "accepted": ("accepted", "đã chấp nhận"),
        "open": ("open", "chưa giải quyết"),
    },
    "action": {  # the review log's edit kinds (solieu.store.edits)
        "set": ("set", "sửa"),
        "status": ("status", "đổi trạng thái"),
        "add": ("add", "thêm"),
        "delete": ("delete", "xóa"),
        "restore": ("restore", "khôi phục"),
        "batch": ("batch", "nhiều thao tác"),
        "statistic": ("statistic", "thống kê"),
        "document": ("document", "văn bản"),
    },
    "about_key": {
        "project": ("project", "dự án"),
        "exported_at": ("exported_at", "thời điểm xuất"),
        "app_version": ("app_version", "phiên bản Solieu"),
        "included": ("included", "phạm vi"),
        "statistics": ("statistics", "số thống kê"),
        "mentions": ("mentions", "số lần nêu"),
        "documents": ("documents", "số văn bản"),
        "left_out_blind": (
            "documents left out (reviewed blind)",
            "văn bản bỏ ra (đang duyệt độc lập)",
        ),
    },
    "included": {
        "all": ("all figures not rejected", "mọi số liệu chưa bị loại"),
        "confirmed": ("confirmed figures", "các số liệu đã xác nhận"),
    },
}

# Vietnamese column headers; English headers are the column keys themselves.
VI_HEADERS = {
    "statistic": "thống kê",
    "measure": "chỉ tiêu",
    "indicator": "chỉ tiêu trong danh mục",
    "indicator_code": "mã chỉ tiêu",
    "place": "địa phương",
    "period": "thời kỳ",
    "value": "giá trị",
    "unit": "đơn vị",
    "unit_class": "loại đơn vị",
    "scale": "đơn vị đếm (chữ)",
    "qualifier": "mức độ",
    "qualifier_code": "mã mức độ",
    "change": "là mức thay đổi",
    "sources": "số nguồn",
    "documents": "văn bản nguồn",
    "status": "trạng thái",
    "conflict": "mâu thuẫn",
    "note": "ghi chú",
    "figure": "số liệu",
    "document": "văn bản",
    "sentence": "câu",
    "text": "nguyên văn",
    "start": "vị trí đầu",
    "end": "vị trí cuối",
    "number": "số",
    "confidence": "độ tin cậy",
    "origin": "nguồn gốc",
    "name": "tên tệp",
    "title": "tiêu đề",
    "sha256": "sha256",
    "found": "số liệu tìm thấy",
    "confirmed": "đã xác nhận",
    "rejected": "đã loại",
    "near_duplicates": "văn bản gần trùng",
    "kind": "loại",
    "ok": "hợp lệ",
    "figures": "các số liệu",
    "message": "nội dung",
    "id": "mã",
    "at": "thời điểm",
    "who": "người thực hiện",
    "action": "thao tác",
    "field": "trường",
    "old": "cũ",
    "new": "mới",
    "key": "mục",
    "period_start": "từ ngày",
    "period_end": "đến ngày",
    "period_text": "thời kỳ (nguyên văn)",
    "place_code": "mã tỉnh",
    "province_2025": "tỉnh (từ 1/7/2025)",
    "place_inherited": "địa phương lấy từ văn bản",
    "outlet": "cơ quan báo chí",
    "url": "địa chỉ",
    "published": "ngày đăng",
    "source": "nguồn",
    "resolution": "cách giải quyết",
    "chosen": "giá trị được chọn",
    "statistic_value": "giá trị của thống kê",
}


@dataclass(frozen=True, slots=True)
class Coded:
    """A code in a column that otherwise holds plain text (the About sheet's values)."""

    vocabulary: str
    code: Any


def _index(lang: str) -> int:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGS)}")
    return LANGS.index(lang)


def label(vocabulary: str, code: Any, lang: str = "en") -> str | None:
    """The word for `code` in `lang`; an unknown code is shown as itself, None stays None."""
    i = _index(lang)
    if code is None:
        return None
    if vocabulary == "bool":
        code = bool(code)
    words = VOCABULARIES[vocabulary].get(code)
    return words[i] if words else str(code)


def qualifier_label(code: str | None, lang: str = "en") -> str:
    """A qualifier as the window and the workbook show it ("" for none)."""
    return label("qualifier", code, lang) or ""


def status_label(code: Any, lang: str = "en") -> str:
    """A figure's or a statistic's status (`Status` members are their codes)."""
    return label("status", getattr(code, "value", code), lang) or ""


def bool_label(value: bool, lang: str = "en") -> str:
    """`yes`/`no`, `có`/`không`: never 0/1 or TRUE/FALSE, which a reader takes for data."""
    return label("bool", value, lang) or ""


def header(key: str, lang: str = "en") -> str:
    """A column's header: its stable key in English, a word for readers in Vietnamese."""
    return VI_HEADERS.get(key, key) if _index(lang) == 1 else key


def field_label(key: str | None, lang: str = "en") -> str | None:
    """A figure field named in the review log, as the column headers name it."""
    return None if key is None else header(key, lang)


def _amount(value: Decimal, unit: str) -> str:
    return f"{format_vi(value)}%" if unit == "%" else f"{format_vi(value)} {unit}".strip()


_CHECK_VI = {
    ("change", True): "Mức thay đổi {change} khớp với {before} → {after} ({implied})",
    ("change", False): "Mức thay đổi {change} không khớp với {before} → {after} ({implied})",
    ("sum", True): "Tổng khớp: {parts} = {total} {unit}",
    ("sum", False): "Tổng không khớp: {total} ≠ {parts} = {sum} {unit}",
}


def check_message(check: Any, lang: str = "en") -> str:
    """A consistency check as a sentence: the reconciler's English one, or in Vietnamese
    from its values (so the numbers are written the same way in both)."""
    if _index(lang) == 0 or not check.values:
        return check.message
    v = [format_vi(x) for x in check.values]
    expected = check.expected if check.expected is not None else Decimal(0)
    text = _CHECK_VI[(check.kind, bool(check.ok))] if check.kind in ("sum", "change") else None
    if text is None:
        return check.message
    if check.kind == "change":
        return text.format(
            change=_amount(check.values[0], check.unit),
            before=v[1],
            after=v[2],
            implied=_amount(expected, check.unit),
        )
    return text.format(
        parts=" + ".join(v[1:]), total=v[0], sum=format_vi(expected), unit=check.unit
    ).strip()


# column kind → how its cells become words (`None` kinds are written as they are)
Labeller = Callable[[Any, str], Any]
LABELLERS: Mapping[str, Labeller] = {
    **{
        kind: (lambda v, lang, _k=kind: label(_k, v, lang))
        for kind in VOCABULARIES
        if kind not in ("about_key", "included")
    },
    "check": lambda c, lang: None if c is None else check_message(c, lang),
    "field": lambda k, lang: field_label(k, lang),
    "about_key": lambda k, lang: label("about_key", k, lang),
    "coded": lambda v, lang: label(v.vocabulary, v.code, lang) if isinstance(v, Coded) else v,
}
