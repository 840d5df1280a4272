"""Every message of the Vietnamese translation is translated, and the file is current."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from solieu.ui import i18n

TS = i18n.translations_dir() / "solieu_vi.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def problems(ts: Path) -> list[str]:
    """Messages left unfinished, empty, or whose `{placeholders}` differ from the source."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: {source[:60]!r}"
            if translation is None:
                found.append(f"{where}: no translation")
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                found.append(f"{where}: {translation.get('type')}")
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                text = form.text or ""
                if not text.strip():
                    found.append(f"{where}: empty")
                elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                    found.append(f"{where}: placeholders differ")
    return found


def test_every_vietnamese_message_is_translated():
    assert TS.exists()
    assert ET.parse(TS).getroot().findall("context/message")
    assert problems(TS) == []


def test_the_translation_file_has_every_string_of_the_sources(tmp_path):
    """lupdate over the sources adds nothing the .ts lacks (run `python -m solieu.ui.i18n
    update` and translate when this fails)."""
    try:
        tool = i18n._tool("pyside6-lupdate")
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    ui = Path(i18n.__file__).resolve().parent
    sources = sorted(str(p) for p in ui.rglob("*.py"))
    cmd = [tool, "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    assert problems(copy) == []
    assert copy.read_text(encoding="utf-8") == TS.read_text(encoding="utf-8")
