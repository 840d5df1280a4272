"""`sentences.is_hard_wrapped`, remembered for the text asked last.

The measure reader and the omitted-currency reader both ask it of each document, and
it reads the whole text; the answer is kept with the text itself (`is`, never an id
that a freed string may pass on), so a second document always gets its own answer.
"""

from __future__ import annotations

from solieu.text.sentences import is_hard_wrapped as _is_hard_wrapped

_last: tuple[str, bool] | None = None


def is_hard_wrapped(text: str) -> bool:
    """Whether `text` is hard-wrapped (`sentences.is_hard_wrapped`)."""
    global _last
    last = _last
    if last is not None and last[0] is text:
        return last[1]
    got = _is_hard_wrapped(text)
    _last = (text, got)  # one tuple: a thread sees the old pair or the new one
    return got
