"""Learning from rejections: candidates that look like what the reviewer threw away.

The extractor keeps proposing some kinds of numbers a reviewer does not want (a
ranking in "đứng thứ 5 cả nước", the "03 đoàn" of a protocol paragraph). Once the
reviewer has rejected several figures that look alike, the next look-alikes get a
lower confidence, so they sort to the end of the table where one "reject all like
this" clears them, and the window says why the confidence fell.

"Look alike" is deliberately coarse and explainable: the same `kind`, the same
counted noun (for counts) or unit, and the same two words in front of the number
(lower-cased, digits as `#`, so "năm 2024" and "năm 2025" are one pattern). The
words are read within the figure's sentence only: a word of the previous sentence
says nothing about this number.

Confirmed figures of the same signature weaken the evidence: a pattern the reviewer
rejected three times and confirmed three times is not a pattern, it is a judgement
made case by case.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from solieu.learn.model import name_key
from solieu.messages import Message, msg
from solieu.model import Status
from solieu.store.records import FigureRecord
from solieu.text.sentences import sentence_span_at

# how many words in front of the number make the pattern
BEFORE_WORDS = 2
# fewer rejections than this are a coincidence, not a pattern
MIN_REJECTED = 2
# the rejected share of a signature's decisions needed for a pattern (3 of 4)
MIN_SHARE = 0.75

# a word: letters and digits, with inner separators kept (1.800, Covid-19, 15/9)
_WORD = re.compile(r"\w+(?:[.,/\-]\w+)*")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class Signature:
    """What two figures must share to count as "like this".

    `unit` is the counted noun of a count, else the unit (`USD`, `%`, `tấn`), folded
    to lower case with collapsed spaces; `before` the last words before the number.
    """

    kind: str
    unit_class: str
    unit: str
    before: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Penalty:
    """How much to lower a candidate's confidence, and the reason to show for it."""

    factor: float  # multiply the confidence by it: 0 < factor < 1
    rejected: int
    confirmed: int
    signature: Signature
    reason: Message


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).casefold()
    return [_DIGITS.sub("#", w) for w in _WORD.findall(text)]


def _sentence_start(text: str, offset: int) -> int:
    span = sentence_span_at(text, offset)
    return span[0] if span else offset  # between sentences: nothing of it precedes


def signature(record: FigureRecord, text: str) -> Signature:
    """The signature of `record`, whose offsets point into the document `text`."""
    start = max(0, min(record.start, len(text)))
    lead = text[_sentence_start(text, start) : start]
    return Signature(
        kind=record.kind,
        unit_class=record.unit_class,
        unit=name_key(record.unit),
        before=tuple(_words(lead)[-BEFORE_WORDS:]),
    )


def _unit_label(record: FigureRecord) -> str:
    unit = " ".join((record.unit or "").split())
    return unit or record.unit_class


def _reason(sig: Signature, record: FigureRecord, rejected: int, confirmed: int) -> Message:
    before = " ".join(sig.before)
    unit = _unit_label(record)
    if before and confirmed:
        return msg(
            "{n} figures like this were rejected and {k} confirmed: “{before} …”, unit {unit}",
            n=rejected,
            k=confirmed,
            before=before,
            unit=unit,
        )
    if before:
        return msg(
            "{n} figures like this were rejected: “{before} …”, unit {unit}",
            n=rejected,
            before=before,
            unit=unit,
        )
    if confirmed:
        return msg(
            "{n} figures like this were rejected and {k} confirmed: at the start of a "
            "sentence, unit {unit}",
            n=rejected,
            k=confirmed,
            unit=unit,
        )
    return msg(
        "{n} figures like this were rejected: at the start of a sentence, unit {unit}",
        n=rejected,
        unit=unit,
    )


def penalty_factor(rejected: int, confirmed: int) -> float | None:
    """The confidence factor for a signature's decisions, None when they are no pattern.

    A pattern needs `MIN_REJECTED` rejections making at least `MIN_SHARE` of the
    decisions. The net evidence (rejections less confirmations) sets the factor,
    1 / (1 + net): ⅓ for two rejections, ¼ for three; above 0, below 1, lower with more.
    """
    if rejected < MIN_REJECTED or rejected < MIN_SHARE * (rejected + confirmed):
        return None
    net = rejected - confirmed  # at least 2/3 of the rejections, given the share
    return 1.0 / (1.0 + net)


class RejectionMemory:
    """The signatures of the project's rejected and confirmed figures, counted.

    Built once from the reviewer's decisions (each a record and its document's text)
    and asked about each pending candidate; rebuild it after new decisions.
    """

    def __init__(
        self,
        rejected: Iterable[tuple[FigureRecord, str]],
        confirmed: Iterable[tuple[FigureRecord, str]] = (),
    ) -> None:
        self._rejected: Counter[Signature] = Counter(signature(r, t) for r, t in rejected)
        self._confirmed: Counter[Signature] = Counter(signature(r, t) for r, t in confirmed)

    def count(self, sig: Signature, status: Status, delta: int = 1) -> None:
        """Count one more (or, with delta -1, one less) decision of `sig`: the memory
        follows the reviewer's decisions one by one instead of being rebuilt."""
        counter = self._rejected if status == Status.REJECTED else self._confirmed
        if status == Status.PENDING:
            return
        counter[sig] += delta
        if counter[sig] <= 0:
            del counter[sig]

    def counts(self, sig: Signature) -> tuple[int, int]:
        """(rejected, confirmed) figures with this signature."""
        return self._rejected[sig], self._confirmed[sig]

    def penalty(self, record: FigureRecord, text: str) -> Penalty | None:
        """How far to lower `record`'s confidence, or None when nothing like it was rejected."""
        sig = signature(record, text)
        rejected, confirmed = self.counts(sig)
        factor = penalty_factor(rejected, confirmed)
        if factor is None:
            return None
        return Penalty(factor, rejected, confirmed, sig, _reason(sig, record, rejected, confirmed))

    def like(
        self,
        record: FigureRecord,
        text: str,
        candidates: Iterable[tuple[FigureRecord, str]],
    ) -> list[int]:
        """Ids of the pending candidates with `record`'s signature ("reject all like this").

        `record` itself is among them when it is a pending candidate; decided figures
        never are (a reject-all must not undo a confirmation). Ids in candidate order.
        """
        sig = signature(record, text)
        out: list[int] = []
        seen: set[int] = set()
        for other, other_text in candidates:
            if other.status != Status.PENDING or other.id in seen:
                continue
            seen.add(other.id)
            if signature(other, other_text) == sig:
                out.append(other.id)
        return out
