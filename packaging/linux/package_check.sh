#!/usr/bin/env bash
# make package-check: build the bundle and the .deb, install it with apt, use the installed
# program from outside the source tree, validate its desktop entry and metainfo, purge it and
# check that the commands are gone and the person's data folder is not. Prints its timings.
# Called by the Makefile with MAKE, SUDO, PYTHON, DEB and VERSION set.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
python=$root/$PYTHON
sudo=${SUDO:-}
app_id=org.secondopinion.Companion
started=$(date +%s)
step() { echo "== package-check: $* ($(( $(date +%s) - started )) s)"; }
export DEBIAN_FRONTEND=noninteractive

apt_install() {
  # A fresh machine may have no package lists yet: fetch them once, only when needed.
  $sudo apt-get install -y -qq "$@" >/dev/null 2>&1 || {
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "$@" >/dev/null; }
}

step "building the bundle"
$MAKE --no-print-directory bundle
step "building the .deb"
$MAKE --no-print-directory deb DEB_COMPRESSION=zstd
missing=()
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null || missing+=(appstream)
if [ ${#missing[@]} -gt 0 ]; then step "installing ${missing[*]}"; apt_install "${missing[@]}"; fi

step "installing $DEB with apt"
if dpkg -s secondopinion >/dev/null 2>&1; then $sudo apt-get purge -y -qq secondopinion >/dev/null; fi
apt_install "./$DEB"
installed=$(command -v secondopinion || true)
[ "$installed" = /usr/bin/secondopinion ] || { echo "secondopinion is not on PATH from /usr/bin after install (found '$installed')." >&2; exit 1; }
[ "$(secondopinion --version)" = "secondopinion $VERSION" ] || { echo "The installed program says $(secondopinion --version), not $VERSION." >&2; exit 1; }

step "smoke test of the installed program, from outside the source tree"
outside=$(mktemp -d)
trap 'rm -rf "$outside"' EXIT
cp packaging/smoke_test.py "$outside/"
mkdir -p "$outside/resources/examples"
cp resources/examples/example-case.json "$outside/resources/examples/"
( cd "$outside" && "$python" -I smoke_test.py /usr/bin/secondopinion --window /usr/bin/secondopinion-window \
    --case "$outside/resources/examples/example-case.json" >/dev/null )

step "validating the installed desktop entry and metainfo"
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null
for size in 48x48 128x128 256x256; do
  [ -f "/usr/share/icons/hicolor/$size/apps/secondopinion.png" ] || { echo "No $size icon installed." >&2; exit 1; }
done
# The person's information, in the default place (a scratch HOME), must outlive a purge.
env -u XDG_DATA_HOME -u SECONDOPINION_DATA_DIR HOME=$outside/home QT_QPA_PLATFORM=offscreen \
  secondopinion import resources/examples/example-case.json >/dev/null
store=$outside/home/.local/share/SecondOpinionCompanion/secondopinion.sqlite3
[ -f "$store" ] || { echo "The installed program kept no information in the default folder." >&2; exit 1; }

step "purging the package"
$sudo apt-get purge -y -qq secondopinion >/dev/null
if command -v secondopinion >/dev/null || [ -e /usr/lib/secondopinion ]; then
  echo "secondopinion is still installed after apt-get purge." >&2; exit 1
fi
[ -f "$store" ] || { echo "Purging the package removed the person's information." >&2; exit 1; }
step "passed: installed, used, validated and purged"
