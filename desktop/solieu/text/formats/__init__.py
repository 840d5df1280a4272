"""Article text out of saved web pages, Word files and PDFs.

Each reader takes the raw bytes and returns an `Extracted`: paragraphs joined
by blank lines, plus a title and metadata when the format carries them. The
caller (`solieu.text.load`) normalises to NFC/LF, so offsets match the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class FormatError(Exception):
    """The bytes are not a readable file of this format; the message is for a reviewer."""


@dataclass(slots=True)
class Extracted:
    text: str
    encoding: str
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def read_format(suffix: str, data: bytes) -> Extracted:
    """Dispatch on a lower-case file suffix (".html", ".docx", ".pdf")."""
    if suffix in (".html", ".htm"):
        from solieu.text.formats.html import read_html

        return read_html(data)
    if suffix == ".docx":
        from solieu.text.formats.docx import read_docx

        return read_docx(data)
    if suffix == ".pdf":
        from solieu.text.formats.pdf import read_pdf

        return read_pdf(data)
    raise ValueError(suffix)


FORMAT_SUFFIXES = (".html", ".htm", ".docx", ".pdf")
