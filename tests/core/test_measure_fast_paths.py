"""The fast paths of the measure readers give what the plain definitions give.

Each reader was made faster by a shortcut whose correctness rests on an argument
(a token never starts with a skipped character, a compound is found by growing it
while it is the start of a listed one, a token read from the right is the same
token); these tests hold the shortcut to the plain definition on odd texts too:
empty, without spaces, `İ` (longer when lowered), final sigma, control characters
that are white space to `str.split` but not to the pattern.
"""

from __future__ import annotations

import bisect
import random

import pytest

from solieu.extract import measure_phrase as mp
from solieu.extract import measure_reader as mr
from solieu.extract import measure_words as mw
from solieu.extract import walk
from solieu.text import sentences

ODD = [
    "",
    "a",
    "kimngạchxuấtkhẩu",
    "İSTANBUL İzmir tổng số vốn",
    "ΑΣ ΟΔΟΣ.Β σ Σ",
    "5,5% tấm 1.000.000 ( FDI ) (FDI) kim\nngạch xuất khẩu",
    "đầu tư trực tiếp nước ngoài (FDI) đạt 2,5 tỷ USD",
    "tổng mức đầu tư\x1ctổng\x1fvốn x'y e\u0301 \u0301 ² ½ Ⅻ",
    "Về nhà ở xã hội, giá bán; tăng 5% so với cùng kỳ: “đạt” – giảm — ước tính đạt",
]


_LONGEST: dict[str, int] = {}  # the longest listed word from a syllable
for _w in mw.ROLES:
    _first = _w.split(" ", 1)[0]
    _LONGEST[_first] = max(_LONGEST.get(_first, 1), _w.count(" ") + 1)


def _plain_words(text: str, a: int, b: int, strip: list[tuple[int, int]]) -> list[mr.Word]:
    """`measure_words.words` as first written: a match object per token, and every
    phrase up to the longest listed length joined and looked up."""
    out: list[mr.Word] = []
    run: list[tuple[str, str, int, int]] = []

    def flush() -> None:
        i, size = 0, len(run)
        while i < size:
            t, low, s, e = run[i]
            n = min(_LONGEST.get(low, 1), size - i)
            while n > 1:
                key = " ".join(r[1] for r in run[i : i + n])
                if mw.ROLES.get(key):
                    text_ = " ".join(r[0] for r in run[i : i + n])
                    out.append(mr.Word(text_, key, s, run[i + n - 1][3], "w", mw.ROLES[key]))
                    break
                n -= 1
            else:
                out.append(mr.Word(t, low, s, e, "w", mw.ROLES.get(low, "W")))
                n = 1
            i += n
        run.clear()

    def tokens(lo: int, hi: int) -> None:
        for m in mr.TOKEN.finditer(text, lo, hi):
            t = m.group()
            if t[0].isalpha():
                run.append((t, t.lower(), *m.span()))
                continue
            flush()
            out.append(mr.Word(t, t, *m.span(), "n" if t[0].isdigit() else "p", "P"))

    pos = a
    for sa, sb in strip[max(0, bisect.bisect_left(strip, (a, a)) - 1) :]:
        if sa >= b:
            break
        if sb <= pos:
            continue
        tokens(pos, sa)
        flush()
        out.append(mr.Word("", "", sa, sb, "x", "X"))
        pos = sb
    tokens(pos, b)
    flush()
    return mr._merge_acronyms(out)


def _spans(text: str, rng: random.Random, k: int = 40):
    size = len(text)
    yield 0, size, []
    for _ in range(k):
        a = rng.randint(0, size)
        b = rng.randint(a, size)
        cuts = sorted({rng.randint(0, size) for _ in range(rng.randint(0, 4))})
        strip = [(x, min(size, x + rng.randint(0, 6))) for x in cuts[::2]]
        yield a, b, strip


@pytest.mark.parametrize("text", ODD)
def test_words_match_the_plain_definition(text):
    rng = random.Random(len(text))
    for a, b, strip in _spans(text, rng):
        assert mr.words(text, a, b, strip) == _plain_words(text, a, b, strip)


@pytest.mark.parametrize("text", ODD)
def test_last_cut_is_the_last_clause_mark(text):
    def plain(lo: int, start: int) -> int:
        stop = start
        while True:
            cut = max(text.rfind(c, lo, stop) for c in ',;:“”"!?…–—')
            if cut <= lo or not (text[cut - 1].isdigit() and text[cut + 1 : cut + 2].isdigit()):
                return max(lo, cut)
            stop = cut

    for lo in range(len(text) + 1):
        for start in range(lo + 1, len(text) + 1):
            assert mp.last_cut(text, lo, start) == plain(lo, start)


@pytest.mark.parametrize("text", ODD)
def test_left_tokens_and_the_word_before_read_from_the_right(text):
    import regex

    token = regex.compile(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{N}]")
    last_word = regex.compile(r"([\p{L}\p{M}]+)[ \t]+$")
    for pos in range(len(text) + 1):
        for width in (0, 3, 60):
            toks = token.findall(text, max(0, pos - width), pos)
            assert walk.left_tokens(text, pos, width) == [t.lower() for t in reversed(toks[-8:])]
        got = walk._LAST_WORD.search(text, max(0, pos - 30), pos)
        want = last_word.search(text, max(0, pos - 30), pos)
        assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1)))


def test_qualifier_walk_matches_every_listed_phrase():
    def plain(toks: list[str]):
        qualifier, change, to_level, i, steps = None, False, False, 0, 0
        while i < len(toks) and steps < 5:
            steps += 1
            hits = []
            for n in range(1, min(walk._WALK_MAX, len(toks) - i) + 1):
                kinds = walk._WALK.get(" ".join(reversed(toks[i : i + n])))
                if kinds is not None:
                    hits.append((n, kinds))
            hits.reverse()
            for kind in range(4):
                hit = next(((n, k[kind]) for n, k in hits if kind in k), None)
                if hit:
                    break
            else:
                break
            n, value = hit
            if kind == 0:
                change = not to_level
            elif kind == 1:
                to_level = True
            elif kind == 2 and qualifier is None:
                qualifier = value
            i += n
        return qualifier, change

    vocab = sorted({w for key in walk._WALK for w in key.split(" ")} | {"x", ",", "tăng"})
    rng = random.Random(3)
    for _ in range(5000):
        toks = [rng.choice(vocab) for _ in range(rng.randint(0, 9))]
        assert walk.qualifier_and_change(toks) == plain(toks)


def test_hard_wrap_is_remembered_for_the_same_text_only():
    wrapped = "\n".join(["một dòng bị cắt ở độ rộng cố định và chưa hết câu"] * 6)
    plain = "Một đoạn.\nHai đoạn.\nBa đoạn.\nBốn đoạn."
    for text in (wrapped, plain, wrapped, "".join(list(plain)), ""):
        assert sentences.is_hard_wrapped(text) == sentences._hard_wrapped(text)
