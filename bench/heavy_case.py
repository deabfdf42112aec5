"""The heavy case the benchmarks use: the example case grown to 120 questions and 40 records.

    python bench/heavy_case.py OUT.json     # writes it as a case file
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "secondopinion_desktop" / "resources" / "examples" / "example-case.json"

QUESTIONS = 120
RECORDS = 40
CALLS = 12
KINDS = ["office_notes", "test_results", "imaging_report", "imaging_disc", "pathology_report",
         "pathology_slides", "operative_report", "discharge_summary", "medication_list", "other"]
STATUSES = ["needed", "requested", "received", "sent", "confirmed"]


def heavy_bundle() -> dict[str, Any]:
    bundle: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    case = bundle["case"]
    case["title"] = "Heavy case for benchmarks"
    case["questions"] = [
        {
            "text": f"Question {n}: what would you advise about option {n}, its risks, its "
                    "benefits and the recovery, and what happens if I wait a few months?",
            "topic": "treatment" if n % 2 else "diagnosis",
            "must_ask": n % 7 == 0,
            "asked": False,
            "answer": None,
        }
        for n in range(1, QUESTIONS + 1)
    ]
    case["records"] = [
        {
            "kind": KINDS[n % len(KINDS)],
            "description": f"Record {n}: notes and results from the visit of month {n % 12 + 1}",
            "held_by": f"Clinic number {n % 9 + 1}, Records Department",
            "status": STATUSES[n % len(STATUSES)],
            "requested_on": "2026-10-20",
            "sent_on": None,
            "via": "fax",
            "notes": "Asked by phone, then in writing; they said two weeks.",
        }
        for n in range(1, RECORDS + 1)
    ]
    calls = case["insurance"].setdefault("calls", [])
    for n in range(CALLS):
        calls.append({"on": f"2026-10-{n + 1:02d}", "spoke_with": f"Agent {n}",
                      "reference_number": f"REF-{1000 + n}",
                      "notes": "Second opinion covered; $40 copay; no referral needed."})
    return bundle


def heavy_case_text() -> str:
    return json.dumps(heavy_bundle(), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(heavy_case_text(), encoding="utf-8")


def store_with_heavy_cases(scratch: Path, env: dict[str, str], cases: int = 3) -> list[str]:
    """A data folder in ``scratch`` holding ``cases`` heavy cases (three, as in the speed
    issue), imported by the app's own command line; returns the command that runs the app
    on it."""
    import subprocess

    data = scratch / "data"
    case_file = scratch / "heavy.json"
    case_file.write_text(heavy_case_text(), encoding="utf-8")
    app = [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data)]
    for _ in range(cases):
        subprocess.run([*app, "import", str(case_file)], env=env, check=True, capture_output=True)
    return app


def compile_package() -> None:
    """Compile the package's bytecode, as an installed app has it (pip compiles on install)."""
    import subprocess

    package = Path(__file__).resolve().parents[1] / "secondopinion_desktop"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
