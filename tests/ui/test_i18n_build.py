"""The compiled catalogues: built by make and the packaging, on the fly when missing, and
a window that stays in English (never crashes) when none can be had."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from solieu.ui import i18n, i18n_update

SOURCES = i18n.translations_dir()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def checkout(tmp_path, monkeypatch, qapp):
    """A translations folder with the .ts files only (a checkout nobody ran make in)."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for ts in SOURCES.glob("*.ts"):
        shutil.copyfile(ts, folder / ts.name)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    yield folder
    i18n.install(qapp, "en")


def cancel() -> str:
    return QCoreApplication.translate("QPlatformTheme", "Cancel")


def test_a_missing_qm_is_built_into_the_cache_and_reused(checkout, qapp, monkeypatch):
    assert i18n.install(qapp, "vi") == "vi"
    assert cancel() == "Huỷ"
    assert QCoreApplication.translate("solieu.core", "the file is empty") == "tệp trống"
    built = sorted(p.name.split("-")[0] for p in (checkout.parent / "cache").glob("*.qm"))
    assert built == ["qt_vi", "solieu_vi"] and not list(checkout.glob("*.qm"))
    assert i18n.install(qapp, "en") == "en"  # builds solieu_en
    monkeypatch.setattr(i18n, "compile_catalog", lambda *a, **k: pytest.fail("built again"))
    assert i18n.install(qapp, "vi") == "vi" and cancel() == "Huỷ"
    assert i18n.install(qapp, "en") == "en" and cancel() == "Cancel"


def test_an_edited_ts_is_built_again(checkout, qapp):
    first = i18n.compiled("qt_vi")
    ts = checkout / "qt_vi.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace(">Huỷ<", ">Thôi<"), encoding="utf-8")
    second = i18n.compiled("qt_vi")
    assert second != first and second.exists() and not first.exists()
    assert i18n.install(qapp, "vi") == "vi" and cancel() == "Thôi"


def test_without_lrelease_the_window_stays_in_english(checkout, qapp, monkeypatch, caplog):
    monkeypatch.setattr(i18n, "find_tool", lambda name: None)
    with caplog.at_level(logging.WARNING, logger="solieu.ui.i18n"):
        assert i18n.install(qapp, "vi") == "en"
    assert i18n.current_language() == "en" and cancel() == "Cancel"
    assert any("no lrelease" in r.message for r in caplog.records)
    assert any("stays in English" in r.message for r in caplog.records)


def test_a_cache_that_cannot_be_written_is_english_not_a_crash(checkout, qapp, monkeypatch):
    blocker = checkout.parent / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(i18n, "cache_dir", lambda: blocker / "translations")
    assert i18n.install(qapp, "vi") == "en" and cancel() == "Cancel"


def test_a_qm_older_than_its_ts_is_better_than_none(checkout, qapp, monkeypatch, caplog):
    i18n_update.release(checkout)
    ts = checkout / "qt_vi.ts"
    later = ts.stat().st_mtime + 60
    os.utime(ts, (later, later))
    monkeypatch.setattr(i18n, "find_tool", lambda name: None)
    with caplog.at_level(logging.WARNING, logger="solieu.ui.i18n"):
        assert i18n.compiled("qt_vi") == checkout / "qt_vi.qm"
    assert any("older than qt_vi.ts" in r.message for r in caplog.records)
    assert i18n.install(qapp, "vi") == "vi" and cancel() == "Huỷ"


def test_no_catalogue_at_all_is_english_too(checkout, qapp):
    for ts in checkout.glob("*.ts"):
        ts.unlink()
    assert i18n.install(qapp, "vi") == "en" and cancel() == "Cancel"


def test_release_builds_every_qm_next_to_its_ts(checkout):
    built = i18n_update.release(checkout)
    assert sorted(p.name for p in built) == ["qt_vi.qm", "solieu_en.qm", "solieu_vi.qm"]
    assert all(p.stat().st_size > 16 for p in built)


def plural_messages(name: str) -> list[tuple[str, str, str, list[str]]]:
    root = i18n_update.read(SOURCES / name)
    return [
        (ctx, m.findtext("source"), m.findtext("comment") or "", i18n_update.forms(m))
        for ctx, m in i18n_update.messages(root)
        if m.get("numerus") == "yes"
    ]


def test_english_says_one_document_and_three_documents(qapp):
    assert i18n.install(qapp, "en") == "en"
    found = plural_messages("solieu_en.ts")
    assert found
    for context, source, comment, (one, many) in found:
        assert QCoreApplication.translate(context, source, comment, 1) == one.replace("%n", "1")
        assert QCoreApplication.translate(context, source, comment, 3) == many.replace("%n", "3")


def test_vietnamese_has_one_form_for_every_count(qapp):
    try:
        assert i18n.install(qapp, "vi") == "vi"
        for context, source, comment, (form,) in plural_messages("solieu_vi.ts"):
            for n in (1, 3, 21):
                assert QCoreApplication.translate(context, source, comment, n) == form.replace(
                    "%n", str(n)
                )
    finally:
        i18n.install(qapp, "en")


def test_make_setup_builds_every_qm_from_its_ts():
    """Dry run: `make setup` (so `make run` and `make test`) compiles each .ts."""
    out = subprocess.run(
        ["make", "-n", "-B", "setup"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    for ts in sorted(SOURCES.glob("*.ts")):
        rel = ts.relative_to(ROOT).as_posix()
        assert f"pyside6-lrelease -silent {rel} -qm {rel[:-3]}.qm" in out


def test_the_installer_build_compiles_the_catalogues_and_checks_the_bundle(tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("solieu_build", ROOT / "packaging" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    for ts in SOURCES.glob("*.ts"):
        shutil.copyfile(ts, folder / ts.name)
    monkeypatch.setattr(build, "ROOT", tmp_path)
    built = build.build_translations()
    assert sorted(p.name for p in built) == ["qt_vi.qm", "solieu_en.qm", "solieu_vi.qm"]
    bundle = tmp_path / "dist" / "solieu" / "_internal" / "solieu" / "resources" / "translations"
    bundle.mkdir(parents=True)
    shutil.copyfile(built[0], bundle / built[0].name)
    assert build.check_translations(tmp_path / "dist" / "solieu", built) == [
        "solieu_en.qm",
        "solieu_vi.qm",
    ]
