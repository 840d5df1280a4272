"""The codebook and the project rules in the project file (schema v6).

`put_entry` and `put_rule` run inside the applier's transaction, like
`statistics.put_statistic`: they check the edit's `old` against the row (a stale
edit is refused), write the row, log each changed attribute, and return the inverse.
A figure's link to its entry is the figure field `entry_id`, set by `SetField`.
"""

from __future__ import annotations

import json
import sqlite3

from solieu.learn.model import Entry, EntryState, Rule, RuleState, clean_name
from solieu.messages import msg
from solieu.model import UNIT_CLASSES
from solieu.store.edits import PutEntry, PutRule
from solieu.store.errors import EditConflict, InvalidEdit
from solieu.store.reviewlog import LogWriter
from solieu.store.values import to_text

_ENTRY_COLUMNS = "id, name, code, name_en, unit_class, change, synonyms"
RULE_FIELDS = ("measure", "place", "period", "unit_class", "qualifier", "change", "unit")


def normalise_entry(state: EntryState) -> EntryState:
    """Validate an entry and tidy its text (refuses an empty name or an unknown class)."""
    name = clean_name(state.name)
    if not name:
        raise InvalidEdit(msg("a codebook entry needs a name"))
    if state.unit_class is not None and state.unit_class not in UNIT_CLASSES:
        raise InvalidEdit(
            msg(
                "unit_class must be one of {choices}, not {value}",
                choices=", ".join(UNIT_CLASSES),
                value=repr(state.unit_class),
            )
        )
    seen = {name.casefold()}
    synonyms = []
    for s in state.synonyms:
        s = clean_name(s)
        if s and s.casefold() not in seen:
            seen.add(s.casefold())
            synonyms.append(s)
    return EntryState(
        name,
        clean_name(state.code) or None,
        clean_name(state.name_en) or None,
        state.unit_class,
        state.change,
        tuple(synonyms),
    )


def _entry(row: tuple) -> EntryState:
    return EntryState(
        row[1], row[2], row[3], row[4], None if row[5] is None else bool(row[5]),
        tuple(json.loads(row[6] or "[]")),
    )  # fmt: skip


def read_entry(conn: sqlite3.Connection, entry_id: int) -> EntryState | None:
    row = conn.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM codebook WHERE id = ?", (entry_id,)
    ).fetchone()
    return None if row is None else _entry(row)


def read_codebook(conn: sqlite3.Connection) -> list[Entry]:
    """Every entry with the count of live figures linked to it, by name."""
    counts = dict(
        conn.execute(
            "SELECT f.entry_id, COUNT(*) FROM figures f JOIN documents d ON d.id = f.document_id "
            "WHERE f.entry_id IS NOT NULL AND f.deleted = 0 AND d.deleted = 0 GROUP BY f.entry_id"
        ).fetchall()
    )
    rows = conn.execute(f"SELECT {_ENTRY_COLUMNS} FROM codebook ORDER BY name, id").fetchall()
    return [Entry(r[0], _entry(r), counts.get(r[0], 0)) for r in rows]


def read_rules(conn: sqlite3.Connection) -> list[Rule]:
    return [
        Rule(rid, RuleState.from_dict(json.loads(text)))  # type: ignore[arg-type]
        for rid, text in conn.execute("SELECT id, rule FROM rules ORDER BY id")
    ]


def put_entry(conn: sqlite3.Connection, edit: PutEntry, *, at: str, log: LogWriter) -> PutEntry:
    """Apply one entry change inside the caller's transaction; return its inverse."""
    new = None if edit.new is None else normalise_entry(edit.new)
    old = None if edit.old is None else normalise_entry(edit.old)
    eid = edit.entry_id
    current = read_entry(conn, eid) if eid is not None else None
    if current != old:
        raise EditConflict(
            msg(
                "codebook entry {entry_id} changed since this edit was made; reload and try again",
                entry_id=eid,
            )
        )
    if new is not None:
        clash = conn.execute(
            "SELECT id FROM codebook WHERE name = ? AND id IS NOT ?", (new.name, eid)
        ).fetchone()
        if clash is not None:
            raise EditConflict(
                msg("the codebook already has an entry named “{name}”", name=new.name)
            )
    values = None
    if new is not None:
        change = None if new.change is None else int(new.change)
        synonyms = json.dumps(list(new.synonyms), ensure_ascii=False)
        values = (new.name, new.code, new.name_en, new.unit_class, change, synonyms)
    if new is None:
        linked = conn.execute(
            "SELECT COUNT(*) FROM figures WHERE entry_id = ? AND deleted = 0", (eid,)
        ).fetchone()[0]
        if linked:
            raise EditConflict(
                msg(
                    "codebook entry “{name}” still has {count} figures; move them first",
                    name=current.name if current else eid,
                    count=linked,
                )
            )
        conn.execute("UPDATE figures SET entry_id = NULL WHERE entry_id = ?", (eid,))
        conn.execute("DELETE FROM codebook WHERE id = ?", (eid,))
    elif current is None:
        cur = conn.execute(
            "INSERT INTO codebook(id, name, code, name_en, unit_class, change, synonyms, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (eid, *values, at, at),  # type: ignore[misc]
        )
        eid = int(cur.lastrowid) if eid is None else eid
    else:
        conn.execute(
            "UPDATE codebook SET name = ?, code = ?, name_en = ?, unit_class = ?, change = ?, "
            "synonyms = ?, updated_at = ? WHERE id = ?",
            (*values, at, eid),  # type: ignore[misc]
        )
    done = PutEntry(eid, new, old)
    for name in ("name", "code", "name_en", "unit_class", "change", "synonyms"):
        a = getattr(old, name) if old else None
        b = getattr(new, name) if new else None
        if a != b:
            log.write("entry", field=name, old=_text(a), new=_text(b), edit=done.to_json())
    return PutEntry(eid, old, new)


def normalise_rule(state: RuleState) -> RuleState:
    if state.field not in RULE_FIELDS:
        raise InvalidEdit(
            msg(
                "a rule can set {fields}, not {field}",
                fields=", ".join(RULE_FIELDS),
                field=repr(state.field),
            )
        )
    return state


def put_rule(conn: sqlite3.Connection, edit: PutRule, *, at: str, log: LogWriter) -> PutRule:
    """Apply one rule change inside the caller's transaction; return its inverse."""
    new = None if edit.new is None else normalise_rule(edit.new)
    rid = edit.rule_id
    row = conn.execute("SELECT rule FROM rules WHERE id = ?", (rid,)).fetchone()
    current = None if row is None else RuleState.from_dict(json.loads(row[0]))
    if current != edit.old:
        raise EditConflict(
            msg(
                "rule {rule_id} changed since this edit was made; reload and try again", rule_id=rid
            )
        )
    text = None if new is None else json.dumps(new.to_dict(), ensure_ascii=False, sort_keys=True)
    if new is None:
        conn.execute("DELETE FROM rules WHERE id = ?", (rid,))
    elif current is None:
        cur = conn.execute(
            "INSERT INTO rules(id, rule, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (rid, text, at, at),
        )
        rid = int(cur.lastrowid) if rid is None else rid
    else:
        conn.execute("UPDATE rules SET rule = ?, updated_at = ? WHERE id = ?", (text, at, rid))
    done = PutRule(rid, new, edit.old)
    old_text = None if edit.old is None else json.dumps(edit.old.to_dict(), ensure_ascii=False)
    log.write("rule", field="rule", old=old_text, new=text, edit=done.to_json())
    return PutRule(rid, edit.old, new)


def _text(value: object) -> str | None:
    """An entry attribute as the log's text: synonyms joined, the rest as `to_text`."""
    return "; ".join(value) if isinstance(value, tuple) else to_text(value)
