"""Extractor throughput against a floor measured in the same run.

Builds a corpus of at least --mb megabytes from the seed articles, with every
number replaced by a random Vietnamese-formatted one, then times
  (a) the floor: one pass of the `regex` module with a plain Vietnamese number pattern;
  (b) the full extractor, document by document, on one core.
Prints MB/s for both and the ratio, and the value stage alone (identity, GUIDELINE
§8's measure, place and period, left out) with its share of the time. Then, on --pool-docs such articles written to
files, `solieu extract`'s pool (`extract_many`) with --jobs N against --jobs 1 (in
this process): the speed-up, figures/s of each, and that both wrote the same bytes;
this process has one thread, as the command has, so its pool forks; then the same
with a thread alive, as in the window, whose pool starts by fork server (a first run,
and a second with the server running); and the window's import into a project (read,
extract, store) on 1 and N processes, a thread alive.
Last, memory: one document of --memory-mb megabytes extracted in a fresh process, by
the function and by `solieu extract -o`, its peak resident memory above what the
process held before extracting, as a multiple of the document's size (goal: 5×).
Run by hand: `python bench/extract.py [--mb 50] [--pool-docs 600] [--jobs N]
[--memory-mb 8]`.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import subprocess
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path
from unittest import mock

import regex

from solieu.extract import extract_figures
from solieu.extract.context import Context
from solieu.extract.numbers import format_vi
from solieu.extract.pool import default_jobs, extract_many
from solieu.text import load_document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FLOOR_PATTERN = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def varied(text: str, rng: random.Random) -> str:
    """The same article with fresh numbers: formats, sizes and decimals vary."""

    def repl(m: regex.Match) -> str:
        token = m.group()
        if "/" in text[m.end() : m.end() + 1] or "/" in text[m.start() - 1 : m.start()]:
            return token  # keep dates and document numbers as they are
        if len(token) == 4 and token.startswith(("19", "20")):
            return token
        whole = rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10**4, 10**7)])
        frac = rng.choice(["", "", f",{rng.randint(1, 999)}"])
        return format_vi(Decimal(whole)) + frac

    return FLOOR_PATTERN.sub(repl, text)


def build_corpus(mb: float, seed: int = 7, docs: int = 0) -> list[str]:
    """At least `mb` megabytes and `docs` documents of varied seed articles."""
    rng = random.Random(seed)
    bases = [load_document(p).text for p in sorted(SEEDS.glob("*.txt"))]
    want, docs, size = docs, [], 0
    while size < mb * 1_000_000 or len(docs) < want:
        doc = varied(rng.choice(bases), rng)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def bench_pool(n_docs: int, jobs: int) -> None:
    """--jobs N against --jobs 1 on the same files, measured in the same run."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, doc in enumerate(build_corpus(0, seed=11, docs=n_docs)):
            path = Path(tmp) / f"{i:05d}.txt"
            path.write_text(doc, encoding="utf-8")
            paths.append(path)
        mbytes = sum(p.stat().st_size for p in paths) / 1e6
        timed = {}
        # this process has one thread, as the command: its pool forks; then, with a
        # thread alive, as in the window: a fork server, and again with it running
        for n in (1, jobs, -jobs, -jobs - 1):
            with _a_thread_alive() if n < 0 else contextlib.nullcontext():
                t0 = time.perf_counter()
                jobs_n, fork = (1, True) if n == 1 else (jobs, n > 0)  # fork: as the command
                results = list(extract_many(paths, jobs=jobs_n, timeout=600, fork=fork))
                timed[n] = (time.perf_counter() - t0, results)
        out = Path(tmp) / "out.jsonl"
        command = [sys.executable, "-m", "solieu.cli", "extract", *map(str, paths)]
        t0 = time.perf_counter()
        subprocess.run([*command, "-o", str(out), "--jobs", "1"], check=True)
        cli = time.perf_counter() - t0
        cli_same = out.read_bytes() == b"".join(r.output for r in timed[1][1])
    (one, r1), (many, rn) = timed[1], timed[jobs]
    (served, rs), (again, ra) = timed[-jobs], timed[-jobs - 1]
    figures = sum(r.figures for r in r1)
    same = [r.output for r in r1] == [r.output for r in rn] == [r.output for r in rs]
    same = same and [r.output for r in ra] == [r.output for r in r1]
    print(f"pool corpus: {mbytes:.1f} MB in {len(paths)} files, {figures} figures")
    for n, seconds in ((1, one), (jobs, many)):
        label = f"--jobs {n}:"
        print(f"{label:30}{figures / seconds:8.1f} figures/s  {seconds:6.2f} s")
    label = f"speed-up --jobs {jobs}/--jobs 1:"
    print(f"{label:30}{one / many:8.2f}x  (same output: {same})")
    label = "  by fork server (the window):"  # a process with threads: no plain fork
    print(f"{label:30}{one / served:8.2f}x  {served:6.2f} s")
    label = "  again, its server running:"  # a window's second import
    print(f"{label:30}{one / again:8.2f}x  {again:6.2f} s")
    label = "solieu extract --jobs 1:"
    print(
        f"{label:30}{figures / cli:8.1f} figures/s  {cli:6.2f} s  "
        f"{cli / one:.2f}x the function's time (same output: {cli_same})"
    )
    bench_import(paths_docs=n_docs, jobs=jobs)


@contextlib.contextmanager
def _a_thread_alive():
    """A second thread, as the window always has: its pool may not plain-fork."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def bench_import(paths_docs: int, jobs: int) -> None:
    """The window's import (read, extract, store) on 1 and N processes, same files."""
    from solieu.store import Project

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i, doc in enumerate(build_corpus(0, seed=12, docs=paths_docs)):
            (folder / f"{i:05d}.txt").write_text(doc, encoding="utf-8")
        timed = {}
        for n in (1, jobs):
            with Project.create(Path(tmp) / f"p{n}.solieu") as p, _a_thread_alive():
                t0 = time.perf_counter()
                report = p.import_paths([folder], jobs=n)
                timed[n] = (time.perf_counter() - t0, sum(report.imported_figures))
    (one, figures), (many, _) = timed[1], timed[jobs]
    print(f"import into a project, {paths_docs} files, {figures} figures:")
    for n, (seconds, _f) in sorted(timed.items()):
        label = f"  jobs={n}:"
        print(f"{label:30}{figures / seconds:8.1f} figures/s  {seconds:6.2f} s")
    label = f"  speed-up jobs={jobs}/jobs=1:"
    print(f"{label:30}{one / many:8.2f}x")


MEMORY_PROBE = """
import resource, sys
from pathlib import Path
from solieu.extract import extract_figures
from solieu.extract.context import Context
from solieu.text import load_document
text = load_document(Path(sys.argv[1])).text
extract_figures("Xuất khẩu đạt 1,5 tỷ USD trong quý I/2026 tại Hà Nội.")  # the constant
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()
before = rss()
figures = extract_figures(text)
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so it would report the
# bench's own size at the fork whenever that is larger than this process ever grew
with open("/proc/self/status") as f:
    peak = next(int(ln.split()[1]) * 1024 for ln in f if ln.startswith("VmHWM:"))
print(before, peak, len(figures))
"""


def bench_memory(mb: float) -> None:
    """Peak memory of one `mb`-megabyte document, above what the process held first.

    The constant is what a one-line document costs (the extractor's tables, loaded on
    first use): the function is measured after extracting one, the command against the
    same command on one. Both run in a fresh process, so nothing earlier in this run
    counts."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text("\n\n".join(build_corpus(mb, seed=13)), encoding="utf-8")
        size = path.stat().st_size
        out = subprocess.run(
            [sys.executable, "-c", MEMORY_PROBE, str(path)], check=True, capture_output=True
        )
        before, peak, figures = map(int, out.stdout.split())
        print(f"memory, one document of {size / 1e6:.1f} MB, {figures} figures:")
        print(
            f"  extract_figures:            {(peak - before) / 1e6:8.1f} MB above the "
            f"{before / 1e6:.0f} MB before it, {(peak - before) / size:.1f}x the document"
        )
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text("Xuất khẩu đạt 1,5 tỷ USD.", encoding="utf-8")
        command = [sys.executable, "-m", "solieu.cli", "extract", "-o", f"{tmp}/o.jsonl"]
        base = _child_peak([*command, str(tiny)])
        cli = _child_peak([*command, str(path)])
        print(
            f"  solieu extract -o:          {(cli - base) / 1e6:8.1f} MB above the "
            f"{base / 1e6:.0f} MB of a one-line document, {(cli - base) / size:.1f}x the document"
        )


def _child_peak(command: list[str]) -> int:
    """The peak resident memory, in bytes, of one run of `command`, through a small
    Python in between: a child's ru_maxrss starts at its parent's size at the fork,
    and this one's parent is small."""
    code = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], check=True, capture_output=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code, *command], check=True, capture_output=True)
    return int(out.stdout)


def _value_stage(docs: list[str]) -> tuple[float, int]:
    """The extractor with identity left out: every numeral read into its value, unit,
    qualifier and change, but no measure, place or period (the context is never
    prepared). What the speed goal was first set on, before GUIDELINE §8."""

    def no_identity(self, start, end, unit, unit_class, change):
        self.last_period_text = None
        return None, None, None

    with mock.patch.object(Context, "describe", no_identity):
        t0 = time.perf_counter()
        n = sum(len(extract_figures(d)) for d in docs)
        return time.perf_counter() - t0, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--pool-docs", type=int, default=600, help="files for the pool (0: skip)")
    ap.add_argument("--jobs", type=int, default=default_jobs(), help="processes for the pool")
    ap.add_argument("--memory-mb", type=float, default=8.0, help="document size (0: skip)")
    args = ap.parse_args()
    docs = build_corpus(args.mb)
    mbytes = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    joined = "\n\n".join(docs)

    t0 = time.perf_counter()
    n_floor = sum(1 for _ in FLOOR_PATTERN.finditer(joined))
    floor = time.perf_counter() - t0

    t0 = time.perf_counter()  # what the first use loads (places, lexicons, patterns)
    extract_figures(docs[0])
    first = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_figs = sum(len(extract_figures(d)) for d in docs)
    full = time.perf_counter() - t0

    print(f"corpus: {mbytes:.1f} MB in {len(docs)} documents")
    print(f"first document (loads what the extractor uses): {first:.2f} s, not counted below")
    print(f"floor (regex number pattern): {mbytes / floor:8.1f} MB/s  {n_floor} numbers")
    print(
        f"extractor (full):             {mbytes / full:8.1f} MB/s  {n_figs} figures, "
        f"{n_figs / full:.0f} figures/s"
    )
    print(f"ratio extractor/floor time:   {full / floor:8.1f}x")
    value, n_value = _value_stage(docs)
    print(
        f"value stage alone:            {mbytes / value:8.1f} MB/s  {n_value} figures, "
        f"{n_value / value:.0f} figures/s, {value / floor:.1f}x the floor"
    )
    print(f"identity's share of the time: {1 - value / full:8.0%}  (measure, place, period)")
    if args.pool_docs > 0:
        bench_pool(args.pool_docs, max(2, args.jobs))
    if args.memory_mb > 0:
        bench_memory(args.memory_mb)


if __name__ == "__main__":
    main()
