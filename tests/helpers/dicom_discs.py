"""Small imaging discs built with pydicom itself: good (with and without DICOMDIR), viewer-only,
someone else's, damaged."""

from __future__ import annotations

from pathlib import Path

from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.fileset import FileSet
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, MRImageStorage, generate_uid


def image(
    *,
    name: str = "DIAZ^ROSA",
    born: str = "19500314",
    study_uid: str,
    series_uid: str,
    modality: str = "CT",
    study_date: str = "20261020",
    description: str = "CT KNEE RIGHT",
    number: int = 1,
) -> Dataset:
    sop_class = CTImageStorage if modality == "CT" else MRImageStorage
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.PatientName = name
    ds.PatientID = "MRN-0042"
    ds.PatientBirthDate = born
    ds.StudyInstanceUID = study_uid
    ds.SeriesInstanceUID = series_uid
    ds.StudyDate = study_date
    ds.StudyTime = "101500"
    ds.StudyID = "1"
    ds.AccessionNumber = "A1"
    ds.StudyDescription = description
    ds.Modality = modality
    ds.SeriesNumber = 1
    ds.InstanceNumber = number
    ds.Rows = 2
    ds.Columns = 2
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 0
    ds.PixelData = b"\x00\x01" * 4
    return ds


def two_studies(name: str = "DIAZ^ROSA", born: str = "19500314") -> list[Dataset]:
    ct_study, ct_series = generate_uid(), generate_uid()
    mr_study, mr_series = generate_uid(), generate_uid()
    ct = [image(name=name, born=born, study_uid=ct_study, series_uid=ct_series, number=n)
          for n in range(1, 4)]
    mr = [image(name=name, born=born, study_uid=mr_study, series_uid=mr_series, modality="MR",
                study_date="20261101", description="MRI KNEE", number=n) for n in range(1, 3)]
    return ct + mr


def disc_with_dicomdir(folder: Path, datasets: list[Dataset] | None = None) -> Path:
    fs = FileSet()
    for ds in datasets or two_studies():
        fs.add(ds)
    folder.mkdir(parents=True, exist_ok=True)
    fs.write(folder)
    return folder


def disc_without_dicomdir(folder: Path, datasets: list[Dataset] | None = None) -> Path:
    images = folder / "IMAGES"
    images.mkdir(parents=True, exist_ok=True)
    for n, ds in enumerate(datasets or two_studies(), start=1):
        ds.save_as(images / f"IM{n:04d}", enforce_file_format=True)
    return folder


def viewer_only_disc(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "AUTORUN.INF").write_text("[autorun]\nopen=viewer.exe\n")
    (folder / "viewer.exe").write_bytes(b"MZ" + b"\x00" * 200)
    pictures = folder / "pictures"
    pictures.mkdir()
    (pictures / "knee1.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    (pictures / "report.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


def damage(path: Path) -> None:
    """Keep the DICOM preamble but cut the file inside its header."""
    data = path.read_bytes()
    path.write_bytes(data[:140] + b"\xff\xff\xff\xff\x13\x00")
