"""The Reconcile page's words: check sentences, why a group was formed, the undo texts.

Every sentence is translated in the "Reconcile" context and every value is written the
Vietnamese way (`format_vi`), so the page reads the same as the figure table. An undo
text names the group it acts on (`Accept group ‘kim ngạch xuất khẩu’`): the Edit menu
and the undo history must tell a reviewer which of hundreds of groups a step undoes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from solieu.extract.numbers import format_vi
from solieu.ui.group_rows import GroupRow, MemberRow, with_unit
from solieu.ui.models.groups_model import group_status_label

CONTEXT = "Reconcile"
CONFLICT_COLOUR = "#cf222e"
OK_COLOUR = "#1a7f37"
NAME_CHARS = 60  # a group's name in an undo text, cut beyond this


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def check_sentence(c) -> str:
    """A consistency check in the window's language, values the Vietnamese way."""
    if not c.values:
        return c.message
    v = [format_vi(x) for x in c.values]
    expected = format_vi(c.expected) if c.expected is not None else ""
    unit = c.unit
    if c.kind == "change":
        shown = f"{v[0]}%" if unit == "%" else f"{v[0]} {unit}".strip()
        implied = f"{expected}%" if unit == "%" else f"{expected} {unit}".strip()
        if c.ok:
            text = tr("✓ The change {change} fits {before} → {after} ({implied})")
        else:
            text = tr("⚠ The change {change} does not fit {before} → {after} ({implied})")
        return text.format(change=shown, before=v[1], after=v[2], implied=implied)
    parts = " + ".join(v[1:])
    text = (
        tr("✓ Consistent total: {parts} = {total} {unit}")
        if c.ok
        else tr("⚠ Inconsistent total: {total} ≠ {parts} = {sum} {unit}")
    )
    return text.format(parts=parts, total=v[0], sum=expected, unit=unit).strip()


def key_label(key: str) -> str:
    """A grouping key (`unit_class` …) as the reviewer calls it."""
    labels = {
        "value": tr("value"),
        "measure": tr("measure"),
        "unit_class": tr("kind of unit"),
        "unit": tr("counted noun"),
        "place": tr("place"),
        "period": tr("period"),
    }
    return labels.get(key, key)


def count_text(counts: tuple[int, int, int], busy: bool) -> str:
    """The list's (groups, conflicts, to review) counts (`group_rows.tally`)."""
    n, conflicts, open_ = counts
    text = " · ".join(
        (
            QCoreApplication.translate(CONTEXT, "%n group(s)", "", n),
            QCoreApplication.translate(CONTEXT, "%n conflict(s)", "", conflicts),
            QCoreApplication.translate(CONTEXT, "%n to review", "", open_),
        )
    )
    return f"{text} · {tr('regrouping…')}" if busy else text


def title_html(row: GroupRow) -> str:
    """The selected group's headline: its value (or the values that disagree, in red), its
    context, how many documents report it and its status."""
    context = " · ".join(escape(p) for p in (row.measure, row.place, row.period) if p)
    if row.disagreement:
        head = f"<b style='color:{CONFLICT_COLOUR}'>{escape(row.disagreement)}</b>"
    else:
        head = f"<b>{escape(with_unit(row.value, row.unit))}</b>"
    return (
        head
        + (f" — {context}" if context else "")
        + " — "
        + escape(
            QCoreApplication.translate(
                CONTEXT, "%n document(s), {status}", "", row.documents
            ).format(status=group_status_label(row.status))
        )
    )


def details_html(row: GroupRow, winner: str | None, checks: list) -> str:
    """Why the group was formed, its conflict, its winner and its consistency checks."""
    g = row.group
    reason = g.reason or {}
    parts = []
    if reason.get("decided"):
        parts.append(escape(tr("Decided by the reviewer: these mentions report one statistic.")))
    if g.conflict:
        parts.append(
            f"<span style='color:{CONFLICT_COLOUR}'><b>"
            + escape(tr("Conflict:"))
            + "</b> "
            + escape(
                tr(
                    "the same measure, place and period, but the values differ beyond "
                    "rounding. Select the right member and press W, or press its number."
                )
            )
            + "</span>"
        )
        if row.disagreement:
            parts.append(f"<b style='color:{CONFLICT_COLOUR}'>{escape(row.disagreement)}</b>")
    if row.corrected:
        parts.append(escape(tr("✎ A member's value was corrected: it differs from its text.")))
    matched = [key_label(k) for k in reason.get("matched", [])]
    if matched and not reason.get("decided"):
        parts.append(
            escape(tr("Grouped because the mentions agree on: {keys}.")).format(
                keys=escape(", ".join(matched))
            )
        )
    score = reason.get("measure_score")
    if score is not None:
        parts.append(
            escape(tr("Measures alike: {score}%.").format(score=round(float(score) * 100)))
        )
    if winner:
        parts.append(escape(tr("Winning value: {text}.").format(text=winner)))
    lines = [f"<p style='margin:0 0 4px 0'>{p}</p>" for p in parts]
    if checks:
        lines.append(f"<p style='margin:6px 0 2px 0'><b>{escape(tr('Checks'))}</b></p>")
    for c in checks:
        style = f"color:{OK_COLOUR}" if c.ok else f"color:{CONFLICT_COLOUR};font-weight:bold"
        lines.append(f"<p style='margin:0;{style}'>{escape(check_sentence(c))}</p>")
    return "".join(lines)


def duplicate_badge(name: str, containment: float, score: float) -> str:
    return tr("≈ near-duplicate of {name}: {shared}% shared, similarity {score}%").format(
        name=name, shared=round(containment * 100), score=round(score * 100)
    )


# --- undo texts ---------------------------------------------------------------------------------


def _name(row: GroupRow) -> str:
    name = " ".join(row.name.split())
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1].rstrip() + "…"


def _mention(member: MemberRow) -> str:
    return with_unit(member.value, member.unit)


def accept_text(row: GroupRow) -> str:
    return tr("Accept group ‘{name}’").format(name=_name(row))


def winner_text(row: GroupRow, member: MemberRow) -> str:
    return tr("Choose {value} ({document}) for ‘{name}’").format(
        value=_mention(member), document=member.document, name=_name(row)
    )


def keep_first_text(member: MemberRow) -> str:
    return tr("Keep the first reviewer's {value} ({document})").format(
        value=_mention(member), document=member.document
    )


def take_second_text(member: MemberRow, name: str) -> str:
    return tr("Take {name}'s review of {value} ({document})").format(
        name=name, value=_mention(member), document=member.document
    )


def split_text(row: GroupRow, member: MemberRow) -> str:
    return tr("Split {value} ({document}) out of ‘{name}’").format(
        value=_mention(member), document=member.document, name=_name(row)
    )


def move_text(row: GroupRow, member: MemberRow, target: GroupRow) -> str:
    return tr("Move {value} ({document}) from ‘{name}’ to ‘{target}’").format(
        value=_mention(member), document=member.document, name=_name(row), target=_name(target)
    )


def merge_text(row: GroupRow, target: GroupRow) -> str:
    return tr("Merge ‘{name}’ into ‘{target}’").format(name=_name(row), target=_name(target))


def reopen_text(row: GroupRow) -> str:
    return tr("Reopen group ‘{name}’").format(name=_name(row))
