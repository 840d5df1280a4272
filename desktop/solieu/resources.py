"""Where the bundled files are: the seed corpus and the demo project built from it.

An installed wheel or a PyInstaller bundle carries `seeds/` inside the package
(pyproject force-includes it as `solieu/seeds`); an editable install reads the
repository's `seeds/`. The demo project lives in the user data folder so the
first run needs no set-up and never writes into the install.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

import solieu

DEMO_NAME = "demo.solieu"


def seeds_dir() -> Path:
    """The seed corpus folder (articles at top level, gold annotations in `gold/`)."""
    for candidate in (
        Path(solieu.__file__).parent / "seeds",
        Path(__file__).resolve().parents[2] / "seeds",
    ):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled seed articles are missing from this installation")


def seed_articles() -> list[Path]:
    """The seed article files, in name order (not the gold JSON nor the guideline)."""
    return sorted(p for p in seeds_dir().iterdir() if p.is_file() and p.suffix == ".txt")


def demo_project_path() -> Path:
    """Where the demo project lives: the user data folder (created when needed)."""
    return platformdirs.user_data_path("solieu", appauthor=False) / DEMO_NAME


def ensure_demo_project() -> Path:
    """Return the demo project, building it from the seeds on first call.

    It is built under a temporary name and renamed into place, so an
    interrupted first run never leaves a half-imported demo behind.
    """
    from solieu.store import Project, ProjectError

    target = demo_project_path()
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with Project.create(partial, overwrite=True) as project:
            report = project.import_paths(seed_articles())
        if not report.imported:
            reasons = "; ".join(f"{n}: {r}" for n, r in report.failed) or "no seed articles"
            raise ProjectError(f"the demo project could not be built ({reasons})")
        os.replace(partial, target)
    finally:
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        partial.with_name(partial.name + ".lock").unlink(missing_ok=True)
    return target
