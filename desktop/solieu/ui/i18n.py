"""UI language: English source strings, Vietnamese from resources/translations/solieu_vi.ts.

The .ts file is generated from the sources with pyside6-lupdate (`python -m
solieu.ui.i18n update`). At start a compiled .qm next to it is used when a
packaging step built one (`python -m solieu.ui.i18n release`); otherwise the
.ts XML is read directly by a small QTranslator, so a fresh checkout needs no
build tool.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE  # the language `install` put in place


def current_language() -> str:
    """The language the window's strings are in ("en" until `install` chose another)."""
    return _current


def resources_dir() -> Path:
    """The resources folder: inside the installed package, or at the repository root."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "resources", here.parents[3] / "resources"):
        if (candidate / "icons").is_dir():
            return candidate
    return here.parents[3] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else SOURCE_LANGUAGE


def resolve(preference: str) -> str:
    """The language to use for a stored preference ("" follows the system)."""
    return preference if preference in LANGUAGES else system_language()


class TsTranslator(QTranslator):
    """Translates from a Qt Linguist .ts file without compiling it."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self._messages: dict[tuple[str, str], str] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
                    continue
                if node.text:
                    self._messages[(name, source)] = node.text

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401
        return self._messages.get((context, source_text), None)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self._messages


def install(app: QCoreApplication, language: str) -> str:
    """Install the translators for `language` ("" = system); returns the language used."""
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = resolve(language)
    _current = lang
    if lang == SOURCE_LANGUAGE:
        return lang
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ts = translations_dir() / f"solieu_{lang}.ts"
    qm = ts.with_suffix(".qm")
    translator: QTranslator | None = None
    if qm.exists() and ts.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        translator = QTranslator(app)
        if not translator.load(str(qm)):
            translator = None
    if translator is None and ts.exists():
        translator = TsTranslator(ts, app)
    if translator is not None:
        app.installTranslator(translator)
        _installed.append(translator)
    return lang


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def main(argv: list[str] | None = None) -> int:
    """`update`: regenerate the .ts files from the sources; `release`: build .qm files."""
    args = sys.argv[1:] if argv is None else argv
    ui = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in ui.rglob("*.py"))
    for lang in LANGUAGES:
        if lang == SOURCE_LANGUAGE:
            continue
        ts = translations_dir() / f"solieu_{lang}.ts"
        if "update" in args:
            cmd = [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none"]
            subprocess.run([*cmd, *sources, "-ts", str(ts)], check=True)
        if "release" in args:
            subprocess.run(
                [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
