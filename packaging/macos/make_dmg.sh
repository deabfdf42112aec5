#!/usr/bin/env bash
# Make a compressed .dmg holding the .app and a link to /Applications (drag one onto the other).
#
#   packaging/macos/make_dmg.sh "dist/Second Opinion Companion.app" dist/secondopinion-X.Y.Z-macos-arm64.dmg
set -euo pipefail
app=${1:?usage: make_dmg.sh APP DMG}
dmg=${2:?usage: make_dmg.sh APP DMG}
[ -d "$app/Contents/MacOS" ] || { echo "$app is not an app bundle." >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and signature intact (cp -R may not).
ditto "$app" "$stage/$(basename "$app")"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "Second Opinion Companion" -srcfolder "$stage" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
echo "Built $dmg"
