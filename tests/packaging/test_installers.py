"""Installers: `solieu --self-test`, the PyInstaller bundle and the .deb (packaging/).

The build test makes the bundle and the .deb in a temporary folder (about 35 s for
PyInstaller and 55 s for the xz-compressed .deb on 2 cores), runs the bundled
`solieu --self-test`, checks the package, and as root with dpkg installs it, runs
`/usr/bin/solieu --self-test` and removes it again.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_build = _load("solieu_packaging_build", PACKAGING / "build.py")

IS_LINUX = sys.platform.startswith("linux")
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _self_test_ok(out: str) -> None:
    assert out.startswith("solieu self-test ok: 5 documents, "), out
    assert "figures" in out and "groups" in out and "workbook 7 sheets" in out, out
    assert "server driver libpq " in out, out  # a team's server project opens from here too


def test_self_test_in_the_dev_install(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "solieu.cli", "--self-test"],
        capture_output=True,
        text=True,
        env=dict(ENV, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "cfg")),
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    _self_test_ok(proc.stdout.strip())
    assert len(proc.stdout.strip().splitlines()) == 1
    # the demo was built in a temporary folder, not in the user's data folder
    assert not (tmp_path / "data").exists()


def test_self_test_failure_is_one_line(monkeypatch, capsys):
    from solieu import cli, resources

    monkeypatch.setattr(resources, "seed_articles", lambda: [])
    assert cli.main(["--self-test"]) == 2
    err = capsys.readouterr().err
    assert err == "solieu: self-test failed: no seed articles in this installation\n"


def test_build_fails_on_a_library_not_found(tmp_path):
    """A missing library matters only when the file needing it stayed in the bundle."""
    bundle = tmp_path / "solieu"
    (bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    (bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").touch()
    log = "\n".join(
        [
            "14513 WARNING: Library not found: could not resolve 'libxcb-icccm.so.4', dependency"
            " of '/venv/PySide6/Qt/plugins/platforms/libqxcb.so'.",
            "14513 WARNING: Library not found: could not resolve 'libgtk-3.so.0', dependency"
            " of '/venv/PySide6/Qt/plugins/platformthemes/libqgtk3.so'.",
        ]
    )
    assert bundle_build.check_log(log, bundle) == ["libxcb-icccm.so.4 (needed by libqxcb.so)"]
    warn = tmp_path / "warn.txt"
    warn.write_text(
        "missing module named msvcrt - imported by subprocess (optional), solieu.store.lock "
        "(conditional)\n"
        "missing module named xlsxwriter - imported by solieu.export.xlsx (delayed)\n"
    )
    assert bundle_build.check_warnings(warn) == [
        "xlsxwriter (imported by solieu.export.xlsx (delayed))"
    ]


def _missing_build_deps() -> list[str]:
    """Library packages of packaging/linux/build-deps.txt not installed here."""
    if shutil.which("dpkg-query") is None:
        return ["dpkg"]
    wanted = [
        line.strip()
        for line in (PACKAGING / "linux" / "build-deps.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#") and line.strip().startswith("lib")
    ]
    missing = []
    for pkg in wanted:
        proc = subprocess.run(
            ["dpkg-query", "-W", "-f=${db:Status-Status}", pkg], capture_output=True, text=True
        )
        if proc.stdout.strip() != "installed":
            missing.append(pkg)
    return missing


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    if not IS_LINUX:
        pytest.skip("the .deb is built on Linux; CI builds the other systems")
    pytest.importorskip(
        "PyInstaller", reason="PyInstaller is a test dependency (pip install -e .[test])"
    )
    missing = _missing_build_deps()
    if missing:
        pytest.skip(f"build dependencies not installed: {' '.join(missing)}")
    build_deb = _load("solieu_packaging_build_deb", PACKAGING / "linux" / "build_deb.py")
    work = tmp_path_factory.mktemp("installers")
    result = bundle_build.build(work / "dist", work / "pyinstaller")
    deb = build_deb.build_deb(result["bundle"], work / "dist", work / "deb")
    return {**result, "deb": deb, "tree": work / "deb" / "root"}


@pytest.mark.slow
def test_bundle_runs_its_self_test(built):
    out = bundle_build.self_test(built["bundle"])
    _self_test_ok(out)
    internal = built["bundle"] / "_internal"
    assert (internal / "solieu" / "seeds" / "gold").is_dir()
    assert (internal / "solieu" / "resources" / "icons" / "solieu.svg").is_file()
    translations = internal / "solieu" / "resources" / "translations"
    for name in ("solieu_vi.qm", "solieu_en.qm", "qt_vi.qm"):  # built by lrelease, bundled
        assert (translations / name).is_file(), name
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert sorted(p.name for p in (plugins / "platforms").iterdir()) == [
        "libqminimal.so",
        "libqoffscreen.so",
        "libqxcb.so",
    ]
    assert (plugins / "iconengines" / "libqsvgicon.so").is_file()
    assert not (plugins / "wayland-shell-integration").exists()
    assert not list(internal.rglob("libQt6Qml*")) and not list(internal.rglob("libQt6WebEngine*"))
    assert not list(internal.rglob("libQt6Network*"))
    # 168,046,678 bytes with the PostgreSQL driver, which brings its own libpq, OpenSSL
    # and Kerberos (12.6 MB in the venv: psycopg 2.2, psycopg_binary 1.2, its libs 9.2)
    assert built["bytes"] < 170 * 2**20, built["bytes"]


@pytest.mark.slow
def test_deb_contents_and_control(built):
    deb = built["deb"]
    assert deb.name == "solieu_0.1.0_amd64.deb" or deb.name.startswith("solieu_0.1.0_")
    info = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True).stdout
    fields = dict(line.split(": ", 1) for line in info.splitlines() if ": " in line)
    assert fields["Package"] == "solieu" and fields["Version"] == "0.1.0"
    depends = {d.strip() for d in fields["Depends"].split(",")}
    assert {"libgl1", "libegl1", "libfontconfig1", "libxkbcommon0", "libxcb-cursor0"} <= depends
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libx11-xcb1"} <= depends
    # nothing the bundle carries itself, and no GUI toolkit the slimmed bundle dropped
    assert not depends & {"libglib2.0-0", "libgtk-3-0", "libdbus-1-3", "libstdc++6", "python3"}
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True).stdout
    paths = {line.split()[5] for line in listing.splitlines()}
    for expected in (
        "./opt/solieu/solieu",
        "./usr/share/applications/solieu.desktop",
        "./usr/share/mime/packages/solieu.xml",
        "./usr/share/icons/hicolor/scalable/apps/solieu.svg",
        "./usr/share/icons/hicolor/48x48/apps/solieu.png",
        "./usr/share/icons/hicolor/256x256/apps/solieu.png",
        "./usr/share/icons/hicolor/48x48/mimetypes/application-x-solieu-project.png",
        "./usr/share/doc/solieu/copyright",
    ):
        assert expected in paths, expected
    assert "./usr/bin/solieu -> /opt/solieu/solieu" in listing
    control = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True).stdout
    assert b"postinst" in control and b"postrm" in control
    mime = (built["tree"] / "usr/share/mime/packages/solieu.xml").read_text()
    assert 'type="application/x-solieu-project"' in mime and 'pattern="*.solieu"' in mime
    desktop = (built["tree"] / "usr/share/applications/solieu.desktop").read_text()
    assert "MimeType=application/x-solieu-project;" in desktop and "Exec=solieu %f" in desktop


@pytest.mark.slow
def test_desktop_file_validates(built):
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed (apt-get install desktop-file-utils)")
    desktop = built["tree"] / "usr/share/applications/solieu.desktop"
    proc = subprocess.run([tool, str(desktop)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert ": error:" not in proc.stdout and ": warning:" not in proc.stdout, proc.stdout


def _installed(package: str) -> bool:
    proc = subprocess.run(
        ["dpkg-query", "-W", "-f=${db:Status-Status}", package], capture_output=True, text=True
    )
    return proc.stdout.strip() == "installed"


@pytest.mark.slow
def test_deb_installs_runs_and_removes(built, tmp_path):
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("dpkg") is None:
        pytest.skip("installing the .deb needs root and dpkg")
    if _installed("solieu") or Path("/opt/solieu").exists():
        pytest.skip("solieu is already installed on this system; not replacing it")
    proc = subprocess.run(["dpkg", "-i", str(built["deb"])], capture_output=True, text=True)
    try:
        assert proc.returncode == 0, proc.stdout + proc.stderr
        run = subprocess.run(
            ["/usr/bin/solieu", "--self-test"],
            capture_output=True,
            text=True,
            env=dict(ENV, HOME=str(tmp_path)),
            timeout=120,
            cwd=tmp_path,
        )
        assert run.returncode == 0, run.stdout + run.stderr
        _self_test_ok(run.stdout.strip())
        globs = Path("/usr/share/mime/globs2")
        if shutil.which("update-mime-database") and globs.exists():
            assert "application/x-solieu-project:*.solieu" in globs.read_text()
    finally:
        removed = subprocess.run(["dpkg", "--purge", "solieu"], capture_output=True, text=True)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not Path("/opt/solieu").exists() and not Path("/usr/bin/solieu").exists()
