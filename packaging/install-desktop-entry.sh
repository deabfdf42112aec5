#!/usr/bin/env bash
# Add Second Opinion Companion to this user's application menu (Linux desktops).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
mkdir -p "$apps" "$icons"
sed "s#^Exec=.*#Exec=$here/.venv/bin/secondopinion#" "$here/packaging/secondopinion.desktop" \
  > "$apps/secondopinion.desktop"
cp "$here/secondopinion_desktop/resources/icons/secondopinion.svg" "$icons/secondopinion.svg"
echo "Added Second Opinion Companion to your applications menu."
