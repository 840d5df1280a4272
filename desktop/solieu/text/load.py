"""Turn a file on disk into the one text every offset in the app refers to.

The loaded text is decoded, has LF line ends and is NFC-normalised. Whatever
the reviewer sees, the extractor saw, and the store keeps.

Plain text (`.txt`, `.md`): UTF-8 with or without BOM, UTF-16 with BOM, and,
for bytes that are not UTF-8, the legacy Vietnamese encodings Windows-1258,
TCVN3 and VNI, detected by which one makes Vietnamese syllables
(`solieu.text.legacy`). Web pages, Word files and PDFs go through
`solieu.text.formats`. `Document.encoding` names what was detected, so the
import report can show it and a reviewer can override it (`encoding=`).
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import regex

from solieu.extract.places import detect_place
from solieu.model import Document
from solieu.text.formats import Extracted, FormatError, read_format
from solieu.text.legacy import DECODERS, detect_legacy

TEXT_SUFFIXES = (".txt", ".md")
FORMAT_SUFFIXES = (".html", ".htm", ".docx", ".pdf")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + FORMAT_SUFFIXES
FOLDER_SUFFIXES = ARTICLE_SUFFIXES
# Encodings a reviewer can force with `encoding=` (names as Document.encoding shows them).
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni")


class TextLoadError(Exception):
    """A file that cannot be read as an article; the message is for a reviewer."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(path).name}: {reason}")


def normalise(text: str) -> str:
    """LF line ends and NFC, so offsets are stable across platforms and editors."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def decode(
    data: bytes, path: str | Path = "<bytes>", encoding: str | None = None
) -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding name).

    UTF-8 with or without BOM and UTF-16 with BOM are accepted; other bytes
    are tried as Windows-1258, TCVN3 and VNI. Bytes that are not text (NULs
    outside UTF-16, nothing that reads as Vietnamese) raise TextLoadError.
    `encoding` forces one of ENCODINGS.
    """
    if encoding is not None:
        return _forced(data, path, encoding)
    if data.startswith(b"\xef\xbb\xbf"):
        body, enc = data[3:], "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise TextLoadError(path, "the file claims UTF-16 but is damaged") from exc
    else:
        body, enc = data, "utf-8"
    if b"\x00" in body:
        raise TextLoadError(path, "this is a binary file, not text")
    try:
        return body.decode("utf-8"), enc
    except UnicodeDecodeError as exc:
        if enc == "utf-8":
            found = detect_legacy(body)
            if found is not None:
                return found[1], found[0]
        raise TextLoadError(
            path,
            f"the text is not UTF-8 (undecodable byte at position {exc.start}) "
            "and does not read as Vietnamese in Windows-1258, TCVN3 or VNI",
        ) from exc


_ALIASES = {"utf8": "utf-8", "windows-1258": "cp1258", "tcvn": "tcvn3", "abc": "tcvn3"}


def _forced(data: bytes, path: str | Path, encoding: str) -> tuple[str, str]:
    name = encoding.lower().replace("_", "-")
    name = _ALIASES.get(name, name)
    if name not in ENCODINGS:
        raise TextLoadError(path, f"unknown encoding {encoding!r} (known: {', '.join(ENCODINGS)})")
    if name in DECODERS:
        return DECODERS[name](data), name
    try:
        return data.decode(name), name
    except UnicodeDecodeError as exc:
        raise TextLoadError(
            path, f"the text is not {name} (undecodable byte at position {exc.start})"
        ) from exc


def _read_bytes(p: Path) -> bytes:
    try:
        data = p.read_bytes()
    except IsADirectoryError as exc:
        raise TextLoadError(p, "this is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise TextLoadError(p, "the file does not exist") from exc
    except PermissionError as exc:
        raise TextLoadError(p, "permission denied: the file cannot be read") from exc
    except OSError as exc:
        raise TextLoadError(p, f"the file cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise TextLoadError(p, "the file is empty")
    return data


def _read(p: Path, encoding: str | None) -> tuple[str, str, str, Extracted | None]:
    data = _read_bytes(p)
    digest = hashlib.sha256(data).hexdigest()
    suffix = p.suffix.lower()
    if suffix in FORMAT_SUFFIXES:
        try:
            got = read_format(suffix, data)
        except FormatError as exc:
            raise TextLoadError(p, str(exc)) from exc
        text = normalise(got.text)
        if not text.strip():
            raise TextLoadError(p, "the file has no text")
        return text, got.encoding, digest, got
    text, enc = decode(data, p, encoding)
    return normalise(text), enc, digest, None


def read_text(path: str | Path, encoding: str | None = None) -> tuple[str, str, str]:
    """Read an article file: (normalised text, encoding, sha256 of the raw bytes).

    For .html/.docx/.pdf the text is the extracted article and the encoding
    names the format ("docx", "pdf") or the page's charset.
    """
    text, enc, digest, _ = _read(Path(path), encoding)
    return text, enc, digest


_DATE_STAMP = regex.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+")


def guess_title(text: str, limit: int = 120) -> str | None:
    """The first non-empty line, without a stored page's date stamp, cut at a word."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    if line is None:
        return None
    line = _DATE_STAMP.sub("", line)
    if len(line) > limit:
        line = line[:limit].rsplit(" ", 1)[0] + " …"
    return line


def load_document(path: str | Path, encoding: str | None = None) -> Document:
    """Load one article file into a Document (name = file name).

    `encoding` overrides the detection for plain text files (one of ENCODINGS).
    """
    p = Path(path)
    text, enc, digest, got = _read(p, encoding)
    title = (got.title if got is not None else None) or guess_title(text)
    meta = dict(got.meta) if got is not None else {}
    return Document(
        name=p.name,
        text=text,
        path=str(p),
        sha256=digest,
        encoding=enc,
        title=normalise(title) if title else None,
        place=detect_place(text),
        meta=meta,
    )


def _is_note(f: Path) -> bool:
    """README.md, GUIDELINE.md …: an upper-case Markdown name is a note, not an article."""
    return f.suffix.lower() == ".md" and f.stem.isupper()


def iter_article_paths(paths: list[str | Path], suffixes=FOLDER_SUFFIXES) -> list[Path]:
    """Expand folders recursively into article files, keeping given files as they are.

    In a folder: .txt .md .html .htm .docx .pdf, without hidden files, Word's
    `~$` lock files and upper-case Markdown notes (README.md).
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file()
                    and f.suffix.lower() in suffixes
                    and not f.name.startswith((".", "~$"))
                    and not _is_note(f)
                )
            )
        else:
            out.append(p)
    return out
