"""The application icon in every size and format the platforms ask for, drawn from resources/icons/.

Run: python packaging/icons.py OUT_DIR -> OUT_DIR/png/NxN.png, OUT_DIR/sic-desktop.ico and .icns.
Qt renders the SVG (no other image library needed); .ico and .icns hold PNG images, which every Windows
since Vista and every macOS since 10.7 read, so they are written here byte by byte.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "sic-desktop.svg"
# The hicolor theme's usual sizes (desktops ask for 16-512), Windows' .ico sizes and macOS's .icns sizes.
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns types that hold PNG data, by pixel size (ic11..ic14 are the @2x variants of 16, 32, 128, 256).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def render(size: int) -> bytes:
    """The SVG as a PNG of `size` x `size` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"icons: cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # its stubs say bytes; it takes only str
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (ICONDIR, one ICONDIRENTRY each, then the PNGs)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in a byte-sized field
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns', the total length, then (type, length, PNG) blocks."""
    blocks = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size]
                      for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def make(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    images = {size: render(size) for size in sorted({*LINUX_SIZES, *ICO_SIZES, 1024})}
    (out / "png").mkdir(parents=True, exist_ok=True)
    for size in LINUX_SIZES:
        (out / "png" / f"{size}x{size}.png").write_bytes(images[size])
    (out / "sic-desktop.ico").write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    (out / "sic-desktop.icns").write_bytes(icns(images))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/icons.py OUT_DIR")
    make(Path(sys.argv[1]))
