"""Smoke test of an installed or frozen Second Opinion Companion, on Linux, Windows and macOS.

    python packaging/smoke_test.py PATH/TO/secondopinion [--window PATH/TO/secondopinion-window]

Runs the program the way a person's computer would (from a scratch folder outside the source
tree, with a scratch data folder): --version, --smoke (the window opens and closes), import of
the example case, every PDF kind (the summary also in large print), the calendar file, export
and re-import, backup, check, an imaging disc (one image written here, then none) through
check-disc, and a damaged case file that must be refused in one plain
sentence. Standard library only, so any Python 3.9+ can run it against any build.
Exit 0 when everything passed; otherwise one line per failure on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "resources" / "examples" / "example-case.json"
PDF_KINDS = ("summary", "records-request", "comparison", "pcp-letter", "blank-worksheet")


class Smoke:
    def __init__(self, program: Path, scratch: Path) -> None:
        self.program = program
        self.scratch = scratch
        self.data = scratch / "data"
        self.failures: list[str] = []
        self.env = dict(os.environ)
        self.env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # The scratch folder, never the person's real one, whatever else the machine has set.
        self.env["SECONDOPINION_DATA_DIR"] = str(self.data)
        self.env.pop("PYTHONPATH", None)
        self.env.pop("PYTHONHOME", None)

    def run(
        self, *args: str, program: Path | None = None, expect: int = 0
    ) -> subprocess.CompletedProcess[str]:
        command = [str(program or self.program), *args]
        done = subprocess.run(
            command,
            cwd=self.scratch,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=180,
        )
        shown = " ".join(args)
        if done.returncode != expect:
            self.fail(
                f"'{shown}' exited {done.returncode}, expected {expect}: "
                f"{done.stderr.strip()[-600:]}"
            )
        if "Traceback" in done.stderr or "Traceback" in done.stdout:
            self.fail(f"'{shown}' printed a traceback: {done.stderr.strip()[-600:]}")
        return done

    def fail(self, message: str) -> None:
        self.failures.append(message)
        sys.stderr.write(f"FAIL {message}\n")

    def check(self, ok: bool, message: str) -> None:
        if ok:
            print(f"ok   {message}")
        else:
            self.fail(message)

    def pdf(self, path: Path, what: str) -> int:
        """Pages in a PDF the program wrote (0 when it is not a PDF)."""
        data = path.read_bytes() if path.exists() else b""
        pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
        self.check(
            data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:] and pages > 0,
            f"{what}: a PDF of {pages} page(s), {len(data)} bytes",
        )
        return pages


def _element(group: int, element: int, vr: bytes, value: bytes) -> bytes:
    """One explicit-VR little-endian DICOM element (values padded to an even length)."""
    if len(value) % 2:
        value += b"\0" if vr in (b"UI", b"OB", b"OW") else b" "
    head = struct.pack("<HH", group, element) + vr
    if vr in (b"OB", b"OW", b"UN", b"SQ", b"UT"):
        return head + b"\0\0" + struct.pack("<I", len(value)) + value
    return head + struct.pack("<H", len(value)) + value


def tiny_dicom_image() -> bytes:
    """A 2x2 CT image, written by hand so this script needs nothing beyond the standard library."""
    ct, uid = b"1.2.840.10008.5.1.4.1.1.2", b"1.2.826.0.1.3680043.8.498.1"
    meta = (
        _element(0x0002, 0x0001, b"OB", b"\0\1")
        + _element(0x0002, 0x0002, b"UI", ct)
        + _element(0x0002, 0x0003, b"UI", uid + b".1")
        + _element(0x0002, 0x0010, b"UI", b"1.2.840.10008.1.2.1")
    )
    meta = _element(0x0002, 0x0000, b"UL", struct.pack("<I", len(meta))) + meta
    body = (
        _element(0x0008, 0x0016, b"UI", ct)
        + _element(0x0008, 0x0018, b"UI", uid + b".1")
        + _element(0x0008, 0x0020, b"DA", b"20261020")
        + _element(0x0008, 0x0060, b"CS", b"CT")
        + _element(0x0008, 0x1030, b"LO", b"SMOKE TEST")
        + _element(0x0010, 0x0010, b"PN", b"SMOKE^TEST")
        + _element(0x0020, 0x000D, b"UI", uid + b".2")
        + _element(0x0028, 0x0002, b"US", struct.pack("<H", 1))
        + _element(0x0028, 0x0004, b"CS", b"MONOCHROME2")
        + _element(0x0028, 0x0010, b"US", struct.pack("<H", 2))
        + _element(0x0028, 0x0011, b"US", struct.pack("<H", 2))
        + _element(0x0028, 0x0100, b"US", struct.pack("<H", 16))
        + _element(0x0028, 0x0101, b"US", struct.pack("<H", 12))
        + _element(0x0028, 0x0102, b"US", struct.pack("<H", 11))
        + _element(0x0028, 0x0103, b"US", struct.pack("<H", 0))
        + _element(0x7FE0, 0x0010, b"OW", b"\0\1" * 4)
    )
    return b"\0" * 128 + b"DICM" + meta + body


def smoke(program: Path, window: Path | None, case_file: Path) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="secondopinion-smoke-") as folder:
        s = Smoke(program, Path(folder))
        version = s.run("--version").stdout.strip()
        s.check(
            re.fullmatch(r"secondopinion \d+\.\d+\.\d+\S*", version) is not None,
            f"--version says {version!r}",
        )
        s.run("--smoke")
        s.check(
            (s.data / "secondopinion.sqlite3").is_file(),
            "--smoke opened the window and made the store",
        )
        if window is not None:
            s.run("--smoke", program=window)
            s.check(True, "the window program opens and closes with --smoke")
        if os.name == "posix" and (s.data / "secondopinion.sqlite3").exists():
            mode = (s.data / "secondopinion.sqlite3").stat().st_mode & 0o777
            s.check(mode == 0o600, f"the store is private (mode {mode:o})")
        case_id = s.run("import", str(case_file)).stdout.strip()
        s.check(case_id.isdigit(), f"import of {case_file.name} printed case number {case_id!r}")
        listed = s.run("list").stdout
        s.check(listed.startswith(f"{case_id}\t"), "list shows the imported case")
        out = s.scratch / "out"
        out.mkdir()
        pages = {}
        for kind in PDF_KINDS:
            target = out / f"{kind}.pdf"
            s.run("pdf", case_id, "--kind", kind, "--out", str(target))
            pages[kind] = s.pdf(target, f"pdf --kind {kind}")
        big = out / "summary-large.pdf"
        s.run("pdf", case_id, "--large-print", "--paper", "a4", "--out", str(big))
        s.check(
            s.pdf(big, "pdf --large-print --paper a4") > pages["summary"],
            "the large-print summary has more pages than the ordinary one",
        )
        ics = out / "visit.ics"
        s.run("ics", case_id, "--out", str(ics))
        text = ics.read_text("utf-8") if ics.exists() else ""
        s.check(
            text.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in text,
            "ics wrote a calendar file with the appointment",
        )
        exported = out / "case.json"
        s.run("export", case_id, "--out", str(exported))
        try:
            bundle = json.loads(exported.read_text("utf-8"))
            s.check(isinstance(bundle, dict), "export wrote a case file that reads back as JSON")
        except (OSError, ValueError) as exc:
            s.fail(f"export wrote no readable case file: {exc}")
        again = s.run("import", str(exported)).stdout.strip()
        s.check(
            again.isdigit() and again != case_id, "the exported case imports again as a new case"
        )
        backup = out / "backup.sqlite3"
        s.run("backup", "--out", str(backup))
        s.check(backup.is_file() and backup.stat().st_size > 0, "backup wrote a copy")
        s.check("healthy" in s.run("check").stdout, "check says the information is healthy")
        broken = out / "broken.json"
        broken.write_text('{"format": "not a case', "utf-8")
        refused = s.run("import", str(broken), expect=1)
        said = refused.stderr.strip().splitlines()
        s.check(
            len(said) == 1 and len(said[0]) < 300,
            f"a damaged case file is refused in one sentence: {said}",
        )
        s.check(s.run("list").stdout.count("\n") == 2, "the refused file added nothing")
        disc = out / "disc"
        (disc / "IMAGES").mkdir(parents=True)
        (disc / "IMAGES" / "IM0001").write_bytes(tiny_dicom_image())
        found = s.run("check-disc", str(disc)).stdout
        s.check("Images found: 1 in 1 study" in found, "check-disc reads a DICOM disc")
        (disc / "IMAGES" / "IM0001").unlink()
        (disc / "viewer.exe").write_bytes(b"MZ")
        empty = s.run("check-disc", str(disc), expect=1).stdout
        s.check("no medical images" in empty, "check-disc says when a disc holds no images")
        return s.failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", type=Path, help="the secondopinion program to test")
    parser.add_argument("--window", type=Path, help="also the window program (--smoke only)")
    parser.add_argument("--case", type=Path, default=EXAMPLE, help="case file to import")
    args = parser.parse_args()
    # Absolute but not resolved: a symlink on PATH (/usr/bin/secondopinion) is tested as such.
    program = args.program.absolute() if args.program.exists() else args.program
    failures = smoke(program, args.window, args.case.resolve())
    if failures:
        sys.stderr.write(f"{len(failures)} smoke check(s) failed for {program}\n")
        return 1
    print(f"all smoke checks passed for {program}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
