"""Small seed projects for store tests: a project file of the first seed articles, made
once per module, and a fresh copy of it opened for each test (tests/server runs the
same tests with the file pushed to a server instead)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from solieu.store import Project

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_project_file(tmp_path_factory, articles: int) -> Path:
    """A project file holding the first `articles` seed articles, extracted."""
    path = tmp_path_factory.mktemp("seed") / "seed.solieu"
    with Project.create(path) as project:
        project.import_paths(sorted(SEEDS.glob("*.txt"))[:articles])
    return path


@contextmanager
def opened_copy(seed_file: Path, tmp_path: Path, reviewer: str) -> Iterator[Project]:
    """A copy of `seed_file`, open for editing as `reviewer`."""
    path = tmp_path / "p.solieu"
    path.write_bytes(seed_file.read_bytes())
    with Project.open(path) as project:
        project.reviewer = reviewer
        yield project
