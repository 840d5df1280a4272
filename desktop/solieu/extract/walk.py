"""The left side of a number: qualifier, change, and the words that make it a name.

A right-to-left walk over qualifiers, linking verbs and change verbs gives the
figure's `qualifier` and `change` (guideline §6: the scope is local, the
nearest qualifier wins). The other helpers tell a number inside a name
(`GREAT 2`, `Quốc lộ 1`, `xăng RON 95`) from a count in a breakdown after a
place name (`Hà Tĩnh 3 người`, guideline §9).
"""

from __future__ import annotations

from itertools import islice

import regex

from solieu.extract import lexicon as lx

# a token is a maximal run of letters, marks and digits, or one other visible character,
# so read from the right it is the same token: the last 8 are found without the others
_TOKEN_BACK = regex.compile(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{N}]", regex.REVERSE)


def left_tokens(text: str, pos: int, width: int = 60, limit: int = 8) -> list[str]:
    """Up to the last `limit` (8) tokens before `pos`, nearest first, lower-cased.

    A smaller `limit` gives the first of those (most candidates are decided by the
    first two). No token holds a space, so they are the tokens of the pieces between
    spaces, nearest piece first; a piece of letters only (`str.isalpha`, all in the
    letter class: a test checks every code point) is one token, taken without a match."""
    out: list[str] = []
    e = pos
    for piece in reversed(text[max(0, pos - width) : pos].split(" ")):
        if piece.isalpha():
            out.append(piece.lower())
        elif piece:
            found = _TOKEN_BACK.finditer(text, e - len(piece), e)
            out += [m.group().lower() for m in islice(found, limit - len(out))]
        if len(out) >= limit:
            return out
        e -= len(piece) + 1
    return out


_CHANGE, _TO_LEVEL, _QUALIFIER, _LINKING = range(4)
# Every phrase of the walk's four word lists, keyed by its words joined with a space
# (a token holds no space, so the key is unique), with the lists it belongs to:
# one lookup per phrase length instead of a tuple per length and per list.
_WALK: dict[str, dict[int, object]] = {}
for _kind, _table in (
    (_CHANGE, lx.CHANGE),
    (_TO_LEVEL, lx.TO_LEVEL),
    (_QUALIFIER, lx.QUALIFIERS),
    (_LINKING, lx.LINKING),
):
    for _phrase in _table:
        _value = _table[_phrase] if isinstance(_table, dict) else True
        _WALK.setdefault(" ".join(_phrase), {})[_kind] = _value
_WALK_MAX = 4  # words in the longest phrase looked for
# every end of a phrase (`đạt`, `tính đạt` of `ước tính đạt`): a phrase grows to the left
# only while it is one, so the walk stops at most words after one lookup
_ENDS = frozenset(
    " ".join(_parts[_k:])
    for _key in _WALK
    for _parts in [_key.split(" ")]
    for _k in range(len(_parts))
)


def qualifier_and_change(
    toks: list[str], text: str | None = None, pos: int = 0
) -> tuple[str | None, bool]:
    """Walk left from a number over qualifiers, linking verbs and change verbs.

    The nearest qualifier wins; the walk stops at the first other word, so a
    word governing a clause further left never counts (guideline §6). At each
    step the lists are tried in that order (change, to-level, qualifier,
    linking), each with its longest phrase ending at the current word.
    With `text`, `toks` may be the first few of `left_tokens(text, pos)`: the walk
    reads them all only when it gets past those (it mostly stops after one or two).
    """
    if not toks or toks[0] not in _ENDS:  # most numbers: no listed word right before
        return None, False
    qualifier = None
    change = False
    to_level = False
    i = 0
    steps = 0
    n_toks = len(toks)

    def more() -> bool:
        """Read the full `left_tokens` in place of the first few; False once read."""
        nonlocal toks, text, n_toks
        if text is None:
            return False
        toks, text = left_tokens(text, pos), None
        n_toks = len(toks)
        return True

    while steps < 5:
        if i >= n_toks and not (more() and i < n_toks):
            break
        steps += 1
        # the listed phrases ending at toks[i], longest first, as (length, lists)
        hits = []
        phrase = toks[i]
        for j in range(i, i + _WALK_MAX):
            if j >= n_toks and not (more() and j < n_toks):
                break
            if j > i:
                phrase = f"{toks[j]} {phrase}"
            if phrase not in _ENDS:
                break
            kinds = _WALK.get(phrase)
            if kinds is not None:
                hits.append((j - i + 1, kinds))
        if not hits:
            break
        hits.reverse()
        hit = None
        for kind in (_CHANGE, _TO_LEVEL, _QUALIFIER, _LINKING):
            for n, kinds in hits:  # the longest phrase of this list first
                if kind in kinds:
                    hit = n, kinds[kind]
                    break
            if hit is not None:
                break
        else:
            break
        n, value = hit
        if kind == _CHANGE:
            change = not to_level
        elif kind == _TO_LEVEL:
            to_level = True
        elif kind == _QUALIFIER and qualifier is None:
            qualifier = value  # type: ignore[assignment]
        i += n
    return qualifier, change


def is_sentence_start(text: str, pos: int) -> bool:
    """Only spaces, quotes and brackets between `pos` and the end of the last sentence.

    Bounded to 200 characters back: a run of thousands of brackets before every
    number must not make the scan quadratic.
    """
    j = pos - 1
    stop = max(-1, pos - 200)
    while j > stop and text[j] in " \t\"“'(":
        j -= 1
    return j < 0 or j == stop or text[j] in ".!?:\n…;"


# read from the right: a search from the left tries every start in the window
_LAST_WORD = regex.compile(r"([\p{L}\p{M}]+)[ \t]+$", regex.REVERSE)
# A name in a breakdown (`(Hà Tĩnh 3 người, Quảng Bình 2 người)`, `Yên Bái 40 nhà`):
# one to four title-case syllables right after the start of a list item.
_BREAKDOWN_NAME = regex.compile(
    r"(?:^|(?<=[(,;:.!?\n–—]|\btrong đó|\bgồm|\bcòn|\btại|\bở)[ \t]*)"
    r"(?:\p{Lu}\p{Ll}*[\p{M}]*(?:[ \t]*-[ \t]*|[ \t]+)){1,4}$"
)
# what ends a breakdown item, after at most two more words (`3 người chết,`): a comma,
# a bracket, the end of the sentence, `và`
_ITEM_END = regex.compile(
    r"(?:[ \t]+[\p{Ll}\p{M}]+(?![\p{L}\p{N}])){0,2}[ \t]*(?:[,;)\].!?:]|\n|$|và\b|\(|–|—)"
)


def capitalised_word_before(text: str, pos: int) -> bool:
    """A name-like word right before the number (`GREAT 2`, `Quốc lộ 1`)."""
    if text[pos - 1 : pos] not in (" ", "\t", "\n"):  # the pattern ends in a space (or `$`)
        return False
    m = _LAST_WORD.search(text, max(0, pos - 30), pos)
    if not m:
        return False
    word = m.group(1)
    if not word[0].isupper():
        return False
    start = pos - len(m.group(0))
    return not is_sentence_start(text, start) or word.isupper()


def named_kind_before(text: str, pos: int, toks: list[str]) -> bool:
    """A title-case document or road kind right before the number (`Nghị định 15`,
    `Tỉnh lộ 8`): the number is part of its name (`toks` are `left_tokens(text, pos)`)."""
    if len(toks) < 2 or f"{toks[1]} {toks[0]}" not in lx.DOCUMENT_KINDS:
        return False
    words = text[max(0, pos - 30) : pos].split()
    return len(words) >= 2 and words[-2][:1].isupper()


def breakdown_item(text: str, start: int, noun_end: int) -> bool:
    """`Hà Tĩnh 3 người,`: a count after a name that opens a list item (guideline §9).

    The name is title case (a place, not a code like `RON`, `OM` or `GREAT`), it
    starts a list item (after a bracket, a comma, `trong đó` …), and the counted
    noun closes the item. `Quốc lộ 1 đoạn qua …` and `GREAT 2 hỗ trợ` do not.
    """
    if not _BREAKDOWN_NAME.search(text, max(0, start - 60), start):
        return False
    return item_ends(text, noun_end)


def item_ends(text: str, noun_end: int) -> bool:
    """The counted noun ending at `noun_end` closes a list item (`240 ca và`, `3 người
    chết,`): at most two more words, then a comma, a bracket, `và`, the sentence's end."""
    return _ITEM_END.match(text, noun_end) is not None


def glued_to_code(text: str, start: int) -> bool:
    """A numeral glued to a word by `-`, `+` or `/` (`Covid-19`, `GMT+7`, `p0+86mm`):
    part of a name or a code, not a figure. (The candidate pattern already drops the
    `+` and `/` cases; this is the rule, for any other caller.)"""
    c = text[start - 1 : start]
    if c == "\n":  # `Covid-\n19`: a hard-wrapped name
        seg = text[max(0, start - 3) : start - 1]
        return len(seg) == 2 and seg[1] in "-+" and seg[0].isalpha()
    if c not in ("-", "+", "/"):
        return False
    b = text[start - 2 : start - 1]
    if not b:
        return False
    if c == "-":
        return b.isalpha()
    return b.isalnum() or b in "+/"  # `/`, `+` inside a code (base64, serials)
