"""docs/install.md names the files the builds make and the folders the app really uses."""

from __future__ import annotations

import re
from pathlib import Path

from secondopinion_desktop import __version__
from secondopinion_desktop.storage.paths import APP_NAME

ROOT = Path(__file__).resolve().parents[2]
GUIDE = (ROOT / "docs" / "install.md").read_text("utf-8")
ENGLISH, SPANISH = GUIDE.split("\n## Español\n")


def test_the_download_names_are_the_files_the_builds_make() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    workflow = (ROOT / ".github" / "workflows" / "installers.yml").read_text("utf-8")
    assert "dist/secondopinion_$(VERSION)_amd64.deb" in makefile
    assert "dist/secondopinion-$(VERSION)-linux-x86_64.tar.xz" in makefile
    assert "secondopinion-$version-windows-x64-setup.exe" in workflow
    assert "dist/secondopinion-$VERSION-macos-${{ matrix.arch }}.dmg" in workflow
    for part in (ENGLISH, SPANISH):
        for name in (f"secondopinion_{__version__}_amd64.deb",
                     f"secondopinion-{__version__}-linux-x86_64.tar.xz",
                     f"secondopinion-{__version__}-windows-x64-setup.exe",
                     f"secondopinion-{__version__}-macos-arm64.dmg",
                     f"secondopinion-{__version__}-macos-x86_64.dmg"):
            assert f"`{name}`" in part


def test_both_languages_cover_every_topic() -> None:
    topics = {
        "english": ["### 1. Download", "### 2. Install", "### 3. First start", "SmartScreen",
                    "Gatekeeper", "### Where your information is kept", "### Uninstall", "macOS 14"],
        "spanish": ["### 1. Descargar", "### 2. Instalar", "### 3. Primer inicio", "SmartScreen",
                    "Gatekeeper", "### Dónde se guarda su información", "### Desinstalar",
                    "macOS 14"],
    }
    for topic in topics["english"]:
        assert topic in ENGLISH
    for topic in topics["spanish"]:
        assert topic in SPANISH


def test_the_data_folders_are_the_apps_own() -> None:
    for part in (ENGLISH, SPANISH):
        assert f"AppData\\Local\\{APP_NAME}`" in part
        assert f"Library/Application Support/{APP_NAME}`" in part
        assert f".local/share/{APP_NAME}`" in part
    nsis = (ROOT / "packaging" / "windows" / "installer.nsi").read_text("utf-8")
    assert re.search(r'!define APP_KEY "' + APP_NAME + '"', nsis)
