"""A Word (.docx) file → its paragraphs and table rows in document order."""

from __future__ import annotations

import io
import zipfile

from solieu.text.formats import Extracted, FormatError


def read_docx(data: bytes) -> Extracted:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise FormatError("this is an old Word .doc file, not .docx: save it as .docx")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FormatError("the Word file is damaged or not a .docx") from exc
    except Exception as exc:  # lxml errors inside a damaged package
        raise FormatError(f"the Word file is damaged ({type(exc).__name__})") from exc

    blocks: list[str] = []
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
    if not blocks:
        raise FormatError("the Word file has no text")
    title = (document.core_properties.title or "").strip() or None
    return Extracted("\n\n".join(blocks), "docx", title=title)
