"""Review ▸ Claim this document: "being reviewed by …" in every reviewer's document list.

The claim itself is the store's (`store/claims.py`); this controller takes and gives it
up from the action, renews this window's claims every `RENEW_S` (a window gone for
`EXPIRY_S` loses them, whoever it was), and hands the live claims to the documents
list, re-read whenever a change touches documents (another reviewer's claim arrives
as such a change on a server project).
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from solieu.store import ProjectError
from solieu.store.claims import RENEW_S
from solieu.ui import i18n
from solieu.ui.shell import Shell

log = logging.getLogger(__name__)


class Claims(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.held: dict[int, object] = {}  # the live claims, by document, as last read
        self._timer = QTimer(self)
        self._timer.setInterval(int(RENEW_S * 1000))
        self._timer.timeout.connect(self.renew)
        self._timer.start()
        shell.projectChanged.connect(self.refresh)
        shell.bridge.changed.connect(self._on_change)

    def attach(self, action) -> None:
        """The checkable action that claims the current document (menus build it)."""
        self.action = action
        self.shell.documents_view.selectionModel().currentChanged.connect(self._show_state)

    def _on_change(self, change) -> None:
        if change.document_ids or change.structural:
            self.refresh()

    def refresh(self) -> None:
        project = self.shell.project
        if project is None or project.closed:
            return
        try:
            self.held = project.claims()
        except ProjectError as exc:
            log.warning("cannot read the claims: %s", exc)
            return
        self.shell.documents_model.set_claims(
            {d: (c.reviewer, c.mine) for d, c in self.held.items()}
        )
        self._show_state()

    def _show_state(self, *_args) -> None:
        action = getattr(self, "action", None)
        if action is None:
            return
        claim = self.held.get(self.shell.doc_id)
        action.blockSignals(True)
        action.setChecked(bool(claim is not None and claim.mine))
        action.blockSignals(False)
        action.setEnabled(self.shell.doc_id is not None and not self.shell.project.read_only)

    def toggle(self, checked: bool) -> None:
        """Claim the current document, or give this window's claim of it up."""
        project, doc = self.shell.project, self.shell.doc_id
        if doc is None:
            return
        try:
            if not checked:
                project.release(doc)
                return
            held = project.claim(doc)
            if not held.mine and self._take_over(held):
                held = project.claim(doc, take_over=True)
            if held.mine:
                self.shell.notify(self.tr("You are reviewing this document; the others see it."))
        except ProjectError as exc:
            self.shell.show_problem(i18n.tr_error(exc))
        finally:
            self.refresh()

    def _take_over(self, held) -> bool:
        app = QApplication.instance()
        since = _clock(held.claimed_at)
        text = self.tr("{reviewer} has been reviewing this document since {since}.").format(
            reviewer=held.reviewer, since=since
        )
        if app is not None and app.property("noninteractive"):
            self.shell.notify(text, 10000)
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Claimed by someone else"), text)
        box.setParent(self.shell, box.windowFlags())
        box.setObjectName("claimedElsewhere")
        take = box.addButton(self.tr("Take it over"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(self.tr("Leave it to them"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(leave)
        box.setEscapeButton(leave)
        box.exec()
        return box.clickedButton() is take

    def renew(self) -> None:
        """The heartbeat: this window's claims stay alive while it is open."""
        project = self.shell.project
        if project is None or project.closed or not any(c.mine for c in self.held.values()):
            return
        try:
            project.keep_claims()
        except ProjectError as exc:
            log.warning("cannot renew the claims: %s", exc)

    def stop(self) -> None:
        self._timer.stop()


def _clock(at: str) -> str:
    try:
        return f"{datetime.fromisoformat(at.replace('Z', '+00:00')).astimezone():%H:%M}"
    except ValueError:
        return at
