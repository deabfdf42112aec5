#!/usr/bin/env python3
"""Write resources/case-bundle.schema.json from the case file's description (services/case_file.py).

    .venv/bin/python tools/write-case-schema.py          # or: make schema

Run it after changing a field of the case file; tests/unit/services/test_case_file_schema.py
fails while the committed schema differs from the one the description makes.
"""

from __future__ import annotations

from pathlib import Path

from secondopinion_desktop.services.case_schema import json_schema_text

TARGET = Path(__file__).resolve().parent.parent / "secondopinion_desktop" / "resources" / (
    "case-bundle.schema.json"
)


def main() -> None:
    TARGET.write_text(json_schema_text(), encoding="utf-8")
    print(f"Wrote {TARGET}")


if __name__ == "__main__":
    main()
