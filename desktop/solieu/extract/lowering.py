"""Lower-cased stretches of a document, never a lower-cased copy of all of it.

The period finder searches lower-cased text: a key search in it finds what a
case-insensitive search of the text finds, without the case-insensitive engine's
cost. A whole lower-cased copy of a long document was its largest single cost in
memory (an 8 MB article: 12 MB more, for the whole extraction), so the text is
lowered a piece at a time for the key search, and a window at a time for the
expressions around the keys.

A lowered stretch keeps its offsets only when every character lowers to one
character (`İ` lowers to two); a stretch that does not is None, and the caller
searches the text itself with a case-insensitive pattern there.
"""

from __future__ import annotations

from collections.abc import Iterator


def lowered_pieces(text: str) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, `text[start:end].lower()` or None) of consecutive pieces of `text`.

    Pieces end after a space, where no case mapping looks across (Greek final sigma
    looks only at the letters of its word) and no word or key runs across; each is
    `_LOWER_PIECE` characters or a little more. CPython's `str.lower` first allocates
    room for three 4-byte characters per character, so lowering a whole long
    document at once also cost 12 bytes a character for a moment."""
    pos, size = 0, len(text)
    while pos < size:
        cut = text.find(" ", pos + _LOWER_PIECE)
        end = size if cut < 0 else cut + 1
        yield pos, end, lower_region(text, pos, end)
        pos = end


def lower_region(text: str, start: int, end: int) -> str | None:
    """`text[start:end].lower()` when it keeps every offset, else None."""
    piece = text[start:end].lower()
    return piece if len(piece) == end - start else None


_LOWER_PIECE = 1 << 16  # characters lowered at once
