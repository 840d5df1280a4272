"""The edits of a whole document, for `apply.Applier`: a property of it, and removing
or restoring it (one flag on its row)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from solieu.messages import msg
from solieu.store.edits import Edit, RemoveDocument, RestoreDocument, SetDocumentField
from solieu.store.errors import EditConflict, InvalidEdit
from solieu.store.values import DOCUMENT_FIELDS, coerce_document_field

if TYPE_CHECKING:
    from solieu.store.apply import Applier


def set_document(applier: Applier, edit: SetDocumentField) -> SetDocumentField:
    """A document property (title, outlet, default place …): every figure of the
    document may now inherit differently, so the change is structural."""
    new = coerce_document_field(edit.field, edit.new)
    row = applier.conn.execute(
        f"SELECT {_document_column(edit.field)} FROM documents WHERE id = ?",
        (edit.document_id,),
    ).fetchone()
    if row is None:
        raise InvalidEdit(
            msg("document {document_id} does not exist", document_id=edit.document_id)
        )
    if coerce_document_field(edit.field, edit.old) != row[0]:
        raise EditConflict(
            msg(
                "document {document_id}'s {field} is {now} now, not {old}; reload and try again",
                document_id=edit.document_id,
                field=edit.field,
                now=repr(row[0]),
                old=repr(edit.old),
            )
        )
    applier.conn.execute(
        f"UPDATE documents SET {_document_column(edit.field)} = ? WHERE id = ?",
        (new, edit.document_id),
    )
    done = SetDocumentField(edit.document_id, edit.field, row[0], new)
    applier.log.write(
        "document",
        field=edit.field,
        old=row[0],
        new=new,
        edit=done.to_json(),
        document_id=edit.document_id,
    )
    applier.document_ids.add(edit.document_id)
    applier.structural = True  # every figure of the document may now inherit differently
    return SetDocumentField(edit.document_id, edit.field, new, row[0])


def set_removed(applier: Applier, document_id: int, *, removed: bool) -> Edit:
    """Remove or restore a whole document: one flag on its row, one log row.

    The figures keep their own `deleted` flags (a figure deleted before the
    removal stays deleted after the restore); every read hides the figures of a
    removed document through the document's flag."""
    row = applier.conn.execute(
        "SELECT name, deleted FROM documents WHERE id = ?", (document_id,)
    ).fetchone()
    if row is None:
        raise EditConflict(msg("document {document_id} does not exist", document_id=document_id))
    name, is_removed = row
    if bool(is_removed) == removed:
        if removed:
            raise EditConflict(msg("document {document} is already removed", document=name))
        raise EditConflict(msg("document {document} is not removed", document=name))
    applier.conn.execute(
        "UPDATE documents SET deleted = ? WHERE id = ?", (int(removed), document_id)
    )
    edit = RemoveDocument(document_id) if removed else RestoreDocument(document_id)
    applier.log.write(edit.kind, new=name, edit=edit.to_json(), document_id=document_id)
    for (figure_id,) in applier.conn.execute(
        "SELECT id FROM figures WHERE document_id = ? AND deleted = 0", (document_id,)
    ):
        applier.figure_ids.add(figure_id)
    applier.document_ids.add(document_id)
    applier.structural = True
    return RestoreDocument(document_id) if removed else RemoveDocument(document_id)


def _document_column(name: str) -> str:
    if name not in DOCUMENT_FIELDS:  # never interpolate anything else into SQL
        raise InvalidEdit(f"'{name}' is not a document property")
    return name
