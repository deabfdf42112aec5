"""Run inside ``unshare -rm``: put a data folder on a tiny private tmpfs, fill it or make it
read-only, run commands against it, and print what each did as JSON (for test_full_disk)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "secondopinion_desktop" / "resources" / "examples" / "example-case.json"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(data_dir: Path, *argv: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir), *argv],
        capture_output=True, text=True, cwd=REPO, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    stderr = "\n".join(
        line for line in done.stderr.splitlines() if "propagateSizeHints" not in line
    )
    return {"code": done.returncode, "err": stderr, "out": done.stdout}


def main() -> int:
    scenario, source = sys.argv[1], Path(sys.argv[2])
    mount = Path(tempfile.mkdtemp(prefix="small-disk-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
    data_dir = mount / "data"
    shutil.copytree(source, data_dir)
    store = data_dir / "secondopinion.sqlite3"
    if scenario == "read-only":
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    else:
        # Fill the disk, then (for "nearly full") give back room for the -shm file only.
        with (mount / "filler").open("wb") as filler:
            try:
                while True:
                    filler.write(b"\0" * 4096)
                    filler.flush()
            except OSError:
                pass
        if scenario == "nearly full":
            with (mount / "filler").open("r+b") as filler:
                filler.truncate(max(0, filler.seek(0, 2) - 64 * 1024))
    before = _sha(store)
    results: dict[str, object] = {}
    commands = {
        "list": ["list"],
        "check": ["check"],
        "backup": ["backup", "--out", str(data_dir / "copy.sqlite3")],
        "import": ["import", str(EXAMPLE)],
        "smoke": ["--smoke"],
    }
    for name, argv in commands.items():
        result = _run(data_dir, *argv)
        result["store_kept"] = _sha(store) == before
        results[name] = result
    # Only a command that saves makes a new folder (listing one that is not there makes none).
    results["new folder"] = _run(mount / "new" / "folder", "import", str(EXAMPLE))
    results["partials"] = [p.name for p in data_dir.rglob("*.partial")]
    if scenario != "read-only":
        (mount / "filler").unlink()
        results["cases after"] = _run(data_dir, "list")
    print(json.dumps(results))
    # Leave no empty mount point behind in the real temporary folder.
    subprocess.run(["umount", str(mount)], check=False)
    mount.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
