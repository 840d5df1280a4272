"""A Word (.docx) file → its paragraphs and table rows in document order, and its metadata.

Metadata comes from the core properties Word writes: `title` (else the first
paragraph styled Title or Heading), `date` from `created` (else `modified`),
`author`. python-docx's blank template carries a creation stamp of its own
(2013-12-23 23:15, author "python-docx"); that is the template's date, not the
document's, and is not taken.
"""

from __future__ import annotations

import datetime as _dt
import io
import zipfile

from solieu.messages import msg
from solieu.text.formats import Extracted, FormatError, iso_date

_TEMPLATE_STAMP = _dt.datetime(2013, 12, 23, 23, 15)


def read_docx(data: bytes) -> Extracted:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise FormatError(msg("this is an old Word .doc file, not .docx: save it as .docx"))
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FormatError(msg("the Word file is damaged or not a .docx")) from exc
    except Exception as exc:  # lxml errors inside a damaged package
        raise FormatError(
            msg("the Word file is damaged ({detail})", detail=type(exc).__name__)
        ) from exc

    blocks: list[str] = []
    heading: str | None = None
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            rows = []
            for row in item.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell repeats
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(cell.text.split()))
                if any(cells):
                    rows.append("\t".join(cells))
            if rows:
                blocks.append("\n".join(rows))
        else:
            line = item.text.strip()
            if line:
                blocks.append(line)
                style = (item.style.name if item.style is not None else "") or ""
                if heading is None and style.startswith(("Title", "Heading")):
                    heading = " ".join(line.split())
    if not blocks:
        raise FormatError(msg("the Word file has no text"))
    props = document.core_properties
    title = " ".join((props.title or "").split()) or heading
    meta: dict[str, str] = {"title": title} if title else {}
    stamps = [props.created, props.modified]
    for stamp in (s for s in stamps if isinstance(s, _dt.datetime)):
        date = iso_date(stamp.year, stamp.month, stamp.day)
        if date and stamp.replace(tzinfo=None) != _TEMPLATE_STAMP:
            meta["date"] = date
            break
    author = " ".join((props.author or "").split())
    if author and author != "python-docx":
        meta["author"] = author
    return Extracted("\n\n".join(blocks), "docx", title=title, meta=meta)
