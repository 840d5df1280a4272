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


def _words_plain(text: str, pos: int, end: int) -> list[tuple[str, int, int]]:
    """The loop that RightSide._words_before_punctuation replaces."""
    from solieu.extract.right import _WORD_SPLIT

    seq = []
    for w in _WORD_SPLIT.finditer(text, pos, end):
        word = w.group()
        if not word[0].isalpha():
            break
        seq.append((word, w.start(), w.end()))
    return seq


def test_words_before_punctuation() -> None:
    """Letters-only pieces are read as one word each, the rest as the pattern reads them."""
    import random

    import regex

    from solieu.extract.right import _WORDS_AFTER, RightSide

    letters = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isalpha())
    assert regex.fullmatch(r"[\p{L}\p{M}]*", letters)
    rnd = random.Random(7)
    parts = [
        "dự",
        "án",
        "İ",
        "ς",
        "ǅx",
        "a-b",
        "-",
        ".",
        ",",
        "(",
        " ",
        "  ",
        "\n",
        "\t",
        "1",
        "\u0301",
        "x",
    ]
    parts += [letters[:50], letters[-50:]]
    side = RightSide()
    for _ in range(5000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 14)))
        side.text = text
        for pos in range(min(len(text), 4)):
            m = _WORDS_AFTER.match(text, pos)
            if m:
                want = _words_plain(text, pos, m.end())
                assert side._words_before_punctuation(pos, m.end()) == want, repr(text)
                side.counted_noun(pos)


def test_read_right_starts() -> None:
    """No code point but those of _STARTS can start a scale (case-insensitively) or a
    unit, and no space does; read_right gives what _RIGHT alone gives."""
    import random

    import regex

    from solieu.extract import right
    from solieu.extract.numbers import SCALES
    from solieu.extract.units import CURRENCIES, MEASURES

    scale_first = regex.compile("(?i:" + "|".join(regex.escape(k[0]) for k in SCALES) + ")")
    unit_first = regex.compile("|".join(regex.escape(k[0]) for k in (*CURRENCIES, *MEASURES)))
    for c in map(chr, range(sys.maxunicode + 1)):
        if scale_first.match(c) or unit_first.match(c):
            assert c in right._STARTS, hex(ord(c))
    assert not right._STARTS & right._SPACES
    rnd = random.Random(3)
    parts = [
        " ",
        "  ",
        "\t",
        "\n",
        "triệu",
        "Tỷ",
        "nghìn tỷ",
        "km",
        "km 2",
        "USD",
        "/",
        "tấn",
        "%",
        "đồng",
        "chí",
        "điểm",
        "cầu",
        ",",
        "5",
        "x",
        "ha",
        "°C",
        "TRIỆU",
        "d",
        "",
    ]
    side = right.RightSide()
    for _ in range(20000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 6)))
        side.text = text
        for end in range(min(len(text) + 1, 3)):
            assert side.read_right(end) == side._read_right_matched(end), repr(text)


def test_next_word_as_the_pattern() -> None:
    import random

    from solieu.extract import right

    rnd = random.Random(13)
    parts = [
        " ",
        "  ",
        "\t",
        "\n",
        "đồng",
        "chí",
        "Dự",
        "a-b",
        ",",
        "5",
        "İ",
        "x",
        "\u0301",
        "%",
        "(",
        "ς",
    ]
    side = right.RightSide()
    for _ in range(20000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 6)))
        side.text = text
        for pos in range(min(len(text) + 1, 3)):
            m = right._NEXT_WORD.match(text, pos)
            assert side.next_word(pos) == (m.group(1).lower() if m else ""), repr(text)
    side.text = "5 " + "a" * 60 + " x"
    assert side.next_word(1) == "a" * 60


def test_noun_words_as_the_patterns() -> None:
    import random

    from solieu.extract import right

    rnd = random.Random(17)
    parts = [
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "dự",
        "án",
        "İ",
        "ς",
        "a-b",
        ",",
        ".",
        ")",
        "(",
        "5",
        "\u0301",
        "x",
    ]
    side = right.RightSide()
    for _ in range(30000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 16)))
        side.text = text
        for pos in range(min(len(text) + 1, 3)):
            m = right._WORDS_AFTER.match(text, pos)
            want = _words_plain(text, pos, m.end()) if m else []
            assert side._noun_words(pos) == want, repr(text)
    # pieces after single spaces, as running text mostly is (the path read without a match)
    pieces = [
        "dự",
        "án",
        "İ",
        "ς",
        "a-b",
        "sứ,",
        "x.",
        "y)",
        "(z",
        ",",
        "",
        "5",
        "ÁN;",
        "a\u0301",
        "b\n",
        "q:r",
    ]
    pieces += ["người"] * 8
    for _ in range(30000):
        text = " " + " ".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        side.text = text
        m = right._WORDS_AFTER.match(text, 0)
        want = _words_plain(text, 0, m.end()) if m else []
        assert side._noun_words(0) == want, repr(text)


def test_shared_unit_as_the_pattern() -> None:
    import random

    from solieu.extract import right

    class Plain(right.RightSide):
        def shared_unit(self, end: int, depth: int = 0):  # the method before its fast check
            joint = right._AND_NEXT.match(self.text, end)
            if joint is None or depth > 3:
                return None
            nxt = right.NUMERAL_AT.match(self.text, joint.end())
            if nxt is None:
                return None
            n_scale, n_power, n_unit, n_class, _ = self.read_right(nxt.end())
            if n_scale is None and (n_unit is None or n_class == "count"):
                return self.shared_unit(nxt.end(), depth + 1)
            return n_scale, n_power, n_unit, n_class

    rnd = random.Random(19)
    parts = [
        " ",
        "  ",
        "\t",
        ",",
        ";",
        "và",
        "hoặc",
        "VÀ",
        "5",
        "1,8",
        "tỷ",
        "USD",
        "người",
        "x",
        "\n",
    ]
    side, plain = right.RightSide(), Plain()
    for _ in range(30000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 8)))
        side.text = plain.text = text
        for end in range(min(len(text) + 1, 3)):
            assert side.shared_unit(end) == plain.shared_unit(end), repr(text)


def test_read_right_no_unit_words() -> None:
    """A listed word after one space starts no scale or unit, whatever follows it."""
    import random

    from solieu.extract import right

    words = sorted(right._NO_UNIT_WORDS)
    assert {"tháng", "Tháng"} <= right._NO_UNIT_WORDS
    assert not {"nghìn", "ngàn", "triệu", "tỷ", "tấn", "km", "đồng", "USD"} & right._NO_UNIT_WORDS
    tails = [" ", " tỷ", " /ha", " / tấn", " 2", " km", " USD", " tỷ USD", "", "\n"]
    side = right.RightSide()
    for w in words:
        for tail in tails:
            side.text = f"5 {w}{tail} x"
            assert side.read_right(1) == side._read_right_matched(1), side.text
    rnd = random.Random(23)
    parts = words[:60] + [" ", " ", "tỷ", "nghìn", "USD", "/", "km", "2", "ha", ",", "\n"]
    for _ in range(20000):
        text = " " + "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 6)))
        side.text = text
        assert side.read_right(0) == side._read_right_matched(0), repr(text)
