"""`solieu new`, `figures` and `apply` through real processes, as scripts use them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from solieu.resources import seed_articles


def solieu(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "solieu.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "seeds.solieu"
    result = solieu("new", str(path), *map(str, seed_articles()))
    assert result.returncode == 0, result.stderr
    return path, result


def figures(path, *extra) -> list[dict]:
    result = solieu("figures", str(path), *extra)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_new_reports_each_file_and_figures_lists_them(built):
    path, result = built
    lines = result.stderr.splitlines()
    counts = {}
    for line in lines[:-1]:
        assert line.startswith("imported ")
        name, count = line.removeprefix("imported ").split(": ")
        counts[name] = int(count.removesuffix(" figures"))
    assert list(counts) == [p.name for p in seed_articles()]
    records = figures(path)
    assert len(records) == sum(counts.values())
    first = records[0]
    assert list(first)[:4] == ["id", "document", "status", "origin"]
    assert {"start", "end", "text", "number", "scale", "value", "unit", "unit_class"} <= set(first)
    assert {"qualifier", "change", "measure", "place", "period", "note"} <= set(first)
    assert first["status"] == "pending" and isinstance(first["value"], str)
    rows = list(csv.DictReader(io.StringIO(solieu("figures", str(path), "--format", "csv").stdout)))
    assert [int(r["id"]) for r in rows] == [r["id"] for r in records]


def test_new_refuses_to_overwrite_and_fails_when_nothing_imports(built, tmp_path):
    path, _ = built
    again = solieu("new", str(path), str(seed_articles()[0]))
    assert again.returncode != 0 and "--force" in again.stderr and "Traceback" not in again.stderr
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = solieu("new", str(tmp_path / "x.solieu"), str(bad))
    assert result.returncode == 1
    assert "failed bad.txt: the file is empty" in result.stderr


def test_apply_round_trip_with_acknowledgements_and_error_lines(built, tmp_path):
    path = tmp_path / "p.solieu"
    path.write_bytes(built[0].read_bytes())
    before = figures(path)
    a, b, c = before[0], before[1], before[2]
    doc = a["document"]
    lines = [
        {"figure": a["id"], "set": {"status": "confirmed", "value": "76200000", "note": "ok"}},
        "not json",
        {"figure": b["id"], "set": {"unit_class": "bogus"}},
        {"figure": 999999, "set": {"status": "confirmed"}},
        {"add": {"document": doc, "start": a["start"], "end": a["end"]}},
        {"add": {"document": "missing.txt", "start": 0, "end": 3}},
        {"figure": c["id"], "delete": True},
        {"add": {"document": doc, "start": c["start"], "end": c["end"]}},
        {"figure": b["id"], "set": {"status": "rejected"}},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    result = solieu("apply", str(path), stdin=stdin)
    assert result.returncode == 0, result.stderr
    acks = [json.loads(line) for line in result.stdout.splitlines()]
    assert [x["line"] for x in acks] == list(range(1, 10))
    assert [x["ok"] for x in acks] == [True, False, False, False, False, False, True, True, True]
    # the exact span of a figure is that figure: refused, and named
    assert acks[4]["figure"] == a["id"] and "already figure" in acks[4]["error"]
    assert "unit_class must be one of" in acks[2]["error"]
    assert "no document named 'missing.txt'" in acks[5]["error"]
    after = {r["id"]: r for r in figures(path)}
    assert after[a["id"]]["status"] == "confirmed"
    assert after[a["id"]]["value"] == "76200000" and after[a["id"]]["note"] == "ok"
    assert (
        after[b["id"]]["status"] == "rejected" and after[b["id"]]["unit_class"] == b["unit_class"]
    )
    added = after[acks[7]["figure"]]  # once deleted, its span can be added again
    assert (added["origin"], added["status"], added["text"]) == ("manual", "pending", c["text"])
    assert added["value"] == c["value"]  # parsed from the selected text
    assert len(figures(path, "--status", "confirmed")) == 1


def test_apply_on_a_missing_project_is_one_line_error(tmp_path):
    result = solieu("apply", str(tmp_path / "none.solieu"), stdin="")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "does not exist" in result.stderr


def test_a_confirmation_through_apply_links_the_figure_to_its_codebook_entry(built, tmp_path):
    from solieu.store import Project

    path = tmp_path / "p.solieu"
    path.write_bytes(built[0].read_bytes())
    a, b = figures(path)[:2]
    lines = [
        {"figure": a["id"], "set": {"measure": "vốn đầu tư nước ngoài", "status": "confirmed"}},
        {"figure": b["id"], "set": {"status": "confirmed", "measure": "Vốn đầu tư  nước ngoài"}},
    ]
    stdin = "".join(json.dumps(x) + "\n" for x in lines)
    result = solieu("apply", str(path), stdin=stdin)
    assert [json.loads(line)["ok"] for line in result.stdout.splitlines()] == [True, True]
    with Project.open(path, read_only=True) as project:
        (entry,) = [e for e in project.codebook() if e.state.name == "vốn đầu tư nước ngoài"]
        linked = project.figures_by_id([a["id"], b["id"]])
        assert {f.entry_id for f in linked} == {entry.id}  # one entry, made by the first
        assert {f.status.value for f in linked} == {"confirmed"}


def test_new_on_many_files_uses_every_core_and_reports_each_file_in_order(tmp_path):
    from solieu.store.importer import POOL_FROM

    folder = tmp_path / "a"
    folder.mkdir()
    seeds = seed_articles()
    names = []
    for i in range(POOL_FROM + 1):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8") + f"\n\nThu {i + 1}.000 tỷ đồng."
        names.append(f"{i:02d}.txt")
        (folder / names[-1]).write_text(text, encoding="utf-8")
    (folder / "zz_empty.txt").write_bytes(b"")
    result = solieu("new", str(tmp_path / "p.solieu"), str(folder), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert [line.split(":")[0] for line in lines[: len(names)]] == [f"imported {n}" for n in names]
    assert lines[len(names)] == "failed zz_empty.txt: the file is empty"
    assert lines[-2].startswith(f"p.solieu: {len(names)} documents")
