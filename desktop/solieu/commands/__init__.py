"""The command line's sub-commands, one module each; `solieu.cli` dispatches to them."""


class CliError(Exception):
    """An expected failure of a command: its message is printed as is, no traceback."""
