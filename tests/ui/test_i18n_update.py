"""`python -m solieu.ui.i18n update`: what it keeps, fixes and adds beyond plain lupdate."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from solieu.ui import i18n_sources, i18n_update


def ts(tmp_path: Path, name: str, body: str, language: str = "vi_VN") -> Path:
    path = tmp_path / name
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">\n{body}</TS>\n',
        encoding="utf-8",
    )
    return path


def message(root: ET.Element, context: str, source: str) -> ET.Element:
    for ctx, m in i18n_update.messages(root):
        if ctx == context and m.findtext("source") == source:
            return m
    raise AssertionError(f"{context}: {source!r} not in the file")


@pytest.fixture
def sources(tmp_path, monkeypatch):
    """A tiny UI and core of invented strings in place of the real ones."""
    package = tmp_path / "solieu"
    ui = package / "ui"
    ui.mkdir(parents=True)
    (ui / "words.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        'CONTEXT = "Words"\n\n\n'
        "def tr(text):\n    return QCoreApplication.translate(CONTEXT, text)\n\n\n"
        'def winner():\n    return tr("Winning value: {text}.")\n\n\n'
        'class Sheet:\n    def title(self):\n        return tr("Conflict:")\n',
        encoding="utf-8",
    )
    (ui / "uses.py").write_text(
        "from solieu.ui import words as texts\n"
        "from solieu.ui.words import tr as tr_words\n\n\n"
        'def alike():\n    return tr_words("Measures alike: {score}%.")\n\n\n'
        'def busy(button):\n    button.tr("Stray")\n    return texts.tr("regrouping…")\n',
        encoding="utf-8",
    )
    (ui / "panel.py").write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n\n\n"
        "class ImportPanel(QObject):\n"
        "    def texts(self, n):\n"
        '        self.tr("Import &folder…")\n'
        '        self.tr("%n article(s) imported", "", n)\n'
        '        QCoreApplication.translate("ImportPanel", "%n figure(s) found", "", n)\n'
        '        self.tr("Export {name}: it is %n row(s) long", "", n)\n',
        encoding="utf-8",
    )
    core = package / "core"
    core.mkdir()
    (core / "budget.py").write_text(
        "from solieu.messages import N_, msg\n\n"
        'LABEL = N_("provincial budget")\n\n\n'
        "def fail(path):\n"
        '    raise ValueError(msg("the budget file {name} is empty", name=path))\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n_update, "ui_sources", lambda: sorted(ui.glob("*.py")))
    monkeypatch.setattr(i18n_sources, "PACKAGE_DIR", package)
    monkeypatch.setattr(i18n_sources, "CORE_SOURCES", ("core",))
    out = tmp_path / "translations"
    out.mkdir()
    return out


def test_update_keeps_translations_of_strings_that_moved_context(sources):
    ts(
        sources,
        "solieu_vi.ts",
        "<context>\n    <name>MainWindow</name>\n    <message>\n"
        "        <source>Import &amp;folder…</source>\n"
        "        <translation>Nhập &amp;thư mục…</translation>\n    </message>\n</context>\n",
    )
    report = i18n_update.update(sources)
    root = i18n_update.read(sources / "solieu_vi.ts")
    moved = message(root, "ImportPanel", "Import &folder…")
    assert i18n_update.finished(moved) and i18n_update.forms(moved) == ["Nhập &thư mục…"]
    assert report.filled == 1
    assert not [c for c, _ in i18n_update.messages(root) if c == "MainWindow"]  # dropped


def test_every_percent_n_message_is_plural_and_english_gets_both_forms(sources):
    report = i18n_update.update(sources)
    vi = i18n_update.read(sources / "solieu_vi.ts")
    for source in ("%n article(s) imported", "%n figure(s) found"):  # tr() and translate()
        assert message(vi, "ImportPanel", source).get("numerus") == "yes"
    assert message(vi, "ImportPanel", "Import &folder…").get("numerus") is None
    en = i18n_update.read(sources / "solieu_en.ts")
    assert en.get("language") == "en_US"
    assert [m.findtext("source") for _, m in i18n_update.messages(en)] == [
        "%n article(s) imported",
        "%n figure(s) found",
        "Export {name}: it is %n row(s) long",
    ]
    assert i18n_update.forms(message(en, "ImportPanel", "%n figure(s) found")) == [
        "%n figure found",
        "%n figures found",
    ]
    assert report.plural == 3 and report.english_guessed == 3


def test_english_forms_a_person_wrote_are_kept(sources):
    ts(
        sources,
        "solieu_en.ts",
        '<context>\n    <name>ImportPanel</name>\n    <message numerus="yes">\n'
        "        <source>%n article(s) imported</source>\n        <translation>\n"
        "            <numerusform>one article imported</numerusform>\n"
        "            <numerusform>%n articles imported</numerusform>\n"
        "        </translation>\n    </message>\n</context>\n",
        language="en_US",
    )
    report = i18n_update.update(sources)
    en = i18n_update.read(sources / "solieu_en.ts")
    assert i18n_update.forms(message(en, "ImportPanel", "%n article(s) imported")) == [
        "one article imported",
        "%n articles imported",
    ]
    assert report.english_guessed == 2


def test_core_messages_are_extracted_into_their_context(sources):
    report = i18n_update.update(sources)
    vi = i18n_update.read(sources / "solieu_vi.ts")
    for source in ("provincial budget", "the budget file {name} is empty"):
        assert not i18n_update.finished(message(vi, "solieu.core", source))
    assert report.core == 2
    assert report.unfinished == report.messages == 10
    assert any("solieu.core" in p and "unfinished" in p for p in report.problems)


def test_a_helpers_strings_are_filed_under_the_context_it_looks_them_up_in(sources):
    """lupdate files a bare `tr("...")` under the class around it, or under no context."""
    report = i18n_update.update(sources)
    vi = i18n_update.read(sources / "solieu_vi.ts")
    contexts = {}
    for context, m in i18n_update.messages(vi):
        contexts.setdefault(m.findtext("source"), []).append(context)
    for text in ("Winning value: {text}.", "Conflict:", "Measures alike: {score}%."):
        assert contexts[text] == ["Words"]
    assert contexts["regrouping…"] == ["Words"]  # lupdate said "texts"
    # after a four-argument translate lupdate's parser filed this under "QCoreApplication.self"
    assert contexts["Export {name}: it is %n row(s) long"] == ["ImportPanel"]
    assert "Stray" not in contexts  # `button.tr` outside a class names no context ...
    assert report.unplaced == ["solieu/ui/uses.py:10: no context for 'Stray'"]  # ... and is said


def test_a_template_that_is_not_a_literal_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n_sources, "PACKAGE_DIR", tmp_path)
    bad = tmp_path / "bad.py"
    bad.write_text(
        'from solieu.messages import msg\n\n\ndef f(n):\n    return msg(f"{n} rows")\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"bad\.py:5"):
        i18n_sources.core_templates([bad])


def test_the_layout_is_lupdates_own(tmp_path):
    """A file written by `write` reads back to the same bytes (escapes, plural forms)."""
    path = ts(
        tmp_path,
        "x.ts",
        "<context>\n    <name>A</name>\n    <message>\n"
        "        <source>&apos;a&apos; &amp; &quot;b&quot; &lt;c&gt;\nd</source>\n"
        "        <comment>why</comment>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n'
        '    <message numerus="yes">\n        <source>%n x(s)</source>\n'
        "        <translation>\n            <numerusform>%n x</numerusform>\n"
        "        </translation>\n    </message>\n</context>\n",
    )
    before = path.read_text(encoding="utf-8")
    i18n_update.write(i18n_update.read(path), path)
    assert path.read_text(encoding="utf-8") == before


def test_problems_name_what_is_wrong(tmp_path):
    path = ts(
        tmp_path,
        "y.ts",
        "<context>\n    <name>A</name>\n"
        "    <message>\n        <source>Saved {name}</source>\n"
        "        <translation>Đã lưu {ten}</translation>\n    </message>\n"
        "    <message>\n        <source>&amp;Open</source>\n"
        "        <translation>Mở</translation>\n    </message>\n"
        "    <message>\n        <source>%1 exists</source>\n"
        "        <translation>đã có</translation>\n    </message>\n"
        '    <message numerus="yes">\n        <source>%n row(s)</source>\n'
        "        <translation>\n            <numerusform>hàng</numerusform>\n"
        "        </translation>\n    </message>\n"
        "    <message>\n        <source>Later</source>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n'
        "</context>\n",
    )
    found = i18n_update.problems(path)
    assert [p.rsplit(": ", 1)[1] for p in found] == [
        "{placeholders} differ",
        "& accelerator differs",
        "%1 arguments differ",
        "%n missing",
        "unfinished",
    ]
