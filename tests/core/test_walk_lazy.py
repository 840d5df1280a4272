"""The scanner reads the first few tokens left of a candidate and lets the qualifier
walk read the rest only when it gets past them; both must give what the full
reading gives (`left_tokens` is read nearest first, so a shorter read is a prefix)."""

from __future__ import annotations

import random

from solieu.extract import walk

ODD = [
    "",
    "a",
    "kimngạchxuấtkhẩu",
    "İSTANBUL İzmir tổng số vốn",
    "ΑΣ ΟΔΟΣ.Β σ Σ",
    "đầu tư trực tiếp nước ngoài (FDI) đạt 2,5 tỷ USD",
    "Về nhà ở xã hội, giá bán; tăng 5% so với cùng kỳ: “đạt” – giảm — ước tính đạt",
]


def _texts() -> list[str]:
    vocab = sorted({w for key in walk._WALK for w in key.split(" ")} | {"x", ",", "(5%)", "Đạt"})
    rng = random.Random(7)
    out = list(ODD)
    for _ in range(300):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 14))]
        out.append("".join(w + rng.choice(["  ", " ", "", "\t"]) for w in words) + " ")
    return out


def test_a_short_read_is_a_prefix_and_the_walk_reads_on():
    for text in _texts():
        for pos in range(len(text) + 1):
            full = walk.left_tokens(text, pos)
            want = walk.qualifier_and_change(full)
            for limit in (1, 2, 3, 8):
                short = walk.left_tokens(text, pos, 60, limit)
                assert short == full[:limit]
                assert walk.qualifier_and_change(short, text, pos) == want


def test_the_capitalised_word_test_needs_a_space_right_before():
    def plain(text: str, pos: int) -> bool:  # without the test of the last character
        m = walk._LAST_WORD.search(text, max(0, pos - 30), pos)
        if not m:
            return False
        word = m.group(1)
        if not word[0].isupper():
            return False
        start = pos - len(m.group(0))
        return not walk.is_sentence_start(text, start) or word.isupper()

    odd = ["Quốc lộ 1", "GREAT \n2", "x GREAT\t\n", "Hà Nội \r\n", "A \u2028", "A \x85", "A \u3000"]
    texts = _texts()
    for text in [*texts, *odd, *(t.title() for t in texts[:80]), *(t.upper() for t in texts[:80])]:
        for pos in range(len(text) + 1):
            assert walk.capitalised_word_before(text, pos) == plain(text, pos)
