"""Every message of every catalogue is translated, and the generated files are current."""

from __future__ import annotations

import shutil

from solieu.messages import CONTEXT as CORE_CONTEXT
from solieu.ui import i18n, i18n_sources, i18n_update

FOLDER = i18n.translations_dir()
CATALOGUES = sorted(p.name for p in FOLDER.glob("*.ts"))


def keys(path) -> dict[tuple[str, str, str], bool]:
    """(context, source, comment) → plural?, for every message of a .ts file."""
    return {
        i18n_update.key(ctx, m): m.get("numerus") == "yes"
        for ctx, m in i18n_update.messages(i18n_update.read(path))
    }


def test_the_catalogues_the_app_loads_are_all_there():
    wanted = {f"{name}.ts" for names in i18n.CATALOGS.values() for name in names}
    assert wanted == set(CATALOGUES) == {"qt_vi.ts", "solieu_en.ts", "solieu_vi.ts"}


def test_every_message_is_translated_with_its_placeholders_and_accelerator():
    found = []
    for name in CATALOGUES:
        assert keys(FOLDER / name), f"{name} has no messages"
        found += i18n_update.problems(FOLDER / name)
    assert found == []


def test_the_files_have_every_string_of_the_sources_and_nothing_else(tmp_path):
    """`update` over the sources changes nothing (run `python -m solieu.ui.i18n update` and
    translate what it reports when this fails)."""
    for name in ("solieu_vi.ts", "solieu_en.ts"):
        shutil.copyfile(FOLDER / name, tmp_path / name)
    report = i18n_update.update(tmp_path)
    assert report.problems == []
    assert report.unfinished == 0 and report.filled == 0 and report.english_guessed == 0
    for name in ("solieu_vi.ts", "solieu_en.ts"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (FOLDER / name).read_text(
            encoding="utf-8"
        ), f"{name} is not current"


def test_every_core_message_is_in_its_context():
    vi = keys(FOLDER / "solieu_vi.ts")
    templates = i18n_sources.core_templates()
    assert len(templates) >= 30  # text/ alone raises that many
    assert {(CORE_CONTEXT, t.text, "") for t in templates} <= set(vi)
    assert {k for k in vi if k[0] == CORE_CONTEXT} == {
        (CORE_CONTEXT, t.text, "") for t in templates
    }


def test_plural_messages_are_plural_in_both_languages():
    vi, en = keys(FOLDER / "solieu_vi.ts"), keys(FOLDER / "solieu_en.ts")
    assert all(plural for key, plural in vi.items() if "%n" in key[1])
    assert all(not plural for key, plural in vi.items() if "%n" not in key[1])
    assert set(en) == {key for key, plural in vi.items() if plural}
    assert all(en.values())
    root = i18n_update.read(FOLDER / "solieu_en.ts")
    assert all(len(i18n_update.forms(m)) == 2 for _, m in i18n_update.messages(root))
    root = i18n_update.read(FOLDER / "solieu_vi.ts")
    plural = [m for _, m in i18n_update.messages(root) if m.get("numerus") == "yes"]
    assert plural and all(len(i18n_update.forms(m)) == 1 for m in plural)  # one form in Vietnamese
