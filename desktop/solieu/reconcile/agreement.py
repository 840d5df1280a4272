"""How far two reviewers of the same figures agree: percent agreement and Cohen's kappa,
field by field (status, value, place, period, measure entry).

Percent agreement alone flatters a field where one answer is common: two reviewers who
confirm 95 % of figures each agree on most of them by chance. Cohen's kappa discounts
that chance: (p_o − p_e) / (1 − p_e), where p_o is the share of items both gave the
same label and p_e the share they would agree on if each labelled at random with their
own frequencies. 1 is perfect agreement, 0 what chance gives, below 0 worse than chance.
When both reviewers gave every item one and the same label, p_e is 1 and kappa is
undefined (None): the percent (100 %) says all there is.

Only figures both reviewers decided are compared. Values compare as numbers
(`Decimal("1.50") == Decimal("1.5")`), texts without surrounding spaces; "no value"
is a label like any other (one reviewer left the place empty, the other did not: a
disagreement).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

FIELDS = ("status", "value", "place", "period", "entry_id")


@dataclass(frozen=True, slots=True)
class Agreement:
    """One field's agreement over `items` figures both reviewers decided."""

    field: str
    items: int
    agreed: int
    kappa: float | None

    @property
    def percent(self) -> float | None:
        return 100.0 * self.agreed / self.items if self.items else None

    def parts(self) -> tuple[str, str, str] | None:
        """("80%", "κ 0.55", "n=5") as the command and the window show it; None when
        no figure was compared."""
        if not self.items:
            return None
        kappa = "κ –" if self.kappa is None else f"κ {self.kappa:.2f}"
        return f"{self.percent:.0f}%", kappa, f"n={self.items}"


def _label(value: Any) -> Hashable:
    if isinstance(value, Decimal):
        return value.normalize() if value.is_finite() else value
    if isinstance(value, str):
        return value.strip()
    if hasattr(value, "value") and isinstance(value.value, str):  # an enum (Status)
        return value.value
    return value


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of (first reviewer's label, second's) pairs; None when it is
    undefined (no pairs, or both gave every item the same single label)."""
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    chance = math.fsum(first[label] * second[label] for label in first) / (n * n)
    if chance >= 1.0:
        return None
    return (observed - chance) / (1.0 - chance)


def field_agreement(field: str, pairs: Iterable[tuple[Any, Any]]) -> Agreement:
    labelled = [(_label(a), _label(b)) for a, b in pairs]
    agreed = sum(a == b for a, b in labelled)
    return Agreement(field, len(labelled), agreed, cohen_kappa(labelled))


def agreement(
    first: Mapping[Any, Mapping[str, Any]],
    second: Mapping[Any, Mapping[str, Any]],
    fields: Sequence[str] = FIELDS,
) -> dict[str, Agreement]:
    """Per field, the agreement of two reviewers' decisions, each a mapping of item
    (a figure) → field → value; items only one of them decided are left out."""
    common = sorted(set(first) & set(second), key=repr)
    return {
        f: field_agreement(f, ((first[i].get(f), second[i].get(f)) for i in common)) for f in fields
    }


def disagreements(
    first: Mapping[Any, Mapping[str, Any]],
    second: Mapping[Any, Mapping[str, Any]],
    fields: Sequence[str] = FIELDS,
) -> dict[Any, tuple[str, ...]]:
    """The items both decided on which they differ, with the fields they differ in:
    what a lead adjudicates."""
    out: dict[Any, tuple[str, ...]] = {}
    for item in sorted(set(first) & set(second), key=repr):
        differ = tuple(
            f for f in fields if _label(first[item].get(f)) != _label(second[item].get(f))
        )
        if differ:
            out[item] = differ
    return out


# -- two projects of the same articles ------------------------------------------------
@dataclass(frozen=True, slots=True)
class DocumentAgreement:
    """One article both projects hold (the same bytes), its figures paired by span."""

    name: str
    fields: dict[str, Agreement]
    only_first: int  # decided figures the other project does not hold (added, or deleted)
    only_second: int


def decisions_of(project, document_id: int) -> dict[tuple[int, int], dict[str, Any]]:
    """A document's decided figures (confirmed or rejected), by span, with the compared
    fields; the measure entry by its name (two projects number their codebooks apart)."""
    names = {e.id: e.state.name for e in project.codebook()}
    out: dict[tuple[int, int], dict[str, Any]] = {}
    for f in project.figures(document_id=document_id):
        if f.status.value == "pending":
            continue
        out[(f.start, f.end)] = {
            "status": f.status,
            "value": f.value,
            "place": f.place,
            "period": f.period,
            "entry_id": names.get(f.entry_id) if f.entry_id is not None else None,
        }
    return out


def compare_projects(first, second) -> tuple[dict[str, Agreement], list[DocumentAgreement]]:
    """Two reviewers' projects of the same articles (each reviewed blind, in their own
    project): the agreement over every article both hold, and per article. Articles
    are paired by their bytes (sha256), figures by their span."""
    theirs = {d.sha256: d for d in second.documents()}
    total_first: dict[Any, Mapping[str, Any]] = {}
    total_second: dict[Any, Mapping[str, Any]] = {}
    per_document: list[DocumentAgreement] = []
    for doc in first.documents():
        other = theirs.get(doc.sha256)
        if other is None:
            continue
        a, b = decisions_of(first, doc.id), decisions_of(second, other.id)
        per_document.append(
            DocumentAgreement(doc.name, agreement(a, b), len(set(a) - set(b)), len(set(b) - set(a)))
        )
        total_first.update({(doc.sha256, span): v for span, v in a.items()})
        total_second.update({(doc.sha256, span): v for span, v in b.items()})
    return agreement(total_first, total_second), per_document
