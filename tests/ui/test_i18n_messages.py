"""The core's messages (solieu.messages) shown in the window's language by i18n.tr_error."""

from __future__ import annotations

import errno
import pickle

import pytest
from PySide6.QtCore import QTranslator

from solieu.messages import N_, Message, message_of, msg, os_reason
from solieu.text import TextLoadError, load_document
from solieu.ui import i18n


@pytest.fixture
def vietnamese(qapp):
    assert i18n.install(qapp, "vi") == "vi"
    yield qapp
    i18n.install(qapp, "en")


def test_a_message_is_its_english_text_and_remembers_how_it_was_made():
    m = msg("the budget of {province} is {amount} billion dong", province="Đà Nẵng", amount=120)
    assert m == "the budget of Đà Nẵng is 120 billion dong"
    assert isinstance(m, str) and m.template.startswith("the budget of {province}")
    assert m.params == {"province": "Đà Nẵng", "amount": 120}
    again = pickle.loads(pickle.dumps(m))
    assert isinstance(again, Message) and again == m and again.params == m.params
    assert N_("flood damage") == "flood damage"
    assert msg("{{n}} stays a brace") == "{n} stays a brace"  # as str.format


def test_the_message_an_exception_was_raised_with_survives():
    error = ValueError(msg("the file {name} is empty", name="gia-lua.txt"))
    assert type(str(error)) is str  # str() drops the subclass ...
    kept = message_of(error)
    assert isinstance(kept, Message) and kept.params == {"name": "gia-lua.txt"}  # ... this not
    assert message_of(OSError("disk")) == "disk" and message_of("text") == "text"


def test_os_errors_get_a_reason_a_reviewer_can_read():
    full = os_reason(OSError(errno.ENOSPC, "No space left on device"))
    assert full == "the disk is full" and full.template == "the disk is full"
    odd = os_reason(OSError(errno.EXDEV, "Invalid cross-device link"))
    assert odd == "Invalid cross-device link"


def test_a_load_error_is_shown_in_vietnamese(vietnamese, tmp_path):
    empty = tmp_path / "thu-ngan-sach.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(TextLoadError) as caught:
        load_document(empty)
    assert str(caught.value) == "thu-ngan-sach.txt: the file is empty"
    assert i18n.tr_error(caught.value) == "thu-ngan-sach.txt: tệp trống"
    assert i18n.tr_error(caught.value.reason) == "tệp trống"
    old_word = tmp_path / "bao-cao.docx"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(TextLoadError) as caught:
        load_document(old_word)
    shown = i18n.tr_error(caught.value)
    assert shown.startswith("bao-cao.docx: ") and "Word" in shown and "old" not in shown


def test_a_reason_inside_a_message_is_translated_too(vietnamese):
    error = OSError(errno.EROFS, "Read-only file system")
    nested = msg("the file cannot be read ({reason})", reason=os_reason(error))
    assert nested == "the file cannot be read (the disk is read-only)"
    shown = i18n.tr_error(nested)
    assert "the disk" not in shown and "cannot" not in shown and shown.endswith(")")


def test_english_shows_the_english_text(qapp, tmp_path):
    i18n.install(qapp, "en")
    error = TextLoadError(tmp_path / "gdp.pdf", msg("the PDF has no pages"))
    assert i18n.tr_error(error) == str(error) == "gdp.pdf: the PDF has no pages"
    assert i18n.tr_error(RuntimeError("database is locked")) == "database is locked"


def test_the_import_report_keeps_the_reason_translatable(vietnamese, tmp_path):
    from solieu.store import Project

    (tmp_path / "trong.txt").write_text("", encoding="utf-8")
    (tmp_path / "anh.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    project = Project.create(tmp_path / "p.solieu")
    try:
        report = project.import_paths(sorted(tmp_path.glob("*.txt")))
    finally:
        project.close()
    shown = {name: i18n.tr_error(reason) for name, reason in report.failed}
    assert shown == {"anh.txt": "đây là tệp nhị phân, không phải văn bản", "trong.txt": "tệp trống"}


class Broken(QTranslator):
    """A translation that lost its {field}: the English text is shown instead of a crash."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return "tệp {ten} trống" if source_text == "the file {name} is empty" else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def test_a_translation_that_does_not_format_falls_back_to_english(qapp):
    broken = Broken(qapp)
    qapp.installTranslator(broken)
    try:
        assert (
            i18n.tr_error(msg("the file {name} is empty", name="a.txt"))
            == "the file a.txt is empty"
        )
    finally:
        qapp.removeTranslator(broken)
