"""The .deb's parts: metainfo releases follow CHANGELOG.md, the desktop entry is valid, Depends."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
sys.path.insert(0, str(LINUX))

import deb_depends  # noqa: E402
import metainfo  # noqa: E402

DESKTOP = LINUX / "org.secondopinion.Companion.desktop"


def written_metainfo(tmp_path: Path) -> Path:
    out = tmp_path / "org.secondopinion.Companion.metainfo.xml"
    metainfo.build("https://example.org/shots", "https://example.org").write(
        out, encoding="utf-8", xml_declaration=True
    )
    return out


def test_the_releases_are_the_changelog_versions_newest_first(tmp_path: Path) -> None:
    headings = re.findall(r"^## (\d+\.\d+\.\d+)", (ROOT / "CHANGELOG.md").read_text("utf-8"), re.M)
    tree = ET.parse(written_metainfo(tmp_path))
    releases = tree.findall("releases/release")
    assert [r.get("version") for r in releases] == headings
    first = releases[0].findall("description/ul/li")
    assert first and "step by step" in first[0].text


def test_an_unreleased_version_is_a_development_release_and_a_dated_one_stable() -> None:
    found = metainfo.releases("## 0.2.0 (unreleased)\n\n- New.\n\n## 0.1.0 (2026-11-30)\n\n- First\n  line.\n")
    assert [(v, k) for v, _d, k, _b in found] == [("0.2.0", "development"), ("0.1.0", "stable")]
    assert found[1][1] == "2026-11-30" and found[1][3] == ["First line."]


def test_the_metainfo_names_the_desktop_entry_screenshots_and_content_rating(tmp_path: Path) -> None:
    root = ET.parse(written_metainfo(tmp_path)).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("content_rating").get("type") == "oars-1.1"
    images = [i.text for i in root.findall("screenshots/screenshot/image")]
    assert images == [f"https://example.org/shots/{name}" for name, _s, _c in metainfo.SHOTS]
    assert {c.text for c in root.findall("categories/category")} == {"Office", "MedicalSoftware"}


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_appstreamcli_accepts_the_metainfo(tmp_path: Path) -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(written_metainfo(tmp_path))],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed")
def test_the_desktop_entry_is_valid_and_starts_the_window_program() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
    assert "Exec=secondopinion-window\n" in DESKTOP.read_text("utf-8")


def test_depends_names_what_the_bundle_does_not_carry_and_the_libc_floor(tmp_path: Path) -> None:
    program = Path(shutil.which("xz") or "/usr/bin/xz")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy(program, bundle / "xz")
    line = deb_depends.depends(bundle)
    assert re.match(r"libc6 \(>= 2\.\d+\), ", line)
    assert "liblzma5" in line.split(", ")
    # Once the bundle carries its own liblzma, the system's is no longer needed.
    lzma = next(p for p in deb_depends.system_libraries(bundle, [bundle / "xz"])[0] if "lzma" in p)
    shutil.copy(lzma, bundle / Path(lzma).name)
    assert "liblzma5" not in deb_depends.depends(bundle).split(", ")
