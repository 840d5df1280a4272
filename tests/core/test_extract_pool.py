"""`solieu extract` over many files: processes, order, resume, time limit (real processes)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from solieu.commands.extract import resume_point
from solieu.extract.pool import SLOW_DOC_ENV, extract_file, extract_many

PROVINCES = ["Nghệ An", "Thanh Hóa", "Bình Định", "Đắk Lắk", "Sóc Trăng", "Lào Cai", "Hà Tĩnh"]


def article(i: int) -> str:
    """An invented provincial economic report; numbers vary with `i`."""
    p = PROVINCES[i % len(PROVINCES)]
    return (
        f"{p}: kinh tế 6 tháng đầu năm 2025 tăng trưởng khá\n\n"
        f"Theo Cục Thống kê tỉnh {p}, tổng sản phẩm trên địa bàn 6 tháng đầu năm 2025 "
        f"ước tăng {5 + i % 4},{10 + i}% so với cùng kỳ năm trước. Kim ngạch xuất khẩu "
        f"đạt {120 + 7 * i} triệu USD, tăng {3 + i % 9}%. Tổng thu ngân sách nhà nước đạt "
        f"{1 + i % 3}.{100 + 13 * i} tỷ đồng.\n\n"
        f"Toàn tỉnh có {300 + 11 * i} doanh nghiệp thành lập mới với tổng vốn đăng ký "
        f"{2000 + 37 * i} tỷ đồng. Lượng khách du lịch đạt {450 + i} nghìn lượt, doanh thu "
        f"du lịch ước {900 + 5 * i} tỷ đồng.\n"
    )


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "bai"
    folder.mkdir()
    for i in range(20):
        (folder / f"bai_{i:02d}.txt").write_text(article(i), encoding="utf-8")
    return folder


def solieu(*args, env=None, **kw):
    return subprocess.run(
        [sys.executable, "-m", "solieu.cli", "extract", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=60,
        **kw,
    )


def _ctrl_c_as_at_a_terminal() -> None:
    """A run started from a background job of a script inherits Ctrl+C ignored (POSIX
    shells ignore SIGINT for `&` jobs), and Python keeps it ignored: the tests send it
    as a terminal does, so the command starts with the default disposition."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(*args, env=None):
    return subprocess.Popen(
        [sys.executable, "-m", "solieu.cli", "extract", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        preexec_fn=_ctrl_c_as_at_a_terminal,
    )


def wait_for_records(out, proc, count=1):
    """Until `out` holds `count` whole lines (the run is then midway: a later doc hangs)."""
    for _ in range(300):
        if out.exists() and out.read_bytes().count(b"\n") >= count:
            return
        assert proc.poll() is None, proc.stderr.read()
        time.sleep(0.05)
    raise AssertionError("no output appeared")


def test_many_processes_write_what_one_writes_in_the_same_order(corpus, tmp_path):
    one = solieu(corpus, "--jobs", "1")
    two = solieu(corpus, "--jobs", "2")
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout and two.stderr == ""
    docs = [json.loads(line)["document"] for line in two.stdout.splitlines()]
    assert len(docs) > 20 * 4 and docs == sorted(docs)
    assert set(docs) == {f"bai_{i:02d}.txt" for i in range(20)}
    csv1, csv3 = tmp_path / "one.csv", tmp_path / "three.csv"
    assert solieu(corpus, "--format", "csv", "--jobs", "1", "-o", csv1).returncode == 0
    assert solieu(corpus, "--format", "csv", "--jobs", "3", "-o", csv3).returncode == 0
    assert csv1.read_bytes() == csv3.read_bytes()
    assert csv1.read_bytes().startswith(b"document,start,end,text,")


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_after_a_killed_run_gives_the_clean_output(corpus, tmp_path, fmt):
    clean, out = tmp_path / f"clean.{fmt}", tmp_path / f"out.{fmt}"
    assert solieu(corpus, "--format", fmt, "-o", clean).returncode == 0
    # bai_12 hangs, so the run is surely midway when it is killed
    proc = start(
        corpus, "--format", fmt, "-o", out, "--jobs", "2", env={SLOW_DOC_ENV: "bai_12.txt"}
    )
    try:
        wait_for_records(out, proc, count=3)
    finally:
        proc.kill()
        proc.wait(10)
        proc.stdout.close()
        proc.stderr.close()
    with out.open("ab") as f:  # as if it had been killed in the middle of a line
        f.write(b'bai_11.txt,3,9,"t\xe1\xba' if fmt == "csv" else b'{"document": "bai_1')
    assert out.read_bytes() != clean.read_bytes()
    r = solieu(corpus, "--format", fmt, "-o", out, "--resume", "--jobs", "2")
    assert r.returncode == 0 and r.stderr == ""
    assert out.read_bytes() == clean.read_bytes()
    r = solieu(corpus, "--format", fmt, "-o", out, "--resume")  # nothing left to do
    assert r.returncode == 0 and out.read_bytes() == clean.read_bytes()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_that_hangs_is_skipped_and_the_rest_written(corpus, jobs):
    clean = solieu(corpus)
    r = solieu(corpus, "--jobs", jobs, "--timeout", "1", env={SLOW_DOC_ENV: "bai_05.txt"})
    assert r.returncode == 3
    assert r.stderr == "solieu: bai_05.txt: skipped, extraction took longer than 1 s\n"
    want = [line for line in clean.stdout.splitlines() if '"bai_05.txt"' not in line]
    assert r.stdout.splitlines() == want and len(want) < len(clean.stdout.splitlines())


def test_ctrl_c_stops_cleanly_with_whole_lines(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = start(corpus, "-o", out, "--jobs", "2", env={SLOW_DOC_ENV: "bai_10.txt"})
    try:
        wait_for_records(out, proc)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)  # (the command's other runs allow 60 s too)
    finally:
        proc.kill()
    assert proc.returncode == 130 and b"interrupted" in err and b"Traceback" not in err
    lines = out.read_bytes().decode("utf-8").splitlines(keepends=True)
    assert lines and all(line.endswith("\n") and json.loads(line) for line in lines)


def test_argument_errors_are_one_clear_line(corpus, tmp_path):
    r = solieu(corpus, "--resume")
    assert r.returncode == 2 and "--resume needs -o OUT" in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    foreign = tmp_path / "notes.jsonl"
    foreign.write_text("ghi chép của phóng viên\n", encoding="utf-8")
    r = solieu(corpus, "-o", foreign, "--resume")
    assert r.returncode == 2 and "line 1 of" in r.stderr and "Traceback" not in r.stderr
    assert foreign.read_text(encoding="utf-8") == "ghi chép của phóng viên\n"
    for bad in (["--jobs", "0"], ["--timeout", "abc"]):
        r = solieu(corpus, *bad)
        assert r.returncode == 2 and "Traceback" not in r.stderr


def test_the_pool_yields_in_order_reports_progress_and_can_be_cancelled(corpus):
    paths = sorted(corpus.iterdir())
    seen = []
    got = list(extract_many(paths, jobs=2, timeout=30, on_result=seen.append))
    assert [r.index for r in got] == list(range(20)) and sorted(r.index for r in seen) == list(
        range(20)
    )
    assert [r.output for r in got] == [extract_file(p).output for p in paths]
    assert all(r.figures == r.output.count(b"\n") > 0 for r in got)
    finished = []
    run = extract_many(paths, jobs=2, on_result=finished.append, cancelled=lambda: bool(finished))
    assert len(list(run)) < 20


def test_resume_point_keeps_only_whole_documents(tmp_path):
    out = tmp_path / "out.jsonl"
    pairs = [("aa", 1), ("b", 2), ("b", 5)]  # a document's figures in text order
    lines = [json.dumps({"document": d, "start": s}) + "\n" for d, s in pairs]
    out.write_text("".join(lines) + '{"document": "c', encoding="utf-8")
    assert resume_point(out, "jsonl") == {"aa"}
    assert out.read_text(encoding="utf-8") == lines[0]
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"document,sta")
    assert resume_point(empty, "csv") == set() and empty.read_bytes() == b""
    assert resume_point(tmp_path / "missing.csv", "csv") == set()


def test_resume_tells_two_files_of_one_name_apart_by_their_order(tmp_path):
    """a/x.txt is in the output, b/x.txt is not: it is still to do."""
    from solieu.commands.extract import unfinished

    a, b, c = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt", tmp_path / "b" / "y.txt"
    paths = [a, b, c]
    assert unfinished(paths, ["x.txt"]) == [b, c]
    assert unfinished(paths, ["x.txt", "x.txt"]) == [c]
    assert unfinished(paths, ["x.txt", "y.txt"]) == [b]  # b had no figures: done again
    assert unfinished(paths, ["y.txt", "x.txt"]) == [b]  # out of order: the first x
    assert unfinished(paths, ["z.txt"]) == paths
    assert unfinished(paths, []) == paths


def test_resume_on_a_tree_with_one_name_twice_writes_every_file(tmp_path):
    tree = tmp_path / "tree"
    for folder, value in (("a", "1.200"), ("b", "3.400")):
        (tree / folder).mkdir(parents=True)
        (tree / folder / "bai.txt").write_text(
            f"Năm 2024, tỉnh Nghệ An thu ngân sách {value} tỷ đồng.", encoding="utf-8"
        )
    (tree / "b" / "c.txt").write_text("Năm 2024, tỉnh thu 5.600 tỷ đồng.", encoding="utf-8")
    clean = solieu(tree)
    lines = clean.stdout.splitlines(keepends=True)
    assert [json.loads(x)["document"] for x in lines] == ["bai.txt", "bai.txt", "c.txt"]
    out = tmp_path / "out.jsonl"
    # a killed run wrote both files named bai.txt and was writing c.txt
    out.write_text("".join(lines[:2]) + lines[2][:9], encoding="utf-8")
    r = solieu(tree, "-o", out, "--resume")
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8") == clean.stdout  # nothing twice, nothing lost
    out.write_text(lines[0], encoding="utf-8")  # … or had finished a/bai.txt only
    r = solieu(tree, "-o", out, "--resume")
    assert out.read_text(encoding="utf-8") == clean.stdout


@contextlib.contextmanager
def a_thread_alive():
    """A second thread running, as the window always has one."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="plain fork is Linux's only")
def test_a_process_without_threads_forks_one_with_threads_uses_the_fork_server(corpus):
    """The command (one thread, asking for it) forks its workers: they start with the
    extractor already imported. The window (threads) and the store's import (a project's
    lock a child would inherit) must not fork; their pool starts by fork server. All
    write the same as one process."""
    from solieu.extract import pool_workers

    paths = sorted(corpus.iterdir())
    code = (  # a fresh process, as the command is: this one may hold other tests' threads
        "import sys\n"
        "from solieu.extract import pool, pool_workers\n"
        "print(pool_workers._context(fork=True).get_start_method())\n"
        "runs = pool.extract_many(sys.argv[1:], jobs=2, timeout=30, fork=True)\n"
        "sys.stdout.flush(); sys.stdout.buffer.write(b''.join(r.output for r in runs))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, paths)], capture_output=True, check=True
    ).stdout
    method, forked = out.split(b"\n", 1)
    assert pool_workers._context().get_start_method() == "forkserver"  # unless asked for
    with a_thread_alive():
        assert pool_workers._context(fork=True).get_start_method() == "forkserver"
        served = list(extract_many(paths, jobs=2, timeout=30))
    expected = b"".join(r.output for r in extract_many(paths, jobs=1))
    assert method == b"fork" and forked == expected == b"".join(r.output for r in served)
    assert all(r.output for r in served)


def test_the_fork_server_preloads_a_warm_extractor():
    """The fork server imports `pool_preload`, which loads the place index the extractor
    builds on first use: every worker forked from it has it already."""
    import multiprocessing.forkserver
    import subprocess
    import sys

    from solieu.extract import pool_workers

    with a_thread_alive():  # as in the window: the pool then starts by fork server
        if pool_workers._context().get_start_method() == "forkserver":
            server = multiprocessing.forkserver._forkserver
            assert server._preload_modules == ["solieu.extract.pool_preload"]
    code = (
        "from solieu.extract import gazetteer\n"
        "assert gazetteer._index.cache_info().currsize == 0\n"
        "from solieu.extract import period_words as pw\n"
        "import solieu.extract.pool_preload\n"
        "print(gazetteer._index.cache_info().currsize)\n"
        "print(pw.patterns_for.cache_info().currsize == len(pw.STARTING_WORDS) + 1)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "True"]
