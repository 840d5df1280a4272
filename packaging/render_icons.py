"""Render resources/icons/solieu.svg to the bitmaps installers need, with QtSvg.

    python packaging/render_icons.py OUTDIR [--png] [--ico] [--iconset]

--png      OUTDIR/hicolor/NxN/apps/solieu.png for the freedesktop icon theme
--ico      OUTDIR/solieu.ico (PNG-compressed entries 16..256, Windows Vista and later)
--iconset  OUTDIR/solieu.iconset/ for macOS `iconutil -c icns`
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "solieu.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONSET = {  # name -> pixels
    **{f"icon_{s}x{s}.png": s for s in (16, 32, 128, 256, 512)},
    **{f"icon_{s}x{s}@2x.png": 2 * s for s in (16, 32, 128, 256, 512)},
}


def _renderer():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {SVG}")
    return app, renderer


def render_png(renderer, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"render_icons: could not encode a {size}px PNG")
    buffer.close()
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico container whose entries are PNG images (allowed since Windows Vista)."""
    sizes = sorted(pngs)
    out = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    body = b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(body))
        body += data
    return out + body


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0].startswith("-"):
        raise SystemExit(__doc__)
    out = Path(args[0])
    wanted = set(args[1:]) or {"--png"}
    _app, renderer = _renderer()
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(renderer, size)
        return cache[size]

    if "--png" in wanted:
        for s in HICOLOR_SIZES:
            target = out / "hicolor" / f"{s}x{s}" / "apps" / "solieu.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(png(s))
    if "--ico" in wanted:
        out.mkdir(parents=True, exist_ok=True)
        (out / "solieu.ico").write_bytes(ico({s: png(s) for s in ICO_SIZES}))
    if "--iconset" in wanted:
        folder = out / "solieu.iconset"
        folder.mkdir(parents=True, exist_ok=True)
        for name, s in ICONSET.items():
            (folder / name).write_bytes(png(s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
