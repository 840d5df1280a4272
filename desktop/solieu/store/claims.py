"""Claims: "being reviewed by …", so that reviewers sharing a server project do not
review the same document twice without knowing it.

A claim is a row of `claims`: the document, the reviewer's name, the session (one per
open project: two windows of one reviewer are two sessions) and when that session was
last seen. The window renews its claims every minute (`keep_claims`); a claim not seen
for `EXPIRY_S` seconds is gone, whoever held it (a window killed, a laptop closed),
and anyone may then claim the document.

A claim is advice, not a lock: the others see it in the document list and may still
open the document and edit. It is presence, not curation, so it is written in a
transaction of its own but is no edit: not in the review log, not undone (a
heartbeat a minute would bury the log and mean nothing in the history). Times are
UTC by the database's clock: the server's for a server project (the reviewers'
machines need not agree on the time), the machine's for a file.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from solieu.store.errors import InvalidEdit, Overlapped, ProjectError
from solieu.store.records import Change, utc_now
from solieu.store.transactions import ProjectBase

EXPIRY_S = 300.0  # a claim not renewed for five minutes is gone
RENEW_S = 60.0  # how often a window renews its claims


@dataclass(frozen=True, slots=True)
class Claim:
    document_id: int
    reviewer: str
    session: str
    claimed_at: str
    seen_at: str
    mine: bool  # held by this session


def _cutoff(now: str, expiry_s: float) -> str:
    at = datetime.fromisoformat(now.replace("Z", "+00:00")) - timedelta(seconds=expiry_s)
    return at.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class ClaimsMixin(ProjectBase):
    """The claims of `Project` (see `project.py` for why it is built from parts)."""

    claim_expiry_s = EXPIRY_S

    @property
    def session_id(self) -> str:
        """This open project's session: what its claims are known by."""
        sid = getattr(self, "_session_id", None)
        if sid is None:
            sid = self._session_id = uuid.uuid4().hex
        return sid

    def _clock(self, conn) -> str:
        """Now, by the database's clock on a server: the reviewers' machines need not
        agree on the time for a claim to expire when it should."""
        if not self.is_server:
            return utc_now()
        row = conn.execute(
            "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', "
            '\'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"\')'
        ).fetchone()
        return str(row[0])

    def claims(self) -> dict[int, Claim]:
        """The live claims (renewed within the expiry), by document."""
        with self._reading() as conn:
            cutoff = _cutoff(self._clock(conn), self.claim_expiry_s)
            rows = conn.execute(
                "SELECT document_id, reviewer, session, claimed_at, seen_at FROM claims "
                "WHERE seen_at >= ? ORDER BY document_id",
                (cutoff,),
            ).fetchall()
        return {
            int(r[0]): Claim(int(r[0]), r[1], r[2], r[3], r[4], r[2] == self.session_id)
            for r in rows
        }

    def claim(self, document_id: int, *, take_over: bool = False) -> Claim:
        """Claim a document for this session; returns the claim that holds it now: this
        session's, or another live one's (left alone unless `take_over`). Two sessions
        claiming at once on a server: one transaction wins, the other is tried again
        and then sees the winner's claim."""
        for attempt in range(8):
            try:
                return self._claim(document_id, take_over)
            except ProjectError as exc:
                raced = isinstance(exc, InvalidEdit) or isinstance(exc.__cause__, Overlapped)
                if attempt == 7 or not raced:
                    raise
        raise AssertionError("unreachable")

    def _claim(self, document_id: int, take_over: bool) -> Claim:
        with self._transaction() as conn:
            now = self._clock(conn)
            cutoff = _cutoff(now, self.claim_expiry_s)
            row = conn.execute(
                "SELECT reviewer, session, claimed_at, seen_at FROM claims WHERE document_id = ?",
                (document_id,),
            ).fetchone()
            held_elsewhere = row is not None and row[1] != self.session_id and row[3] >= cutoff
            if held_elsewhere and not take_over:
                return Claim(document_id, row[0], row[1], row[2], row[3], False)
            if row is not None and row[1] == self.session_id:
                conn.execute(
                    "UPDATE claims SET reviewer = ?, seen_at = ? WHERE document_id = ?",
                    (self.reviewer, now, document_id),
                )
                claimed_at = row[2]
            else:
                conn.execute("DELETE FROM claims WHERE document_id = ?", (document_id,))
                conn.execute(
                    "INSERT INTO claims(document_id, reviewer, session, claimed_at, seen_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (document_id, self.reviewer, self.session_id, now, now),
                )
                claimed_at = now
        self._claimed = True  # closing releases this session's claims
        self._notify(Change(document_ids=frozenset([document_id])))
        return Claim(document_id, self.reviewer, self.session_id, claimed_at, now, True)

    def release(self, document_id: int | None = None) -> None:
        """Give up this session's claim of a document (every one of its claims if None)."""
        with self._transaction() as conn:
            if document_id is None:
                held = [r[0] for r in conn.execute(
                    "SELECT document_id FROM claims WHERE session = ?", (self.session_id,)
                )]  # fmt: skip
                conn.execute("DELETE FROM claims WHERE session = ?", (self.session_id,))
            else:
                held = [document_id]
                conn.execute(
                    "DELETE FROM claims WHERE document_id = ? AND session = ?",
                    (document_id, self.session_id),
                )
        if held:
            self._notify(Change(document_ids=frozenset(int(d) for d in held)))

    def keep_claims(self) -> int:
        """Renew this session's claims (the window's heartbeat); returns how many."""
        with self._transaction() as conn:
            cur = conn.execute(
                "UPDATE claims SET seen_at = ?, reviewer = ? WHERE session = ?",
                (self._clock(conn), self.reviewer, self.session_id),
            )
            return max(cur.rowcount, 0)
