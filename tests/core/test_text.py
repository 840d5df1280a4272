"""Loading article files and splitting sentences with offsets."""

from __future__ import annotations

import unicodedata

import pytest

from solieu.text import TextLoadError, load_document, sentence_at, split_sentences
from solieu.text.sentences import is_hard_wrapped

ARTICLE = "Kim ngạch xuất khẩu đạt 1.800 triệu USD.\nTăng 25,1% so với cùng kỳ."


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        ARTICLE.replace("\n", "\r").encode("utf-8"),
        ARTICLE.encode("utf-16"),
        unicodedata.normalize("NFD", ARTICLE).encode("utf-8"),
    ],
    ids=["utf8", "bom", "crlf", "cr", "utf16", "nfd"],
)
def test_every_variant_loads_to_the_same_text(tmp_path, data):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    assert load_document(p).text == ARTICLE


def test_binary_file_gets_a_clear_error(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(TextLoadError) as e:
        load_document(p)
    assert "photo.txt" in str(e.value) and "binary" in str(e.value)


def test_invalid_utf8_names_the_file(tmp_path):
    p = tmp_path / "old.txt"
    p.write_bytes("Kim ngach".encode("ascii") + b"\xff\xfe\xfd")
    with pytest.raises(TextLoadError, match="old.txt"):
        load_document(p)


def test_empty_and_missing_files(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    with pytest.raises(TextLoadError, match="empty"):
        load_document(tmp_path / "empty.txt")
    with pytest.raises(TextLoadError, match="does not exist"):
        load_document(tmp_path / "nope.txt")


def test_sentences_of_a_hard_wrapped_article(seeds_dir):
    text = load_document(seeds_dir / "001_3b1331e3538a6ad7.txt").text
    assert is_hard_wrapped(text)
    sents = split_sentences(text)
    for s in sents:
        assert text[s.start : s.end] == s.text
    pos = text.index("1.800\ntriệu USD")
    s = sentence_at(sents, pos)
    assert s.text.startswith("Kim ngạch xuất khẩu 6 tháng đầu năm ước đạt 1.800\ntriệu USD")


def test_sentences_of_a_paragraph_per_line_article(seeds_dir):
    text = load_document(seeds_dir / "002_02943c04bd1a60f2.txt").text
    assert not is_hard_wrapped(text)
    sents = split_sentences(text)
    assert any(s.text.startswith("Tỉnh hiện có 69 dự án FDI") for s in sents)
    assert all("\n" not in s.text for s in sents)
