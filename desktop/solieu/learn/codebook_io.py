"""Codebook files: a statistician's own list of indicators read from and written to
.xlsx and .csv, so a statistics office's list can seed the project's codebook.

Such lists come from many hands: headers in English or Vietnamese (with or without
diacritics, a title row above them), units written as a spreadsheet would
(`Tỷ đồng`, `%`, `lượt khách`) and CSVs saved by old Excel in Windows-1258. A row
that cannot be read is reported with its row number and skipped; the other rows
still load. Only a file that cannot be read at all raises `CodebookFileError`.
What `write_codebook` writes, `read_codebook` reads back as the same entries.
"""

from __future__ import annotations

import contextlib
import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import regex

from solieu.export.atomic import ExportError, atomic_target
from solieu.extract.units import CLASSIFIERS, CURRENCIES, MEASURES
from solieu.learn.model import EntryState, clean_name, fold, name_key
from solieu.messages import Message, message_of, msg, os_reason
from solieu.model import UNIT_CLASSES
from solieu.text.legacy import detect_legacy

FIELDS = ("name", "code", "name_en", "unit_class", "change", "synonyms", "figures")
HEADERS = {
    "en": ("name", "code", "name_en", "unit_class", "change", "synonyms", "figures"),
    "vi": ("tên chỉ tiêu", "mã số", "tên tiếng Anh", "loại đơn vị", "là mức thay đổi",
           "từ đồng nghĩa", "số liệu"),
}  # fmt: skip
SHEET_NAMES = {"en": "Codebook", "vi": "Chỉ tiêu"}
XLSX_SUFFIXES = (".xlsx", ".xlsm")
HEADER_SCAN = 10  # rows looked at for the header: a title may stand above it
MAX_NAME = 200  # longer "names" are paragraphs pasted into the wrong cell
WIDTHS = {"name": 44, "name_en": 36, "synonyms": 50}  # column width limits (characters)


class CodebookFileError(Exception):
    """A codebook file that cannot be read or written; the message is for a reviewer.

    `reason` is a `solieu.messages.Message`; the exception's message is
    "<file name>: <reason>", a Message too (the pattern of `TextLoadError`).
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        # not through msg(): the template has no words to translate, only the reason
        super().__init__(Message("{file}: {reason}", file=Path(path).name, reason=reason))


@dataclass
class CodebookFile:
    """What a codebook file held: its entries, and why some rows were skipped or merged.

    `columns` are the fields the header was found to give (empty for a headerless
    one-column list); `source` is the sheet read, or the CSV's encoding.
    """

    entries: list[EntryState] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)
    columns: tuple[str, ...] = ()
    source: str = ""


# --- normalising ----------------------------------------------------------------------------

_SPACE = regex.compile(r"\s+")
_NON_WORD = regex.compile(r"[^\p{L}\p{N}%]+")
_PAREN = regex.compile(r"\([^()]*\)")


clean = clean_name  # NFC, whitespace (line breaks, no-break spaces) collapsed, stripped


def header_key(text: str) -> str:
    """Case, diacritics and punctuation dropped: how a header or a unit is recognised."""
    bare = fold(clean_name(text).casefold())
    return _SPACE.sub(" ", _NON_WORD.sub(" ", bare)).strip()


_HEADER_ALIASES = {
    "name": "name|names|indicator|indicator name|canonical name|ten|ten chi tieu|chi tieu",
    "code": "code|indicator code|ma|ma so|ma chi tieu",
    "name_en": "name en|english|english name|name english|ten tieng anh|tieng anh",
    "unit_class": "unit class|unit|units|don vi|loai don vi|don vi tinh|dvt",
    "change": "change|is change|thay doi|la muc thay doi|muc thay doi|la thay doi",
    "synonyms": "synonyms|synonym|aliases|alias|other names|tu dong nghia|dong nghia|ten khac",
    "figures": "figures|figure count|so lieu|so so lieu",
}
HEADER_ALIASES = {
    alias: key for key, aliases in _HEADER_ALIASES.items() for alias in aliases.split("|")
}

_YES = frozenset(["yes", "y", "true", "1", "x", "co", "c", "dung"])
_NO = frozenset(["no", "n", "false", "0", "khong", "k", "sai"])

_SCALES = ("nghìn tỷ", "ngàn tỷ", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "vạn")
_SCALES = (*_SCALES, "thousand", "million", "billion", "trillion", "mn", "bn")
_FOLDED = tuple(dict.fromkeys(header_key(s) for s in _SCALES))
_EXTRA_UNITS = {
    "percent": "percent|percentage|per cent|pct|tỷ lệ|tỉ lệ|tỷ lệ %|tỉ lệ %",
    "USD": "dollar|dollars|us dollar|usd",
    "VND": "dong|vietnam dong|việt nam đồng|đồng việt nam",
    "EUR": "euro|euros",
    "count": "count|number|số|số lượng|người|lượt người|lượt khách|khách|hộ|hộ gia đình|"
    "dự án|doanh nghiệp|dn|cơ sở|lao động|hợp tác xã|htx|trường|học sinh|sinh viên|"
    "nhà|căn hộ|giường bệnh|ca|vụ|cuộc|sản phẩm|xã|thuê bao|phương tiện|cây",
}


def _unit_tables() -> tuple[dict[str, str], dict[str, str]]:
    """Unit spellings → class: (case-folded, diacritics-folded); a fold two classes
    share (`yến` mass, `yên` yen) is left out of the second table."""
    exact: dict[str, str] = {c.casefold(): c for c in UNIT_CLASSES}
    for surface, (_, cls) in (CURRENCIES | MEASURES).items():
        exact.setdefault(name_key(surface), cls if cls in UNIT_CLASSES else "other")
    for word in CLASSIFIERS:
        exact.setdefault(word, "count")
    for cls, words in _EXTRA_UNITS.items():
        for word in words.split("|"):
            exact.setdefault(name_key(word), cls)
    folded: dict[str, str | None] = {}
    for key, cls in exact.items():
        f = header_key(key) or key
        folded[f] = cls if folded.get(f, cls) == cls else None
    return exact, {k: v for k, v in folded.items() if v is not None}


_UNITS, _UNITS_FOLDED = _unit_tables()


def unit_class_of(text: str) -> str | None:
    """The unit class a written unit names (`Triệu USD` → USD, `tấn/ha` → other), or None.

    Prices per unit take their currency's class and other rates are `other`, as the
    annotation guideline says; a scale word before the unit does not change it.
    """
    key = name_key(text)
    if key.startswith("(") and key.endswith(")"):
        key = key[1:-1].strip()
    if "/" in key:
        head = unit_class_of(key.split("/", 1)[0])
        return head if head in (None, "USD", "VND", "EUR") else "other"
    for k, table, scales in (
        (key, _UNITS, _SCALES),
        (header_key(key) or key, _UNITS_FOLDED, _FOLDED),
    ):
        for scale in ("", *scales):  # `tỷ lệ` is a unit before `tỷ` is a scale
            if not scale or k.startswith(scale + " "):
                found = table.get(k[len(scale) :].strip())
                if found is not None:
                    return found
    return None


# --- reading --------------------------------------------------------------------------------


def _text(value: Any) -> str:
    """A cell as text: `101.0` from a spreadsheet's number cell is the code `101`."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value))


def _change(value: Any) -> bool | None | str:
    """True/False, None when empty, or the text itself when it means neither."""
    if isinstance(value, bool):
        return value
    text = _text(value)
    if not text:
        return None
    word = header_key(text)
    return True if word in _YES else False if word in _NO else text


def _split_synonyms(value: Any) -> list[str]:
    return [s for s in (clean(part) for part in regex.split(r"[;|\n]", str(value or ""))) if s]


def _header(row: Sequence[Any]) -> dict[str, int]:
    """Field → column index for a header row; exact names first, then without `(…)`."""
    found: dict[str, int] = {}
    for strip in (False, True):
        for i, cell in enumerate(row):
            if not isinstance(cell, str) or i in found.values():
                continue
            key = HEADER_ALIASES.get(header_key(_PAREN.sub(" ", cell) if strip else cell))
            if key is not None and key not in found:
                found[key] = i
    return found if "name" in found else {}


def _add_new(names: list[str], more: Iterable[str], seen: set[str]) -> None:
    """Append the names of `more` not yet `seen` (by `name_key`)."""
    for s in more:
        if name_key(s) not in seen:
            seen.add(name_key(s))
            names.append(s)


def _entry(row: Sequence[Any], cols: dict[str, int], n: int) -> EntryState | Message:
    """One row as an entry, or why it was skipped."""

    def cell(key: str) -> Any:
        i = cols.get(key)
        return row[i] if i is not None and i < len(row) else None

    def skipped(reason: Message) -> Message:
        return msg("row {row}: {reason}; the row was skipped", row=n, reason=reason)

    name, unit, change = _text(cell("name")), _text(cell("unit_class")), _change(cell("change"))
    unit_class = unit_class_of(unit) if unit else None
    if not name:
        return skipped(msg("it has no name"))
    if len(name) > MAX_NAME:
        return skipped(msg("the name is {length} characters long", length=len(name)))
    if unit and unit_class is None:
        classes = ", ".join(UNIT_CLASSES)
        why = msg(
            "the unit {unit} is not one the app knows ({classes})", unit=repr(unit), classes=classes
        )
        return skipped(why)
    if isinstance(change, str):
        return skipped(
            msg("{value} does not say whether it is a change (yes or no)", value=repr(change))
        )
    synonyms: list[str] = []
    _add_new(synonyms, _split_synonyms(cell("synonyms")), {name_key(name)})
    code, name_en = _text(cell("code")) or None, _text(cell("name_en")) or None
    return EntryState(name, code, name_en, unit_class, change, tuple(synonyms))


_MERGED = ("code", "name_en", "unit_class", "change")


def _merge(first: EntryState, later: EntryState, row: int, n: int) -> tuple[EntryState, Message]:
    """`later` (row n) repeats `first`'s name: its names join the synonyms, its fields
    fill those `first` left empty; a field both give differently keeps `first`'s."""
    synonyms = list(first.synonyms)
    _add_new(synonyms, later.names(), {name_key(s) for s in first.names()})
    old, new = ([getattr(e, f) for f in _MERGED] for e in (first, later))
    pairs = list(zip(_MERGED, old, new, strict=True))
    fills = {f: b for f, a, b in pairs if a is None and b is not None}
    differ = [f for f, a, b in pairs if a is not None and b is not None and a != b]
    merged = replace(first, synonyms=tuple(synonyms), **fills)
    said = {"row": n, "name": repr(first.name), "first": row}
    if not differ:
        return merged, msg("row {row} repeats {name} of row {first}: synonyms merged", **said)
    note = msg(
        "row {row} repeats {name} of row {first}: synonyms merged; its different {fields} ignored",
        fields=", ".join(differ),
        **said,
    )
    return merged, note


def entries_from_rows(rows: Iterable[Sequence[Any]], path: Path) -> CodebookFile:
    """Rows of cells (first row is row 1) → entries: the header found, rows read, merged."""
    rows = [list(r) for r in rows]
    out = CodebookFile()
    found = next(((i + 1, c) for i, r in enumerate(rows[:HEADER_SCAN]) if (c := _header(r))), None)
    start, cols = found or (0, {"name": 0})
    if not found:
        if any(sum(1 for c in row if _text(c)) > 1 for row in rows):
            why = msg("no header row (with a column name or tên chỉ tiêu) and more than one column")
            raise CodebookFileError(path, why)
        rows = [[next((c for c in row if _text(c)), None)] for row in rows]
    out.columns = tuple(f for f in FIELDS if f in cols) if start else ()
    index: dict[str, tuple[int, int]] = {}  # name key → (entry index, row)
    for n, row in enumerate(rows[start:], start=start + 1):
        if not any(_text(c) for c in row):
            continue
        got = _entry(row, cols, n)
        if isinstance(got, Message):
            out.problems.append(got)
            continue
        key = name_key(got.name)
        if key in index:
            at, first_row = index[key]
            out.entries[at], note = _merge(out.entries[at], got, first_row, n)
            out.problems.append(note)
        else:
            index[key] = (len(out.entries), n)
            out.entries.append(got)
    return out


def _xlsx_rows(path: Path, data: bytes) -> tuple[list[tuple], str]:
    """The rows of the sheet named Codebook or Chỉ tiêu, else of the first sheet."""
    from openpyxl import load_workbook  # imported here: the window starts without it

    wb = None
    try:  # from bytes: openpyxl would refuse a workbook misnamed .csv by its suffix
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        wanted = {"codebook", "chi tieu", "danh muc chi tieu"}
        sheet = next(
            (ws for ws in wb.worksheets if header_key(ws.title) in wanted), wb.worksheets[0]
        )
        return list(sheet.iter_rows(values_only=True)), sheet.title
    except Exception as exc:  # a foreign file breaks zipfile, XML and openpyxl many ways
        why = msg("this is not a readable Excel workbook (.xlsx); it may be damaged")
        raise CodebookFileError(path, why) from exc
    finally:
        if wb is not None:
            wb.close()


def _decode(data: bytes) -> tuple[str, str]:
    """CSV bytes → text: UTF-8 (BOM or not), UTF-16 (Excel's "Unicode text"),
    else the legacy Vietnamese encoding that reads best, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    with contextlib.suppress(UnicodeDecodeError):
        return data.decode("utf-8-sig"), "utf-8"
    name, text = detect_legacy(data) or ("cp1252", data.decode("cp1252", errors="replace"))
    return text, name


def _csv_rows(text: str) -> list[list[str]]:
    """Parse with the delimiter (`,` `;` tab) whose first lines give a header; without
    one, the delimiter that leaves one cell a row (a list of names)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    parsed = {d: list(csv.reader(io.StringIO(text), delimiter=d)) for d in (",", ";", "\t")}
    for rows in parsed.values():
        if any(_header(r) for r in rows[:HEADER_SCAN]):
            return rows
    for rows in parsed.values():  # every row as wide: a table without its header
        widths = {len(r) for r in rows if any(c.strip() for c in r)}
        if len(widths) == 1 and widths.pop() > 1:
            return rows
    for d in ("\t", ";", ","):
        if all(sum(1 for c in r if c.strip()) <= 1 for r in parsed[d]):
            return parsed[d]
    return parsed[","]


_FORMULA_START = ("=", "+", "-", "@")


def _unquote(value: Any) -> Any:
    """Undo the apostrophe `write_codebook` puts before a CSV cell Excel would compute."""
    if isinstance(value, str) and value[:1] == "'" and value.lstrip("'")[:1] in _FORMULA_START:
        return value[1:]
    return value


def read_codebook(path: Path) -> CodebookFile:
    """The entries of a codebook file (.xlsx, .xlsm or .csv), and the rows it skipped."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:  # missing, a folder, not readable: os_reason says which
        raise CodebookFileError(
            path, msg("the file cannot be read ({reason})", reason=os_reason(exc))
        ) from exc
    if not data.strip():
        raise CodebookFileError(path, msg("the file is empty"))
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise CodebookFileError(
            path, msg("this is an old Excel file (.xls); save it as .xlsx or .csv and try again")
        )
    if path.suffix.lower() in XLSX_SUFFIXES or data.startswith(b"PK\x03\x04"):
        rows, source = _xlsx_rows(path, data)
    else:
        text, source = _decode(data)
        if "\x00" in text:
            raise CodebookFileError(path, msg("this is a binary file, not a CSV"))
        rows = [[_unquote(c) for c in r] for r in _csv_rows(text)]
    if not any(_text(c) for row in rows for c in row):
        raise CodebookFileError(path, msg("the file is empty"))
    out = entries_from_rows(rows, path)
    out.source = source
    return out


# --- writing --------------------------------------------------------------------------------


def _cells(entry: EntryState, figures: int | None, language: str) -> list[Any]:
    yes, no = ("có", "không") if language == "vi" else ("yes", "no")
    change = None if entry.change is None else yes if entry.change else no
    synonyms = "; ".join(entry.synonyms) or None
    return [entry.name, entry.code, entry.name_en, entry.unit_class, change, synonyms, figures]


def write_codebook(
    entries: Sequence[EntryState | tuple[EntryState, int]], path: Path, *, language: str = "en"
) -> None:
    """Write `entries` to `path` (.xlsx or .csv), replacing it only when complete.

    A (entry, figures) pair adds the "figures" column: how many figures the project
    links to the entry, for the statistician's eye (reading ignores it).
    """
    if language not in HEADERS:
        raise ValueError(f"language must be one of {sorted(HEADERS)}, not {language!r}")
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise CodebookFileError(path, msg("a codebook is written as .xlsx or .csv"))
    pairs = [(e, None) if isinstance(e, EntryState) else (e[0], int(e[1])) for e in entries]
    width = len(FIELDS) if any(f is not None for _, f in pairs) else len(FIELDS) - 1
    headers = list(HEADERS[language][:width])
    rows = [_cells(e, f, language)[:width] for e, f in pairs]
    try:
        with atomic_target(path) as tmp:
            if suffix == ".csv":
                _write_csv(tmp, headers, rows)
            else:
                _write_xlsx(tmp, headers, rows, SHEET_NAMES[language])
    except ExportError as exc:
        raise CodebookFileError(path, message_of(exc)) from exc


def _write_csv(tmp: Path, headers: list[str], rows: list[list[Any]]) -> None:
    def cell(v: Any) -> Any:  # `=…` would be a formula when Excel opens the file
        if isinstance(v, str) and v.lstrip("'")[:1] in _FORMULA_START:
            return "'" + v
        return "" if v is None else v

    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows([cell(v) for v in row] for row in rows)


def _write_xlsx(tmp: Path, headers: list[str], rows: list[list[Any]], sheet: str) -> None:
    import xlsxwriter  # imported here: the window starts without it

    wb = xlsxwriter.Workbook(str(tmp))
    ws = wb.add_worksheet(sheet)
    bold = wb.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    for c, head in enumerate(headers):
        ws.write_string(0, c, head, bold)
        widest = max((len(str(r[c])) for r in rows if r[c] is not None), default=0)
        room = len(head) + 3  # the header and its filter button
        limit = max(WIDTHS.get(FIELDS[c], 16), room)
        ws.set_column(c, c, min(max(widest + 1, room), limit), wrap if widest >= limit else None)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, int):
                ws.write_number(r, c, value)
            elif value is not None:
                ws.write_string(r, c, value)  # never a formula, whatever the text
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(rows), 1), len(headers) - 1)
    try:
        wb.close()
    except xlsxwriter.exceptions.FileCreateError as exc:
        raise OSError(str(exc)) from exc  # atomic_target reports it, the old file intact
