#!/usr/bin/env bash
# Build dist/secondopinion_<version>_amd64.deb from the frozen bundle in dist/secondopinion/.
#
#   packaging/linux/build_deb.sh VERSION [zstd|xz]
#
# Layout: the bundle in /usr/lib/secondopinion, the two programs on PATH through /usr/bin
# symlinks, a desktop entry, AppStream metainfo, hicolor icons. zstd (level 1) builds in about a
# second, for tests; xz gives the smallest file, for releases. Screenshots for the metainfo are
# taken from the real window (offscreen) and shipped in /usr/share/secondopinion/screenshots.
# SCREENSHOTS_URL and HOMEPAGE say where the published copies are; PYTHON runs the helpers.
set -euo pipefail
version=${1:?usage: build_deb.sh VERSION [zstd|xz]}
compression=${2:-zstd}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
homepage=${HOMEPAGE:?set HOMEPAGE}
shots_url=${SCREENSHOTS_URL:?set SCREENSHOTS_URL}
bundle=$root/dist/secondopinion
app_id=org.secondopinion.Companion
[ -x "$bundle/secondopinion" ] || { echo "No bundle in $bundle: run 'make bundle' first." >&2; exit 1; }

stage=$root/build/deb/secondopinion_${version}_amd64
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/usr/lib" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/metainfo" "$stage/usr/share/doc/secondopinion" "$stage/usr/share/secondopinion"
cp -a "$bundle" "$stage/usr/lib/secondopinion"
ln -s ../lib/secondopinion/secondopinion "$stage/usr/bin/secondopinion"
ln -s ../lib/secondopinion/secondopinion-window "$stage/usr/bin/secondopinion-window"
install -m 0644 "$here/$app_id.desktop" "$stage/usr/share/applications/$app_id.desktop"
for size in 48 128 256; do
  install -D -m 0644 "$root/resources/icons/secondopinion-$size.png" \
    "$stage/usr/share/icons/hicolor/${size}x${size}/apps/secondopinion.png"
done
install -D -m 0644 "$root/resources/icons/secondopinion.svg" \
  "$stage/usr/share/icons/hicolor/scalable/apps/secondopinion.svg"
QT_QPA_PLATFORM=offscreen "$python" "$here/screenshots.py" "$stage/usr/share/secondopinion/screenshots" \
  2>&1 >/dev/null | { grep -v propagateSizeHints >&2 || true; }
"$python" "$here/metainfo.py" "$stage/usr/share/metainfo/$app_id.metainfo.xml" \
  --screenshots-url "$shots_url" --homepage "$homepage"
cat > "$stage/usr/share/doc/secondopinion/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Second Opinion Companion
Source: $homepage

Files: *
License: MIT
Comment: The bundle also carries Python, Qt (PySide6, LGPL-3.0), SQLAlchemy, Alembic,
 ReportLab, Pillow and the DejaVu fonts, each under its own licence, shipped in
 /usr/lib/secondopinion/_internal.
COPYRIGHT
gzip -9n -c "$root/CHANGELOG.md" > "$stage/usr/share/doc/secondopinion/changelog.gz"
# A copy of the screenshots to publish where SCREENSHOTS_URL points (the release assets).
rm -rf "$root/build/screenshots" && cp -r "$stage/usr/share/secondopinion/screenshots" "$root/build/screenshots"
depends=$("$python" "$here/deb_depends.py" "$bundle")
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: secondopinion
Version: $version
Architecture: amd64
Maintainer: The Second Opinion Companion developers <noreply@secondopinion.invalid>
Installed-Size: $size
Depends: $depends
Section: misc
Priority: optional
Homepage: $homepage
Description: prepare for a second medical opinion and print a visit summary
 Second Opinion Companion helps a person, or a family member acting for them,
 get ready for a second medical opinion step by step, and prints a visit
 summary to bring along. Everything stays on this computer; the app never
 uses the network. Removing the package leaves your saved information alone.
CONTROL
case $compression in
  zstd) options=(-Zzstd -z1) ;;
  xz) options=(-Zxz -z6) ;;
  *) echo "Unknown compression $compression (zstd or xz)." >&2; exit 2 ;;
esac
out=$root/dist/secondopinion_${version}_amd64.deb
dpkg-deb --root-owner-group "${options[@]}" --build "$stage" "$out" >/dev/null
rm -rf "$stage"
echo "Built $out ($(du -h "$out" | cut -f1), $compression)"
