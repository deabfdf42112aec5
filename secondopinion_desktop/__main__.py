"""Entry point for ``python -m secondopinion_desktop``."""

import sys

from secondopinion_desktop.cli import main

sys.exit(main())
