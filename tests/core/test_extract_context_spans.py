"""The spans a figure's measure leaves out are read from a sorted index, one slice per
sentence (a scan of the whole document per figure made long files quadratic): the
slice is what a scan finds, on an invented article with places and periods."""

from __future__ import annotations

from solieu.extract.context import Context
from solieu.text.sentences import sentence_spans

ARTICLE = (
    "Năm 2024, kim ngạch xuất khẩu của tỉnh Nghệ An đạt 3,2 tỷ USD. "
    "Trong quý I/2025, xuất khẩu sang Hoa Kỳ tăng 12%. "
    "Tại Hà Tĩnh, 6 tháng đầu năm 2025 thu hút 15 dự án. "
    "Riêng tháng 5, thành phố Vinh đón 120.000 lượt khách."
)


def test_each_sentence_gets_exactly_the_mentions_a_scan_finds():
    text = "\n\n".join([ARTICLE] * 30)
    ctx = Context(text)
    ctx._prepare()
    seen = 0
    for s0, s1 in sentence_spans(text):
        scan = sorted(
            [(m.start, m.end) for m in ctx.period_mentions if s0 <= m.start < s1]
            + [
                (m.start, m.end)
                for m in ctx.place_mentions
                if s0 <= m.start < s1 and m.role != "partner"
            ]
        )
        assert ctx._mentions(s0, s1) == scan
        seen += len(scan)
    assert seen >= 30 * 6  # places and periods in every sentence were found


def test_the_mentions_left_out_follow_the_sentence_end_asked_for():
    # a long sentence's reach can end it at different places for different figures:
    # the mentions kept for one end must not be handed out for another
    from solieu.extract.context import Context

    ctx = Context("Năm 2024, Nghệ An có " + "rất nhiều dự án " * 60 + "và 5 tỷ USD tại Hà Tĩnh.")
    ctx._prepare()
    short = ctx._mentions(0, 40)
    whole = ctx._mentions(0, len(ctx.text))
    assert short == [(0, 8), (10, 17)] and whole[:2] == short and len(whole) == 3
    assert ctx._mentions(0, 40) == short
