"""The rule offer: "Set place to “Nghệ An” where it reads “Hà Nội” …? Apply to the other 14?"

When the reviewer has made the same correction on three documents, the window offers
it as a project rule, one proposal at a time, in a bar above the pages like the
welcome bar: a dialog would take the keyboard from the review at the moment the
reviewer is busiest. The bar only asks; the window builds and pushes the edits
(`applyRequested`, `ruleOnlyRequested`) and stores what was turned down
(`dismissed`) as a declined rule, so it is not proposed again, after a restart too.

The window calls `offer` after every batch of corrections with the miner's whole
list. An answered proposal is not offered again in this session whatever the
window passes (its rule may not have reached the store yet, or was refused by it),
and the proposal on show stays on show when it is offered again, so the bar does not
jump under the reviewer's mouse because a new correction re-sorted the list.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from solieu.learn.model import RuleState
from solieu.learn.rules import Proposal
from solieu.ui import i18n


def _fold(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFC", value).split()).casefold()
    return value


def rule_key(rule: RuleState) -> tuple[Any, ...]:
    """What makes two proposals the same rule: (field, old, new, scope), text folded."""
    scope = tuple(sorted((str(k), repr(_fold(v))) for k, v in rule.scope.items()))
    return rule.field, repr(_fold(rule.old)), repr(_fold(rule.new)), scope


class RuleBar(QFrame):
    applyRequested = Signal(object)  # noqa: N815 - the Proposal: make the rule and apply it
    ruleOnlyRequested = Signal(object)  # noqa: N815 - the Proposal: make the rule only
    dismissed = Signal(object)  # the RuleState turned down ("No, thanks")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleBar")
        self.setStyleSheet("#ruleBar { background: #ddf4ff; border-bottom: 1px solid #54aeff; }")
        self._queue: list[Proposal] = []
        self._answered: set[tuple[Any, ...]] = set()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel(self)
        self.text.setObjectName("ruleText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # outlet names and values as written
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("ruleApply")
        self.rule_only_button = QPushButton(self.tr("&Only from now on"), self)
        self.rule_only_button.setObjectName("ruleOnly")
        self.rule_only_button.setToolTip(
            self.tr("Make it a rule for the figures still to come; leave the others as they are")
        )
        self.not_now_button = QPushButton(self.tr("&No, thanks"), self)
        self.not_now_button.setObjectName("ruleNotNow")
        # a click leaves the keyboard in the review (Space there must not press a
        # button here); Tab still reaches the buttons, the mnemonics work from anywhere
        for button in (self.apply_button, self.rule_only_button, self.not_now_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            layout.addWidget(button)
        layout.insertWidget(0, self.text, 1)
        self.apply_button.clicked.connect(self.apply)
        self.rule_only_button.clicked.connect(self.rule_only)
        self.not_now_button.clicked.connect(self.not_now)
        self.hide()

    # the queue --------------------------------------------------------------------

    def offer(self, proposals: list[Proposal]) -> None:
        """Replace the queue with `proposals`, less those answered this session."""
        fresh = [p for p in proposals if rule_key(p.rule) not in self._answered]
        shown = self.current()
        if shown is not None:
            key = rule_key(shown.rule)
            same = [p for p in fresh if rule_key(p.rule) == key]
            if same:  # keep it on show (with its new targets), the rest in the miner's order
                fresh = same[:1] + [p for p in fresh if rule_key(p.rule) != key]
        self._queue = fresh
        self._show()

    def forget_answers(self) -> None:
        """Every answer is in the store by now (a rule, or a turned-down one), so after
        the rules change — an undo among them — the miner alone decides what is offered."""
        self._answered.clear()

    def current(self) -> Proposal | None:
        return self._queue[0] if self._queue else None

    def pending(self) -> int:
        """How many proposals are queued, the one on show included."""
        return len(self._queue)

    def _show(self) -> None:
        proposal = self.current()
        if proposal is None:
            self.hide()  # Qt moves the keyboard on along the tab chain if it was here
            return
        self.text.setText(i18n.tr_error(proposal.text))
        n = len(proposal.targets)
        self.apply_button.setText(self.tr("&Apply to %n like this", "", n))
        self.apply_button.setVisible(n > 0)
        # `setFocus()` on the bar (the window's "go to the offer") lands on its first button
        self.setFocusProxy(self.apply_button if n else self.rule_only_button)
        self.show()

    def _answer(self) -> Proposal | None:
        """Take the proposal on show off the queue, remembering it was answered."""
        proposal = self.current()
        if proposal is None:
            return None
        self._answered.add(rule_key(proposal.rule))
        self._queue.pop(0)
        return proposal

    # the answers ------------------------------------------------------------------

    def apply(self) -> None:
        proposal = self.current()
        if proposal is None or not proposal.targets:
            return
        self._answer()
        self.applyRequested.emit(proposal)
        self._show()

    def rule_only(self) -> None:
        proposal = self._answer()
        if proposal is None:
            return
        self.ruleOnlyRequested.emit(proposal)
        self._show()

    def not_now(self) -> None:
        proposal = self._answer()
        if proposal is None:
            return
        self.dismissed.emit(proposal.rule)
        self._show()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # the buttons ignore Esc, so it reaches the bar from any of them
        if event.key() == Qt.Key.Key_Escape and self.current() is not None:
            self.not_now()
            event.accept()
            return
        super().keyPressEvent(event)
