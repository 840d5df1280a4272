"""An import on several processes stores what one on a single core stores: the same
documents in the same order, the same figures, the same report (bad, duplicate and
empty files included), and a cancel stops it cleanly."""

from __future__ import annotations

import shutil

from solieu.resources import seed_articles
from solieu.store import Project
from solieu.store.importer import POOL_FROM


def folder_of_articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    seeds = seed_articles()
    for i in range(POOL_FROM + 2):  # enough files for a pool, each a distinct article
        src = seeds[i % len(seeds)]
        text = src.read_text(encoding="utf-8") + f"\n\nBài số {i}: thu 1.{i:03d} tỷ đồng.\n"
        (folder / f"{i:02d}_{src.name}").write_text(text, encoding="utf-8")
    (folder / "50_empty.txt").write_bytes(b"")
    shutil.copy(folder / f"00_{seeds[0].name}", folder / "51_copy.txt")
    return folder


def stored(path):
    with Project.open(path, read_only=True) as p:
        docs = [(d.name, d.sha256) for d in p.documents()]
        figures = [(f.document, f.start, f.end, f.value, f.measure, f.place, f.period) for f in p.figures()]  # fmt: skip
    return docs, figures


def test_a_pooled_import_stores_what_a_single_core_one_does(tmp_path):
    folder = folder_of_articles(tmp_path)
    reports = {}
    for jobs in (1, 2):
        with Project.create(tmp_path / f"p{jobs}.solieu") as p:
            seen: list[int] = []
            reports[jobs] = p.import_paths(
                [folder], jobs=jobs, progress=lambda done, _total, _name, s=seen: s.append(done)
            )
            assert seen == list(range(1, len(seen) + 1))
    one, two = reports[1], reports[2]
    assert stored(tmp_path / "p1.solieu") == stored(tmp_path / "p2.solieu")
    assert len(one.imported) == POOL_FROM + 2
    assert (one.imported, one.skipped, one.failed) == (two.imported, two.skipped, two.failed)
    assert [name for name, _ in two.failed] == ["50_empty.txt"]
    assert [name for name, _ in two.skipped] == ["51_copy.txt"]


def test_a_cancelled_pooled_import_keeps_what_it_stored(tmp_path):
    folder = folder_of_articles(tmp_path)
    done = []
    with Project.create(tmp_path / "p.solieu") as p:
        report = p.import_paths(
            [folder],
            jobs=2,
            progress=lambda n, total, name: done.append(n),
            cancelled=lambda: len(done) >= 3,
        )
        assert report.cancelled
        assert len(p.documents()) == 3


def test_workers_that_cannot_start_leave_the_import_to_this_process(tmp_path, monkeypatch):
    from solieu.extract import pool_workers

    def broken(self):
        raise pool_workers.PoolError("the extraction processes cannot start")
        yield  # a generator, as the pool's run is: it fails on the first request

    monkeypatch.setattr(pool_workers._Pool, "run", broken)
    folder = folder_of_articles(tmp_path)
    with Project.create(tmp_path / "p.solieu") as p:
        report = p.import_paths([folder], jobs=2)
    assert len(report.imported) == POOL_FROM + 2 and not report.cancelled
    assert [name for name, _ in report.failed] == ["50_empty.txt"]
