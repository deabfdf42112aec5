"""The imaging-disc check reads discs built with pydicom and says what a person needs to know."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from dicom_discs import (
    damage,
    disc_with_dicomdir,
    disc_without_dicomdir,
    two_studies,
    viewer_only_disc,
)

from secondopinion_desktop.services.disc_check import DiscNotFound, check_disc, names_match

BORN = date(1950, 3, 14)


def codes(findings: object) -> list[str]:
    return [w.code for w in findings.warnings]  # type: ignore[attr-defined]


@pytest.mark.parametrize("build", [disc_with_dicomdir, disc_without_dicomdir])
def test_a_good_disc_shows_its_studies_and_whose_it_is(tmp_path: Path, build: object) -> None:
    disc = build(tmp_path / "disc")  # type: ignore[operator]
    findings = check_disc(disc, person_name="Rosa Díaz", birth_date=BORN)
    assert findings.images == 5
    assert [(s.on, s.modalities, s.description, s.images) for s in findings.studies] == [
        (date(2026, 10, 20), ("CT",), "CT KNEE RIGHT", 3),
        (date(2026, 11, 1), ("MR",), "MRI KNEE", 2),
    ]
    assert [(p.name, p.birth_date) for p in findings.patients] == [("ROSA DIAZ", BORN)]
    assert codes(findings) == []
    assert findings.has_dicomdir is (build is disc_with_dicomdir)


def test_a_viewer_only_disc_is_named_as_such(tmp_path: Path) -> None:
    findings = check_disc(viewer_only_disc(tmp_path / "disc"))
    assert not findings.found_images
    assert findings.warnings[0].code == "no_images"
    assert findings.warnings[0].facts == {"viewer_files": 2, "pictures": 2}


def test_someone_elses_disc_is_flagged(tmp_path: Path) -> None:
    disc = disc_with_dicomdir(tmp_path / "disc", two_studies(name="SMITH^JOHN", born="19620101"))
    findings = check_disc(disc, person_name="Rosa Diaz", birth_date=BORN)
    assert "name_differs" in codes(findings)
    differs = next(w for w in findings.warnings if w.code == "name_differs")
    assert differs.facts["on_disc"] == "JOHN SMITH"
    birth = next(w for w in findings.warnings if w.code == "birth_date_differs")
    assert birth.facts["on_disc"] == date(1962, 1, 1)


def test_damaged_files_are_counted_not_fatal(tmp_path: Path) -> None:
    disc = disc_without_dicomdir(tmp_path / "disc")
    files = sorted((disc / "IMAGES").iterdir())
    damage(files[0])
    damage(files[1])
    findings = check_disc(disc)
    assert findings.images == 3
    assert next(w for w in findings.warnings if w.code == "unreadable_files").facts == {"count": 2}


def test_a_dicomdir_naming_missing_or_damaged_files(tmp_path: Path) -> None:
    disc = disc_with_dicomdir(tmp_path / "disc")
    images = sorted(p for p in disc.rglob("*") if p.is_file() and p.name != "DICOMDIR")
    images[0].unlink()
    damage(images[1])
    findings = check_disc(disc)
    assert findings.images == 3
    assert "missing_files" in codes(findings) and "unreadable_files" in codes(findings)


def test_a_damaged_dicomdir_falls_back_to_reading_the_files(tmp_path: Path) -> None:
    disc = disc_with_dicomdir(tmp_path / "disc")
    (disc / "DICOMDIR").write_bytes(b"\x00" * 128 + b"DICM" + b"\xff" * 10)
    findings = check_disc(disc)
    assert findings.images == 5 and len(findings.studies) == 2
    assert not findings.has_dicomdir


def test_links_on_a_disc_are_not_followed(tmp_path: Path) -> None:
    outside = disc_without_dicomdir(tmp_path / "elsewhere")
    disc = viewer_only_disc(tmp_path / "disc")
    (disc / "link").symlink_to(outside, target_is_directory=True)
    assert check_disc(disc).images == 0


def test_progress_and_cancel(tmp_path: Path) -> None:
    disc = disc_without_dicomdir(tmp_path / "disc")
    seen: list[tuple[int, int]] = []
    findings = check_disc(disc, progress=lambda d, t: seen.append((d, t)),
                          cancelled=lambda: len(seen) >= 2)
    assert seen == [(1, 5), (2, 5)]
    assert findings.cancelled and codes(findings)[0] == "cancelled"


def test_a_scan_is_bounded(tmp_path: Path) -> None:
    disc = disc_without_dicomdir(tmp_path / "disc")
    findings = check_disc(disc, max_files=3)
    assert findings.images == 3 and "stopped_at_limit" in codes(findings)


def test_a_path_that_is_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(DiscNotFound) as missing:
        check_disc(tmp_path / "nope")
    assert missing.value.code == "not_found"
    (tmp_path / "file").write_text("x")
    with pytest.raises(DiscNotFound) as not_folder:
        check_disc(tmp_path / "file")
    assert not_folder.value.code == "not_a_folder"


@pytest.mark.parametrize(
    ("disc", "person", "same"),
    [("ROSA DIAZ", "Rosa Díaz", True), ("ROSA DIAZ LOPEZ", "Rosa Diaz", True),
     ("JOHN SMITH", "Rosa Diaz", False), ("DIAZ", "Rosa Diaz", True),
     ("ROSA MARTINEZ", "Rosa Diaz", False)],
)
def test_names_match_ignoring_order_case_and_accents(disc: str, person: str, same: bool) -> None:
    assert names_match(disc, person) is same
