"""Turn a file on disk into the one text every offset in the app refers to.

The loaded text is decoded, has LF line ends and is NFC-normalised. Whatever
the reviewer sees, the extractor saw, and the store keeps.

Plain text (`.txt`, `.md`): UTF-8 with or without BOM, UTF-16 with BOM, and,
for bytes that are not UTF-8, the legacy Vietnamese encodings Windows-1258,
TCVN3 and VNI, detected by which one makes Vietnamese syllables
(`solieu.text.legacy`). Web pages, Word files and PDFs go through
`solieu.text.formats`. `Document.encoding` names what was detected, so the
import report can show it and a reviewer can override it (`encoding=`).

`Document.meta` carries what the file says about itself (keys in
`solieu.text.formats`): the format's metadata, or for plain text a header at
the top (`text_meta`). The text itself is never changed by what is read there.
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import regex

from solieu.messages import Message, message_of, msg, os_reason
from solieu.model import Document
from solieu.text.formats import Extracted, FormatError, date_line, parse_date, read_format
from solieu.text.legacy import DECODERS, detect_legacy

TEXT_SUFFIXES = (".txt", ".md")
FORMAT_SUFFIXES = (".html", ".htm", ".docx", ".pdf")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + FORMAT_SUFFIXES
FOLDER_SUFFIXES = ARTICLE_SUFFIXES
# Encodings a reviewer can force with `encoding=` (names as Document.encoding shows them).
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni")


class TextLoadError(Exception):
    """A file that cannot be read as an article; the message is for a reviewer.

    `reason` is a `solieu.messages.Message` (the window shows it translated); the
    exception's message is "<file name>: <reason>", a Message too.
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        # not through msg(): the template has no words to translate, only the reason
        super().__init__(Message("{file}: {reason}", file=Path(path).name, reason=reason))


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
            raise TextLoadError(path, msg("the file claims UTF-16 but is damaged")) from exc
    else:
        body, enc = data, "utf-8"
    if b"\x00" in body:
        raise TextLoadError(path, msg("this is a binary file, not text"))
    try:
        return body.decode("utf-8"), enc
    except UnicodeDecodeError as exc:
        if enc == "utf-8":
            found = detect_legacy(body)
            if found is not None:
                return found[1], found[0]
        raise TextLoadError(
            path,
            msg(
                "the text is not UTF-8 (undecodable byte at position {position}) "
                "and does not read as Vietnamese in Windows-1258, TCVN3 or VNI",
                position=exc.start,
            ),
        ) from exc


_ALIASES = {"utf8": "utf-8", "windows-1258": "cp1258", "tcvn": "tcvn3", "abc": "tcvn3"}


def _forced(data: bytes, path: str | Path, encoding: str) -> tuple[str, str]:
    name = encoding.lower().replace("_", "-")
    name = _ALIASES.get(name, name)
    if name not in ENCODINGS:
        raise TextLoadError(
            path,
            msg(
                "unknown encoding {encoding} (known: {known})",
                encoding=repr(encoding),
                known=", ".join(ENCODINGS),
            ),
        )
    if name in DECODERS:
        return DECODERS[name](data), name
    try:
        return data.decode(name), name
    except UnicodeDecodeError as exc:
        raise TextLoadError(
            path,
            msg(
                "the text is not {encoding} (undecodable byte at position {position})",
                encoding=name,
                position=exc.start,
            ),
        ) from exc


def _read_bytes(p: Path) -> bytes:
    try:
        data = p.read_bytes()
    except IsADirectoryError as exc:
        raise TextLoadError(p, msg("this is a folder, not a file")) from exc
    except FileNotFoundError as exc:
        raise TextLoadError(p, msg("the file does not exist")) from exc
    except PermissionError as exc:
        raise TextLoadError(p, msg("permission denied: the file cannot be read")) from exc
    except OSError as exc:
        raise TextLoadError(
            p, msg("the file cannot be read ({reason})", reason=os_reason(exc))
        ) from exc
    if not data.strip():
        raise TextLoadError(p, msg("the file is empty"))
    return data


def _read(
    p: Path, encoding: str | None, whole_page: bool = False
) -> tuple[str, str, str, Extracted | None]:
    data = _read_bytes(p)
    digest = hashlib.sha256(data).hexdigest()
    suffix = p.suffix.lower()
    if suffix in FORMAT_SUFFIXES:
        try:
            got = read_format(suffix, data, whole_page=whole_page)
        except FormatError as exc:
            raise TextLoadError(p, message_of(exc)) from exc
        text = normalise(got.text)
        if not text.strip():
            raise TextLoadError(p, msg("the file has no text"))
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


def _top_lines(text: str, n: int) -> list[str]:
    """`text.lstrip("\\ufeff\\n").split("\\n")[:n]`, without copying the whole text."""
    pos, size = 0, len(text)
    while pos < size and text[pos] in "\ufeff\n":
        pos += 1
    lines = []
    while len(lines) < n:
        nl = text.find("\n", pos)
        lines.append(text[pos : size if nl < 0 else nl])
        if nl < 0:
            break
        pos = nl + 1
    return lines


def _first_line(text: str) -> str | None:
    """The first non-empty line of `text.splitlines()`, stripped, read from a growing
    head of the text (a long document's lines are never all copied)."""
    n = 4096
    while True:
        lines = text[:n].splitlines()
        whole = n >= len(text)
        line = next((ln.strip() for ln in (lines if whole else lines[:-1]) if ln.strip()), None)
        if line is not None or whole:
            return line
        n *= 4


_DATE_STAMP = regex.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)")


def guess_title(text: str, limit: int | None = None) -> str | None:
    """The first non-empty line, without a stored page's date stamp; whole, since the
    workbook's readers need the title as written (the window elides it to fit), or cut
    at a word when a caller asks for at most `limit` characters."""
    line = _first_line(text)
    if line is None:
        return None
    line = _DATE_STAMP.sub("", line)
    if limit is not None and len(line) > limit:
        line = line[:limit].rsplit(" ", 1)[0] + " …"
    return line


# Header keys as people write them (English or Vietnamese, any case, `_`/`-` as space).
_HEADER_KEYS = {
    **dict.fromkeys(("title", "headline", "tiêu đề", "tựa đề"), "title"),
    **dict.fromkeys(("date", "published", "pubdate", "publish date", "published at"), "date"),
    **dict.fromkeys(("ngày", "ngày đăng", "ngày xuất bản", "thời gian"), "date"),
    **dict.fromkeys(("url", "link", "canonical", "địa chỉ", "đường dẫn"), "url"),
    **dict.fromkeys(("source", "nguồn", "nguồn tin"), "source"),
    **dict.fromkeys(("outlet", "publisher", "site", "site name", "báo", "tờ báo"), "outlet"),
    **dict.fromkeys(("author", "tác giả"), "author"),
}
_HEADER_LINE = regex.compile(r"^\s*([^\W\d][\w \-]{0,24}?)\s*:\s*(.*?)\s*$")
_BARE_URL = regex.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$", regex.I)


def _url(value: str) -> str | None:
    """An address as people paste it: with its scheme, or bare (`vnexpress.net/…`)."""
    try:
        absolute = urlsplit(value).scheme in ("http", "https") and bool(urlsplit(value).hostname)
    except ValueError:
        return None
    return value if absolute or (" " not in value and _BARE_URL.match(value)) else None


def text_meta(text: str) -> dict[str, str]:
    """What a plain-text article says about itself at its top, else nothing.

    Three forms: a front-matter block (`---` lines around `key: value`), the
    same `key: value` lines without fences until the first other line (keys in
    English or Vietnamese: title/tiêu đề, date/ngày, url/link, source/nguồn,
    outlet/báo, author/tác giả; `source` is the url when it is one, else the
    outlet), and a stored page's leading `date 2025-07-14` stamp. Without a
    dated header, a line among the first three that is only a date
    (`Thứ hai, 14/7/2025 08:30`, under a pasted headline) is the date; a date
    inside a sentence never is. Dates are validated; the outlet falls back to
    the url's host.
    """
    lines = _top_lines(text, 40)
    meta: dict[str, str] = {}
    if lines and (m := _DATE_STAMP.match(lines[0])):
        if date := parse_date(m.group(1)):
            meta["date"] = date
        return meta
    fenced = bool(lines) and lines[0].strip() == "---"
    for line in lines[1:] if fenced else lines:
        if fenced and line.strip() in ("---", "..."):
            break
        if not line.strip():
            if fenced:
                continue
            break
        m = _HEADER_LINE.match(line)
        key = _HEADER_KEYS.get(regex.sub(r"[_\-\s]+", " ", m.group(1).lower())) if m else None
        value = m.group(2).strip("\"'") if m and key else ""
        if key == "source":
            key = "url" if _url(value) else "outlet"
        if key == "date":
            value = parse_date(value) or ""
        elif key == "url":
            value = _url(value) or ""
        elif key is None:
            break
        if value:
            meta.setdefault(key, " ".join(value.split()))
    if "date" not in meta:  # a copied page: headline, then a line that is only its date
        for line in [ln.strip() for ln in lines if ln.strip()][:3]:
            if date := date_line(line):
                meta["date"] = date
                break
    if "url" in meta and "outlet" not in meta:
        url = meta["url"] if "//" in meta["url"] else "//" + meta["url"]
        if host := urlsplit(url).hostname:
            meta["outlet"] = host.removeprefix("www.")
    return meta


def _document_place(text: str) -> str | None:
    """The article's own place (what a figure whose text names none inherits)."""
    from solieu.extract.scope import document_place

    return document_place(text)


def load_document(
    path: str | Path,
    encoding: str | None = None,
    *,
    whole_page: bool = False,
    place: bool = True,
) -> Document:
    """Load one article file into a Document (name = file name).

    `encoding` overrides the detection for plain text files (one of ENCODINGS).
    `whole_page` keeps all the visible text of a web page, not only its
    article (`Document.meta["whole_page"] == "1"`; re-read with the same option).
    `place=False` leaves `Document.place` None, for a caller that extracts the text
    next and takes the place from that (`extract_document(..., with_place=True)`):
    reading the places of a text is a sixth of extracting it.
    """
    p = Path(path)
    text, enc, digest, got = _read(p, encoding, whole_page)
    meta = dict(got.meta) if got is not None else text_meta(text)
    meta = {k: normalise(v) for k, v in meta.items()}
    title = (got.title if got is not None else meta.get("title")) or guess_title(text)
    return Document(
        name=p.name,
        text=text,
        path=str(p),
        sha256=digest,
        encoding=enc,
        title=normalise(title) if title else None,
        place=_document_place(text) if place else None,
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
