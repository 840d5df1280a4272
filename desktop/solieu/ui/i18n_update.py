"""Regenerate and check the translation files (`python -m solieu.ui.i18n update|release`).

`update` finds the messages of the window and of the core (`solieu.ui.i18n_sources`,
which reads the sources right where lupdate's Python parser does not), has
pyside6-lupdate merge them into solieu_vi.ts, then fixes what lupdate alone gets wrong:

- lupdate -no-obsolete drops the translation of a string whose context changed (a
  class renamed, code moved to a controller). The old file's translations are read
  first and every unfinished message whose source text had one, in any context,
  gets it back (`Report.filled`).
- A message with `%n` in its source is plural (`tr(text, "", n)`), in Vietnamese with
  its one form.
- solieu_en.ts holds the plural messages only (what `lupdate -pluralonly` would
  keep), each with its English singular and plural. A new one whose source says
  "(s)" gets "document" / "documents" from it; others wait for a person (the test
  lists them).

Files are written in lupdate's own layout, so a plain lupdate run would change nothing
but what it must.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from solieu.messages import CONTEXT as CORE_CONTEXT
from solieu.ui import i18n, i18n_sources

ENGLISH_LANGUAGE = "en_US"

# --- reading and writing .ts files -----------------------------------------------------------


def read(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def _attrs(el: ET.Element) -> str:
    return "".join(f' {k}="{_escape(v)}"' for k, v in el.attrib.items())


def _element(el: ET.Element, indent: int) -> list[str]:
    pad = " " * indent
    children = list(el)
    if not children:
        return [f"{pad}<{el.tag}{_attrs(el)}>{_escape(el.text or '')}</{el.tag}>"]
    lines = [f"{pad}<{el.tag}{_attrs(el)}>"]
    for child in children:
        lines += _element(child, indent + 4)
    return [*lines, f"{pad}</{el.tag}>"]


def serialize(root: ET.Element) -> str:
    """The file as lupdate writes it (its indentation, escapes and header)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{_attrs(root)}>"]
    for context in root.iter("context"):
        lines.append("<context>")
        for child in context:
            lines += _element(child, 4)
        lines.append("</context>")
    return "\n".join([*lines, "</TS>", ""])


def write(root: ET.Element, path: Path) -> None:
    path.write_text(serialize(root), encoding="utf-8", newline="\n")


def messages(root: ET.Element):
    """(context name, message element) for every message, in file order."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def forms(message: ET.Element) -> list[str]:
    node = message.find("translation")
    if node is None:
        return []
    found = node.findall("numerusform")
    return [f.text or "" for f in found] if found else [node.text or ""]


def finished(message: ET.Element) -> bool:
    node = message.find("translation")
    if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    return all(text.strip() for text in forms(message))


def set_translation(message: ET.Element, texts: list[str], *, done: bool = True) -> None:
    """Replace the translation; a plural message keeps one <numerusform> per text."""
    node = message.find("translation")
    if node is None:
        node = ET.SubElement(message, "translation")
    node.clear()
    if not done:
        node.set("type", "unfinished")
    if message.get("numerus") == "yes":
        for text in texts:
            ET.SubElement(node, "numerusform").text = text
    else:
        node.text = texts[0] if texts else ""


# --- the checks the tests and `update` share ---------------------------------------------------

BRACES = re.compile(r"\{[a-z_]+\}")
ARGS = re.compile(r"%\d")
ACCELERATOR = re.compile(r"&(?!&)(?=\w)")


def problems(ts: Path) -> list[str]:
    """Messages left unfinished or empty, or whose placeholders or accelerator differ."""
    found = []
    for context, message in messages(read(ts)):
        source = message.findtext("source") or ""
        where = f"{ts.name} {context}: {source[:60]!r}"
        node = message.find("translation")
        if node is None:
            found.append(f"{where}: no translation")
            continue
        if node.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(f"{where}: {node.get('type')}")
            continue
        for text in forms(message):
            if not text.strip():
                found.append(f"{where}: empty")
            elif sorted(BRACES.findall(text)) != sorted(BRACES.findall(source)):
                found.append(f"{where}: {{placeholders}} differ")
            elif set(ARGS.findall(text)) != set(ARGS.findall(source)):
                found.append(f"{where}: %1 arguments differ")
            elif "%n" in source and "%n" not in text:
                found.append(f"{where}: %n missing")
            elif bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
                found.append(f"{where}: & accelerator differs")
    return found


# --- update --------------------------------------------------------------------------------


@dataclass
class Report:
    messages: int = 0  # in solieu_vi.ts
    unfinished: int = 0  # still to translate there
    filled: int = 0  # unfinished after lupdate, given back the translation of the same text
    core: int = 0  # of them from the core (context "solieu.core")
    plural: int = 0  # in solieu_en.ts
    english_guessed: int = 0  # English plural forms made from "(s)"
    unplaced: list[str] = field(default_factory=list)  # calls whose context is unknown
    problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"solieu_vi.ts: {self.messages} messages ({self.core} from the core), "
            f"{self.unfinished} to translate; {self.filled} filled from another context",
            f"solieu_en.ts: {self.plural} plural messages, {self.english_guessed} new ones "
            "made from '(s)'",
        ]


def _translations(root: ET.Element | None):
    """The finished translations of a file: by (context, source, comment) and by source."""
    by_key: dict[tuple[str, str, str], list[str]] = {}
    by_source: dict[str, list[str]] = {}
    if root is not None:
        for context, message in messages(root):
            if finished(message):
                by_key[key(context, message)] = forms(message)
                by_source.setdefault(message.findtext("source") or "", forms(message))
    return by_key, by_source


def _make_plural(message: ET.Element) -> None:
    """lupdate missed that a `%n` message is plural: mark it, keeping its translation."""
    if message.get("numerus") == "yes":
        return
    texts, done = forms(message), finished(message)
    message.set("numerus", "yes")
    set_translation(message, texts, done=done)


def _fill(message, context, old, count: int) -> bool:
    """Give an unfinished message its old translation, or that of the same source text."""
    by_key, by_source = old
    texts = by_key.get(key(context, message)) or by_source.get(message.findtext("source") or "")
    if not texts or finished(message):
        return False
    if message.get("numerus") == "yes" and len(texts) != count:
        return False  # a singular translation cannot give English its two forms
    set_translation(message, texts if message.get("numerus") == "yes" else texts[:1])
    return True


def english_forms(source: str) -> list[str] | None:
    """Singular and plural English from a "(s)" source: "%n file(s)" → "%n file", "%n files"."""
    if "(s)" not in source and "(es)" not in source:
        return None
    singular = source.replace("(es)", "").replace("(s)", "")
    return [singular, source.replace("(es)", "es").replace("(s)", "s")]


def _english(vi: ET.Element, old_en: ET.Element | None, report: Report) -> ET.Element:
    old = _translations(old_en)
    root = ET.Element("TS", {"version": "2.1", "language": ENGLISH_LANGUAGE})
    contexts: dict[str, ET.Element] = {}
    for context, message in messages(vi):
        if message.get("numerus") != "yes":
            continue
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        copy = ET.SubElement(contexts[context], "message", {"numerus": "yes"})
        for tag in ("source", "comment", "extracomment"):
            if message.find(tag) is not None:
                ET.SubElement(copy, tag).text = message.findtext(tag)
        set_translation(copy, ["", ""], done=False)
        report.plural += 1
        if _fill(copy, context, old, 2):
            continue
        guess = english_forms(copy.findtext("source") or "")
        if guess:
            set_translation(copy, guess)
            report.english_guessed += 1
    return root


def _lupdate(sources: list[Path], ts: Path) -> None:
    tool = i18n.find_tool("lupdate")
    if tool is None:
        raise SystemExit("pyside6-lupdate not found (it comes with PySide6)")
    cmd = [tool, "-silent", "-no-obsolete", "-locations", "none", *map(str, sources)]
    subprocess.run([*cmd, "-ts", str(ts)], check=True, capture_output=True, timeout=300)


def ui_sources() -> list[Path]:
    return sorted(i18n_sources.UI_DIR.rglob("*.py"))


def update(directory: Path | None = None) -> Report:
    """Regenerate solieu_vi.ts and solieu_en.ts in `directory` (the translations folder)."""
    folder = directory or i18n.translations_dir()
    vi_path, en_path = folder / "solieu_vi.ts", folder / "solieu_en.ts"
    old_vi = read(vi_path) if vi_path.exists() else None
    old_en = read(en_path) if en_path.exists() else None
    window, unplaced = i18n_sources.ui_entries(ui_sources())
    core = i18n_sources.core_templates(context=CORE_CONTEXT)
    with tempfile.TemporaryDirectory(prefix="solieu-i18n-") as tmp:
        _lupdate([i18n_sources.lupdate_source(window + core, Path(tmp))], vi_path)
    vi = read(vi_path)
    report = Report(unplaced=unplaced)
    old = _translations(old_vi)
    for context, message in messages(vi):
        if "%n" in (message.findtext("source") or ""):
            _make_plural(message)
        report.filled += _fill(message, context, old, 1)
        report.messages += 1
        report.core += context == CORE_CONTEXT
        report.unfinished += not finished(message)
    write(vi, vi_path)
    write(_english(vi, old_en, report), en_path)
    report.problems = problems(vi_path) + problems(en_path) + report.unplaced
    return report


def release(directory: Path | None = None) -> list[Path]:
    """Compile every .ts of `directory` into the .qm next to it (what `make setup` does)."""
    folder = directory or i18n.translations_dir()
    tool = i18n.find_tool("lrelease")
    if tool is None:
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6)")
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not i18n.compile_catalog(ts, qm, tool):
            raise SystemExit(f"lrelease failed on {ts}")
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    if not argv or any(a not in ("update", "release") for a in argv):
        print("usage: python -m solieu.ui.i18n update|release", file=sys.stderr)
        return 2
    if "update" in argv:
        report = update()
        print("\n".join(report.lines()))
        for problem in report.problems:
            print(f"  {problem}")
    if "release" in argv:
        for qm in release():
            print(f"built {qm}")
    return 0
