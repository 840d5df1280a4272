"""Turn a file on disk into the one text every offset in the app refers to.

The loaded text is decoded, has LF line ends and is NFC-normalised. Whatever
the reviewer sees, the extractor saw, and the store keeps.
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import regex

from solieu.model import Document

TEXT_SUFFIXES = (".txt", ".md")
FOLDER_SUFFIXES = (".txt",)  # a folder is read for articles only, not notes


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


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding name).

    UTF-8 with or without BOM and UTF-16 with BOM are accepted. Bytes that are
    not text (NULs outside UTF-16, invalid UTF-8) raise TextLoadError.
    """
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
        raise TextLoadError(
            path,
            f"the text is not UTF-8 (undecodable byte at position {exc.start})",
        ) from exc


def read_text(path: str | Path) -> tuple[str, str, str]:
    """Read a text file: (normalised text, encoding, sha256 of the raw bytes)."""
    p = Path(path)
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
    text, enc = decode(data, p)
    return normalise(text), enc, hashlib.sha256(data).hexdigest()


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


def load_document(path: str | Path) -> Document:
    """Load one article file into a Document (name = file name)."""
    p = Path(path)
    text, enc, digest = read_text(p)
    return Document(
        name=p.name, text=text, path=str(p), sha256=digest, encoding=enc, title=guess_title(text)
    )


def iter_article_paths(paths: list[str | Path], suffixes=FOLDER_SUFFIXES) -> list[Path]:
    """Expand folders recursively into article files, keeping given files as they are."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
            )
        else:
            out.append(p)
    return out
