"""What the all-documents table filters on: every figure's id, status and filter text.

Reading that for 1,000,000 figures takes seconds, so `FigureIndex` reads it in
slices of documents while the window is idle (`step`), each slice sized to take
about `STEP_MS`, so an input event never waits long behind it. What a filter needs
before the reading is done is completed at once, and only the cheap part: the ids
or the statuses of the documents not read yet. No Qt here: the model drives it.
"""

from __future__ import annotations

import time
from typing import Any

from solieu.model import Status

TEXT_FILTER_FIELDS = ("text", "unit", "measure", "place", "period", "document", "note")
STEP_MS = 12.0  # what one idle-time slice aims to take
FIRST_SLICE = 20  # documents in the first slice, before a step has been timed
FIRST_ID_SLICE = 100  # likewise for the ids alone
MAX_SLICE = 5000


def haystack(record: Any) -> str:
    """The text a filter searches in one figure record."""
    return join_fields(getattr(record, f, "") for f in TEXT_FILTER_FIELDS)


def join_fields(values) -> str:
    """The fields joined by spaces, case-folded."""
    return " ".join([str(v) if v is not None else "" for v in values]).casefold()


class FigureIndex:
    """Ids in document order, statuses and filter texts of every live figure.

    `generation` grows with every change, so a caller can tell whether a filter
    result computed earlier still stands.
    """

    def __init__(self, project) -> None:
        self._project = project
        self.generation = 0
        self.reset()

    def reset(self) -> None:
        """Forget everything read (figures came or went, or another project)."""
        self.generation += 1
        self._order: list[int] = []
        self._statuses: dict[int, Status] = {}
        self._haystacks: dict[int, str] = {}
        self._next: int | None = None  # the first document id not read yet
        self._high = 0
        self._slice = FIRST_SLICE
        self._id_list: list[int] = []  # ids alone, read ahead of the rest (cheap)
        self._id_next: int | None = None  # the first document id not in `_id_list`
        self._id_slice = FIRST_ID_SLICE
        self.last_ids_read: list[int] = []
        self._all_statuses: dict[int, Status] | None = None  # likewise, statuses only
        self._total: int | None = None
        self._last: tuple | None = None  # (status, needle, generation, ids): typing on
        self.last_read: list[int] = []  # the ids the latest step read

    @property
    def complete(self) -> bool:
        return self._next is not None and self._next > self._high

    @property
    def ids_complete(self) -> bool:
        return self._id_next is not None and self._id_next > self._high

    def _start(self) -> None:
        if self._next is None:
            low, high = self._project.document_id_range()
            self._next, self._high = low, high
            if low == 0 and high == 0:  # no document: nothing to read
                self._next = 1
            self._low = self._id_next = self._next

    def step(self) -> bool:
        """Read one more slice; False once every figure has been read."""
        if self._project is None or getattr(self._project, "closed", False):
            return False
        self._start()
        if self.complete:
            return False
        low = self._next
        high = min(low + self._slice - 1, self._high)
        started = time.perf_counter()
        fields = ["status", *TEXT_FILTER_FIELDS]
        rows = self._project.figure_columns(fields, documents=(low, high))
        statuses, haystacks = self._statuses, self._haystacks
        read = [r[0] for r in rows]
        for r in rows:
            statuses[r[0]] = r[1]
            haystacks[r[0]] = join_fields(r[2:])
        self._order += read
        self.last_read = read
        if self._id_next == low:  # the ids alone had not got this far yet
            self._id_list += read
            self._id_next = high + 1
        self._next = high + 1
        elapsed = (time.perf_counter() - started) * 1000
        per_document = max(elapsed, 0.5) / (high - low + 1)
        # at most twice the last slice: one quick slice must not make the next huge
        self._slice = int(min(MAX_SLICE, 2 * (high - low + 1), max(1, STEP_MS / per_document)))
        if self.complete:
            self._all_statuses = None  # the warm copies are the whole truth now
        return not self.complete

    def step_ids(self) -> bool:
        """Read the ids alone of one more slice of documents (ten times cheaper than
        `step`); False once every id is known."""
        self.last_ids_read = []
        if self._project is None or getattr(self._project, "closed", False):
            return False
        self._start()
        if self.ids_complete:
            return False
        low = self._id_next
        high = min(low + self._id_slice - 1, self._high)
        started = time.perf_counter()
        read = [r[0] for r in self._project.figure_columns([], documents=(low, high))]
        self._id_list += read
        self.last_ids_read = read
        self._id_next = high + 1
        elapsed = (time.perf_counter() - started) * 1000
        per_document = max(elapsed, 0.1) / (high - low + 1)
        self._id_slice = int(
            min(MAX_SLICE * 10, 2 * (high - low + 1), max(1, STEP_MS / per_document))
        )
        return not self.ids_complete

    def read_id_list(self) -> list[int]:
        """The ids known so far, in document order (all of them once `ids_complete`)."""
        return self._id_list

    def read_ids(self) -> list[int]:
        """The ids read so far, in document order (all of them once `complete`)."""
        return self._order

    def status_of(self, figure_id: int) -> Status:
        return self._statuses[figure_id]

    def haystack_of(self, figure_id: int) -> str:
        return self._haystacks[figure_id]

    def total(self) -> int:
        """How many live figures there are (one count when the ids are not all read)."""
        if self.ids_complete:
            return len(self._id_list)
        if self._total is None:
            self._total = sum(self._project.counts().values())
        return self._total

    def _per_document(self) -> float:
        """Figures per document in what was read (one slice of ids read to know)."""
        self._start()
        if not self._id_list and not self.ids_complete:
            self.step_ids()
        done = max(1, self._id_next - self._low)
        return len(self._id_list) / done

    def unread(self) -> int:
        """About how many figures `step` has still to read."""
        if self.complete:
            return 0
        return int(self._per_document() * (self._high - self._next + 1))

    def unread_ids(self) -> int:
        """About how many ids `step_ids` has still to read."""
        if self.ids_complete:
            return 0
        return int(self._per_document() * (self._high - self._id_next + 1))

    def _rest(self, fields: list[str]) -> list[tuple]:
        """`(id, *fields)` of the figures of the documents not read yet."""
        self._start()
        if self.complete:
            return []
        return self._project.figure_columns(fields, documents=(self._next, self._high))

    def ids(self) -> list[int]:
        """Every live figure's id in document order (the rest read at once, ids only)."""
        self._start()
        if not self.ids_complete:
            rest = self._project.figure_columns([], documents=(self._id_next, self._high))
            self._id_list += [r[0] for r in rest]
            self._id_next = self._high + 1
        return self._id_list

    def statuses(self) -> dict[int, Status]:
        """Every live figure's status, in document order (the rest read at once)."""
        if self.complete:
            return self._statuses
        if self._all_statuses is None:
            rest = self._rest(["status"])
            self._all_statuses = {**self._statuses, **dict(rest)}
        return self._all_statuses

    def haystacks(self) -> dict[int, str]:
        """Every live figure's filter text, in document order: the reading is finished."""
        while self.step():
            pass
        return self._haystacks

    # --- filtering ---------------------------------------------------------------------

    def matches(self, ids: list[int], status: Status | None, needle: str) -> list[int]:
        """Those of `ids` (all read already) with this status and filter text."""
        if status is not None:
            statuses = self._statuses
            ids = [i for i in ids if statuses[i] == status]
        if needle:
            haystacks = self._haystacks
            ids = [i for i in ids if needle in haystacks[i]]
        return ids

    def filtered(self, status: Status | None, needle: str) -> list[int]:
        """Every figure with this status (None: any) whose text holds `needle`, in
        document order. A needle that extends the last one searches only the last
        result, so each key typed costs less than the one before."""
        if status is None:
            ids = self.ids()
        else:
            ids = [i for i, s in self.statuses().items() if s == status]
        if not needle:
            return ids
        haystacks = self.haystacks()
        if self._last is not None:
            last_status, last_needle, generation, last_ids = self._last
            if (last_status, generation) == (status, self.generation) and last_needle in needle:
                ids = last_ids
        ids = [i for i in ids if needle in haystacks[i]]
        self.remember(status, needle, ids)
        return ids

    def remember(self, status: Status | None, needle: str, ids: list[int]) -> None:
        """Keep a complete result for the next, longer needle."""
        self._last = (status, needle, self.generation, list(ids)) if needle else None

    # --- keeping up to date ----------------------------------------------------------------

    def holds(self, figure_id: int) -> bool:
        """Whether something of this figure was read (and must follow its edits)."""
        if figure_id in self._statuses:
            return True
        return self._all_statuses is not None and figure_id in self._all_statuses

    def update(self, record) -> None:
        """Keep a changed figure current in what was read (unread ones are read fresh)."""
        self.generation += 1
        fid = record.id
        if fid in self._haystacks:
            self._haystacks[fid] = haystack(record)
            self._statuses[fid] = record.status
        if self._all_statuses is not None and fid in self._all_statuses:
            self._all_statuses[fid] = record.status
