"""The inline continuation of a measure being typed, on invented codebooks."""

from __future__ import annotations

from solieu.learn.complete import Continuations, next_word

BOOK = Continuations(
    [
        ("nhu cầu nhà ở xã hội", 2),
        ("số lao động", 5),
        ("số lao động nữ", 1),
        ("kim ngạch xuất khẩu", 9),
        ("kim ngạch nhập khẩu", 2),
        ("sản lượng cà phê", 3),
    ]
)


def test_a_started_word_is_continued_with_the_rest_of_its_phrase():
    assert BOOK.suggest("nh") == "u cầu nhà ở xã hội"
    assert BOOK.suggest("Kim") == " ngạch xuất khẩu"  # case does not matter


def test_the_words_already_typed_choose_the_phrase():
    # "kim ngạch" is followed by "xuất" (9 figures) more often than by "nhập" (2) …
    assert BOOK.suggest("kim ngạch ") == "xuất khẩu"
    # … but a typed "n" after it can only be "nhập"
    assert BOOK.suggest("kim ngạch n") == "hập khẩu"


def test_a_word_of_another_phrase_continues_a_new_measure():
    # no entry reads "nhu cầu tuyển dụng lao động", but "lao động" is a known pair
    assert BOOK.suggest("nhu cầu tuyển dụng l") == "ao động"
    assert BOOK.suggest("nhu cầu tuyển dụng lao ") == "động"


def test_the_longer_agreement_wins_over_the_commoner_phrase():
    book = Continuations([("giá trị sản xuất công nghiệp", 1), ("sản lượng lúa", 50)])
    assert book.suggest("giá trị sản ") == "xuất công nghiệp"


def test_tones_are_kept_apart():
    book = Continuations([("số câu hỏi", 1)])
    assert book.suggest("nhu cầ") == ""
    assert book.suggest("số câ") == "u hỏi"


def test_nothing_is_offered_for_unknown_words_an_empty_text_or_a_finished_phrase():
    assert BOOK.suggest("") == ""
    assert BOOK.suggest("tỷ lệ ") == ""
    assert BOOK.suggest("qu") == ""
    assert BOOK.suggest("số lao động nữ") == ""
    assert BOOK.suggest("số lao động") == " nữ"  # a longer phrase goes on


def test_the_same_name_twice_adds_its_weights():
    book = Continuations([("vốn đầu tư", 1), ("Vốn đầu tư", 1), ("vốn điều lệ", 1)])
    assert len(book) == 2
    assert book.suggest("vốn đ") == "ầu tư"


def test_ctrl_right_takes_one_word_and_its_space():
    assert next_word("u cầu nhà ở") == "u "
    assert next_word(" ngạch xuất khẩu") == " ngạch "
    assert next_word("động") == "động"
    assert next_word("") == ""
