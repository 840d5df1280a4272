"""`solieu`: the command-line face of the app.

`solieu SUBCOMMAND ...` runs core work with no Qt; `solieu [PROJECT]` opens the
window, importing the UI only then. Expected failures print one line to stderr
and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from pathlib import Path

from solieu import __version__
from solieu.commands import CliError

# sub-command name -> module under solieu.commands exposing add_arguments(p) and run(args)
SUBCOMMANDS = {
    "extract": "extract",
    **dict.fromkeys(("new", "figures", "apply"), "project"),
    "groups": "groups",
    "export": "export",
    "doc": "doc",
    "codebook": "codebook",
    **dict.fromkeys(("push", "pull"), "server"),
    "upgrade": "upgrade",
    "agreement": "agreement",
}


def _window_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="solieu",
        description="Review the statistics that news articles report. "
        f"Sub-commands: {', '.join(SUBCOMMANDS)} (solieu SUBCOMMAND --help).",
    )
    p.add_argument("--version", action="version", version=f"solieu {__version__}")
    p.add_argument(
        "project", nargs="?", help="project file (.solieu) or server URL (postgresql://…) to open"
    )
    p.add_argument("--screenshot", metavar="OUT.png", help="save a PNG of the window and exit")
    p.add_argument(
        "--self-test", action="store_true", help="check this installation offscreen and exit"
    )
    return p


def _check_window_can_open(project: str | None, screenshot: str | None) -> None:
    """Say in words what would otherwise be a Qt abort or a stray new file."""
    from solieu.store.server import is_server_url

    if project and not is_server_url(project) and not Path(project).exists():
        raise CliError(
            f"{project} does not exist (create a project with "
            f"`solieu new {project} ARTICLES...`, or File ▸ New in the window)"
        )
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    )
    if headless and not screenshot:
        raise CliError(
            "no graphical display to open the window on (DISPLAY is not set); "
            "the sub-commands work without one, and --screenshot renders offscreen"
        )


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            name = argv[0]
            module = importlib.import_module(f"solieu.commands.{SUBCOMMANDS[name]}")
            parser = argparse.ArgumentParser(prog=f"solieu {name}")
            module.add_arguments(parser)
            args = parser.parse_args(argv[1:])
            return int(module.run(args) or 0)
        args = _window_parser().parse_args(argv)
        if args.self_test:
            from solieu.commands.selftest import run as self_test

            return self_test()
        _check_window_can_open(args.project, args.screenshot)
        try:
            from solieu.ui.app import run_app
        except ImportError as exc:
            raise CliError(f"the window cannot start: {exc}") from exc
        return int(run_app(args.project, screenshot=args.screenshot) or 0)
    except CliError as exc:
        print(f"solieu: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("solieu: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: say so in one line, keep the details for a report
        if os.environ.get("SOLIEU_DEBUG"):
            traceback.print_exc()
        print(f"solieu: unexpected error: {exc} (set SOLIEU_DEBUG=1 for details)", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
