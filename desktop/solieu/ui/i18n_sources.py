"""What the sources ask to translate, read with `ast` (pyside6-lupdate's Python parser
gets this project's calls wrong, so it only merges what is found here).

- The window: `self.tr("...")` (context: the class it is written in, which PySide6
  tries first), `QCoreApplication.translate(CONTEXT, "...")` with a literal or a
  module constant, QT_TRANSLATE_NOOP / QT_TR_NOOP, and calls of a module's helper
  `def tr(text): return QCoreApplication.translate(CONTEXT, text)`, also when imported
  (`from ... import tr as tr_figures`, `texts.tr(...)` on the module). lupdate filed a
  helper's bare `tr("...")` under the class around it or under no context, the module
  alias `texts.tr` under "texts", and lost its way after a four-argument translate:
  the program looks all of these up in CONTEXT, so those translations were never used.
- The core: `msg("...")` / `N_("...")` templates in the core packages, put in context
  "solieu.core" (`solieu.messages`).

`lupdate_source` writes them as plain `QCoreApplication.translate` lines, the one form
lupdate reads right, for lupdate to merge into the .ts.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
PACKAGE_DIR = UI_DIR.parent
CORE_SOURCES = (
    "messages.py",
    "model.py",
    "store",
    "text",
    "export",
    "reconcile",
    "extract",
    "learn",
)
MARKERS = {"msg", "N_"}


@dataclass(frozen=True)
class Entry:
    context: str
    text: str
    where: str  # file:line
    comment: str = ""  # the disambiguation


def _where(path: Path, node: ast.AST) -> str:
    try:
        shown = path.relative_to(PACKAGE_DIR.parent)
    except ValueError:
        shown = path
    return f"{shown}:{node.lineno}"


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _by_line(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.where.rsplit(":", 1)[0], int(e.where.rsplit(":")[-1])))


# --- the core ---------------------------------------------------------------------------------


def core_files() -> list[Path]:
    files: list[Path] = []
    for name in CORE_SOURCES:
        path = PACKAGE_DIR / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []
    return files


def core_templates(files: list[Path] | None = None, context: str = "solieu.core") -> list[Entry]:
    """Every `msg("...")` / `N_("...")` template of the core, by file and line.

    A call whose template is not a plain literal (an f-string, a variable) raises
    ValueError: its text could not be translated.
    """
    found: list[Entry] = []
    bad: list[str] = []
    for path in core_files() if files is None else files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in MARKERS:
                continue
            text = _literal(node.args[0])
            if text is not None:
                found.append(Entry(context, text, _where(path, node)))
            elif not (path.name == "messages.py" and isinstance(node.args[0], ast.Name)):
                bad.append(_where(path, node))  # messages.py defines the markers themselves
    if bad:
        raise ValueError("message templates must be string literals: " + ", ".join(bad))
    return _by_line(found)


# --- translation helpers of the window ------------------------------------------------------


def _helper_context(func: ast.FunctionDef, constants: dict[str, str]) -> str | None:
    """CONTEXT when `func` is `def f(text): return QCoreApplication.translate(CONTEXT, text)`."""
    params = [a.arg for a in func.args.args]
    if len(params) != 1 or len(func.body) != 1 or not isinstance(func.body[0], ast.Return):
        return None
    call = func.body[0].value
    if not (isinstance(call, ast.Call) and getattr(call.func, "attr", None) == "translate"):
        return None
    if len(call.args) != 2 or not isinstance(call.args[1], ast.Name):
        return None
    if call.args[1].id != params[0]:
        return None
    first = call.args[0]
    return _literal(first) or (constants.get(first.id) if isinstance(first, ast.Name) else None)


def _module_path(module: str) -> Path | None:
    if not module.startswith("solieu."):
        return None
    path = PACKAGE_DIR.parent.joinpath(*module.split(".")).with_suffix(".py")
    return path if path.exists() else None


def helpers(path: Path, _seen: frozenset[Path] = frozenset()) -> dict[str, str]:
    """The translation helpers a module can call by name → the context each uses."""
    tree = _tree(path)
    constants = _constants(tree)
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            context = _helper_context(node, constants)
            if context is not None:
                found[node.name] = context
        elif isinstance(node, ast.ImportFrom) and node.module and path not in _seen:
            source = _module_path(node.module)
            if source is None:
                continue
            theirs = helpers(source, _seen | {path})
            for alias in node.names:
                if alias.name in theirs:
                    found[alias.asname or alias.name] = theirs[alias.name]
    return found


def _calls(node: ast.AST, cls: str = ""):
    """Every call in a tree with the name of the class it is written in ("" outside one)."""
    for child in ast.iter_child_nodes(node):
        inner = child.name if isinstance(child, ast.ClassDef) else cls
        if isinstance(child, ast.Call):
            yield child, cls
        yield from _calls(child, inner)


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _constants(tree: ast.Module) -> dict[str, str]:
    return {
        t.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and _literal(node.value) is not None
        for t in node.targets
        if isinstance(t, ast.Name)
    }


def _module_aliases(tree: ast.Module) -> dict[str, Path]:
    """Names bound to a module of the package (`from solieu.ui import x as texts`)."""
    found: dict[str, Path] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                path = _module_path(f"{node.module}.{alias.name}")
                if path is not None:
                    found[alias.asname or alias.name] = path
        elif isinstance(node, ast.Import):
            for alias in node.names:
                path = _module_path(alias.name)
                if path is not None and alias.asname:
                    found[alias.asname] = path
    return found


APPLICATIONS = ("QCoreApplication", "QApplication", "QGuiApplication")


def _entry(call: ast.Call, cls: str, where: str, names, constants, modules) -> Entry | str | None:
    """The message a call asks for; a string says why it cannot be placed; None: no call."""
    func, args = call.func, call.args

    def context_of(node: ast.AST) -> str | None:
        return _literal(node) or (constants.get(node.id) if isinstance(node, ast.Name) else None)

    def made(context: str | None, text_at: int) -> Entry | str | None:
        text = _literal(args[text_at]) if len(args) > text_at else None
        if text is None:
            return None  # a variable: its literal is marked where it is written
        if context is None:
            return f"{where}: no context for {text!r}"
        comment = _literal(args[text_at + 1]) if len(args) > text_at + 1 else None
        return Entry(context, text, where, comment or "")

    if isinstance(func, ast.Name):
        if func.id in names:
            return made(names[func.id], 0)
        if func.id == "QT_TRANSLATE_NOOP" and args:
            return made(context_of(args[0]), 1)
        if func.id == "QT_TR_NOOP":
            return made(cls or None, 0)
        return None
    if not isinstance(func, ast.Attribute):
        return None
    owner = func.value.id if isinstance(func.value, ast.Name) else None
    if owner in modules:
        theirs = helpers(modules[owner])
        return made(theirs[func.attr], 0) if func.attr in theirs else None
    if func.attr == "tr":
        return made(cls or None, 0)
    if func.attr == "translate" and owner in APPLICATIONS:
        return made(context_of(args[0]), 1) if args else None
    return None


def ui_entries(files: list[Path]) -> tuple[list[Entry], list[str]]:
    """Every message the window's sources ask for, and the calls that name no context."""
    found: list[Entry] = []
    unplaced: list[str] = []
    for path in files:
        tree = _tree(path)
        names, constants, modules = helpers(path), _constants(tree), _module_aliases(tree)
        for call, cls in _calls(tree):
            got = _entry(call, cls, _where(path, call), names, constants, modules)
            if isinstance(got, Entry):
                found.append(got)
            elif got is not None:
                unplaced.append(got)
    return _by_line(found), unplaced


def lupdate_source(entries: list[Entry], folder: Path) -> Path:
    """A Python file for lupdate: each distinct message in a form lupdate reads right.

    A plain `QCoreApplication.translate(context, text[, comment])`, except for a plural
    (`%n`) message: lupdate sees only `self.tr(text, comment, n)` as one, so those are
    written inside a class named after their context.
    """
    plain: list[str] = []
    plural: dict[str, list[str]] = {}
    seen: set[tuple[str, str, str]] = set()
    for e in entries:
        if (e.context, e.text, e.comment) in seen:
            continue
        seen.add((e.context, e.text, e.comment))
        if "%n" in e.text and e.context.isidentifier():
            call = f"self.tr({_quoted(e.text)}, {_quoted(e.comment)}, n)"
            plural.setdefault(e.context, []).append(f"        {call}")
        else:
            args = [e.context, e.text] + ([e.comment] if e.comment else [])
            plain.append(f"QCoreApplication.translate({', '.join(map(_quoted, args))})")
    classes = [
        f"\n\nclass {context}(QObject):\n    def messages(self, n):\n" + "\n".join(calls)
        for context, calls in plural.items()
    ]
    path = folder / "solieu_messages.py"
    path.write_text("\n".join(plain) + "\n" + "".join(classes) + "\n", encoding="utf-8")
    return path


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
