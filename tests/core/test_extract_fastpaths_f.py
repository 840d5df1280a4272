"""The fast paths of candidates.py and right.py give what the plain patterns give."""

from __future__ import annotations

import re
import sys

from solieu.extract import candidates as C


def test_spaces_are_str_isspace() -> None:
    """SPACES, as a class of the stdlib engine, holds exactly the str.isspace characters
    (what `\\s` of the stdlib engine matches, so _WORDS_KEY sees what _WORDS' lookbehind sees)."""
    cls = re.compile(f"[{C.SPACES}]")
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        assert bool(cls.match(ch)) == ch.isspace(), hex(c)


_TEXTS = [
    "",
    "ba",
    "Ba người",
    "hai ba bốn",
    " ba",
    "(ba) “hai” 'tám' \"chín\"",
    "mười lăm\u3000ba\u00a0bốn\u2028năm\x85sáu\tbảy\nhai",
    "xba ba-x ba_1 ba1 bốn mươi hai nghìn",
    "một trăm linh năm, hai mươi mốt; Mười hai",
    "baba ba ba ba  ba\r\nba",
    "đôi Đôi đôibaba ΣΑ ba",
]


def test_number_words_as_the_plain_scan() -> None:
    for text in _TEXTS:
        got = [(m.span(), m.group()) for m in C.number_words(text)]
        want = [(m.span(), m.group()) for m in C._WORDS.finditer(text)]
        assert got == want, text


def test_number_words_random() -> None:
    import random

    rnd = random.Random(5)
    parts = [
        "ba",
        "Ba",
        "hai",
        "mươi",
        "mốt",
        "x",
        " ",
        "  ",
        "\n",
        "\t",
        "(",
        "“",
        "'",
        "-",
        "1",
        "đôi",
        "\xa0",
    ]
    for _ in range(3000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 12)))
        got = [(m.span(), m.group()) for m in C.number_words(text)]
        want = [(m.span(), m.group()) for m in C._WORDS.finditer(text)]
        assert got == want, repr(text)
