"""What a modal or a purpose before a figure makes of its measure (GUIDELINE §8).

A measure is the name a spreadsheet column would carry, and some words before a value
change which quantity it is, not only how it is said:

- a need (`cần`, `cần phải`, `có nhu cầu` + at most a verb): what is needed is a demand,
  not a level, and news and statistics name it `nhu cầu`: `doanh nghiệp cần tuyển 80.000
  lao động` is `nhu cầu tuyển lao động`, `cần 50.000 căn hộ` is `nhu cầu căn hộ`;
- a remainder (`còn phải`, `còn cần`, `còn thiếu`): what is left to do differs from the
  total done or planned: `còn phải thu 9.440 tỷ đồng` is `số còn phải thu`, `còn phải di
  dời 300 hộ` is `số hộ còn phải di dời`;
- a purpose (`để`, `nhằm` + a verb of attaining + a plan): `Để hoàn thành dự toán năm
  2025 là 53.000 tỷ đồng` measures the plan, not the verb: `dự toán`, and a bare plan is
  the plan of what its paragraph measures (`dự toán thu ngân sách`);
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from solieu.extract import measure_words as mw
from solieu.extract.measure_reader import END_DROP, Word, render, trim

if TYPE_CHECKING:
    from solieu.extract.measure import PrevFigure

_NEEDS = (("có", "nhu", "cầu"), ("nhu", "cầu"), ("cần", "phải"), ("cần",))
_RESTS = (("còn", "phải"), ("còn", "cần"), ("còn", "thiếu"))
# the modals by their last word, longest first (a remainder before a need: `còn cần`)
_BY_LAST: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _kind, _modals in (("rest", _RESTS), ("need", _NEEDS)):
    for _modal in _modals:
        _BY_LAST.setdefault(_modal[-1], []).append((_kind, _modal))
for _list in _BY_LAST.values():
    _list.sort(key=lambda km: -len(km[1]))
# roles of the (at most two) words of the verb between a modal and the number
_VERB_ROLES = frozenset(["W", "N", "CVERB", "HEAD", "AMOUNT", "TRADE"])
_PURPOSE = frozenset(["để", "nhằm"])
_PLAN_VERBS = frozenset(["hoàn thành", "đạt", "thực hiện", "vượt", "đạt được", "bảo đảm"])


class Aim(NamedTuple):
    kind: str  # "need" or "rest"
    at: int  # where the modal starts in the clause's words
    modal: str  # the modal as written lower-cased (`còn phải`)
    verb: list[Word]  # the words after it, up to the number


def aim_of(core: list[Word]) -> Aim | None:
    """The need or remainder modal that governs the number (the last words of its clause,
    after the value's tail is trimmed): the modal, then at most two words of a verb."""
    n = len(core)
    for k in range(n - 1, max(-1, n - 4), -1):
        w = core[k]
        for kind, modal in _BY_LAST.get(w.low, ()):  # the longest first
            at = k - len(modal) + 1
            if at >= 0 and all(core[at + j].low == m for j, m in enumerate(modal)):
                return Aim(kind, at, " ".join(modal), core[k + 1 :])
        if w.kind != "w" or w.role not in _VERB_ROLES:
            return None  # the modal is no further back than the verb before the number
    return None


def aimed_count(change: bool, core: list[Word], noun: str, mods: list[Word]) -> str | None:
    """A need or remainder of a count: `nhu cầu tuyển lao động`, `số hộ còn phải di dời`;
    None when no modal governs it (nor for a change: `cần giảm 30 vụ`)."""
    aim = None if change else aim_of(core)
    if aim is None:
        return None
    own = render(mods, lower=False)
    verb = render(aim.verb, lower=False)
    if aim.kind == "need":
        return " ".join(p for p in ("nhu cầu", verb, noun, own) if p)
    return " ".join(p for p in ("số", noun, aim.modal, verb, own) if p)


def aimed_amount(f: PrevFigure, core: list[Word], base: str, plan: list[Word] | None) -> str:
    """The measure `base` of an amount, named for its plan (`dự toán thu ngân sách`), its
    need (`nhu cầu vốn đầu tư`, `nhu cầu đầu tư`) or its remainder (`số còn phải thu`, or
    the quantity named before the modal: `thu ngân sách còn phải thu`)."""
    if plan is not None and len(plan) == 1:
        base = plan_of(base, f.level())
    aim = None if f.change or f.unit_class == "percent" else aim_of(core)
    if aim is None:
        return base
    verb = render(aim.verb, lower=False)
    if aim.kind == "need":
        named = base if base and base != render(aim.verb) else ""
        what = " ".join(p for p in (verb, named) if p)
        return f"nhu cầu {what}" if what and not what.startswith("nhu cầu") else base
    before = trim(core[: aim.at])
    head = next((i for i, w in enumerate(before) if w.role in ("HEAD", "AMOUNT")), None)
    subject = render(before[head:]) if head is not None else "số"
    return " ".join(p for p in (subject, aim.modal, verb) if p)


def planned(core: list[Word], np: list[Word], via: str) -> tuple[list[Word], str, list | None]:
    """(np, via, plan) of `mp.np_left`, with a purpose clause's plan in place of a phrase
    that names no head (`Để hoàn thành dự toán năm 2025 là`: `dự toán`, not the verb)."""
    plan = purpose_plan(core) if via != "head" else None
    return (plan, "plan", plan) if plan else (np, via, None)


def purpose_plan(core: list[Word]) -> list[Word] | None:
    """The plan a purpose clause names (`Để hoàn thành dự toán [năm 2025] là`): the words
    from the plan noun on, or None when the clause is no such purpose."""
    at = max((i for i, w in enumerate(core) if w.low in _PURPOSE), default=-1)
    if at < 0 or at + 2 >= len(core) or core[at + 1].low not in _PLAN_VERBS:
        return None
    plan = core[at + 2 :]  # (not `trim`: `kế hoạch` is a control word when it leads)
    if plan[0].low not in mw.BASES_LOW or any(w.role == "STOP" for w in plan):
        return None
    while plan and (plan[-1].role in END_DROP or plan[-1].kind != "w"):
        plan = plan[:-1]
    return plan or None


def plan_of(plan: str, level: str) -> str:
    """A bare plan names the plan of what its paragraph measures: `dự toán thu ngân sách`
    (`level` is the measure of the paragraph's last value of the same kind)."""
    if not level or level.startswith(plan) or " so với " in level:
        return plan
    return f"{plan} {level}"
