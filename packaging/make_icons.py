"""Render the app icon's SVG to PNGs, then a Windows .ico and a macOS .icns (run: make icons).

Qt's SVG renderer draws the PNGs (Pillow cannot read SVG); Pillow writes the .ico and .icns,
each holding every size its system asks for. The results are committed in resources/icons/.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "secondopinion.svg"
COMMITTED_PNG_SIZES = (48, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = bytes(image.constBits())
    return Image.frombuffer("RGBA", (size, size), data, "raw", "RGBA", image.bytesPerLine(), 1)


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.stderr.write(f"Cannot read the icon {SVG}.\n")
        return 1
    sizes = sorted(set(COMMITTED_PNG_SIZES + ICO_SIZES + ICNS_SIZES))
    images = {size: render(renderer, size) for size in sizes}
    for size in COMMITTED_PNG_SIZES:
        images[size].save(ICONS / f"secondopinion-{size}.png", optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICONS / "secondopinion.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[1024].save(
        ICONS / "secondopinion.icns", append_images=[images[s] for s in ICNS_SIZES if s != 1024]
    )
    print(f"Wrote PNGs {COMMITTED_PNG_SIZES}, secondopinion.ico and secondopinion.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
