"""The store's SQL on PostgreSQL: a psycopg connection that answers as sqlite3's does.

The store (`transactions`, `apply`, `queries`, …) is written against the part of
`sqlite3.Connection` it uses: `execute`/`executemany` with `?` parameters, a cursor's
`fetch*`, `lastrowid` and `description`, `in_transaction`, explicit `BEGIN … COMMIT`.
`PgConnection` gives that part over psycopg, so one store serves both engines:

- the statement is rewritten where the dialects differ (`BEGIN IMMEDIATE`, `IS ?`,
  `json_extract`, a sum of a comparison, a parameter as a condition, `?` itself), and
  `PRAGMA`s are the file's business, none of the server's;
- an INSERT into a table with an `id` returns it (`RETURNING id`), for `lastrowid`;
- a Python bool goes as 0/1 and a Decimal as its text, the way the file stores them;
- psycopg's errors come back as sqlite3's (an integrity error as `IntegrityError`), so
  the store's one error path words them for the reviewer;
- a connection that broke (the server stopped or restarted, the session was ended, the
  network went) raises `Disconnected`, which says whether a COMMIT was left unanswered;
  `reconnect()` then swaps in a fresh connection to the same URL.

Every value still goes as a parameter: the rewriting never puts one into SQL text.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from decimal import Decimal
from typing import Any

from solieu.messages import msg
from solieu.model import decimal_str
from solieu.store.errors import ConnectionLost, Disconnected, Overlapped

log = logging.getLogger("solieu.store.pg_dialect")

# tables whose key is an identity `id` (see server.server_ddl)
ID_TABLES = frozenset(["documents", "figures", "statistics", "review_log", "codebook", "rules"])

_INSERT = re.compile(r'^\s*INSERT\s+INTO\s+"?(\w+)"?', re.IGNORECASE)
_JSON = re.compile(r"json_extract\((\w+),\s*'\$\.(\w+)'\)")
_JSON_TEST = re.compile(r"json_extract\((\w+),\s*'\$\.(\w+)'\)\s*=\s*\?")
_SUM_OF_TEST = re.compile(r"SUM\(([\w.]+\s*(?:=|<>|!=)\s*'[^']*')\)")
_STRING = re.compile(r"'(?:[^']|'')*'")


def translate(sql: str) -> str | None:
    """The statement for PostgreSQL with psycopg's `%s` parameters (None: nothing to run)."""
    head = sql.lstrip()[:16].upper()
    if head.startswith("PRAGMA"):
        return None
    if head.startswith("BEGIN"):
        # serializable: an edit whose rows another reviewer changed after it read them
        # fails instead of writing over that change (read committed would let it)
        return "BEGIN ISOLATION LEVEL SERIALIZABLE"
    sql = _JSON_TEST.sub(r"(\1::json ->> '\2') = CAST(? AS TEXT)", sql)  # ->> gives text
    sql = _JSON.sub(r"(\1::json ->> '\2')", sql)
    sql = _SUM_OF_TEST.sub(r"SUM(CASE WHEN \1 THEN 1 ELSE 0 END)", sql)
    sql = sql.replace("IS NOT ?", "IS DISTINCT FROM ?").replace("IS ?", "IS NOT DISTINCT FROM ?")
    sql = sql.replace("CASE WHEN ? THEN", "CASE WHEN CAST(? AS INTEGER) <> 0 THEN")
    return _placeholders(sql)


def _placeholders(sql: str) -> str:
    """`?` → `%s` and `%` → `%%`, outside string literals."""
    out, pos = [], 0
    for m in _STRING.finditer(sql):
        out.append(sql[pos : m.start()].replace("%", "%%").replace("?", "%s"))
        out.append(m.group().replace("%", "%%"))
        pos = m.end()
    out.append(sql[pos:].replace("%", "%%").replace("?", "%s"))
    return "".join(out)


def _value(v: Any) -> Any:
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, Decimal):
        return decimal_str(v)
    return v


def _params(params: Sequence[Any] | None) -> tuple[Any, ...]:
    return tuple(_value(v) for v in params or ())


_INSERT_VALUES = re.compile(
    r'^(\s*INSERT\s+INTO\s+"?\w+"?\s*)\(([^)]*)\)(\s*VALUES\s*)\(([^)]*)\)(.*)$',
    re.IGNORECASE | re.DOTALL,
)


def _without_null_id(sql: str, params: Sequence[Any] | None):
    """An INSERT that gives `id` as NULL, without it: SQLite then picks the next id,
    PostgreSQL's identity column only when the column is left out."""
    m = _INSERT_VALUES.match(sql)
    if m is None or params is None:
        return sql, params
    cols = [c.strip() for c in m.group(2).split(",")]
    marks = [v.strip() for v in m.group(4).split(",")]
    if "id" not in cols or len(cols) != len(marks) or any(v != "?" for v in marks):
        return sql, params
    k = cols.index("id")
    if params[k] is not None:
        return sql, params
    cols.pop(k)
    marks.pop(k)
    rest = [v for i, v in enumerate(params) if i != k]
    rebuilt = f"{m.group(1)}({', '.join(cols)}){m.group(3)}({', '.join(marks)}){m.group(5)}"
    return rebuilt, rest


_IDLE = 0  # psycopg.pq.TransactionStatus.IDLE: no transaction open


def driver():
    """psycopg, imported when a server is used (an installation may lack it: the caller
    says so in words, see server.connect)."""
    try:
        import psycopg
    except ImportError:  # the bundle leaves the driver out for now
        raise
    return psycopg


# SQLSTATEs of a session the server ended or cannot serve: class 08 (connection
# exception), admin/crash shutdown, cannot connect now, idle (in transaction) timeouts
_LOST_CLASS = "08"
_LOST_STATES = frozenset(["57P01", "57P02", "57P03", "57P05", "25P03"])


def is_lost(exc: BaseException, conn) -> bool:
    """Whether psycopg's `exc` means the connection `conn` is gone (not a refused statement:
    a syntax error, a cancelled query or a violated constraint leave it usable)."""
    psycopg = driver()
    if not isinstance(exc, psycopg.Error):
        return False
    state = getattr(exc, "sqlstate", None) or ""
    if state.startswith(_LOST_CLASS) or state in _LOST_STATES:
        return True
    lost_kind = isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError))
    return lost_kind and bool(conn.closed or conn.broken)


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def connect_again(url: str, where: str):
    """A new autocommit connection to `url` (as `server.connection` opens them); raises
    ConnectionLost, naming the server as `where`, while it cannot be reached."""
    psycopg = driver()
    try:
        return psycopg.connect(url, connect_timeout=10, autocommit=True)
    except psycopg.Error as exc:
        raise ConnectionLost(
            msg("cannot reconnect to {server}: {reason}", server=where, reason=first_line(exc))
        ) from exc


class PgCursor:
    """The result of one statement, as a sqlite3 cursor shows it."""

    def __init__(self, cur, lastrowid: int | None = None) -> None:
        self._cur = cur
        self.lastrowid = lastrowid

    @property
    def description(self):
        return self._cur.description if self._cur is not None else None

    @property
    def rowcount(self) -> int:
        return self._cur.rowcount if self._cur is not None else -1

    def fetchone(self):
        return self._cur.fetchone() if self._cur is not None and self._cur.description else None

    def fetchall(self) -> list:
        return self._cur.fetchall() if self._cur is not None and self._cur.description else []

    def fetchmany(self, size: int = 1) -> list:
        if self._cur is None or not self._cur.description:
            return []
        return self._cur.fetchmany(size)

    def __iter__(self):
        return iter(self.fetchall())


class PgConnection:
    """`sqlite3.Connection`'s subset the store uses, over an autocommit psycopg
    connection (the store's own BEGIN … COMMIT make the transactions).

    It keeps the URL it was opened with (`url`, shown in messages as `where`), so a
    connection the server dropped can be replaced: `reconnect()`, or `connect_again()`
    then `swap()` where the caller must hold a lock while swapping (the project's mutex:
    `ProjectBase.reconnect`). `check(raw)`, when given, vets each new connection (that
    the database still holds the project) before it is used."""

    def __init__(
        self,
        conn,
        url: str,
        *,
        where: str = "",
        check: Callable[[Any], None] | None = None,
    ) -> None:
        self._conn = conn
        self._url = url
        self.where = where or "the server"
        self._check = check
        self._pid: int = conn.info.backend_pid

    @property
    def raw(self):
        return self._conn

    @property
    def in_transaction(self) -> bool:
        if self._conn.closed:  # a broken connection's transaction died with it
            return False
        return self._conn.info.transaction_status != _IDLE

    @property
    def connected(self) -> bool:
        """False once a statement found the connection gone (True does not promise the
        server is up: only the next statement can tell)."""
        return not self._conn.closed

    @property
    def backend_pid(self) -> int | None:
        """The server process serving this connection (a NOTIFY names it), None once lost."""
        return None if self._conn.closed else self._pid

    def connect_again(self):
        """A fresh psycopg connection to the same URL, checked, not yet in use (`swap`).
        Raises ConnectionLost while the server cannot be reached (or refuses the
        check's reading), and the ProjectError `check` raises when the database there no
        longer holds the project."""
        raw = connect_again(self._url, self.where)
        try:
            if self._check is not None:
                self._check(raw)
        except driver().Error as exc:  # gone again while being checked, or refused
            raw.close()
            raise ConnectionLost(
                msg("cannot reconnect to {server}: {reason}", server=self.where,
                    reason=first_line(exc))
            ) from exc  # fmt: skip
        except BaseException:
            raw.close()
            raise
        return raw

    def swap(self, raw) -> None:
        """Use the connection `raw` from now on and close the old one (lost or not)."""
        old, self._conn, self._pid = self._conn, raw, raw.info.backend_pid
        with suppress(Exception):
            old.close()

    def reconnect(self) -> None:
        """`swap(connect_again())`: the caller holds whatever lock guards this connection."""
        self.swap(self.connect_again())

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> PgCursor:
        sql, params = _without_null_id(sql, params)
        statement = translate(sql)
        if statement is None:
            return PgCursor(None)
        table = _INSERT.match(statement)
        returning = (
            table is not None
            and table.group(1).lower() in ID_TABLES
            and "RETURNING" not in statement.upper()
        )
        if returning:
            statement = statement.rstrip().rstrip(";") + " RETURNING id"
        cur = self._run(lambda c: c.execute(statement, _params(params)), statement)
        if returning:
            row = cur.fetchone()
            return PgCursor(None, int(row[0]) if row else None)
        return PgCursor(cur)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> PgCursor:
        statement = translate(sql)
        if statement is None:
            return PgCursor(None)
        rows = [_params(p) for p in seq]
        cur = self._run(lambda c: c.executemany(statement, rows) if rows else None, statement)
        return PgCursor(cur)

    def _run(self, call, statement: str):
        psycopg = driver()
        if self._conn.closed:  # known lost: nothing is sent
            raise Disconnected("the connection is closed", server=self.where)
        cur = self._conn.cursor()
        try:
            call(cur)
        except psycopg.Error as exc:
            text = str(exc).strip()
            if is_lost(exc, self._conn):
                # a COMMIT that went out unanswered may or may not have been applied
                sent_commit = statement.lstrip()[:6].upper() == "COMMIT"
                raise Disconnected(text, server=self.where, unconfirmed=sent_commit) from exc
            if isinstance(exc, psycopg.errors.IntegrityError):
                raise sqlite3.IntegrityError(text) from exc
            if isinstance(
                exc, (psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected)
            ):
                # another reviewer's transaction overlapped: the store tries the edit again
                raise Overlapped(f"busy: {text}") from exc
            raise sqlite3.OperationalError(text) from exc
        return cur

    def publish(self, change) -> None:
        """NOTIFY the project's listeners of a committed change (`server.CHANNEL`). Sent
        right after the commit; a change too large for one notification says only that
        everything may have changed."""
        payload = change_payload(change)
        try:
            self._conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))
        except Exception:  # noqa: BLE001 - the edit is committed; a refresh is not worth an error
            log.warning("could not notify the other windows of a change", exc_info=True)

    def close(self) -> None:
        self._conn.close()


CHANNEL = "solieu_changes"
_PAYLOAD_MAX = 7000  # bytes; PostgreSQL's limit for one notification is 8000


def change_payload(change) -> str:
    data = {
        "figures": sorted(change.figure_ids),
        "documents": sorted(change.document_ids),
        "structural": change.structural,
        "codebook": change.codebook,
    }
    text = json.dumps(data, separators=(",", ":"))
    if len(text) > _PAYLOAD_MAX:
        text = json.dumps({"figures": [], "documents": [], "structural": True, "codebook": True})
    return text


def change_of(payload: str):
    """The `Change` a notification's payload describes (everything, if it is unreadable)."""
    from solieu.store.records import Change

    try:
        data = json.loads(payload)
        return Change(
            frozenset(int(i) for i in data.get("figures", ())),
            frozenset(int(i) for i in data.get("documents", ())),
            bool(data.get("structural")),
            bool(data.get("codebook")),
        )
    except (ValueError, TypeError, AttributeError):
        return Change(structural=True, codebook=True)
