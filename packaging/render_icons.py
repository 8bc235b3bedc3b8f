"""Render the app icon's PNGs from its SVG, in the sizes desktops look for.

    .venv/bin/python packaging/render_icons.py

Reads resources/icons/hicolor/scalable/apps/*.svg and writes
resources/icons/hicolor/NxN/apps/<same name>.png for each size: the freedesktop icon theme
layout, which the window icon, the bundle and a distribution's package all use as is.
Run it after editing the SVG and commit the PNGs with it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HICOLOR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "hicolor"


def render(svg: Path, size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG Qt can read.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"{target}: could not be written.")


def main() -> int:
    # Rendering needs a Qt application but no screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # alive while rendering
    sources = sorted((HICOLOR / "scalable" / "apps").glob("*.svg"))
    if not sources:
        raise SystemExit(f"No SVG icon in {HICOLOR / 'scalable' / 'apps'}.")
    for svg in sources:
        for size in SIZES:
            target = HICOLOR / f"{size}x{size}" / "apps" / f"{svg.stem}.png"
            render(svg, size, target)
            print(target.relative_to(HICOLOR.parent.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
