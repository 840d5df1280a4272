from pathlib import Path

import pytest

from solieu.store import Project

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return REPO / "seeds"


@pytest.fixture
def project_of(tmp_path):
    """Make a new project that has imported `articles` (file name → text), written as
    files to a folder first; the caller closes it (`with project_of({...}) as p:`)."""

    def make(articles: dict[str, str]) -> Project:
        folder = tmp_path / "in"
        folder.mkdir()
        for name, text in articles.items():
            (folder / name).write_text(text, encoding="utf-8")
        project = Project.create(tmp_path / "p.solieu")
        project.import_paths([folder])
        return project

    return make
