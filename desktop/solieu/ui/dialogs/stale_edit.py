"""The question a stale edit asks: another reviewer saved this field first; keep theirs,
or apply mine? Both values are shown, with who saved theirs and when; keeping theirs
is the default (Enter), since it is the choice that loses nothing of anyone's."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from solieu.model import Status
from solieu.ui.models.figure_cells import COLUMNS, status_label
from solieu.ui.models.figure_cells import tr as tr_cell


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaleEdit", text)


def _when(at: str) -> str:
    try:
        return f"{datetime.fromisoformat(at).astimezone():%H:%M:%S}"
    except ValueError:
        return at


def stale_text(exc, figure_text: str = "") -> str:
    """What the dialog says (also what a non-interactive run logs); `figure_text` is the
    figure's words in the article, which say more to a reviewer than its number."""
    labels = dict(COLUMNS)
    field = tr_cell(labels[exc.field]) if exc.field in labels else exc.field
    theirs, mine = _shown(exc.field, exc.theirs), _shown(exc.field, exc.mine)
    if exc.who:
        saved = _tr("{who} saved {field} as {theirs} at {when}.").format(
            who=exc.who, field=field, theirs=theirs, when=_when(exc.at)
        )
    else:
        saved = _tr("{field} was saved as {theirs} meanwhile.").format(field=field, theirs=theirs)
    return "\n".join(
        (
            _tr("“{figure}”: someone else changed it first.").format(figure=figure_text)
            if figure_text
            else _tr("Figure {figure}: someone else changed it first.").format(
                figure=exc.figure_id
            ),
            saved,
            _tr("Your change: {mine}.").format(mine=mine),
        )
    )


def _shown(field: str, text: str) -> str:
    if field == "status" and text in {s.value for s in Status}:
        text = status_label(Status(text))
    return f"“{text}”" if text else _tr("(empty)")


def ask_keep_or_apply(exc, parent: QWidget | None = None, figure_text: str = "") -> bool:
    """True: apply mine over theirs; False: keep theirs."""
    text = stale_text(exc, figure_text)
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Changed by someone else"), text)
    box.setParent(parent, box.windowFlags())
    box.setObjectName("staleEdit")
    keep = box.addButton(_tr("Keep theirs"), QMessageBox.ButtonRole.RejectRole)
    mine = box.addButton(_tr("Apply mine"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is mine
