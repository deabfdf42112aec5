#!/usr/bin/env bash
# make windows-installer-check: compile the NSIS installer against a small stand-in payload laid
# out like the real bundle, install it silently under Wine, check the files, the shortcuts and
# the uninstall entry, uninstall silently, and check that the person's data file survived.
# Installs nsis and wine64 through apt-get when they are missing (SUDO set by the Makefile).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=${VERSION:?set VERSION}
sudo=${SUDO:-}
started=$(date +%s)
step() { echo "== windows-installer-check: $* ($(( $(date +%s) - started )) s)"; }
fail() { echo "windows-installer-check: $*" >&2; exit 1; }

wine=$(command -v wine64 || command -v wine || true)
if ! command -v makensis >/dev/null || [ -z "$wine" ]; then
  step "installing nsis and wine64"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y -qq nsis wine64 >/dev/null 2>&1 || {
    $sudo apt-get update -qq && $sudo apt-get install -y -qq nsis wine64 >/dev/null; }
  wine=$(command -v wine64 || command -v wine)
fi

work=$(mktemp -d)
trap 'WINEPREFIX="$work/prefix" wineserver -k >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
payload=$work/payload/secondopinion
step "making a stand-in payload in $payload"
mkdir -p "$payload/_internal/secondopinion_desktop/resources/icons"
printf 'stand-in for the console program\n' > "$payload/secondopinion.exe"
printf 'stand-in for the window program\n' > "$payload/secondopinion-window.exe"
printf 'stand-in for the Python runtime\n' > "$payload/_internal/python312.dll"
cp "$root/resources/icons/secondopinion.ico" "$payload/_internal/secondopinion_desktop/resources/icons/"

installer=$work/secondopinion-$version-windows-x64-setup.exe
step "compiling the installer with makensis"
makensis -V2 -DVERSION="$version" -DPAYLOAD="$payload" -DOUTFILE="$installer" \
  -DTARGET=amd64-unicode "$root/packaging/windows/installer.nsi"
[ -s "$installer" ] || fail "makensis wrote no installer"

export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEARCH=win64 HOME=$work/home
# No Mono or Gecko download prompts, no window: this is a silent install.
export WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY=
mkdir -p "$HOME"
step "creating a Wine prefix"
"$wine" wineboot --init >/dev/null 2>&1 || true
wineserver -w
user=$(ls "$WINEPREFIX/drive_c/users" | grep -v -x -E 'Public|public' | head -n 1)
profile=$WINEPREFIX/drive_c/users/$user
app_dir="$profile/AppData/Local/Programs/Second Opinion Companion"
data_dir="$profile/AppData/Local/SecondOpinionCompanion"
start_menu="$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
desktop="$profile/Desktop"
# The person's information, in the folder the app uses on Windows: it must outlive everything.
mkdir -p "$data_dir/backups"
printf 'planted store\n' > "$data_dir/secondopinion.sqlite3"
printf 'planted backup\n' > "$data_dir/backups/backup-1.sqlite3"

step "installing silently (/S)"
"$wine" "$installer" /S
wineserver -w
for file in secondopinion.exe secondopinion-window.exe uninstall.exe _internal/python312.dll; do
  [ -f "$app_dir/$file" ] || fail "the installer did not put $file in $app_dir"
done
[ -f "$start_menu/Second Opinion Companion.lnk" ] || fail "no Start-menu shortcut in $start_menu"
[ -f "$desktop/Second Opinion Companion.lnk" ] || fail "no desktop shortcut in $desktop"
grep -a -q 'secondopinion-window.exe' "$start_menu/Second Opinion Companion.lnk" \
  || fail "the Start-menu shortcut does not start the window program"
key='Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\SecondOpinionCompanion'
grep -q "^\[$key\]" "$WINEPREFIX/user.reg" || fail "no uninstall entry under HKCU\\$key"
entry=$(sed -n "/^\[$key\]/,/^\$/p" "$WINEPREFIX/user.reg")
grep -q '"DisplayName"="Second Opinion Companion"' <<<"$entry" || fail "the uninstall entry has no DisplayName"
grep -q "\"DisplayVersion\"=\"$version\"" <<<"$entry" || fail "the uninstall entry has no DisplayVersion $version"
grep -q '"UninstallString"=.*uninstall.exe' <<<"$entry" || fail "the uninstall entry has no UninstallString"
if grep -q -i 'HKEY_LOCAL_MACHINE\|Software\\\\Wow6432Node' <<<"$entry"; then fail "the entry is not per-user"; fi

step "uninstalling silently (/S)"
"$wine" "$app_dir/uninstall.exe" /S
wineserver -w
for _ in $(seq 1 30); do [ -e "$app_dir" ] || break; sleep 1; done
[ ! -e "$app_dir" ] || fail "the uninstaller left $app_dir: $(ls -A "$app_dir")"
[ ! -e "$start_menu/Second Opinion Companion.lnk" ] || fail "the Start-menu shortcut is still there"
[ ! -e "$desktop/Second Opinion Companion.lnk" ] || fail "the desktop shortcut is still there"
if grep -q "^\[$key\]" "$WINEPREFIX/user.reg"; then fail "the uninstall entry is still there"; fi
[ "$(cat "$data_dir/secondopinion.sqlite3")" = "planted store" ] || fail "the uninstaller touched the data file"
[ -f "$data_dir/backups/backup-1.sqlite3" ] || fail "the uninstaller touched the backups"
step "passed: installed, checked and uninstalled; the data folder is untouched"
