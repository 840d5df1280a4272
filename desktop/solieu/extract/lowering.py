"""Lower-casing a whole document without the memory of one `str.lower` call."""

from __future__ import annotations


def lowered(text: str) -> str | None:
    """`text.lower()` when it keeps every offset (one character for one), else None.

    A key search in it finds what a case-insensitive search of `text` finds, without
    the case-insensitive engine's cost; callers fall back to `text` on None.

    Lowered a piece at a time: CPython's `str.lower` first allocates room for three
    4-byte characters per character (a case mapping may expand), 12 bytes a character,
    which made it the extractor's peak memory on a long document (an 8 MB article:
    +72 MB for a moment). Pieces end after a space, where no case mapping looks across
    (Greek final sigma looks only at the letters of its word).
    """
    pieces = []
    pos = 0
    while pos < len(text):
        cut = text.find(" ", pos + _LOWER_PIECE)
        end = len(text) if cut < 0 else cut + 1
        piece = text[pos:end].lower()
        if len(piece) != end - pos:
            return None
        pieces.append(piece)
        pos = end
    return "".join(pieces)


_LOWER_PIECE = 1 << 16  # characters lowered at once
