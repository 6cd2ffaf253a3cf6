"""Make the icon's pictures from its drawing, ``resources/icons/cluster-planner.svg``.

    .venv/bin/python packaging/make_icons.py

- PNGs of every size a desktop asks for (16 to 512 pixels), beside the drawing: the
  window's icon and the Linux desktop's (``./dev install-desktop``);
- ``packaging/icons/cluster-planner.ico`` (Windows: 16 to 256 pixels in one file) and
  ``packaging/icons/cluster-planner.icns`` (macOS: 16 to 1024), written by Pillow.

The drawing is rendered by Qt's SVG renderer; the results are kept in git, so a bundle
build needs neither. Run this again after changing the drawing.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "cluster_planner" / "resources" / "icons"
DRAWING = ICONS / "cluster-planner.svg"
PACKAGING = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """The drawing as a PNG of ``size`` × ``size`` pixels, transparent around it."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(DRAWING))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    from PIL import Image

    pictures = {size: Image.open(io.BytesIO(render(size))) for size in {*PNG_SIZES, *ICNS_SIZES}}
    for size in PNG_SIZES:
        pictures[size].save(ICONS / f"cluster-planner-{size}.png", optimize=True)
    PACKAGING.mkdir(parents=True, exist_ok=True)
    largest = pictures[256]
    largest.save(
        PACKAGING / "cluster-planner.ico",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[pictures[size] for size in ICO_SIZES if size != 256],
    )
    pictures[1024].save(
        PACKAGING / "cluster-planner.icns",
        append_images=[pictures[size] for size in ICNS_SIZES if size != 1024],
    )
    for path in sorted([*ICONS.glob("*.png"), *PACKAGING.iterdir()]):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
