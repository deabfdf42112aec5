#!/usr/bin/env python3
"""Merge Qt .ts translation files after a git conflict: every finished translation is kept.

    tools/merge-ts.py OURS.ts THEIRS.ts [MORE.ts ...] -o OUT.ts

Messages are matched by context and source text (and disambiguation); a finished translation
wins over an unfinished one, the first file's over later ones. Run pyside6-lupdate afterwards
to bring locations in line with the code, then pyside6-lrelease.
"""

from __future__ import annotations

import argparse
import copy
import xml.etree.ElementTree as ET


def key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    return bool((translation.text or "").strip() or len(translation))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("-o", "--out", required=True)
    args = parser.parse_args()
    trees = [ET.parse(name) for name in args.files]
    base = trees[0].getroot()
    contexts = {c.findtext("name"): c for c in base.findall("context")}
    messages = {
        key(name or "", m): m for name, c in contexts.items() for m in c.findall("message")
    }
    for tree in trees[1:]:
        for context in tree.getroot().findall("context"):
            name = context.findtext("name") or ""
            target = contexts.get(name)
            if target is None:
                target = copy.deepcopy(context)
                base.append(target)
                contexts[name] = target
                for m in target.findall("message"):
                    messages[key(name, m)] = m
                continue
            for message in context.findall("message"):
                k = key(name, message)
                mine = messages.get(k)
                if mine is None:
                    added = copy.deepcopy(message)
                    target.append(added)
                    messages[k] = added
                elif finished(message) and not finished(mine):
                    target.remove(mine)
                    added = copy.deepcopy(message)
                    target.append(added)
                    messages[k] = added
    trees[0].write(args.out, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
