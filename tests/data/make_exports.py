#!/usr/bin/python3
"""Writes historian-export fixtures with real producers (openpyxl, xlsxwriter) plus, for each,
the samples a correct import must store (expected_<name>.csv: time UTC, tag, value, quality).

Usage: make_exports.py OUTDIR [--bomb] [--libreoffice]
"""
import csv
import datetime as dt
import math
import os
import sys
import zipfile
from zoneinfo import ZoneInfo

import openpyxl
import xlsxwriter

TAGS = ["PCFS.K-12-01.12SI-401.PV", "PCFS.K-12-01.12TIA-419A.PV", "PCFS.K-12-01.12PDIA-420.PV"]
STATES = {7: "I/O Timeout", 11: "Shutdown", 13: "No Data", 17: "Bad Input"}


def value(tag_index, i):
    return round(100 * (tag_index + 1) + 10 * math.sin(i / 7.0) + i * 0.001, 6)


def utc_text(local, zone):
    return local.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_expected(path, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["time", "tag", "value", "quality"])
        for r in sorted(rows, key=lambda r: (r[1], r[0])):
            w.writerow(r)


def sampled_openpyxl(out, zone):
    """Sampled layout: a title sheet first, then DL_WORK with title rows, \\\\server\\tag headers,
    6-minute local times, digital states, an Excel error, empty cells and an unknown column."""
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active["A1"] = "Exported from PI DataLink"
    ws = wb.create_sheet("DL_WORK")
    ws["A1"] = "K-12-01 compressor, sampled data"
    ws["A2"] = "Interval: 6m"
    ws.append([])
    ws.append(["Time"] + ["\\\\PIHIST01\\" + t for t in TAGS] + ["PCFS.K-12-01.UNKNOWN-1.PV"])
    expected = []
    start = dt.datetime(2026, 3, 1, 0, 0, 0)
    for i in range(240):
        local = start + dt.timedelta(minutes=6 * i)
        row = [local]
        for k, tag in enumerate(TAGS):
            if k == 1 and i in STATES:
                row.append(STATES[i])
                expected.append([utc_text(local, zone), tag, "", STATES[i]])
            elif k == 2 and i == 5:
                row.append("#N/A")
                expected.append([utc_text(local, zone), tag, "", "#N/A"])
            elif k == 0 and i % 50 == 3:
                row.append(None)  # empty cell: no sample
            else:
                v = value(k, i)
                row.append(v)
                expected.append([utc_text(local, zone), tag, repr(v), "good"])
        row.append(1.0)
        ws.append(row)
        ws.cell(row=ws.max_row, column=1).number_format = "dd-mmm-yy hh:mm:ss"
    # openpyxl writes "#N/A" strings as error cells (data type 'e').
    wb.save(os.path.join(out, "sampled_openpyxl.xlsx"))
    write_expected(os.path.join(out, "expected_sampled_openpyxl.csv"), expected)


def compressed_xlsxwriter(out, zone, date_1904):
    """Compressed layout: a (timestamp, value) column pair per tag, each with its own rows,
    tag names above the pairs and Timestamp/Value labels below them."""
    name = "compressed_xlsxwriter_1904" if date_1904 else "compressed_xlsxwriter"
    wb = xlsxwriter.Workbook(os.path.join(out, name + ".xlsx"), {"date_1904": date_1904})
    ws = wb.add_worksheet("DL_WORK")
    fmt = wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    expected = []
    start = dt.datetime(2026, 3, 2, 8, 0, 0)
    for k, tag in enumerate(TAGS):
        ws.write_string(0, 2 * k, tag)
        ws.write_string(1, 2 * k, "Timestamp")
        ws.write_string(1, 2 * k + 1, "Value")
        t = start
        for i in range(30 + 17 * k):
            t = t + dt.timedelta(seconds=37 + 61 * ((i * (k + 3)) % 5))
            ws.write_datetime(2 + i, 2 * k, t, fmt)
            if i == 9 and k == 0:
                ws.write_string(2 + i, 2 * k + 1, "Calc Failed")
                expected.append([utc_text(t, zone), tag, "", "Calc Failed"])
            else:
                v = value(k, i)
                ws.write_number(2 + i, 2 * k + 1, v)
                expected.append([utc_text(t, zone), tag, repr(v), "good"])
    wb.close()
    write_expected(os.path.join(out, "expected_" + name + ".csv"), expected)


def dst_openpyxl(out):
    """Sampled export across the autumn DST change in Europe/Berlin (02:00-03:00 twice) and the
    spring change (02:00-03:00 missing)."""
    zone = "Europe/Berlin"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DL_WORK"
    ws.append(["Time", TAGS[0]])
    expected = []
    for day, count in ((dt.datetime(2026, 3, 29, 1, 0), 16), (dt.datetime(2026, 10, 25, 1, 0), 16)):
        for i in range(count):
            local = day + dt.timedelta(minutes=15 * i)
            ws.append([local, float(i)])
            ws.cell(row=ws.max_row, column=1).number_format = "yyyy-mm-dd hh:mm"
    wb.save(os.path.join(out, "dst_openpyxl.xlsx"))


def csv_variants(out, zone):
    """Semicolon CSV with BOM, decimal comma, quoted fields, local dd.MM.yyyy times."""
    expected = []
    start = dt.datetime(2026, 3, 3, 0, 0, 0)
    with open(os.path.join(out, "semicolon_decimal_comma.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("Zeit;" + ";".join('"' + t + '"' for t in TAGS) + ";\"Comment; with \"\"quotes\"\"\nand a newline\"\r\n")
        for i in range(100):
            local = start + dt.timedelta(minutes=6 * i)
            cells = [local.strftime("%d.%m.%Y %H:%M:%S")]
            for k, tag in enumerate(TAGS):
                if k == 2 and i == 40:
                    cells.append('"Comm Fail"')
                    expected.append([utc_text(local, zone), tag, "", "Comm Fail"])
                else:
                    v = round(value(k, i), 3)
                    cells.append(repr(v).replace(".", ","))
                    expected.append([utc_text(local, zone), tag, repr(v), "good"])
            cells.append('"x;y"')
            f.write(";".join(cells) + "\r\n")
    write_expected(os.path.join(out, "expected_semicolon_decimal_comma.csv"), expected)


def general_dates(out):
    """Times as plain numbers in General format: must be refused with the cell named."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DL_WORK"
    ws.append(["Time", TAGS[0]])
    for i in range(5):
        ws.append([46082 + i / 240.0, float(i)])
    wb.save(os.path.join(out, "general_dates.xlsx"))


def libreoffice_resave(out):
    """LibreOffice re-saves the openpyxl workbook as .xlsx (its own writer: shared strings,
    its own styles); the stored samples must be the same."""
    import shutil
    import subprocess
    import tempfile
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found (Debian package libreoffice-calc-nogui)")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as lo_out:
        subprocess.run([soffice, "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", lo_out,
                        os.path.join(out, "sampled_openpyxl.xlsx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(os.path.join(lo_out, "sampled_openpyxl.xlsx"), os.path.join(out, "sampled_libreoffice.xlsx"))
    shutil.copy(os.path.join(out, "expected_sampled_openpyxl.csv"), os.path.join(out, "expected_sampled_libreoffice.csv"))


def entities(out):
    """Text with XML entities and non-ASCII characters, written by xlsxwriter as shared strings
    and by hand as inline strings with a namespace prefix, CDATA and a comment."""
    wb = xlsxwriter.Workbook(os.path.join(out, "entities_shared.xlsx"))
    ws = wb.add_worksheet("DL_WORK")
    ws.write_string(0, 0, "a < b & \"c\" > 'd' \u00e9\u20ac")
    wb.close()
    sheet = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<!-- written by hand --><x:sheetData>'
             '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos; &#233;&#x20AC;</x:t></x:is></x:c>'
             '<x:c r="B1" t="inlineStr"><x:is><x:r><x:t>I/O </x:t></x:r><x:r><x:t><![CDATA[Timeout]]></x:t></x:r></x:is></x:c>'
             '<x:c r="C1"><x:v>1.5E-7</x:v></x:c></x:row>'
             '<x:row r="3"><x:c r="A3" s="0" t="str"><x:f>A1</x:f><x:v>x</x:v></x:c><x:c r="B3"/></x:row>'
             '</x:sheetData></x:worksheet>')
    with zipfile.ZipFile(os.path.join(out, "entities.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DL_WORK" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)


def truncated(out):
    src = os.path.join(out, "sampled_openpyxl.xlsx")
    data = open(src, "rb").read()
    with open(os.path.join(out, "truncated.xlsx"), "wb") as f:
        f.write(data[: int(len(data) * 0.6)])
    with open(os.path.join(out, "not_a_workbook.xlsx"), "wb") as f:
        f.write(b"PK\x03\x04" + b"\x00" * 100 + b"this is not a zip archive" * 100)


def zip_bomb(out):
    """A workbook whose sheet inflates to 1 GiB from about 1 MB."""
    path = os.path.join(out, "bomb.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DL_WORK" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
            block = b"A" * (1 << 20)
            for _ in range(1024):
                f.write(block)
            f.write(b"</t></is></c></row></sheetData></worksheet>")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    zone = "Asia/Kuala_Lumpur"
    sampled_openpyxl(out, zone)
    compressed_xlsxwriter(out, zone, False)
    compressed_xlsxwriter(out, zone, True)
    dst_openpyxl(out)
    csv_variants(out, zone)
    general_dates(out)
    entities(out)
    truncated(out)
    if "--bomb" in sys.argv:
        zip_bomb(out)
    if "--libreoffice" in sys.argv:
        libreoffice_resave(out)


if __name__ == "__main__":
    main()
