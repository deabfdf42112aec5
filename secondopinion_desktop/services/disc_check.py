"""Check an imaging disc (or a folder copied from it): DICOM images or not, whose, which studies.

Outside imaging CDs often fail to import at the second-opinion hospital (one study: about 22%),
most often because they hold only a viewer program or pictures, not the images themselves. This
reads the disc with pydicom and never runs anything on it: the DICOMDIR index when present, else
a bounded walk of the files, each sniffed for the DICOM preamble before pydicom parses it.

Findings are facts and codes; the command line and the window word them.
"""

from __future__ import annotations

import os
import re
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

# A whole CT study can be 2,000 files; a disc rarely holds more than a few studies.
MAX_FILES = 20_000
MAX_DEPTH = 12
# Headers are read up to the pixel data; a file larger than this is still only sniffed.
_DICOM_MAGIC_OFFSET = 128

VIEWER_SUFFIXES = frozenset({".exe", ".msi", ".bat", ".cmd", ".com", ".app", ".dll", ".jar"})
VIEWER_NAMES = frozenset({"autorun.inf", "autorun.exe", "setup.exe"})
PICTURE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".pdf", ".webp"}
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class DiscNotFound(Exception):
    """The path is not a folder that can be read (code ``not_found`` or ``not_a_folder``)."""

    def __init__(self, code: str, path: Path) -> None:
        super().__init__(code)
        self.code = code
        self.path = path


@dataclass(frozen=True)
class StudyFound:
    """One study on the disc: when, what kind of scan (DICOM modality codes), how many images."""

    study_uid: str
    on: date | None
    modalities: tuple[str, ...]
    description: str
    images: int


@dataclass(frozen=True)
class PatientOnDisc:
    """A name and birth date as the disc carries them (name in reading order, not DICOM's ^)."""

    name: str
    birth_date: date | None


@dataclass(frozen=True)
class DiscWarning:
    """Something the person should know, as a code and the facts to word it with."""

    code: str
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass
class DiscFindings:
    """What the check found on the disc."""

    path: Path
    has_dicomdir: bool = False
    studies: list[StudyFound] = field(default_factory=list)
    patients: list[PatientOnDisc] = field(default_factory=list)
    images: int = 0
    unreadable: int = 0
    missing: int = 0
    viewer_files: int = 0
    pictures: int = 0
    files_seen: int = 0
    stopped_at_limit: bool = False
    cancelled: bool = False
    warnings: list[DiscWarning] = field(default_factory=list)

    @property
    def found_images(self) -> bool:
        return self.images > 0


@dataclass
class _StudyTally:
    on: date | None = None
    description: str = ""
    modalities: set[str] = field(default_factory=set)
    images: int = 0


def check_disc(
    path: Path | str,
    *,
    person_name: str | None = None,
    birth_date: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    max_files: int = MAX_FILES,
) -> DiscFindings:
    """Read the disc or folder at ``path`` and say what it holds.

    ``person_name`` and ``birth_date`` are the person's own, to warn when the disc is someone
    else's. ``progress(done, total)`` is called as files are read; ``cancelled()`` is polled
    between files and stops the check early (the findings so far are returned).
    """
    _quiet_pydicom()
    root = Path(path)
    if not root.exists():
        raise DiscNotFound("not_found", root)
    if not root.is_dir():
        raise DiscNotFound("not_a_folder", root)
    findings = DiscFindings(path=root)
    files = _walk(root, findings, max_files)
    dicomdir = next((f for f in files if f.name.upper() == "DICOMDIR" and f.parent == root), None)
    studies: dict[str, _StudyTally] = {}
    patients: dict[tuple[str, date | None], None] = {}
    to_read = files
    index_patients: list[tuple[str, date | None]] = []
    if dicomdir is not None:
        index = _read_dicomdir(dicomdir, root, findings)
        if index is not None:  # a damaged index: the files themselves are read instead
            findings.has_dicomdir = True
            to_read, index_patients = index
    _read_files(to_read, studies, patients, findings, progress, cancelled,
                strict=findings.has_dicomdir)
    if not patients:  # no image could be read: the index's own words are all there is
        patients.update(dict.fromkeys(index_patients))
    findings.studies = [
        StudyFound(uid, t.on, tuple(sorted(t.modalities)), t.description, t.images)
        for uid, t in sorted(studies.items(), key=lambda kv: (kv[1].on or date.min, kv[0]))
    ]
    findings.patients = [PatientOnDisc(name, born) for name, born in patients]
    findings.warnings = _warnings(findings, person_name, birth_date)
    return findings


def _quiet_pydicom() -> None:
    """pydicom's warnings about a damaged disc never reach the person: Python would print them
    on the terminal with the library's file and line and the odd value itself. What they are
    about is counted and said plainly (files that could not be read)."""
    warnings.filterwarnings("ignore", module=r"pydicom(\.|$)")


def _walk(root: Path, findings: DiscFindings, max_files: int) -> list[Path]:
    """Every regular file under ``root`` (links not followed), at most ``max_files``."""
    found: list[Path] = []
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            findings.unreadable += 1
            continue
        for entry in entries:
            try:
                if entry.is_symlink():
                    continue  # a disc's links could point anywhere on this computer
                if entry.is_dir(follow_symlinks=False):
                    if depth < MAX_DEPTH:
                        stack.append((Path(entry.path), depth + 1))
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue
            except OSError:
                findings.unreadable += 1
                continue
            name = entry.name.lower()
            suffix = os.path.splitext(name)[1]
            if suffix in VIEWER_SUFFIXES or name in VIEWER_NAMES:
                findings.viewer_files += 1
            elif suffix in PICTURE_SUFFIXES:
                findings.pictures += 1
            if len(found) >= max_files:
                findings.stopped_at_limit = True
                return found
            found.append(Path(entry.path))
    findings.files_seen = len(found)
    return found


def _looks_like_dicom(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(_DICOM_MAGIC_OFFSET + 4)
    except OSError:
        return False
    return head[_DICOM_MAGIC_OFFSET : _DICOM_MAGIC_OFFSET + 4] == b"DICM"


def _read_dicomdir(
    dicomdir: Path, root: Path, findings: DiscFindings
) -> tuple[list[Path], list[tuple[str, date | None]]] | None:
    """The image files the index names, and its patients (None when the index is unreadable)."""
    import pydicom

    try:
        index = pydicom.dcmread(str(dicomdir))
        records = list(index.DirectoryRecordSequence)
    except Exception:
        findings.unreadable += 1
        return None
    image_files: list[Path] = []
    index_patients: list[tuple[str, date | None]] = []
    for record in records:
        kind = str(record.get("DirectoryRecordType", "")).strip().upper()
        if kind == "PATIENT":
            index_patients.append(_patient_of(record))
        file_id = record.get("ReferencedFileID")
        if file_id is None or kind != "IMAGE":
            continue
        parts = [file_id] if isinstance(file_id, str) else [str(p) for p in file_id]
        target = _inside(root, parts)
        if target is None:
            findings.missing += 1
        else:
            image_files.append(target)
    return image_files, index_patients


def _inside(root: Path, parts: list[str]) -> Path | None:
    """The file a DICOMDIR names, found case-insensitively (discs are often upper case)."""
    current = root
    for part in parts:
        if part in ("", ".", "..") or "/" in part or "\\" in part:
            return None
        candidate = current / part
        if not candidate.exists():
            try:
                match = next(
                    (e for e in os.scandir(current) if e.name.upper() == part.upper()), None
                )
            except OSError:
                return None
            if match is None:
                return None
            candidate = Path(match.path)
        if candidate.is_symlink():
            return None
        current = candidate
    return current if current.is_file() else None


def _read_files(
    files: list[Path],
    studies: dict[str, _StudyTally],
    patients: dict[tuple[str, date | None], None],
    findings: DiscFindings,
    progress: Progress | None,
    cancelled: Cancelled | None,
    *,
    strict: bool,
) -> None:
    """Reads each file; ``strict``: the files were named by a DICOMDIR, so each must be DICOM."""
    import pydicom

    total = len(files)
    for done, path in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            findings.cancelled = True
            return
        if progress is not None:
            progress(done, total)
        if not _looks_like_dicom(path):
            if strict:  # the index promised an image here
                findings.unreadable += 1
            continue
        try:
            # The whole file is read: a disc whose images are cut short fails at the hospital.
            ds = pydicom.dcmread(str(path))
        except Exception:
            findings.unreadable += 1
            continue
        if "SOPClassUID" in ds and str(ds.SOPClassUID) == "1.2.840.10008.1.3.10":
            continue  # a DICOMDIR kept in a sub-folder is an index, not an image
        if "SOPInstanceUID" not in ds:
            findings.unreadable += 1  # the header ends before the image is even named
            continue
        if "PixelData" not in ds:
            continue  # a report or other non-image object: neither an image nor damage
        if not _pixels_whole(ds):
            findings.unreadable += 1
            continue
        findings.images += 1
        patients[_patient_of(ds)] = None
        uid = str(ds.get("StudyInstanceUID", "")) or "unknown"
        study = studies.setdefault(uid, _StudyTally())
        study.on = study.on or _dicom_date(ds.get("StudyDate"))
        study.description = study.description or _text(ds.get("StudyDescription"))
        modality = _text(ds.get("Modality"))
        if modality:
            study.modalities.add(modality)
        study.images += 1


def _pixels_whole(ds: Any) -> bool:
    """False when uncompressed pixel data is shorter than its rows, columns and frames need."""
    try:
        if ds.file_meta.TransferSyntaxUID.is_compressed:
            return True  # fragments have no fixed size to check against
        frames = int(ds.get("NumberOfFrames", 1) or 1)
        needed = int(ds.Rows) * int(ds.Columns) * int(ds.get("SamplesPerPixel", 1) or 1)
        needed = needed * frames * int(ds.BitsAllocated) // 8
        return len(ds.PixelData) >= needed
    except Exception:
        return False


def _warnings(
    findings: DiscFindings, person_name: str | None, birth_date: date | None
) -> list[DiscWarning]:
    warnings: list[DiscWarning] = []
    if findings.cancelled:
        warnings.append(DiscWarning("cancelled"))
    if not findings.found_images and not findings.cancelled:
        warnings.append(
            DiscWarning(
                "no_images",
                {"viewer_files": findings.viewer_files, "pictures": findings.pictures},
            )
        )
    if findings.unreadable:
        warnings.append(DiscWarning("unreadable_files", {"count": findings.unreadable}))
    if findings.missing:
        warnings.append(DiscWarning("missing_files", {"count": findings.missing}))
    if findings.stopped_at_limit:
        warnings.append(DiscWarning("stopped_at_limit", {"count": len(findings.studies)}))
    named = [p for p in findings.patients if p.name]
    if len({_name_key(p.name) for p in named}) > 1:
        warnings.append(DiscWarning("several_people", {"names": [p.name for p in named]}))
    if person_name and named:
        others = [p.name for p in named if not names_match(p.name, person_name)]
        if others:
            warnings.append(
                DiscWarning("name_differs", {"on_disc": others[0], "person": person_name})
            )
    if birth_date is not None:
        dates = [p.birth_date for p in findings.patients if p.birth_date is not None]
        wrong = [d for d in dates if d != birth_date]
        if wrong:
            warnings.append(
                DiscWarning("birth_date_differs", {"on_disc": wrong[0], "person": birth_date})
            )
    return warnings


def names_match(disc_name: str, person_name: str) -> bool:
    """True when the disc's name is plausibly the person's (order, case and accents aside)."""
    disc = _tokens(disc_name)
    person = _tokens(person_name)
    if not disc or not person:
        return True
    # A family name and a given name both found, or every word of a one-word name.
    return len(disc & person) >= min(2, len(disc), len(person))


def _tokens(name: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return {t for t in re.split(r"[^\w]+", plain) if len(t) > 1}


def _name_key(name: str) -> frozenset[str]:
    return frozenset(_tokens(name))


def _patient_of(ds: Any) -> tuple[str, date | None]:
    return _person_name(ds.get("PatientName")), _dicom_date(ds.get("PatientBirthDate"))


def _person_name(value: Any) -> str:
    """DICOM's ``FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX`` in reading order: ``Given Middle Family``."""
    if value is None:
        return ""
    parts = [p.strip() for p in str(value).split("=")[0].split("^")]
    while len(parts) < 5:
        parts.append("")
    family, given, middle, prefix, suffix = parts[:5]
    words = [prefix, given, middle, family, suffix]
    return " ".join(w for w in words if w).strip()


def _dicom_date(value: Any) -> date | None:
    text = str(value or "").strip()
    if len(text) >= 8 and text[:8].isdigit():
        try:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        except ValueError:
            return None
    return None


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""
