"""User-facing messages of the core that the window can show in the reviewer's language.

The core never imports Qt, yet the window shows its error messages (`str(exc)` of a
TextLoadError, a ProjectError, an export error). A message is therefore built as
`msg("the file {name} is empty", name=...)`: a `Message` is a plain `str` holding the
English text (the command line, logs and tests read it as before) that also carries
its `template` and `params`. The window's `solieu.ui.i18n.tr_error` translates the
template in the Qt context `CONTEXT` and formats the params, translating params that
are Messages themselves (a reason inside a file error).

`python -m solieu.ui.i18n update` finds every `msg("...")` and `N_("...")` literal in
the core packages and adds it to the translation files, so a template must be a
string literal (never an f-string): the values go in as named `{params}` (a literal
brace is doubled, as for str.format).
"""

from __future__ import annotations

import errno
from typing import Any

CONTEXT = "solieu.core"  # the Qt translation context of the core's messages


def N_(template: str) -> str:  # noqa: N802 - the gettext convention for "mark, do not translate yet"
    """Mark a literal as a core message template (for the extractor); returns it unchanged."""
    return template


class Message(str):
    """English text that remembers the template and the values it was formatted from."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Message:
        text = template.format(**params)
        self = super().__new__(cls, text)
        self.template = template
        self.params = params
        return self

    def __reduce__(self):  # a str subclass with attributes: pickle template and params
        return (_rebuild, (self.template, self.params))

    def __repr__(self) -> str:
        return f"msg({self.template!r}, **{self.params!r})"


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


def msg(template: str, **params: Any) -> Message:
    """A core message: `template` is an English literal with `{name}` fields for `params`."""
    return Message(template, **params)


def message_of(error: BaseException | str) -> str:
    """The message an exception was raised with, keeping a Message as it is.

    `str(exc)` of `Error(msg(...))` is a plain copy of the text (str() of a str subclass
    drops the subclass), so code that re-raises or shows an error reads it from here.
    """
    if isinstance(error, str):
        return error
    args = getattr(error, "args", ())
    if len(args) == 1 and isinstance(args[0], Message):
        return args[0]
    return str(error)


# What the operating system said, for the errors a reviewer meets with article and
# project files. The OS text itself (`strerror`) is English on most systems.
_OS_REASONS = {
    errno.ENOENT: N_("the file or folder does not exist"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("the operation is not permitted"),
    errno.EISDIR: N_("this is a folder, not a file"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EROFS: N_("the disk is read-only"),
    errno.EEXIST: N_("the file already exists"),
    errno.ENAMETOOLONG: N_("the file name is too long"),
    errno.EBUSY: N_("the file is in use by another program"),
    errno.EIO: N_("the disk could not be read or written (input/output error)"),
}


def os_reason(exc: OSError) -> Message:
    """A translatable reason for an OSError (the OS's own text when the errno is unusual)."""
    template = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    if template is not None:
        return msg(template)
    # not through msg(): "{reason}" alone is nothing to translate
    return Message("{reason}", reason=exc.strerror or str(exc))
