"""Root of the test suite: shared helpers in tests/helpers/ are importable by their names."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "helpers"))
