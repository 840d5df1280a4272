"""Inline continuation of a measure being typed, word by word, from the codebook.

A reviewer who types a measure the codebook does not hold yet still types words it
holds: "nhu cầu tuyển dụng lao động" shares "nhu cầu" with "nhu cầu căn hộ" and
"lao động" with "số lao động". Completing whole entries (the editor's list) helps only
when the entry exists; completing the words after the cursor, the way a shell's
autosuggestion does, helps on every measure that reuses the project's vocabulary.

`Continuations.suggest(text)` answers the rest the reviewer is likely typing after
`text`: the continuation of the phrase, from any word of any entry's name or synonym,
whose words before it agree longest with the words already typed; the window shows it
selected after the cursor, Ctrl+→ takes its next word and Tab all of it. Matching is
case- and diacritic-sensitive only as far as Vietnamese needs (case-insensitive, tones
kept: "cầu" and "câu" are different words).
"""

from __future__ import annotations

from collections.abc import Iterable

MIN_TYPED = 1  # characters of a word typed before a continuation of it is offered


class Continuations:
    """The phrases a project's measures are made of, ready to continue typed text."""

    def __init__(self, phrases: Iterable[tuple[str, int]]) -> None:
        """`phrases`: (a name or synonym, how many figures it stands for)."""
        seen: dict[str, tuple[list[str], int]] = {}
        for text, weight in phrases:
            words = text.split()
            if not words:
                continue
            key = " ".join(words).casefold()
            old = seen.get(key)
            seen[key] = (words, weight + (old[1] if old else 0))
        self._phrases = list(seen.values())
        # a word's casefolded first letter → (phrase index, word index) starting there
        self._by_letter: dict[str, list[tuple[int, int]]] = {}
        # a word → (phrase index, index of the word after it)
        self._after: dict[str, list[tuple[int, int]]] = {}
        for p, (words, _w) in enumerate(self._phrases):
            for i, word in enumerate(words):
                self._by_letter.setdefault(word[0].casefold(), []).append((p, i))
                if i:
                    self._after.setdefault(words[i - 1].casefold(), []).append((p, i))

    def __len__(self) -> int:
        return len(self._phrases)

    def suggest(self, text: str) -> str:
        """What to show after `text` ('' when nothing fits): the rest of its last word
        and the words that follow it in the best-fitting phrase."""
        if not text or text[-1].isspace():
            before = text.split()
            partial = ""
        else:
            *before, partial = text.split()
        if len(partial) < MIN_TYPED and not (partial == "" and before):
            return ""
        low = partial.casefold()
        before_low = [w.casefold() for w in before]
        index, first = (self._by_letter, low[0]) if low else (self._after, before_low[-1])
        candidates = index.get(first, ())
        best: tuple | None = None
        best_rest = ""
        for p, i in candidates:
            words, weight = self._phrases[p]
            word = words[i]
            if not word.casefold().startswith(low):
                continue
            context = 0
            while (
                context < i
                and context < len(before_low)
                and words[i - 1 - context].casefold() == before_low[-1 - context]
            ):
                context += 1
            if not low and context == 0:
                continue  # after a space, only a phrase that goes on from the last word
            rest = word[len(partial) :]
            if i + 1 < len(words):
                rest += " " + " ".join(words[i + 1 :])
            if not rest:
                continue
            # longest agreement with what was typed, then a phrase typed from its start,
            # then the commoner phrase, then the shorter rest (a stable order)
            rank = (context, context == i == len(before_low), weight, -len(rest), rest)
            if best is None or rank > best:
                best, best_rest = rank, rest
        return best_rest


def next_word(continuation: str) -> str:
    """The part of `continuation` that Ctrl+→ takes: through the end of its first word
    and the space after it."""
    stripped = continuation.lstrip(" ")
    lead = len(continuation) - len(stripped)
    cut = stripped.find(" ")
    return continuation if cut < 0 else continuation[: lead + cut + 1]
