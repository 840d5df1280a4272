"""The reviewer's codebook operations, as the store edits that carry them out.

Each function only builds an edit (`PutEntry`, `SetField(figure, "entry_id", …)`,
`SetStatus`, or a `Batch` of them): the window pushes it on its undo stack and the
CLI applies it, so every operation is one transaction, logged and undoable, and is
kept across re-extraction (an entry link marks the figure as decided).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from solieu.learn.model import Entry, EntryState, clean_name, name_key
from solieu.model import Status
from solieu.store.edits import Batch, Edit, PutEntry, SetField, SetStatus
from solieu.store.records import FigureRecord


def create(project, state: EntryState) -> PutEntry:
    return PutEntry(project.next_entry_id(), state, None)


def update(entry: Entry, state: EntryState) -> PutEntry:
    return PutEntry(entry.id, state, entry.state)


def delete(entry: Entry) -> PutEntry:
    return PutEntry(entry.id, None, entry.state)


def _links(project, figure_ids: Iterable[int], to: int | None) -> list[SetField]:
    figures = {f.id: f for f in project.figures_by_id(list(figure_ids))}
    return [
        SetField(f.id, "entry_id", f.entry_id, to) for f in figures.values() if f.entry_id != to
    ]


def move(project, figure_ids: Sequence[int], to: Entry) -> Batch:
    """Link figures to another entry."""
    return Batch(tuple(_links(project, figure_ids, to.id)))


def merge(project, target: Entry, sources: Sequence[Entry]) -> Batch:
    """Fold `sources` into `target`: their figures move, their names become synonyms."""
    sources = [s for s in sources if s.id != target.id]
    synonyms = list(target.state.synonyms)
    for s in sources:
        synonyms += s.state.names()
    grown = EntryState(
        target.state.name,
        target.state.code or next((s.state.code for s in sources if s.state.code), None),
        target.state.name_en,
        target.state.unit_class,
        target.state.change,
        tuple(synonyms),
    )
    edits: list[Edit] = [update(target, grown)]
    for s in sources:
        edits += _links(project, [f.id for f in project.figures(entry_id=s.id)], target.id)
        edits.append(delete(s))
    return Batch(tuple(edits))


def split(project, entry: Entry, figure_ids: Sequence[int], name: str) -> Batch:
    """A new entry `name` (the same unit class and change) taking `figure_ids` over."""
    new_id = project.next_entry_id()
    state = EntryState(clean_name(name), None, None, entry.state.unit_class, entry.state.change)
    return Batch((PutEntry(new_id, state, None), *_links(project, figure_ids, new_id)))


def import_states(project, states: Sequence[EntryState]) -> tuple[Batch, int, int]:
    """Add what an imported codebook brings: new entries for names the codebook does not
    know, new synonyms (and a missing code or English name) for those it does. Returns
    the edit and the counts of new and updated entries."""
    entries = project.codebook()
    by_name: dict[str, Entry] = {}
    for e in entries:
        for n in e.state.names():
            by_name.setdefault(name_key(n), e)
    grown: dict[int, EntryState] = {}
    edits: list[Edit] = []
    next_id = project.next_entry_id()
    created = 0
    for state in states:
        hit = next((by_name[name_key(n)] for n in state.names() if name_key(n) in by_name), None)
        if hit is None:
            edits.append(PutEntry(next_id, state, None))
            placeholder = Entry(next_id, state)
            for n in state.names():
                by_name.setdefault(name_key(n), placeholder)
            next_id += 1
            created += 1
            continue
        if any(isinstance(e, PutEntry) and e.entry_id == hit.id and e.old is None for e in edits):
            continue  # two rows of the file name one new entry: the first one counts
        base = grown.get(hit.id, hit.state)
        known = {name_key(n) for n in base.names()}
        extra = tuple(n for n in state.names() if name_key(n) not in known)
        richer = EntryState(
            base.name,
            base.code or state.code,
            base.name_en or state.name_en,
            base.unit_class or state.unit_class,
            base.change if base.change is not None else state.change,
            base.synonyms + extra,
        )
        if richer != base:
            grown[hit.id] = richer
    by_id = {e.id: e for e in entries}
    edits += [PutEntry(i, s, by_id[i].state) for i, s in grown.items()]
    return Batch(tuple(edits)), created, len(grown)


def entry_for_measure(entries: Iterable[Entry], measure: str | None) -> Entry | None:
    """The entry whose name or synonym is exactly this measure (case and spaces aside)."""
    key = name_key(measure)
    if not key:
        return None
    for e in entries:
        if any(name_key(n) == key for n in e.state.names()):
            return e
    return None


def confirming(
    project,
    figures: Sequence[FigureRecord],
    suggested: Mapping[int, int] | None = None,
    entries: Sequence[Entry] | None = None,
    renamed: Iterable[int] = (),
) -> Edit:
    """Confirm figures and link each to its entry, in one step.

    A figure already linked keeps its entry. Else a (strong) suggestion `suggested[id]`
    is accepted: the figure is linked, and for the figures in `renamed` its measure
    becomes the entry's name (what the extractor wrote was a reading of it). Else an
    entry named like its measure is linked; else one is created from the measure (one
    per distinct measure). A figure without a measure is confirmed unlinked.
    """
    suggested = suggested or {}
    renamed = set(renamed)
    entries = list(project.codebook() if entries is None else entries)
    by_id = {e.id: e for e in entries}
    edits: list[Edit] = []
    ids = tuple(f.id for f in figures)
    if ids:
        edits.append(SetStatus(ids, Status.CONFIRMED, tuple(f.status for f in figures)))
    created: dict[str, int] = {}
    links: list[Edit] = []
    next_id: int | None = None
    for f in figures:
        if f.entry_id is not None:
            continue
        hint = by_id.get(suggested.get(f.id, -1))
        if hint is not None:
            links.append(SetField(f.id, "entry_id", None, hint.id))
            if f.id in renamed and name_key(f.measure) != name_key(hint.state.name):
                links.append(SetField(f.id, "measure", f.measure, hint.state.name))
            continue
        same = entry_for_measure(entries, f.measure)
        if same is not None:
            links.append(SetField(f.id, "entry_id", None, same.id))
            continue
        key = name_key(f.measure)
        if not key:
            continue
        if key not in created:
            next_id = project.next_entry_id() if next_id is None else next_id + 1
            created[key] = next_id
            state = EntryState(clean_name(f.measure), unit_class=f.unit_class, change=f.change)
            edits.append(PutEntry(next_id, state, None))
        links.append(SetField(f.id, "entry_id", None, created[key]))
    edits += links
    return edits[0] if len(edits) == 1 else Batch(tuple(edits))


def group_links(figures: Sequence[FigureRecord]) -> list[SetField]:
    """Accepting a reconciled group says its members report one statistic: the
    members not linked yet join the entry the linked ones share. Nothing when none is
    linked, or when the linked ones disagree (which entry is right is the reviewer's
    call, on the Codebook page)."""
    linked = {f.entry_id for f in figures if f.entry_id is not None}
    if len(linked) != 1:
        return []
    (entry_id,) = linked
    return [SetField(f.id, "entry_id", None, entry_id) for f in figures if f.entry_id is None]
