#!/usr/bin/env python3
"""Sets the translation of one source text in a Qt .ts catalogue (every context that has it).

  scripts/set-translation.py translations/turbopredict_widgets_ms.ts "Source" "Terjemahan"

For a handful of new strings after lupdate; the translation test checks the result.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

path, source, text = sys.argv[1], sys.argv[2], sys.argv[3]
tree = ET.parse(path)
done = 0
for message in tree.getroot().iter("message"):
    if message.findtext("source") != source:
        continue
    translation = message.find("translation")
    if translation.get("type") in ("vanished", "obsolete"):
        continue  # no longer in the sources: left as lupdate marked it
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        ET.SubElement(translation, "numerusform").text = text
        translation.text = None
    else:
        translation.text = text
    translation.attrib.pop("type", None)
    done += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
body = Path(path).read_text(encoding="utf-8")
if "<!DOCTYPE TS>" not in body:
    Path(path).write_text(body.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1), encoding="utf-8")
print(f"{path}: {done} message(s) set")
sys.exit(0 if done else 1)
