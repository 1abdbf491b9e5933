#!/usr/bin/env python3
"""Completes translations/*_en.ts: English needs a catalogue only for plural forms.

Every message without numerus is "translated" to its source text; a numerus message gets a
singular and a plural form from its "(s)"-style source ("%n unit(s)" -> "%n unit", "%n units";
"%n entry(ies)" -> "%n entry", "%n entries"). Run after the lupdate targets; the
translation test fails while any entry is unfinished.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def forms(source):
    single = re.sub(r"\((?:s|es|ies)\)", "", source)
    plural = re.sub(r"y\(ies\)", "ies", source)
    plural = re.sub(r"\((s|es)\)", r"\1", plural)
    return single, plural


def fill(path):
    tree = ET.parse(path)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        if translation.get("type") != "unfinished" and (translation.text or list(translation)):
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            for form in forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        translation.attrib.pop("type", None)
        changed += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # ElementTree drops the DOCTYPE that Qt's tools write; put it back.
    text = Path(path).read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        Path(path).write_text(text, encoding="utf-8")
    return changed


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "translations")
    for ts in sorted(root.glob("*_en.ts")):
        print(f"{ts.name}: {fill(ts)} entries completed")
