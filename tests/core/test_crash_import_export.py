"""SIGKILL during `solieu new` (an import) and during `solieu export`.

Import: 200 small articles made from the seeds are imported by `solieu new`,
killed at a random moment. The project file, if it exists, must open with
`integrity_check` ok, every document in it must hold all its figures (one
transaction per document), and importing the folder again must complete it
with no document twice.

Export: a workbook of every figure of that project is written over an earlier
export and killed at a random moment. The target must be the earlier file,
byte for byte, or the complete new one — never a part — and the only other
files left are the export's `.NAME.*.tmp` temporaries (counted and reported).

Runs are reproducible (run i uses random.Random(i)); SOLIEU_CRASH_IMPORT_RUNS and
SOLIEU_CRASH_EXPORT_RUNS raise the counts (default 10 and 6: about 10 s each).
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from solieu.resources import seed_articles
from solieu.store import Project

IMPORT_RUNS = int(os.environ.get("SOLIEU_CRASH_IMPORT_RUNS", "10"))
EXPORT_RUNS = int(os.environ.get("SOLIEU_CRASH_EXPORT_RUNS", "6"))
ARTICLES = 200

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def solieu(*args: str) -> list[str]:
    return [sys.executable, "-m", "solieu.cli", *args]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict:
    """200 distinct articles, a reference project of them and how long `solieu new` takes."""
    root = tmp_path_factory.mktemp("crash-io")
    folder = root / "articles"
    folder.mkdir()
    seeds = [Path(p).read_text(encoding="utf-8") for p in seed_articles()]
    for i in range(ARTICLES):
        head = f"Bài {i}: năm {2000 + i % 25} tỉnh có {i + 3} trường và {i * 7 + 11} lớp học.\n"
        (folder / f"a{i:03d}.txt").write_text(head + seeds[i % len(seeds)], encoding="utf-8")
    reference = root / "reference.solieu"
    started = time.perf_counter()
    subprocess.run(solieu("new", str(reference), str(folder)), check=True, capture_output=True)
    seconds = time.perf_counter() - started
    with Project.open(reference, read_only=True) as project:
        counts = Counter(f.document for f in project.figures())
        names = [d.name for d in project.documents()]
    assert len(names) == ARTICLES and all(counts[n] > 0 for n in names)
    return {"folder": folder, "reference": reference, "seconds": seconds, "figures": counts}


def integrity(project: Project) -> list:
    return project._connection().execute("PRAGMA integrity_check").fetchall()


def check_documents(project: Project, expected: Counter) -> tuple[int, int]:
    """Every document present has exactly its figures; returns (documents, figures)."""
    docs = project.documents()
    names = [d.name for d in docs]
    assert len(names) == len(set(names)), "a document was imported twice"
    for d in docs:
        assert d.total == expected[d.name], f"{d.name}: {d.total} of {expected[d.name]}"
    return len(docs), sum(d.total for d in docs)


def test_sigkill_during_import_keeps_whole_documents_and_reimport_completes(corpus, tmp_path):
    expected: Counter = corpus["figures"]
    outcomes: Counter = Counter()
    kept_docs = []
    started = time.perf_counter()
    for run in range(IMPORT_RUNS):
        rng = random.Random(run)
        path = tmp_path / f"run{run}.solieu"
        proc = subprocess.Popen(
            solieu("new", str(path), str(corpus["folder"])),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0, corpus["seconds"] * 1.05))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        outcomes["finished before the kill" if proc.returncode == 0 else "killed"] += 1
        leftovers = [p.name for p in tmp_path.glob(f".run{run}.solieu.*.tmp")]
        outcomes["temporary create file left"] += bool(leftovers)
        if not path.exists():
            outcomes["no project file yet"] += 1
            continue
        with Project.open(path) as project:
            assert integrity(project) == [("ok",)]
            docs, _ = check_documents(project, expected)
            kept_docs.append(docs)
            report = project.import_paths([corpus["folder"]])
            assert len(report.imported) == ARTICLES - docs
            assert len(report.skipped) == docs and not report.failed
            assert check_documents(project, expected) == (ARTICLES, sum(expected.values()))
            assert integrity(project) == [("ok",)]
    elapsed = time.perf_counter() - started
    print(
        f"\nimport: {IMPORT_RUNS} kills in {elapsed:.1f} s (a full `solieu new` takes "
        f"{corpus['seconds']:.2f} s); {dict(outcomes)}; documents kept at the kill: "
        f"{sorted(kept_docs)}; integrity failures 0, half-imported documents 0"
    )


def workbook_ok(path: Path) -> bool:
    with zipfile.ZipFile(path) as z:
        return z.testzip() is None and "xl/workbook.xml" in z.namelist()


def test_sigkill_during_export_leaves_the_previous_file_intact(corpus, tmp_path):
    project = corpus["reference"]
    out = tmp_path / "figures.xlsx"
    started = time.perf_counter()
    subprocess.run(  # the earlier export (Vietnamese headers, so a new one differs)
        solieu("export", str(project), "-o", str(out), "--status", "all", "--lang", "vi"),
        check=True,
        capture_output=True,
    )
    seconds = time.perf_counter() - started
    previous = out.read_bytes()
    assert workbook_ok(out)
    started = time.perf_counter()  # a second, warm run: the kills land across its length
    scratch = tmp_path / "timing.xlsx"
    subprocess.run(
        solieu("export", str(project), "-o", str(scratch), "--status", "all"), check=True
    )
    seconds = min(seconds, time.perf_counter() - started)
    scratch.unlink()
    temporary = re.compile(r"\.figures\.xlsx\.[^/]+\.tmp")
    outcomes: Counter = Counter()
    for run in range(EXPORT_RUNS):
        rng = random.Random(1000 + run)
        proc = subprocess.Popen(
            solieu("export", str(project), "-o", str(out), "--status", "all"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0, seconds * 1.1))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        outcomes["finished before the kill" if proc.returncode == 0 else "killed"] += 1
        now = out.read_bytes()
        if now == previous:
            outcomes["previous file intact"] += 1
        else:  # the rename happened: the complete new workbook, never a part of one
            assert workbook_ok(out), f"run {run}: a partial workbook replaced the export"
            outcomes["replaced by the complete new export"] += 1
            previous = now
        others = sorted(p.name for p in tmp_path.iterdir() if p != out)
        assert all(temporary.fullmatch(name) for name in others), others
        assert all(not name.endswith(".xlsx") for name in others)
    leftovers = [p for p in tmp_path.iterdir() if p != out]
    print(
        f"\nexport: {EXPORT_RUNS} kills (a full export takes {seconds:.2f} s); {dict(outcomes)}; "
        f"temporary files left behind: {len(leftovers)}"
    )
    # a later export is not disturbed by the leftovers and replaces the file
    subprocess.run(solieu("export", str(project), "-o", str(out)), check=True, capture_output=True)
    assert workbook_ok(out)
