"""The installers workflow is a valid GitHub Actions workflow and builds on every system."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
         str(path)],
        capture_output=True, text=True, timeout=120,
    )


def load() -> dict:
    return YAML(typ="safe").load(WORKFLOW.read_text("utf-8"))


def runners(workflow: dict) -> set[str]:
    found: set[str] = set()
    for job in workflow["jobs"].values():
        runs_on = job["runs-on"]
        if "matrix." in runs_on:
            found |= {entry["runner"] for entry in job["strategy"]["matrix"]["include"]}
        else:
            found.add(runs_on)
    return found


def test_the_workflow_passes_the_github_workflow_schema() -> None:
    done = validate(WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_schema_check_refuses_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text("utf-8").replace("runs-on:", "runs_on:"), "utf-8")
    assert validate(broken).returncode != 0


def test_it_builds_on_windows_both_macs_and_ubuntu_22_04() -> None:
    assert runners(load()) == {"windows-2022", "macos-15", "macos-15-intel", "ubuntu-22.04"}


def test_signing_and_notarisation_run_only_when_their_secrets_exist() -> None:
    for job in load()["jobs"].values():
        for step in job["steps"]:
            name = step.get("name", "").lower()
            if "sign" in name or "notar" in name:
                condition = step.get("if", "")
                assert "CERTIFICATE != ''" in condition, f"{step['name']} runs without its secret"


def test_every_job_that_builds_runs_the_shared_smoke_test_on_what_it_built() -> None:
    jobs = load()["jobs"]
    building = {name: job for name, job in jobs.items() if "needs" not in job}
    assert set(building) == {"windows", "macos", "linux"}
    for name, job in building.items():
        commands = " ".join(step.get("run", "") for step in job["steps"])
        assert "smoke_test.py" in commands or "package-check" in commands, name


def test_a_release_waits_for_every_build_and_runs_only_for_a_version_tag() -> None:
    release = load()["jobs"]["release"]
    assert set(release["needs"]) == {"windows", "macos", "linux"}
    assert release["if"] == "startsWith(github.ref, 'refs/tags/v')"
