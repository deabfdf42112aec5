#!/usr/bin/env python3
"""Fill unfinished entries of a Qt .ts file from a JSON map of source text to translation.

    tools/fill-ts.py FILE.ts TRANSLATIONS.json

Entries whose source is in the map get that translation and lose type="unfinished"; the others
are left as they are. Run pyside6-lrelease afterwards.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    ts_name, map_name = sys.argv[1], sys.argv[2]
    with open(map_name, encoding="utf-8") as handle:
        wanted: dict[str, str] = json.load(handle)
    tree = ET.parse(ts_name)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and translation.get("type") == "unfinished" and source in wanted:
            translation.text = wanted[source]
            del translation.attrib["type"]
            filled += 1
    tree.write(ts_name, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled} of {len(wanted)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
