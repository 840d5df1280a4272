"""Codebook files read and written: .xlsx and .csv, English and Vietnamese headers,
legacy encodings, headerless lists, bad rows reported, damaged files refused."""

from __future__ import annotations

import unicodedata
import zipfile

import openpyxl
import pytest

from solieu.learn.codebook_io import (
    CodebookFileError,
    read_codebook,
    unit_class_of,
    write_codebook,
)
from solieu.learn.model import EntryState
from solieu.messages import Message
from solieu.text.legacy import encode_cp1258

ENTRIES = [
    EntryState(
        name="kim ngạch xuất khẩu",
        code="0101",
        name_en="export turnover",
        unit_class="USD",
        change=False,
        synonyms=("giá trị xuất khẩu", "xuất khẩu hàng hóa"),
    ),
    EntryState(name="tốc độ tăng trưởng GRDP", unit_class="percent", change=True),
    EntryState(name="vốn đầu tư thực hiện", code="20", unit_class="VND", synonyms=("vốn FDI",)),
    EntryState(name="số dự án cấp mới", unit_class="count", change=None),
    EntryState(name="=tổng thu ngân sách", synonyms=("-thu nội địa", "'ghi chú")),
]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("language", ["en", "vi"])
def test_round_trip(tmp_path, suffix, language):
    path = tmp_path / f"codebook{suffix}"
    write_codebook(ENTRIES, path, language=language)
    got = read_codebook(path)
    assert got.entries == ENTRIES
    assert got.problems == []
    assert got.columns == ("name", "code", "name_en", "unit_class", "change", "synonyms")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_figures_column_written_and_ignored_on_read(tmp_path, suffix):
    path = tmp_path / f"c{suffix}"
    write_codebook([(ENTRIES[0], 12), (ENTRIES[1], 0)], path, language="vi")
    got = read_codebook(path)
    assert got.entries == ENTRIES[:2]
    assert "figures" in got.columns


def test_xlsx_layout(tmp_path):
    path = tmp_path / "c.xlsx"
    write_codebook([(e, i) for i, e in enumerate(ENTRIES)], path, language="vi")
    wb = openpyxl.load_workbook(path)
    ws = wb["Chỉ tiêu"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:G6"
    assert ws["A1"].value == "tên chỉ tiêu" and ws["A1"].font.b
    assert ws["A2"].value == "kim ngạch xuất khẩu"
    assert ws["B2"].value == "0101"  # a code stays text: its leading zero is kept
    assert ws["E2"].value == "không" and ws["E3"].value == "có"
    assert ws["G4"].value == 2
    assert ws["A6"].value == "=tổng thu ngân sách" and ws["A6"].data_type == "s"
    assert ws.column_dimensions["A"].width > 15


def test_csv_is_utf8_bom_comma_and_formula_safe(tmp_path):
    path = tmp_path / "c.csv"
    write_codebook(ENTRIES, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "name,code,name_en,unit_class,change,synonyms"
    assert "\n'=tổng thu ngân sách," in text  # Excel shows it as text, not a formula


def test_nfd_input_is_normalised(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        f"Tên chỉ tiêu,Từ đồng nghĩa\n{nfd('sản lượng lúa')},{nfd('lúa gạo; thóc')}\n",
        encoding="utf-8",
    )
    (entry,) = read_codebook(path).entries
    assert entry.name == unicodedata.normalize("NFC", "sản lượng lúa")
    assert entry.synonyms == ("lúa gạo", "thóc")
    assert all(unicodedata.is_normalized("NFC", s) for s in entry.names())


def test_nfd_headers_and_title_row_in_xlsx(tmp_path):
    path = tmp_path / "list.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(["DANH MỤC CHỈ TIÊU THỐNG KÊ TỈNH"])
    ws.append([])
    ws.append(["STT", nfd("Mã số"), nfd("TÊN CHỈ TIÊU"), "Đơn vị tính", "Tên khác"])
    ws.append([1, 101, "Tổng sản phẩm trên địa bàn", "Tỷ đồng", "GRDP\nTổng sản phẩm"])
    ws.append([2, 102.0, "Chỉ số sản xuất công nghiệp", "%", None])
    ws.append([3, None, nfd("Lượt khách du lịch"), "lượt người", ""])
    wb.save(path)
    path = path.rename(path.with_suffix(".xlsm"))  # a macro workbook reads the same
    got = read_codebook(path)
    assert got.problems == []
    assert got.source == "Danh sách"
    assert [e.name for e in got.entries] == [
        "Tổng sản phẩm trên địa bàn",
        "Chỉ số sản xuất công nghiệp",
        "Lượt khách du lịch",
    ]
    assert [e.code for e in got.entries] == ["101", "102", None]
    assert [e.unit_class for e in got.entries] == ["VND", "percent", "count"]
    assert got.entries[0].synonyms == ("GRDP", "Tổng sản phẩm")


def test_sheet_named_codebook_is_preferred(tmp_path):
    path = tmp_path / "book.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["ghi chú về bảng"])
    wb.active.append(["a", "b"])
    wb.create_sheet("Chi tieu").append(["ten chi tieu", "don vi"])
    wb["Chi tieu"].append(["Giá trị sản xuất nông nghiệp", "ty dong"])
    wb.save(path)
    got = read_codebook(path)
    assert [(e.name, e.unit_class) for e in got.entries] == [
        ("Giá trị sản xuất nông nghiệp", "VND")
    ]


def test_windows_1258_csv(tmp_path):
    path = tmp_path / "cu.csv"
    text = (
        "Tên chỉ tiêu;Mã số;Loại đơn vị;Là mức thay đổi\r\n"
        "Diện tích gieo trồng lúa;A1;ha;không\r\n"
        "Tăng trưởng doanh thu bán lẻ;A2;%;có\r\n"
    )
    path.write_bytes(encode_cp1258(text))
    assert b"\xd2" in path.read_bytes() or b"\xde" in path.read_bytes()  # combining tones
    got = read_codebook(path)
    assert got.source == "cp1258"
    assert got.entries == [
        EntryState("Diện tích gieo trồng lúa", code="A1", unit_class="area", change=False),
        EntryState("Tăng trưởng doanh thu bán lẻ", code="A2", unit_class="percent", change=True),
    ]


def test_semicolon_and_tab_csv(tmp_path):
    semi = tmp_path / "semi.csv"
    semi.write_text(
        'indicator;unit;change;synonyms\n"Thu ngân sách, nội địa";VNĐ;yes;thu NS | thu nội địa\n'
        "Số doanh nghiệp thành lập mới;doanh nghiệp;0;\n",
        encoding="utf-8-sig",
    )
    got = read_codebook(semi)
    assert got.entries == [
        EntryState(
            "Thu ngân sách, nội địa",
            unit_class="VND",
            change=True,
            synonyms=("thu NS", "thu nội địa"),
        ),
        EntryState("Số doanh nghiệp thành lập mới", unit_class="count", change=False),
    ]
    tab = tmp_path / "tab.csv"
    tab.write_bytes("Name\tEnglish\nsản lượng thủy sản\tfishery output\n".encode("utf-16"))
    assert read_codebook(tab).entries == [
        EntryState("sản lượng thủy sản", name_en="fishery output")
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_one_column_without_header(tmp_path, suffix):
    names = ["Kim ngạch nhập khẩu", "", "Vốn đầu tư trực tiếp nước ngoài, FDI", "Số hộ nghèo"]
    path = tmp_path / f"names{suffix}"
    if suffix == ".csv":
        path.write_text("\n".join(names) + "\n", encoding="utf-8")
    else:
        wb = openpyxl.Workbook()
        for n in names:
            wb.active.append([n or None])
        wb.save(path)
    got = read_codebook(path)
    assert [e.name for e in got.entries] == [n for n in names if n]
    assert got.columns == () and got.problems == []


def test_bad_rows_reported_with_row_numbers_others_load(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "tên chỉ tiêu,đơn vị,thay đổi\n"
        "Sản lượng điện thương phẩm,kWh,không\n"
        ",%,có\n"
        "Chỉ số giá tiêu dùng,quả táo,\n"
        "Số lao động có việc làm,người,có lẽ\n"
        "Tổng mức bán lẻ hàng hóa,tỷ đồng,\n",
        encoding="utf-8",
    )
    got = read_codebook(path)
    assert [e.name for e in got.entries] == [
        "Sản lượng điện thương phẩm",
        "Tổng mức bán lẻ hàng hóa",
    ]
    assert len(got.problems) == 3
    assert all(isinstance(p, Message) for p in got.problems)
    assert [p.params["row"] for p in got.problems] == [3, 4, 5]
    assert "row 4" in got.problems[1] and "'quả táo'" in got.problems[1]
    assert "có lẽ" in got.problems[2]


def test_duplicate_names_merge(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "name,code,unit_class,synonyms\n"
        "Kim ngạch xuất khẩu,01,USD,xuất khẩu\n"
        "Số khách quốc tế,,count,\n"
        f"  kim  NGẠCH {nfd('xuất khẩu')} ,,,giá trị xuất khẩu;Xuất khẩu\n"
        "Kim ngạch xuất khẩu,02,,trị giá xuất khẩu\n",
        encoding="utf-8",
    )
    got = read_codebook(path)
    assert got.entries[0] == EntryState(
        "Kim ngạch xuất khẩu",
        code="01",
        unit_class="USD",
        synonyms=("xuất khẩu", "giá trị xuất khẩu", "trị giá xuất khẩu"),
    )
    assert len(got.entries) == 2
    assert [p.params["row"] for p in got.problems] == [4, 5]
    assert "code" in got.problems[1]


def test_missing_empty_corrupt_files(tmp_path):
    with pytest.raises(CodebookFileError) as missing:
        read_codebook(tmp_path / "không có.xlsx")
    assert isinstance(missing.value.args[0], Message)
    assert "does not exist" in str(missing.value)
    bad = tmp_path / "hỏng.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CodebookFileError, match="not a readable Excel workbook"):
        read_codebook(bad)
    notxlsx = tmp_path / "other.xlsx"
    with zipfile.ZipFile(notxlsx, "w") as z:
        z.writestr("hello.txt", "xin chào")
    with pytest.raises(CodebookFileError, match="not a readable Excel workbook"):
        read_codebook(notxlsx)
    empty = tmp_path / "rỗng.csv"
    empty.write_bytes(b"\xef\xbb\xbf \r\n")
    with pytest.raises(CodebookFileError, match="empty"):
        read_codebook(empty)
    blank = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(blank)
    with pytest.raises(CodebookFileError, match="empty"):
        read_codebook(blank)
    wide = tmp_path / "wide.csv"
    wide.write_text("a,b\nc,d\n", encoding="utf-8")
    with pytest.raises(CodebookFileError, match="no header row"):
        read_codebook(wide)


def test_write_refuses_bad_target_and_keeps_old_file(tmp_path):
    path = tmp_path / "c.csv"
    write_codebook(ENTRIES[:1], path)
    before = path.read_bytes()
    (tmp_path / ".~lock.c.csv#").write_text("")
    with pytest.raises(CodebookFileError):
        write_codebook(ENTRIES, path)
    assert path.read_bytes() == before
    with pytest.raises(CodebookFileError):
        write_codebook(ENTRIES, tmp_path / "c.txt")
    with pytest.raises(CodebookFileError):
        write_codebook(ENTRIES, tmp_path / "no such folder" / "c.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".~lock.c.csv#", "c.csv"]


@pytest.mark.parametrize(
    ("written", "cls"),
    [
        ("%", "percent"),
        ("Tỷ lệ", "percent"),
        ("percent", "percent"),
        ("điểm phần trăm", "percent"),
        ("Triệu USD", "USD"),
        ("đô la Mỹ", "USD"),
        ("nghìn tỷ đồng", "VND"),
        ("VNĐ", "VND"),
        ("euro", "EUR"),
        ("lượt", "count"),
        ("dự án", "count"),
        ("Người", "count"),
        ("km2", "area"),
        ("nghìn tấn", "mass"),
        ("USD/tấn", "USD"),
        ("tấn/ha", "other"),
        ("yên", "other"),
        ("COUNT", "count"),
        ("quả táo", None),
    ],
)
def test_unit_spellings(written, cls):
    assert unit_class_of(written) == cls
