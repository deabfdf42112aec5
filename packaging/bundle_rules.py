"""What the frozen bundles leave out: Python modules, Qt plugins and (on Linux) system libraries.

Shared by packaging/secondopinion.spec and bench/hello.spec, so that the bench's hello-world
bundle is built the same way as the app's.
"""

from __future__ import annotations

import os
import sys

# What the app never uses but a build machine may have installed: leaving them out keeps the
# bundle small and stops it from carrying the build machine's GTK or Tk. (Pillow stays:
# ReportLab imports it.)
EXCLUDES = [
    "tkinter", "_tkinter", "gi", "gtk", "numpy", "IPython", "pytest", "hypothesis",
    "pypdf", "mypy", "ruff", "setuptools", "pkg_resources", "pip", "pydoc_data",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtQml", "PySide6.QtQuick",
    "PySide6.QtQuickWidgets", "PySide6.QtQuick3D", "PySide6.QtMultimedia", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDesigner",
    "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtBluetooth", "PySide6.QtPositioning",
    "PySide6.QtSerialPort", "PySide6.Qt3DCore", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.QtConcurrent", "PySide6.QtDBus", "PySide6.QtXml", "PySide6.QtNetworkAuth",
    # ReportLab needs only Pillow's core (PIL.Image); the optional codecs, fonts and colour
    # management bring 10 MB of libraries (AVIF, WebP, FreeType, HarfBuzz, LCMS).
    "PIL._avif", "PIL._webp", "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk",
    "PIL._imagingmath", "PIL._imagingmorph", "PIL.ImageQt", "PIL.ImageTk", "readline",
]

# Qt plugins the app has no use for (it has no network, reads no photos, runs on a desktop).
# (folder, part of the file name): libqgif.so, qgif.dll and libqgif.dylib alike.
UNUSED_PLUGINS = (
    ("egldeviceintegrations", ""), ("generic", ""), ("networkinformation", ""), ("tls", ""),
    ("platforms", "qeglfs"), ("platforms", "qlinuxfb"), ("platforms", "qvnc"),
    ("platforms", "qvkkhr"), ("platforms", "qminimalegl"), ("imageformats", "qgif"),
    ("imageformats", "qicns"), ("imageformats", "qjpeg"), ("imageformats", "qpdf"),
    ("imageformats", "qtga"), ("imageformats", "qtiff"), ("imageformats", "qwbmp"),
    ("imageformats", "qwebp"),
    # The GTK platform theme would load GTK, GDK, Pango and Cairo on every start; the app
    # draws with Fusion and its own palette.
    ("platformthemes", "qgtk3"),
)
# On Linux the display, font, GL and print stack comes from the system, never from the build
# machine: these libraries must match the running X or Wayland server, the graphics driver and
# the font configuration. The .deb's Depends name their packages (packaging/linux/deb_depends.py
# finds them with ldd, as dpkg-shlibdeps would). libstdc++ and libgcc_s above all: a bundled
# older copy breaks Mesa's GL drivers on newer distributions.
SYSTEM_LIBRARIES = (
    "libstdc++.so", "libgcc_s.so", "libX", "libxcb", "libxkbcommon", "libwayland-", "libdrm.",
    "libgbm.", "libEGL", "libGL", "libfontconfig.", "libfreetype.", "libexpat.", "libpng16.",
    "libz.", "libbrotli", "libbz2.", "libglib-2", "libgio-2", "libgobject-2", "libgmodule-2",
    "libgthread-2", "libdbus-1.", "libsystemd.", "libcups.", "libgtk-", "libgdk", "libatk",
    "libpango", "libcairo", "libharfbuzz", "libgraphite2", "libpixman", "libfribidi", "libthai",
    "libdatrie", "libepoxy", "libavahi", "libgnutls", "libkrb5", "libgssapi", "libk5crypto",
    "libcom_err", "libkeyutils", "libidn2", "libunistring", "libnettle", "libhogweed", "libgmp.",
    "libp11-kit", "libtasn1", "libffi.", "libmount.", "libblkid.", "libselinux.", "libpcre",
    "libgcrypt", "libgpg-error", "liblz4", "libzstd", "libcap.", "libbsd.", "libmd.", "libjpeg",
    "libtiff", "libwebp", "libjbig", "libLerc", "libdeflate", "libsharpyuv", "libmtdev",
    "libinput", "libudev", "libevdev", "libgudev", "libwacom", "libICE", "libSM", "libuuid",
)


def dropped(dest: str, source: str) -> bool:
    """Whether a collected binary stays out of the bundle."""
    path = dest.replace("\\", "/")
    folder, _, name = path.rpartition("/")
    if any(folder.endswith(where) and what in name for where, what in UNUSED_PLUGINS):
        return True
    # Only the system's copies: wheels carry their own, renamed ones (pillow.libs/libjpeg-1a2b...)
    from_system = source.startswith(("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/"))
    return (sys.platform.startswith("linux") and from_system
            and os.path.basename(dest).startswith(SYSTEM_LIBRARIES))
