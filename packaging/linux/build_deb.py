"""Build dist/solieu_<version>_<arch>.deb from the PyInstaller bundle (dist/solieu/).

    python packaging/linux/build_deb.py [--bundle dist/solieu] [--out dist] [--work build/deb]

Layout of the package:
  /opt/solieu/                      the bundle
  /usr/bin/solieu                   -> /opt/solieu/solieu
  /usr/share/applications/solieu.desktop
  /usr/share/icons/hicolor/{scalable,NxN}/{apps,mimetypes}/...   SVG and PNGs rendered with QtSvg
  /usr/share/mime/packages/solieu.xml   application/x-solieu-project for *.solieu
  /usr/share/doc/solieu/copyright

`Depends` is computed like dpkg-shlibdeps does it, but for a bundle: the DT_NEEDED
entries of every ELF file in the bundle that the bundle does not carry are resolved
on this system (ldd) and mapped to their packages (dpkg -S). So the build machine
must have them (packaging/linux/build-deps.txt); a library that resolves nowhere
fails the build.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "packaging"))

MIME_TYPE = "application/x-solieu-project"
MIME_ICON = MIME_TYPE.replace("/", "-")
MAINTAINER = "Solieu maintainers <solieu@example.org>"


class DebError(SystemExit):
    def __init__(self, message: str) -> None:
        super().__init__(f"build_deb failed: {message}")


# -- ELF: the libraries a file names (DT_NEEDED), without binutils ------------------------


def elf_needed(path: Path) -> list[str] | None:
    """DT_NEEDED names of a 64- or 32-bit little-endian ELF file; None if not ELF."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[5] != 1:
        return None
    is64 = data[4] == 2
    if is64:
        shoff, shentsize, shnum = (
            struct.unpack_from("<Q", data, 0x28)[0],
            *struct.unpack_from("<HH", data, 0x3A),
        )
    else:
        shoff, shentsize, shnum = (
            struct.unpack_from("<I", data, 0x20)[0],
            *struct.unpack_from("<HH", data, 0x2E),
        )
    sections = []
    for i in range(shnum):
        off = shoff + i * shentsize
        if is64:
            _name, stype, _fl, _addr, offset, size, link, _info, _al, entsize = struct.unpack_from(
                "<IIQQQQIIQQ", data, off
            )
        else:
            _name, stype, _fl, _addr, offset, size, link, _info, _al, entsize = struct.unpack_from(
                "<IIIIIIIIII", data, off
            )
        sections.append((stype, offset, size, link, entsize))
    needed = []
    for stype, offset, size, link, entsize in sections:
        if stype != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link][1]
        fmt = "<qQ" if is64 else "<iI"
        step = entsize or struct.calcsize(fmt)
        for pos in range(offset, offset + size, step):
            tag, val = struct.unpack_from(fmt, data, pos)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab + val)
                needed.append(data[strtab + val : end].decode())
    return needed


def system_libraries(bundle: Path) -> dict[str, Path]:
    """Libraries some ELF file in the bundle needs and the bundle does not carry -> system path."""
    carried = {p.name for p in bundle.rglob("*")}
    wanted: dict[str, Path] = {}  # name -> one file that needs it
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        names = elf_needed(path)
        for name in names or ():
            if name not in carried and not name.startswith("ld-linux"):
                wanted.setdefault(name, path)
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))
    resolved: dict[str, Path] = {}
    for name, user in sorted(wanted.items()):
        out = subprocess.run(["ldd", str(user)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            parts = line.split()
            if parts and parts[0] == name and len(parts) >= 3 and parts[2].startswith("/"):
                resolved[name] = Path(parts[2])
        if name not in resolved:
            raise DebError(f"{name} (needed by {user.relative_to(bundle)}) is not on this system")
    return resolved


def package_of(path: Path) -> str:
    candidates = [str(path), str(path.resolve())]
    for c in list(candidates):  # merged /usr: dpkg may know the file under either name
        if c.startswith("/usr/"):
            candidates.append(c[4:])
        else:
            candidates.append("/usr" + c)
    for c in dict.fromkeys(candidates):
        proc = subprocess.run(["dpkg", "-S", c], capture_output=True, text=True)
        if proc.returncode == 0:
            pkg = proc.stdout.split(":", 1)[0].strip()
            return pkg.split(",")[0].strip()
    raise DebError(f"no installed package provides {path}")


def depends(bundle: Path) -> list[str]:
    return sorted({package_of(p) for p in system_libraries(bundle).values()})


# -- the package tree ----------------------------------------------------------------------

MIME_XML = f"""\
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>Solieu project</comment>
    <comment xml:lang="vi">Dự án Solieu</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <generic-icon name="{MIME_ICON}"/>
    <glob pattern="*.solieu" weight="80"/>
  </mime-type>
</mime-info>
"""

CACHES = """\
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database /usr/share/mime || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
"""

POSTINST = f"""\
#!/bin/sh
set -e
case "$1" in
    configure|abort-upgrade|abort-remove|abort-deconfigure)
{textwrap.indent(CACHES, "        ")}        ;;
esac
exit 0
"""

POSTRM = f"""\
#!/bin/sh
set -e
case "$1" in
    remove|purge|abort-install|abort-upgrade|disappear)
{textwrap.indent(CACHES, "        ")}        ;;
esac
exit 0
"""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: solieu

Files: *
License: MIT

Files: opt/solieu/_internal/PySide6/* opt/solieu/_internal/shiboken6/*
License: LGPL-3.0
 Qt for Python (PySide6) and the Qt libraries, unmodified, dynamically linked.
 See https://www.qt.io/licensing and /usr/share/common-licenses/LGPL-3.

Files: opt/solieu/_internal/*
License: various
 Python and the libraries the bundle carries, under their own licences
 (PSF, MIT, BSD); see their upstream projects.
"""


def architecture() -> str:
    out = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    return out.stdout.strip() or "amd64"


def installed_size_kib(tree: Path) -> int:
    total = 0
    for p in tree.rglob("*"):
        if p.is_symlink():
            total += 1
        elif p.is_file():
            total += (p.stat().st_size + 1023) // 1024
    return total


def stage(bundle: Path, tree: Path, version: str, arch: str) -> list[str]:
    if tree.exists():
        shutil.rmtree(tree)
    opt = tree / "opt" / "solieu"
    opt.parent.mkdir(parents=True)
    shutil.copytree(bundle, opt, symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    os.symlink("/opt/solieu/solieu", tree / "usr" / "bin" / "solieu")

    share = tree / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "solieu.desktop", share / "applications" / "solieu.desktop")

    icons = share / "icons" / "hicolor"
    svg = ROOT / "resources" / "icons" / "solieu.svg"
    for kind, name in (("apps", "solieu"), ("mimetypes", MIME_ICON)):
        target = icons / "scalable" / kind / f"{name}.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(svg, target)
    rendered = tree.parent / "icons"
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icons.py"), str(rendered), "--png"],
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    for png in (rendered / "hicolor").glob("*/apps/solieu.png"):
        size = png.parent.parent.name
        for kind, name in (("apps", "solieu"), ("mimetypes", MIME_ICON)):
            target = icons / size / kind / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(png, target)

    (share / "mime" / "packages").mkdir(parents=True)
    (share / "mime" / "packages" / "solieu.xml").write_text(MIME_XML, encoding="utf-8")
    (share / "doc" / "solieu").mkdir(parents=True)
    (share / "doc" / "solieu" / "copyright").write_text(COPYRIGHT, encoding="utf-8")

    deps = depends(opt)
    debian = tree / "DEBIAN"
    debian.mkdir()
    control = "\n".join(
        [
            "Package: solieu",
            f"Version: {version}",
            f"Architecture: {arch}",
            f"Maintainer: {MAINTAINER}",
            f"Installed-Size: {installed_size_kib(tree)}",
            f"Depends: {', '.join(deps)}",
            "Section: science",
            "Priority: optional",
            "Homepage: https://github.com/solieu/solieu",
            "Description: review and curate the statistics that news articles report",
            " Solieu reads a folder of news articles, proposes every figure it finds",
            " (value, scale, unit, qualifier, what is measured, where, when), lets a",
            " reviewer confirm, correct, reject and add figures, reconciles the same",
            " figure reported by several articles and exports an Excel workbook.",
            "",
        ]
    )
    (debian / "control").write_text(control, encoding="utf-8")
    for name, text in (("postinst", POSTINST), ("postrm", POSTRM)):
        (debian / name).write_text(text, encoding="utf-8")
        (debian / name).chmod(0o755)
    for p in tree.rglob("*"):  # dpkg-deb wants sane permissions
        if p.is_symlink():
            continue
        if p.is_dir():
            p.chmod(0o755)
        elif p.parent != debian:
            p.chmod(0o755 if os.access(p, os.X_OK) else 0o644)
    return deps


def validate_desktop(tree: Path) -> str | None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return "desktop-file-validate not installed (apt-get install desktop-file-utils)"
    desktop = tree / "usr" / "share" / "applications" / "solieu.desktop"
    proc = subprocess.run([tool, str(desktop)], capture_output=True, text=True)
    lines = (proc.stdout + proc.stderr).strip().splitlines()
    bad = [x for x in lines if ": error:" in x or ": warning:" in x]
    if proc.returncode != 0 or bad:
        raise DebError(f"solieu.desktop does not validate: {' '.join(bad or lines)}")
    for hint in lines:  # hints are advice, not failures
        print(f"build_deb: desktop-file-validate {hint.split(': ', 1)[-1]}", file=sys.stderr)
    return None


def build_deb(bundle: Path, out: Path, work: Path) -> Path:
    from solieu import __version__

    if not (bundle / "solieu").is_file():
        raise DebError(f"no bundle at {bundle} (run packaging/build.py first)")
    if shutil.which("dpkg-deb") is None:
        raise DebError("dpkg-deb is not installed")
    arch = architecture()
    tree = work / "root"
    deps = stage(bundle, tree, __version__, arch)
    skipped = validate_desktop(tree)
    if skipped:
        print(f"build_deb: not validated: {skipped}", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"solieu_{__version__}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"{deb}: {deb.stat().st_size / 2**20:.1f} MiB; Depends: {', '.join(deps)}")
    return deb


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / "solieu")
    p.add_argument("--out", type=Path, default=ROOT / "dist")
    p.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    args = p.parse_args(argv)
    build_deb(args.bundle, args.out, args.work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
