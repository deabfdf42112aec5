"""What the frozen bundle leaves out (packaging/bundle_rules.py), on the names PyInstaller gives."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from bundle_rules import dropped

PLUGINS = "PySide6/Qt/plugins"
SITE = "/venv/lib/python3.12/site-packages"


@pytest.mark.parametrize("name", [
    f"{PLUGINS}/platformthemes/libqgtk3.so", f"{PLUGINS}/imageformats/libqgif.so",
    "PySide6\\plugins\\imageformats\\qgif.dll", f"{PLUGINS}/tls/libqopensslbackend.so",
])
def test_unused_qt_plugins_stay_out_on_every_system(name: str) -> None:
    assert dropped(name, f"{SITE}/{name}")


@pytest.mark.parametrize("name", [
    f"{PLUGINS}/platforms/libqxcb.so", f"{PLUGINS}/platforms/libqoffscreen.so",
    f"{PLUGINS}/imageformats/libqsvg.so", f"{PLUGINS}/platforminputcontexts/libibusplatforminputcontextplugin.so",
])
def test_the_plugins_the_window_needs_stay_in(name: str) -> None:
    assert not dropped(name, f"{SITE}/{name}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux rule")
def test_the_systems_libstdcxx_and_display_libraries_stay_out_but_wheel_copies_stay_in() -> None:
    assert dropped("libstdc++.so.6", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6")
    assert dropped("libgcc_s.so.1", "/lib/x86_64-linux-gnu/libgcc_s.so.1")
    assert dropped("libxcb-cursor.so.0", "/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0")
    # Pillow's own renamed copy is not the system's: ReportLab needs it.
    assert not dropped("pillow.libs/libjpeg-8a13c6e0.so.62.4.0",
                       f"{SITE}/pillow.libs/libjpeg-8a13c6e0.so.62.4.0")
    assert not dropped("libpython3.12.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.12.so.1.0")
