"""The NSIS script: per-user, shortcuts, an uninstall entry, two languages, data left alone.

`make windows-installer-check` compiles and runs it under Wine; these read what it says.
"""

from __future__ import annotations

import re
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "windows" / "installer.nsi"
TEXT = SCRIPT.read_text("utf-8")


def section(name: str) -> str:
    match = re.search(rf'^Section "{name}"\n(.*?)^SectionEnd', TEXT, re.M | re.S)
    assert match, name
    return match.group(1)


def test_it_installs_for_this_user_only_without_an_administrator_password() -> None:
    assert "RequestExecutionLevel user" in TEXT
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in TEXT
    assert "HKLM" not in TEXT


def test_it_makes_start_menu_and_desktop_shortcuts_and_an_uninstall_entry() -> None:
    install = section("Install")
    assert 'CreateShortcut "$SMPROGRAMS\\${APP_NAME}.lnk" "$INSTDIR\\${WINDOW_EXE}"' in install
    assert 'CreateShortcut "$DESKTOP\\${APP_NAME}.lnk" "$INSTDIR\\${WINDOW_EXE}"' in install
    assert 'WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString"' in install


def test_its_pages_are_in_english_and_spanish() -> None:
    assert '!insertmacro MUI_LANGUAGE "English"' in TEXT
    assert '!insertmacro MUI_LANGUAGE "Spanish"' in TEXT
    assert "LangString KEEPS_DATA ${LANG_SPANISH}" in TEXT


def test_the_uninstaller_deletes_only_its_own_files_by_name() -> None:
    uninstall = section("Uninstall")
    assert 'RMDir /r "$INSTDIR"' not in uninstall
    assert "$LOCALAPPDATA" not in uninstall and "SecondOpinionCompanion\\" not in uninstall
    assert 'RMDir "$INSTDIR"' in uninstall  # removed only when nothing else is left in it
