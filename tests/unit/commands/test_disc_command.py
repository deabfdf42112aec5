"""`secondopinion check-disc` prints what the disc holds in plain lines and exits 0 only for images."""

from __future__ import annotations

from pathlib import Path

import pytest
from dicom_discs import damage, disc_with_dicomdir, two_studies, viewer_only_disc

from secondopinion_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_good_disc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    disc = disc_with_dicomdir(tmp_path / "my disc #1")
    code, out, err = run(capsys, "check-disc", str(disc), "--data-dir", str(tmp_path / "data"))
    assert code == 0, err
    assert "Images found: 5 in 2 studies (with an index, DICOMDIR)." in out
    assert '- October 20, 2026: CT scan "CT KNEE RIGHT", 3 images' in out
    assert '- November 1, 2026: MRI "MRI KNEE", 2 images' in out
    assert "The disc is for: ROSA DIAZ, born March 14, 1950" in out
    assert "The disc looks right" in out


def test_a_viewer_only_disc_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check-disc", str(viewer_only_disc(tmp_path / "cd")))
    assert code == 1
    assert "no medical images (DICOM) were found" in out
    assert "only a viewer program and pictures or documents" in out


def test_a_damaged_disc_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    disc = disc_with_dicomdir(tmp_path / "cd")
    damage(next(p for p in sorted(disc.rglob("*")) if p.is_file() and p.name != "DICOMDIR"))
    code, out, _ = run(capsys, "check-disc", str(disc))
    assert code == 1
    assert "Images found: 4" in out and "1 file(s) could not be read" in out


def test_compared_with_the_cases_person(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from secondopinion_desktop.services.bundle import example_case_text

    data = tmp_path / "data"
    bundle = tmp_path / "case.json"
    bundle.write_text(example_case_text(), encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(data), "import", str(bundle))
    assert code == 0
    case_id = out.strip()
    disc = disc_with_dicomdir(tmp_path / "cd", two_studies(name="SMITH^JOHN"))
    code, out, _ = run(capsys, "--data-dir", str(data), "check-disc", str(disc), "--case", case_id)
    assert code == 0
    assert "Warning: the disc carries the name JOHN SMITH, not" in out


def test_not_a_disc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check-disc", str(tmp_path / "missing"))
    assert (code, err) == (1, f"There is no disc or folder at {tmp_path / 'missing'}.\n")
    (tmp_path / "f.iso").write_bytes(b"x")
    code, _, err = run(capsys, "check-disc", str(tmp_path / "f.iso"))
    assert code == 1 and "is a file; choose the disc itself" in err


def _imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    from secondopinion_desktop.services.bundle import example_case_text

    data = tmp_path / "data"
    bundle = tmp_path / "case.json"
    bundle.write_text(example_case_text(), encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(data), "import", str(bundle))
    assert code == 0
    return data, out.strip()


def test_the_result_is_kept_on_the_disc_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json
    from datetime import date

    data, case_id = _imported(tmp_path, capsys)
    disc = disc_with_dicomdir(tmp_path / "cd")
    # The example's third record is its imaging disc.
    code, out, err = run(capsys, "--data-dir", str(data), "check-disc", str(disc),
                         "--case", case_id, "--record", "3")
    assert code == 0, err
    assert f"Kept on record 3 of case {case_id}." in out
    exported = tmp_path / "out.json"
    assert run(capsys, "--data-dir", str(data), "export", case_id, "--out", str(exported))[0] == 0
    record = json.loads(exported.read_text(encoding="utf-8"))["case"]["records"][2]
    assert record["disc_check"] == {"checked_on": date.today().isoformat(), "studies": 2,
                                    "images": 5}


def test_a_record_that_is_not_a_disc_is_refused_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, case_id = _imported(tmp_path, capsys)
    code, out, err = run(capsys, "--data-dir", str(data), "check-disc", str(tmp_path / "nothing"),
                         "--case", case_id, "--record", "1")
    assert code == 1 and out == ""
    assert err == "Record number 1 is not an imaging disc, so a disc check is not kept on it.\n"
    code, _, err = run(capsys, "--data-dir", str(data), "check-disc", str(tmp_path),
                       "--case", case_id, "--record", "9")
    assert (code, err) == (1, "The case has no record number 9; it has 6.\n")
    code, _, err = run(capsys, "check-disc", str(tmp_path), "--record", "1")
    assert code == 2 and "--record needs --case" in err


def test_a_damaged_disc_prints_no_library_warnings(tmp_path: Path) -> None:
    # pydicom warns about a cut-short index or a value outside the DICOM rules; Python would
    # print its warning lines (the library's source file and line, the value itself) on stderr.
    from cli_runs import run_cli_process

    disc = disc_with_dicomdir(tmp_path / "cd")
    dicomdir = disc / "DICOMDIR"
    dicomdir.write_bytes(b"\0" * 128 + b"DICM" + b"\xff" * 2000)  # a sequence never closed
    # An image whose first element, a UID, holds letters no UID may hold.
    (disc / "ODD").write_bytes(b"\0" * 128 + b"DICM" + b"\x02\x00\x10\x00UI\x32\x00" + b"x" * 50)

    result = run_cli_process("--data-dir", str(tmp_path / "data"), "check-disc", str(disc))
    assert result.code == 1, result
    assert "could not be read" in result.out
    assert result.err == ""
