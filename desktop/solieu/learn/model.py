"""The nouns of learning: a codebook entry and a project rule, as plain frozen data.

They are what the store keeps (tables `codebook` and `rules`, schema v6), what a
codebook file holds and what the suggester and the rule miner read. `to_dict` and
`from_dict` are their JSON form in the review log and in `PutEntry`/`PutRule` edits.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any


def clean_name(text: str | None) -> str:
    """An entry name or synonym as stored and read: NFC, single spaces, no outer space."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def name_key(text: str | None) -> str:
    """How names are compared: two that differ only in spaces, case or Unicode form
    are one indicator."""
    return clean_name(text).casefold()


def fold(text: str) -> str:
    """`text` without diacritics (`đ` → `d`): what a reviewer types without a
    Vietnamese keyboard still matches. Case is kept; callers fold it first if needed."""
    base = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in base if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class EntryState:
    """One indicator of the codebook: `kim ngạch xuất khẩu`, its synonyms, its unit class.

    `unit_class` is one of `solieu.model.UNIT_CLASSES` or None (any); `change` is True
    for an indicator that is a change (growth, increase), False for a level, None when
    the entry does not say.
    """

    name: str
    code: str | None = None
    name_en: str | None = None
    unit_class: str | None = None
    change: bool | None = None
    synonyms: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "code": self.code,
            "name_en": self.name_en,
            "unit_class": self.unit_class,
            "change": self.change,
            "synonyms": list(self.synonyms),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> EntryState | None:
        if d is None:
            return None
        change = d.get("change")
        return cls(
            name=str(d["name"]),
            code=d.get("code") or None,
            name_en=d.get("name_en") or None,
            unit_class=d.get("unit_class") or None,
            change=None if change is None else bool(change),
            synonyms=tuple(str(s) for s in d.get("synonyms") or ()),
        )

    def names(self) -> tuple[str, ...]:
        """The canonical name first, then the synonyms."""
        return (self.name, *self.synonyms)


@dataclass(frozen=True, slots=True)
class Entry:
    """A stored entry: its id, its state, and how many figures are linked to it."""

    id: int
    state: EntryState
    figures: int = 0

    @property
    def name(self) -> str:
        return self.state.name


@dataclass(frozen=True, slots=True)
class RuleState:
    """A project rule: set `field` to `new` on figures whose `field` is `old`.

    `scope` narrows where it applies: {"outlet": "baonghean.vn"} (one outlet's
    documents), {"unit_class": "USD"}; empty means every document. Learned from
    repeated corrections (`learn.rules`), or written by the reviewer. A rule the
    reviewer turned down when it was offered is kept with `active` False: it applies to
    nothing, and the same rule is never offered again, in this session or the next.
    """

    field: str
    old: Any
    new: Any
    scope: dict[str, Any] = field(default_factory=dict)
    active: bool = True

    def to_dict(self) -> dict[str, Any]:
        d = {"field": self.field, "old": self.old, "new": self.new, "scope": dict(self.scope)}
        if not self.active:
            d["active"] = False
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> RuleState | None:
        if d is None:
            return None
        return cls(
            str(d["field"]),
            d.get("old"),
            d.get("new"),
            dict(d.get("scope") or {}),
            bool(d.get("active", True)),
        )


@dataclass(frozen=True, slots=True)
class Rule:
    id: int
    state: RuleState
