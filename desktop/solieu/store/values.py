"""Field values: which fields a reviewer may set, how a value is checked, and its forms.

A value lives in three forms: the Python one edits carry (Decimal, bool,
Status …), the SQLite one (`to_db`/`from_db`: decimals as TEXT, booleans as
0/1) and the review log's text (`to_text`/`from_text`). Edits, the applier and
the history all need these, so they sit below all three.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from solieu.messages import msg
from solieu.model import QUALIFIERS, UNIT_CLASSES, Status, decimal_str
from solieu.store.errors import InvalidEdit

EDITABLE_FIELDS = (
    "status",
    "value",
    "number",
    "scale",
    "unit",
    "unit_class",
    "qualifier",
    "change",
    "measure",
    "place",
    "period",
    "period_text",
    "note",
    "entry_id",  # the codebook entry the figure reports (learn/, schema v6)
)
# what a reviewer can set on a document (document properties; `solieu doc`)
DOCUMENT_FIELDS = ("title", "outlet", "url", "published", "place")
DECIMAL_FIELDS = frozenset({"value", "number"})


def coerce(field_name: str, value: Any) -> Any:
    """Validate a field value and return it in its Python type (Decimal, bool, Status …).

    Accepts the JSON forms too (`"76200000"` for a Decimal), so edits read from
    the CLI and from the review log validate the same way as the UI's.
    """
    if field_name not in EDITABLE_FIELDS:
        raise InvalidEdit(
            msg(
                "'{field}' is not an editable field (editable: {fields})",
                field=field_name,
                fields=", ".join(EDITABLE_FIELDS),
            )
        )
    if field_name == "status":
        try:
            return Status(value)
        except ValueError:
            raise InvalidEdit(
                msg(
                    "status must be one of {choices}, not {value}",
                    choices=", ".join(s.value for s in Status),
                    value=repr(value),
                )
            ) from None
    if field_name in DECIMAL_FIELDS:
        if value is None and field_name == "number":
            return None
        return _decimal(field_name, value)
    if field_name == "unit_class":
        if value not in UNIT_CLASSES:
            raise InvalidEdit(
                msg(
                    "unit_class must be one of {choices}, not {value}",
                    choices=", ".join(UNIT_CLASSES),
                    value=repr(value),
                )
            )
        return value
    if field_name == "qualifier":
        if value in (None, ""):
            return None
        if value not in QUALIFIERS:
            raise InvalidEdit(
                msg(
                    "qualifier must be empty or one of {choices}, not {value}",
                    choices=", ".join(QUALIFIERS),
                    value=repr(value),
                )
            )
        return value
    if field_name == "entry_id":
        if value is None or value == "":
            return None
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = -1
        if isinstance(value, bool) or number < 1:
            raise InvalidEdit(msg("entry_id must be an entry's id, not {value}", value=repr(value)))
        return number
    if field_name == "change":
        if not isinstance(value, bool):
            raise InvalidEdit(msg("change must be true or false, not {value}", value=repr(value)))
        return value
    # free text fields: an empty string means "no value"
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise InvalidEdit(
            msg("{field} must be text, not {value}", field=field_name, value=repr(value))
        )
    return value


def _decimal(field_name: str, value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        raise InvalidEdit(
            msg("{field} must be a number written like 76200000 or 76.2", field=field_name)
        )
    try:
        number = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        raise InvalidEdit(
            msg(
                "{field} must be a number written like 76200000 or 76.2, not {value}",
                field=field_name,
                value=repr(value),
            )
        ) from None
    if not number.is_finite():
        raise InvalidEdit(
            msg("{field} must be a finite number, not {value}", field=field_name, value=repr(value))
        )
    return number


def coerce_document_field(name: str, value: Any) -> str | None:
    """Validate a document property: text, with `published` a real ISO date."""
    if name not in DOCUMENT_FIELDS:
        raise InvalidEdit(
            msg(
                "'{field}' is not a document property (properties: {fields})",
                field=name,
                fields=", ".join(DOCUMENT_FIELDS),
            )
        )
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise InvalidEdit(msg("{field} must be text, not {value}", field=name, value=repr(value)))
    value = " ".join(value.split())
    if name == "published":
        try:
            return datetime.date.fromisoformat(value).isoformat()
        except ValueError:
            raise InvalidEdit(
                msg(
                    "the publication date must be a date written like 2025-07-14, not {value}",
                    value=repr(value),
                )
            ) from None
    return value


def to_db(field_name: str, value: Any) -> Any:
    """The SQLite form of an (already coerced) field value."""
    if value is None:
        return None
    if field_name in DECIMAL_FIELDS:
        return decimal_str(value)
    if field_name == "change":
        return int(bool(value))
    if field_name == "status":
        return str(Status(value).value)
    return value


def from_db(field_name: str, value: Any) -> Any:
    """The Python form of a stored field value (inverse of `to_db`)."""
    if value is None:
        return None
    if field_name in DECIMAL_FIELDS:
        return Decimal(value)
    if field_name == "change":
        return bool(value)
    if field_name == "status":
        return Status(value)
    return value


def to_text(value: Any) -> str | None:
    """A value as the review log's old/new text (decimals plain, booleans true/false)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return decimal_str(value)
    if isinstance(value, Status):
        return value.value
    return str(value)


def from_text(field_name: str, text: str | None) -> Any:
    """A figure field's value read back from the review log's text (inverse of `to_text`)."""
    if text is None:
        return None
    if field_name == "change":
        return text == "true"
    return coerce(field_name, text)


def jsonable(value: Any) -> Any:
    """A value in the form an edit's JSON holds (decimals as text, statuses by name)."""
    if isinstance(value, Decimal):
        return decimal_str(value)
    if isinstance(value, Status):
        return value.value
    return value


def revive(field_name: str, value: Any) -> Any:
    """A value read from an edit's JSON, in its Python type (inverse of `jsonable`)."""
    if value is None:
        return None
    if field_name == "entry_id":
        return int(value)
    if field_name in DECIMAL_FIELDS:
        return Decimal(value)
    if field_name == "status":
        return Status(value)
    return value
