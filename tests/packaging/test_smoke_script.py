"""packaging/smoke_test.py reports a broken program (make package-check runs it on a good one)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SMOKE = ROOT / "packaging" / "smoke_test.py"


def smoke(program: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SMOKE), str(program)], capture_output=True,
                          text=True, timeout=600, cwd=cwd)


def test_the_smoke_test_fails_a_program_that_does_not_work(tmp_path: Path) -> None:
    fake = tmp_path / "secondopinion"
    fake.write_text("#!/bin/sh\necho 'secondopinion 0.1.0'\n", "utf-8")
    fake.chmod(0o755)
    done = smoke(fake, tmp_path)
    assert done.returncode == 1
    assert "FAIL pdf --kind summary: a PDF of 0 page(s)" in done.stderr
    assert "smoke check(s) failed" in done.stderr
