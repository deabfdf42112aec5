"""Frozen entry point of the console program ``secondopinion`` (PyInstaller runs this file)."""

import sys

from secondopinion_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
