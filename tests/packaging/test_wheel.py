"""The built wheel carries what the app needs at run time, and its migrations work from it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

from cli_runs import PROJECT_ROOT

NEEDED = [
    "secondopinion_desktop/storage/migrations/env.py",
    "secondopinion_desktop/storage/migrations/script.py.mako",
    "secondopinion_desktop/storage/migrations/versions/0001_initial_schema.py",
    "secondopinion_desktop/resources/case-bundle.schema.json",
    "secondopinion_desktop/resources/examples/example-case.json",
    "secondopinion_desktop/py.typed",
]

FROM_THE_WHEEL = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import secondopinion_desktop
    from secondopinion_desktop.services.bundle import example_case_text, import_bundle, parse_bundle
    from secondopinion_desktop.storage.store import open_store

    print(Path(secondopinion_desktop.__file__).resolve())
    store = open_store(Path(sys.argv[1]))
    print(import_bundle(store, parse_bundle(example_case_text())))
    store.close()
    """
)


def _copy_sources(target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (PROJECT_ROOT / name).exists():
            shutil.copy2(PROJECT_ROOT / name, target / name)
    shutil.copytree(
        PROJECT_ROOT / "secondopinion_desktop", target / "secondopinion_desktop", ignore=ignore
    )


def test_wheel_holds_migrations_schema_and_example(tmp_path: Path) -> None:
    # Build from a copy, so nothing (build/, *.egg-info) lands in the working tree.
    source, out, unpacked = tmp_path / "src", tmp_path / "wheels", tmp_path / "site"
    source.mkdir()
    _copy_sources(source)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = out.glob("secondopinion_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(unpacked)
    missing = [name for name in NEEDED if name not in names]
    assert missing == []

    # Run from the unpacked wheel (first on sys.path), not from the source tree.
    script = tmp_path / "from_wheel.py"
    script.write_text(FROM_THE_WHEEL, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    loaded_from, case_id = done.stdout.splitlines()
    assert Path(loaded_from).is_relative_to(unpacked.resolve())
    assert case_id == "1"
