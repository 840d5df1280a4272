"""Build the PyInstaller bundle (dist/solieu/) and fail loudly when it would be broken.

    python packaging/build.py [--dist DIR] [--work DIR] [--self-test] [--unslimmed]

PyInstaller reports success even when a shared library a Qt plugin needs was not
found (then the xcb platform does not load on the user's machine). After the build
this script fails when:

- the log says "Library not found: could not resolve X, dependency of Y" and Y is
  still in the bundle (a dependency of a plugin the spec dropped does not matter);
- a module of the `solieu` package, or one it imports, is listed as missing in
  PyInstaller's warn-solieu.txt;
- (Linux) `ldd` cannot resolve a library of any ELF file left in the bundle.

With --self-test it then runs the bundled `solieu --self-test`.

Before PyInstaller runs, the translations (resources/translations/*.ts) are compiled
into the .qm files the app loads, with PySide6's lrelease: the bundle carries only
the .qm (it has no lrelease to build them at start-up), and the build fails when
one of them is missing from it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "solieu.spec"
NOT_FOUND = re.compile(r"Library not found: could not resolve '([^']+)', dependency of '([^']+)'")
# `missing module named X - imported by a (top-level), b (optional) ...`
MISSING = re.compile(r"^missing module named (\S+) - imported by (.*)$")


class BuildError(SystemExit):
    def __init__(self, message: str) -> None:
        super().__init__(f"build failed: {message}")


def bundle_files(bundle: Path) -> list[Path]:
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def check_log(log: str, bundle: Path) -> list[str]:
    """Libraries PyInstaller could not find that a file still in the bundle needs."""
    present = {p.name for p in bundle_files(bundle)}
    needed_by: dict[str, set[str]] = {}
    for lib, dependent in NOT_FOUND.findall(log):
        if Path(dependent).name in present:
            needed_by.setdefault(lib, set()).add(Path(dependent).name)
    return [f"{lib} (needed by {', '.join(sorted(d))})" for lib, d in sorted(needed_by.items())]


def check_warnings(warn_file: Path) -> list[str]:
    """Missing modules imported by solieu itself, not only optionally."""
    if not warn_file.exists():
        return []
    problems = []
    for line in warn_file.read_text(encoding="utf-8", errors="replace").splitlines():
        m = MISSING.match(line)
        if not m:
            continue
        importers = [i.strip() for i in m.group(2).split(", ")]
        hard = [i for i in importers if i.startswith("solieu") and "(optional)" not in i]
        hard = [i for i in hard if "(conditional)" not in i and "(delayed, conditional)" not in i]
        if m.group(1).startswith("solieu") or hard:
            problems.append(f"{m.group(1)} (imported by {', '.join(hard) or 'solieu'})")
    return problems


def check_ldd(bundle: Path) -> list[str]:
    """Linux: every ELF file's libraries resolve (bundle first, as the bootloader does)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return []
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    needed_by: dict[str, set[str]] = {}
    for path in bundle_files(bundle):
        if not is_elf(path):
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "=> not found" in line:
                needed_by.setdefault(line.split()[0], set()).add(path.name)
    return [f"{lib} (needed by {', '.join(sorted(d))})" for lib, d in sorted(needed_by.items())]


def build_translations() -> list[Path]:
    """Compile every .ts into its .qm (as `make setup` does), failing loudly without lrelease."""
    folder = ROOT / "resources" / "translations"
    tool = Path(sys.executable).with_name("pyside6-lrelease" + (".exe" if os.name == "nt" else ""))
    lrelease = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
    if lrelease is None:
        raise BuildError("pyside6-lrelease not found (it comes with PySide6): cannot build .qm")
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        proc = subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
        )
        if proc.returncode != 0 or not qm.is_file():
            raise BuildError(f"lrelease failed on {ts.name}: {(proc.stdout + proc.stderr).strip()}")
        built.append(qm)
    if not built:
        raise BuildError(f"no translations in {folder}")
    return built


def check_translations(bundle: Path, built: list[Path]) -> list[str]:
    """The .qm files the app loads are in the bundle (and no .ts, which it cannot use)."""
    present = {p.name for p in bundle.rglob("*") if p.parent.name == "translations"}
    return [qm.name for qm in built if qm.name not in present]


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in bundle_files(path))


def build(dist: Path, work: Path, *, unslimmed: bool = False) -> dict:
    env = dict(os.environ)
    if unslimmed:
        env["SOLIEU_UNSLIMMED"] = "1"
    work.mkdir(parents=True, exist_ok=True)
    log_path = work / "pyinstaller.log"
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "INFO",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    translations = build_translations()
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - started
    log = proc.stdout + proc.stderr
    log_path.write_text(log, encoding="utf-8")
    if proc.returncode != 0:
        tail = "\n".join(log.splitlines()[-20:])
        raise BuildError(f"PyInstaller exited with {proc.returncode} (log: {log_path})\n{tail}")
    bundle = dist / "solieu"
    problems = [f"library not found: {p}" for p in check_log(log, bundle)]
    problems += [
        f"module missing: {p}" for p in check_warnings(work / "solieu" / "warn-solieu.txt")
    ]
    problems += [f"unresolved by ldd: {p}" for p in check_ldd(bundle)]
    problems += [f"translation missing: {p}" for p in check_translations(bundle, translations)]
    if problems:
        raise BuildError(
            "the bundle would not run on a clean system:\n  "
            + "\n  ".join(problems)
            + f"\n(log: {log_path}; on Debian/Ubuntu install the packages providing these,"
            " see packaging/linux/build-deps.txt)"
        )
    return {"bundle": bundle, "seconds": seconds, "bytes": du(bundle)}


def self_test(bundle: Path) -> str:
    exe = bundle / ("solieu.exe" if sys.platform == "win32" else "solieu")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    proc = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, env=env)
    if proc.returncode != 0 or "self-test ok" not in proc.stdout:
        raise BuildError(
            f"the bundled solieu --self-test exited {proc.returncode}: "
            f"{(proc.stdout + proc.stderr).strip()}"
        )
    return proc.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dist", type=Path, default=ROOT / "dist")
    p.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    p.add_argument("--self-test", action="store_true", help="run the bundled solieu --self-test")
    p.add_argument("--unslimmed", action="store_true", help="build without slimming (to compare)")
    args = p.parse_args(argv)
    result = build(args.dist, args.work, unslimmed=args.unslimmed)
    mib = result["bytes"] / 2**20
    print(f"bundle {result['bundle']}: {mib:.1f} MiB, built in {result['seconds']:.0f} s")
    if args.self_test:
        print(self_test(result["bundle"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
