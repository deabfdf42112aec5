"""The committed icons: PNGs at 48, 128 and 256 px, a Windows .ico and a macOS .icns."""

from __future__ import annotations

from pathlib import Path

import pytest

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
Image = pytest.importorskip("PIL.Image")


@pytest.mark.parametrize("size", [48, 128, 256])
def test_each_png_has_its_size_and_transparent_corners(size: int) -> None:
    with Image.open(ICONS / f"secondopinion-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0  # rounded corner: see-through
        assert image.getpixel((size // 2, size // 2))[3] == 255


def test_the_ico_holds_every_size_windows_asks_for() -> None:
    with Image.open(ICONS / "secondopinion.ico") as image:
        assert {16, 24, 32, 48, 64, 128, 256} <= {w for w, _h in image.ico.sizes()}


def test_the_icns_holds_retina_sizes_up_to_1024() -> None:
    with Image.open(ICONS / "secondopinion.icns") as image:
        sizes = image.info["sizes"]
        assert (512, 512, 2) in sizes and (16, 16, 2) in sizes
