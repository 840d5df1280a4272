"""What a project has learned, kept up to date decision by decision.

`Learner` reads once what the reviewer decided (entries, linked and decided figures,
corrections) and then follows the store's change notifications: `update(ids)`
re-reads only the figures an edit touched. It answers what the window shows:

* `hints(records)`: for each pending figure, the codebook entry suggested for it
  (`suggest.Suggester`) and how far its confidence falls because figures like it
  were rejected (`rejections.RejectionMemory`), each with the reason;
* `confirm(records)`: the edit that confirms figures and links them to their entries
  (a right suggestion is accepted by the same one key);
* `proposals()`: the rules repeated corrections suggest (`rules.propose`).

No Qt: the window's controller (`ui/learning.py`) runs it and shows the answers; the
bench's simulated reviewer (`bench/review_cost.py --learning`) runs the same code.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from solieu.learn import codebook_edits
from solieu.learn.complete import Continuations
from solieu.learn.model import Entry, RuleState
from solieu.learn.rejections import Penalty, RejectionMemory, signature
from solieu.learn.rules import (
    MIN_DOCUMENTS,
    RULE_FIELDS,
    Correction,
    Proposal,
    edits_for,
    final_corrections,
    propose,
)
from solieu.learn.suggest import Example, Query, Suggester, Suggestion, words
from solieu.messages import msg
from solieu.model import Status
from solieu.store.edits import Batch, Edit, PutRule, SetField
from solieu.store.records import FigureRecord
from solieu.store.values import from_text
from solieu.text.sentences import sentence_span_at


@dataclass(frozen=True, slots=True)
class Hint:
    """What the window shows a pending figure beside the extractor's reading."""

    suggestion: Suggestion | None = None
    entry: Entry | None = None  # the suggested entry
    penalty: Penalty | None = None
    # the measure becomes the entry's name on confirmation: the extractor's words are a
    # reading the reviewer already corrected to this entry (or a synonym of it), or
    # there were none; otherwise a strong suggestion only links the figure to the entry
    replace: bool = False

    @property
    def confidence_factor(self) -> float:
        return self.penalty.factor if self.penalty else 1.0

    @property
    def links(self) -> bool:
        """Confirming links the figure to `entry` (a strong suggestion or a known reading)."""
        s = self.suggestion
        return self.entry is not None and s is not None and not s.weak


# a suggestion from similarity alone links a figure only from this score; below it the
# extractor's measure stays and the figure is marked for attention (measured on the
# devset: between 0.5 and 0.8 most proposed entries were a neighbouring indicator)
LINK_SCORE = 0.8


class Learner:
    """The project's learning state; `text_of(document_id)` gives a document's text."""

    def __init__(self, project, text_of: Callable[[int], str] | None = None) -> None:
        self.project = project
        self._texts: dict[int, str] = {}
        self._text_of = text_of or (lambda doc_id: project.document(doc_id).text)
        self.entries: list[Entry] = []
        self.rules: list = []
        self.decided: dict[int, FigureRecord] = {}
        self._signatures: dict[int, object] = {}
        self.memory = RejectionMemory(())
        self.corrections: list[Correction] = []
        self._log_seen = 0
        self._suggester: Suggester | None = None
        self._readings: dict[str, int] | None = None
        self._continuations: Continuations | None = None
        # measure words → entries of the confirmed, linked figures that read so
        self._kept: dict[str, Counter[int]] = {}
        self.last_basis = None  # the reason of the last suggestion shown
        self.reload()

    # --- reading ----------------------------------------------------------------------------

    def text(self, document_id: int) -> str:
        if document_id not in self._texts:
            self._texts[document_id] = self._text_of(document_id)
        return self._texts[document_id]

    def reload(self) -> None:
        """Read everything again (a new project, an import, a re-extraction)."""
        self.entries = self.project.codebook()
        self.rules = self.project.rules()
        self.decided = {}
        self._kept = {}
        self._signatures = {}
        self.memory = RejectionMemory(())
        for f in self.project.learned_from():
            self._take(f)
        self.corrections, self._log_seen = [], 0
        self._read_corrections()
        self._suggester = None
        self._readings = None
        self._continuations = None

    def update(self, figure_ids: Iterable[int], codebook: bool = False) -> None:
        """Follow one committed edit: re-read its figures (and the codebook if it changed)."""
        ids = set(figure_ids)
        if codebook:
            self.entries = self.project.codebook()
            self.rules = self.project.rules()
            self._suggester = None
            self._continuations = None
        self._readings = None
        if ids:
            fresh = {f.id: f for f in self.project.figures_by_id(ids)}
            known = {e.id for e in self.entries}
            if any(f.entry_id is not None and f.entry_id not in known for f in fresh.values()):
                self.entries = self.project.codebook()  # an entry created with its figures
                self._continuations = None
            for fid in ids:
                self._drop(fid)
                f = fresh.get(fid)
                if f is not None and (f.entry_id is not None or f.status != Status.PENDING):
                    self._take(f)
            self._suggester = None
            self._read_corrections()

    def _take(self, f: FigureRecord) -> None:
        self.decided[f.id] = f
        if f.status == Status.CONFIRMED and f.entry_id is not None:
            key = codebook_edits.name_key(f.measure)
            self._kept.setdefault(key, Counter())[f.entry_id] += 1
        if f.status != Status.PENDING:
            sig = signature(f, self.text(f.document_id))
            self._signatures[f.id] = sig
            self.memory.count(sig, f.status, +1)

    def _drop(self, fid: int) -> None:
        old = self.decided.pop(fid, None)
        if old is not None and old.status == Status.CONFIRMED and old.entry_id is not None:
            kept = self._kept.get(codebook_edits.name_key(old.measure))
            if kept is not None:
                kept[old.entry_id] -= 1
                if kept[old.entry_id] <= 0:
                    del kept[old.entry_id]
        sig = self._signatures.pop(fid, None)
        if old is not None and sig is not None:
            self.memory.count(sig, old.status, -1)

    def _read_corrections(self) -> None:
        rows = self.project.corrections(RULE_FIELDS, after=self._log_seen)
        if not rows:
            return
        outlets = self._outlets()
        for log_id, fid, doc_id, field, old, new in rows:
            self._log_seen = max(self._log_seen, log_id)
            if fid is None or doc_id is None:
                continue
            self.corrections.append(Correction(fid, doc_id, outlets.get(doc_id), field, old, new))

    def _outlets(self) -> dict[int, str | None]:
        return {i: d.outlet for i, d in self.project.document_properties().items()}

    # --- suggestions ------------------------------------------------------------------------

    def suggester(self) -> Suggester:
        if self._suggester is None:
            linked = {
                f.id: f
                for f in self.decided.values()
                if f.entry_id is not None and f.status == Status.CONFIRMED
            }
            examples = [
                Example(f.entry_id, f.measure, self._sentence(f), f.unit_class, f.change, f.unit)
                for f in linked.values()
            ]
            # what the extractor read before the reviewer corrected it is the evidence
            # that counts most: the next article will word its measure the same way;
            # unless that reading says nothing of this measure (see `_telling`)
            confirmed_as = {words(ex.measure): ex.entry_id for ex in examples}
            for c in self.corrections:
                f = linked.get(c.figure_id)
                if (
                    c.field == "measure"
                    and f is not None
                    and c.old
                    and _telling(c.old, f, confirmed_as)
                ):
                    examples.append(
                        Example(
                            f.entry_id, c.old, self._sentence(f), f.unit_class, f.change, f.unit
                        )
                    )
            self._suggester = Suggester(self.entries, examples)
        return self._suggester

    def continuations(self) -> Continuations:
        """The codebook's names and synonyms, to continue a measure as it is typed."""
        if self._continuations is None:
            self._continuations = Continuations(
                (n, max(1, e.figures)) for e in self.entries for n in e.state.names()
            )
        return self._continuations

    def _sentence(self, f: FigureRecord) -> str:
        text = self.text(f.document_id)
        span = sentence_span_at(text, f.start)
        return text[span[0] : span[1]] if span else text[f.start : f.end]

    def query(self, f: FigureRecord) -> Query:
        return Query(f.measure, self._sentence(f), f.unit_class, f.change, f.unit)

    def hints(self, records: Sequence[FigureRecord]) -> dict[int, Hint]:
        """A hint for each pending, unlinked record that has something to say."""
        pending = [r for r in records if r.status == Status.PENDING and r.entry_id is None]
        if not pending:
            return {}
        by_id = {e.id: e for e in self.entries}
        suggestions = (
            self.suggester().suggest_many([self.query(r) for r in pending])
            if self.entries
            else [None] * len(pending)
        )
        readings = self.readings()
        out: dict[int, Hint] = {}
        for r, s in zip(pending, suggestions, strict=True):
            penalty = self.memory.penalty(r, self.text(r.document_id))
            key = codebook_edits.name_key(r.measure)
            known = by_id.get(readings.get(key, -1))
            if known is not None and codebook_edits.name_key(known.name) != key:
                basis = msg(
                    "“{reading}” was corrected to “{entry}” before",
                    reading=r.measure,
                    entry=known.name,
                )
                out[r.id] = Hint(Suggestion(known.id, 1.0, False, basis), known, penalty, True)
                continue
            entry = by_id.get(s.entry_id) if s is not None else None
            if s is not None and not s.weak and s.score < LINK_SCORE:
                s = replace(s, weak=True)
            if s is not None or penalty is not None:
                out[r.id] = Hint(s, entry, penalty, replace=bool(s and not s.weak and not key))
        return out

    def readings(self) -> dict[str, int]:
        """What the extractor wrote that means one entry: each entry's synonyms, and every
        measure the reviewer corrected on a figure now linked to an entry. Words that
        lead to two entries, or that were also confirmed as they stood for another
        entry, are no reading: the same words name different indicators there."""
        if self._readings is None:
            key = codebook_edits.name_key
            targets: dict[str, set[int]] = {}
            for e in self.entries:
                for n in e.state.synonyms:
                    targets.setdefault(key(n), set()).add(e.id)
            for c in self.corrections:
                f = self.decided.get(c.figure_id)
                if (
                    c.field == "measure"
                    and c.old
                    and f is not None
                    and f.entry_id is not None
                    and not _default_count_reading(c.old, f)
                ):
                    targets.setdefault(key(c.old), set()).add(f.entry_id)
            for k, ids in targets.items():  # words confirmed as they stood, for their entry
                ids.update(self._kept.get(k, ()))
            self._readings = {k: next(iter(ids)) for k, ids in targets.items() if len(ids) == 1}
        return self._readings

    def confirm(
        self, records: Sequence[FigureRecord], hints: dict[int, Hint] | None = None
    ) -> Edit:
        """Confirm `records`, accepting their strong suggestions (see codebook_edits)."""
        hints = self.hints(records) if hints is None else hints
        accepted = {fid: h.entry.id for fid, h in hints.items() if h.links}
        renamed = {fid for fid, h in hints.items() if h.links and h.replace}
        return codebook_edits.confirming(self.project, records, accepted, self.entries, renamed)

    def like(self, record: FigureRecord, candidates: Sequence[FigureRecord]) -> list[int]:
        """The pending candidates that look like `record` ("reject all like this")."""
        pairs = [(c, self.text(c.document_id)) for c in candidates]
        return self.memory.like(record, self.text(record.document_id), pairs)

    # --- rules --------------------------------------------------------------------------------

    def rule_states(self) -> list[RuleState]:
        return [r.state for r in self.rules]

    def ripe(self) -> dict[str, set]:
        """The old values, by field, corrected the same way on enough documents to be
        offered as a rule (cheap: no figure is read)."""
        docs: dict[tuple, set[int]] = {}
        for c in final_corrections(self.corrections):
            docs.setdefault((c.field, c.old, c.new), set()).add(c.document_id)
        out: dict[str, set] = {}
        for (field, old, _new), ids in docs.items():
            if len(ids) >= MIN_DOCUMENTS:
                out.setdefault(field, set()).add(old)
        return out

    def proposals(self, figures: Sequence[FigureRecord] | None = None) -> list[Proposal]:
        """Rules the corrections so far suggest, with the pending figures they would change.

        Only the figures that hold a ripe old value are read (a project holds many)."""
        ripe = self.ripe()
        if not ripe:
            return []
        if figures is None:
            found: dict[int, FigureRecord] = {}
            for field, olds in ripe.items():
                values = {from_text(field, o) if o is not None else None for o in olds}
                for f in self.project.figures_where(field, values):
                    found[f.id] = f
            figures = list(found.values())
        existing = self.rule_states()
        return propose(self.corrections, figures, self._outlets(), existing)

    @staticmethod
    def decline(rule: RuleState) -> PutRule:
        """The edit that turns an offered `rule` down for good: kept as a rule that
        applies to nothing, so it is not offered again after a restart (undo offers it
        again)."""
        return PutRule(None, replace(rule, active=False), None)

    def rule_edits(self, rule: RuleState, figures: Sequence[FigureRecord]) -> list[SetField]:
        """The edits that apply `rule` to the pending figures among `figures`."""
        return edits_for(rule, figures, self._outlets())

    def adopt(self, proposal: Proposal, *, apply: bool) -> Batch:
        """The edit that makes `proposal` a rule and, with `apply`, applies it to its
        targets now (one undo step)."""
        edits: list[Edit] = [PutRule(None, proposal.rule, None)]
        if apply and proposal.targets:
            edits += self.rule_edits(proposal.rule, self.project.figures_by_id(proposal.targets))
        return Batch(tuple(edits))

    def apply_rules(self, figures: Sequence[FigureRecord]) -> list[SetField]:
        """Every project rule on `figures` (what an import or a re-extraction brought):
        the oldest rule first, one change per figure field."""
        edits: list[SetField] = []
        seen: set[tuple[int, str]] = set()
        for rule in self.rules:
            for e in self.rule_edits(rule.state, figures):
                if (e.figure_id, e.field) not in seen:
                    seen.add((e.figure_id, e.field))
                    edits.append(e)
        return edits

    def lowered(self, record: FigureRecord) -> bool:
        """Does the pending `record` resemble what the reviewer rejected?"""
        if record.status != Status.PENDING:
            return False
        return self.memory.penalty(record, self.text(record.document_id)) is not None


def _default_count_reading(old: str, f) -> bool:
    """Whether `old` is the reading the extractor gives every count of `f`'s noun
    whatever it measures (`số` + the counted noun, or the noun alone: guideline §8):
    corrected once, it tells nothing of the next figure that reads the same."""
    if f.unit_class != "count" or not f.unit:
        return False
    noun = words(f.unit)
    return words(old) in (noun, ("số", *noun))


def _telling(old: str, f, confirmed_as: dict[tuple[str, ...], int]) -> bool:
    """Whether the extractor's reading `old`, corrected on figure `f`, is evidence for
    `f`'s entry: not a default count reading, and not confirmed unchanged for another
    entry by the reviewer (then it tells the two apart no better than chance)."""
    if _default_count_reading(old, f):
        return False
    other = confirmed_as.get(words(old))
    return other is None or other == f.entry_id
