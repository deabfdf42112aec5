"""Frozen entry point of the window program (no console; the Start menu, Dock and menus use it)."""

import sys

from secondopinion_desktop.cli import main

if __name__ == "__main__":
    # Old macOS Finders add a "-psn_..." process serial number; it is not an option of ours.
    sys.exit(main([arg for arg in sys.argv[1:] if not arg.startswith("-psn_")]))
