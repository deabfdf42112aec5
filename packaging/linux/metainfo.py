"""Write the AppStream metainfo file, its releases taken from CHANGELOG.md.

    python packaging/linux/metainfo.py OUT.xml --screenshots-url URL

Each "## X.Y.Z (date)" heading of CHANGELOG.md becomes a <release> with its bullets as the
description; "(unreleased)" becomes a development release dated today. Screenshots are the
files packaging/linux/screenshots.py writes, published under URL.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "linux"))
from screenshots import SHOTS  # noqa: E402

APP_ID = "org.secondopinion.Companion"
SUMMARY = {
    "": "Prepare for a second medical opinion and print a visit summary",
    "es": "Prepárese para una segunda opinión médica e imprima un resumen de la consulta",
}
DESCRIPTION = {
    "": [
        "Second Opinion Companion helps a person, or a family member acting for them, get ready "
        "for a second medical opinion step by step: why another opinion, medicines and "
        "allergies, the care team, insurance calls, medical records, questions to ask and the "
        "appointment.",
        "It prints a visit summary to bring along (also in large print), letters asking for "
        "records, and the opinions side by side. Everything stays on this computer: the app "
        "never uses the network.",
    ],
    "es": [
        "Acompañante para la segunda opinión ayuda a una persona, o a un familiar, a preparar "
        "paso a paso una segunda opinión médica: por qué otra opinión, medicamentos y "
        "alergias, el equipo médico, las llamadas al seguro, los expedientes, las preguntas y "
        "la cita.",
        "Imprime un resumen para llevar a la consulta (también en letra grande), cartas para "
        "pedir expedientes y las opiniones lado a lado. Todo queda en este equipo: la "
        "aplicación nunca usa la red.",
    ],
}
HEADING = re.compile(r"^## (\d+\.\d+\.\d+)\s*\(([^)]*)\)\s*$")


def releases(changelog: str) -> list[tuple[str, str, str, list[str]]]:
    """(version, date, type, bullets), newest first, as CHANGELOG.md lists them."""
    found: list[tuple[str, str, str, list[str]]] = []
    bullets: list[str] = []
    for line in changelog.splitlines():
        match = HEADING.match(line)
        if match:
            version, when = match.groups()
            if when.strip().lower() == "unreleased":
                date, kind = datetime.date.today().isoformat(), "development"
            else:
                date, kind = when.strip(), "stable"
            bullets = []
            found.append((version, date, kind, bullets))
        elif found and line.startswith("- "):
            bullets.append(line[2:].strip())
        elif found and bullets and line.startswith("  ") and line.strip():
            bullets[-1] += " " + line.strip()
        elif line.startswith("## "):
            raise SystemExit(f"CHANGELOG.md heading not understood: {line!r}")
    return found


def _localised(parent: ET.Element, tag: str, texts: dict[str, str]) -> None:
    for lang, text in texts.items():
        element = ET.SubElement(parent, tag)
        if lang:
            element.set("xml:lang", lang)
        element.text = text


def build(screenshots_url: str, homepage: str) -> ET.ElementTree:
    root = ET.Element("component", type="desktop-application")
    ET.SubElement(root, "id").text = APP_ID
    ET.SubElement(root, "metadata_license").text = "CC0-1.0"
    ET.SubElement(root, "project_license").text = "MIT"
    _localised(
        root, "name", {"": "Second Opinion Companion", "es": "Acompañante para la segunda opinión"}
    )
    _localised(root, "summary", SUMMARY)
    # <developer_name>, not <developer>: the AppStream of Debian 12 and Ubuntu 22.04 knows only it.
    ET.SubElement(root, "developer_name").text = "The Second Opinion Companion developers"
    description = ET.SubElement(root, "description")
    for lang, paragraphs in DESCRIPTION.items():
        for paragraph in paragraphs:
            p = ET.SubElement(description, "p")
            if lang:
                p.set("xml:lang", lang)
            p.text = paragraph
    ET.SubElement(root, "launchable", type="desktop-id").text = f"{APP_ID}.desktop"
    ET.SubElement(root, "url", type="homepage").text = homepage
    categories = ET.SubElement(root, "categories")
    for name in ("Office", "MedicalSoftware"):
        ET.SubElement(categories, "category").text = name
    keywords = ET.SubElement(root, "keywords")
    for word in ("doctor", "medical", "second opinion", "health", "appointment"):
        ET.SubElement(keywords, "keyword").text = word
    ET.SubElement(root, "content_rating", type="oars-1.1")
    provides = ET.SubElement(root, "provides")
    ET.SubElement(provides, "binary").text = "secondopinion"
    ET.SubElement(provides, "binary").text = "secondopinion-window"
    requires = ET.SubElement(root, "requires")
    ET.SubElement(requires, "display_length", compare="ge").text = "768"
    supports = ET.SubElement(root, "supports")
    for control in ("pointing", "keyboard"):
        ET.SubElement(supports, "control").text = control
    shots = ET.SubElement(root, "screenshots")
    for index, (name, _step, caption) in enumerate(SHOTS):
        shot = ET.SubElement(shots, "screenshot")
        if index == 0:
            shot.set("type", "default")
        ET.SubElement(shot, "caption").text = caption
        ET.SubElement(
            shot, "image", type="source", width="1024", height="768"
        ).text = f"{screenshots_url.rstrip('/')}/{name}"
    listed = ET.SubElement(root, "releases")
    for version, date, kind, bullets in releases((ROOT / "CHANGELOG.md").read_text("utf-8")):
        release = ET.SubElement(listed, "release", version=version, date=date, type=kind)
        if bullets:
            text = ET.SubElement(release, "description")
            items = ET.SubElement(text, "ul")
            for bullet in bullets:
                ET.SubElement(items, "li").text = bullet.replace("**", "")
    tree = ET.ElementTree(root)
    ET.indent(tree)
    return tree


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--screenshots-url", required=True)
    parser.add_argument("--homepage", required=True)
    args = parser.parse_args()
    build(args.screenshots_url, args.homepage).write(
        args.out, encoding="utf-8", xml_declaration=True
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
