"""The Windows and macOS wheel sets resolve (binary wheels only), as the workflow will install them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UV = Path(sys.executable).with_name("uv")

# Platform -> a package only that platform's PyInstaller needs.
PLATFORMS = {
    "x86_64-pc-windows-msvc": "pywin32-ctypes",
    "aarch64-apple-darwin": "macholib",
    "x86_64-apple-darwin": "macholib",
}


@pytest.mark.slow
def test_the_windows_and_both_macos_wheel_sets_resolve() -> None:
    env = dict(os.environ, MACOSX_DEPLOYMENT_TARGET="14.0")  # as the workflow sets it
    # All three at once: each spends its time waiting on the package index, not computing.
    running = {
        platform: subprocess.Popen(
            [str(UV), "pip", "compile", str(ROOT / "pyproject.toml"), "--extra", "package",
             "--python-platform", platform, "--python-version", "3.12",
             "--only-binary", ":all:", "--no-header", "--no-annotate", "--quiet"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )
        for platform in PLATFORMS
    }
    for platform, process in running.items():
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, f"{platform}: {err}"
        names = {line.split("==")[0] for line in out.splitlines() if "==" in line}
        wanted = {"pyside6-essentials", "pyside6-pdf", "pyinstaller", "reportlab", "pillow"}
        assert wanted <= names, platform
        assert PLATFORMS[platform] in names, platform
