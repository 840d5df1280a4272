"""UI language: English source strings; Vietnamese and English plurals from compiled catalogues.

The catalogues are Qt Linguist files in resources/translations/:

- `solieu_vi.ts`: every string of the window and of the core's messages (context
  `solieu.core`, see `solieu.messages`), generated from the sources;
- `solieu_en.ts`: only the plural messages (`tr("%n document(s)", "", n)`), so English
  says "1 document" and "3 documents";
- `qt_vi.ts`: hand-maintained Vietnamese for Qt's own strings the app shows (standard
  buttons, the file dialog, text context menus, undo texts); PySide6 ships no
  `qtbase_vi`.

`python -m solieu.ui.i18n update` regenerates the first two (`solieu.ui.i18n_update`).
What the app loads is the compiled `.qm` next to each `.ts`: `make setup` and
`packaging/build.py` build them with pyside6-lrelease (they are not in git). When a
`.qm` is missing or older than its `.ts` (a checkout run without make), it is built
into the user cache folder with lrelease if one is installed; otherwise the window
logs a warning and stays in English. It never fails to start over a translation.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from solieu.messages import CONTEXT as CORE_CONTEXT
from solieu.messages import Message, message_of

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
SOURCE_LANGUAGE = "en"
# The catalogues each language loads, Qt's first: the last installed is asked first.
CATALOGS = {"vi": ("qt_vi", "solieu_vi"), "en": ("solieu_en",)}

log = logging.getLogger(__name__)

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


def cache_dir() -> Path:
    """Where catalogues compiled at start-up go (the resources folder may be read-only)."""
    import platformdirs

    return platformdirs.user_cache_path("solieu", appauthor=False) / "translations"


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else SOURCE_LANGUAGE


def resolve(preference: str) -> str:
    """The language to use for a stored preference ("" follows the system)."""
    return preference if preference in LANGUAGES else system_language()


def find_tool(name: str) -> str | None:
    """A Qt Linguist tool ("lrelease", "lupdate"): PySide6's, else one on PATH."""
    import PySide6

    suffix = ".exe" if sys.platform == "win32" else ""
    wrapper = f"pyside6-{name}{suffix}"
    for candidate in (
        Path(sys.executable).with_name(wrapper),
        Path(sys.executable).parent / "Scripts" / wrapper,
        Path(PySide6.__file__).parent / f"{name}{suffix}",  # the binary the wrapper runs
    ):
        if candidate.is_file():
            return str(candidate)
    return shutil.which(wrapper) or shutil.which(name)


def compile_catalog(ts: Path, qm: Path, tool: str | None = None) -> bool:
    """Build `qm` from `ts` with lrelease; False (and a warning) when that is not possible."""
    tool = tool or find_tool("lrelease")
    if tool is None:
        log.warning("cannot compile %s: no lrelease (it comes with PySide6)", ts.name)
        return False
    partial = qm.with_name(qm.name + ".part")
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(partial)], capture_output=True, timeout=120
        )
        if done.returncode != 0 or not partial.exists():
            error = done.stderr.decode(errors="replace").strip()
            log.warning("lrelease failed on %s: %s", ts.name, error)
            partial.unlink(missing_ok=True)
            return False
        partial.replace(qm)
    except (OSError, subprocess.SubprocessError) as exc:  # no room, no rights, a bad tool
        log.warning("cannot compile %s with %s: %s", ts.name, tool, exc)
        return False
    return True


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime)


def _cached(ts: Path) -> Path:
    """The cache's .qm for this very .ts content (two checkouts share one cache folder)."""
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    return cache_dir() / f"{ts.stem}-{digest}.qm"


def compiled(name: str) -> Path | None:
    """The compiled catalogue `name` ("solieu_vi"), built into the cache when needed.

    A checkout has the .ts and, after `make setup`, their .qm; the bundle has both,
    built together (it has no lrelease). A .qm older than its .ts is rebuilt into the
    cache, named by the .ts content; when it cannot be, the older one is better than
    none.
    """
    ts = translations_dir() / f"{name}.ts"
    shipped = ts.with_suffix(".qm")
    frozen = getattr(sys, "frozen", False)  # a bundle: built together, whatever the mtimes
    if _fresh(shipped, ts) or (frozen and shipped.exists()):
        return shipped
    if not ts.exists():
        log.warning("the translation %s is missing from %s", name, ts.parent)
        return None
    cached = _cached(ts)
    if cached.exists() or compile_catalog(ts, cached):
        for old in cached.parent.glob(f"{name}-*.qm"):  # built from earlier versions
            if old != cached:
                with contextlib.suppress(OSError):
                    old.unlink()
        return cached
    if shipped.exists():
        log.warning("using %s, older than %s", shipped, ts.name)
        return shipped
    return None


def _load(app: QCoreApplication, path: Path | str, directory: str | None = None) -> bool:
    translator = QTranslator(app)
    ok = translator.load(str(path), directory) if directory else translator.load(str(path))
    if ok and not translator.isEmpty():
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False


def install(app: QCoreApplication, language: str) -> str:
    """Install the translators for `language` ("" = system); returns the language used.

    A language whose own catalogue cannot be had falls back to English (with a
    warning in the log), so the window never mixes in a half-loaded language.
    """
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = resolve(language)
    ours = f"solieu_{lang}"
    if lang != SOURCE_LANGUAGE and compiled(ours) is None:
        log.warning("no %s translation could be loaded: the window stays in English", lang)
        lang = SOURCE_LANGUAGE
    _current = lang
    # Qt's own catalogue where Qt ships one (not for Vietnamese: qt_vi.ts stands in)
    _load(app, f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in CATALOGS.get(lang, ()):
        path = compiled(name)
        if path is None or not _load(app, path):
            log.warning("the translation %s could not be loaded", name)
    return lang


def _translated(message: Message) -> str:
    params = {
        key: _translated(value) if isinstance(value, Message) else value
        for key, value in message.params.items()
    }
    template = QCoreApplication.translate(CORE_CONTEXT, message.template)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a {field}
        log.warning("the translation of %r does not format", message.template)
        return message.template.format(**params)


def tr_error(error: BaseException | str) -> str:
    """The text to show for an error or message of the core, in the window's language.

    A `solieu.messages.Message` (or an exception raised with one) is translated in the
    context "solieu.core"; any other text is shown as it is.
    """
    text = message_of(error)
    return _translated(text) if isinstance(text, Message) else text


def main(argv: list[str] | None = None) -> int:
    """`update`: regenerate the .ts files from the sources; `release`: build the .qm files."""
    from solieu.ui import i18n_update

    return i18n_update.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
