#!/usr/bin/python3
"""Writes the ingestion benchmark's export: 1 year of 6-minute data for 120 tags (87,600 rows,
about 10.5 M values) as .xlsx (xlsxwriter, constant memory) and as .csv, in plant-local time.
With --openpyxl FILE instead, times openpyxl's read-only mode reading every cell and prints
the seconds. Usage: make_ingest_export.py OUTDIR | --openpyxl FILE"""
import datetime as dt
import math
import os
import sys
import time

TAGS = [f"BENCH.U-1.{10 + i % 80}TI-{i:04d}.PV" for i in range(120)]
ROWS = 87_600


def write(out):
    import xlsxwriter
    xlsx = os.path.join(out, "bench_1y_120tags.xlsx")
    csv = os.path.join(out, "bench_1y_120tags.csv")
    wb = xlsxwriter.Workbook(xlsx, {"constant_memory": True})
    ws = wb.add_worksheet("DL_WORK")
    fmt = wb.add_format({"num_format": "dd-mmm-yy hh:mm:ss"})
    ws.write_string(0, 0, "Time")
    for j, t in enumerate(TAGS):
        ws.write_string(0, j + 1, t)
    start = dt.datetime(2025, 3, 1)
    with open(csv, "w") as f:
        f.write("Time," + ",".join(TAGS) + "\n")
        for i in range(ROWS):
            t = start + dt.timedelta(minutes=6 * i)
            ws.write_datetime(i + 1, 0, t, fmt)
            values = [round(50 + 10 * math.sin(i / 50.0 + j), 4) for j in range(len(TAGS))]
            if i % 997 == 0:
                values[7] = "I/O Timeout"
            for j, v in enumerate(values):
                if isinstance(v, str):
                    ws.write_string(i + 1, j + 1, v)
                else:
                    ws.write_number(i + 1, j + 1, v)
            f.write(t.strftime("%Y-%m-%d %H:%M:%S,") + ",".join(str(v) for v in values) + "\n")
    wb.close()


def openpyxl_read(path):
    import openpyxl
    t0 = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb["DL_WORK"]
    n = 0
    for row in ws.iter_rows(values_only=True):
        n += sum(1 for v in row if v is not None)
    print(f"{time.perf_counter() - t0:.3f} {n}")


if __name__ == "__main__":
    if sys.argv[1] == "--openpyxl":
        openpyxl_read(sys.argv[2])
    else:
        write(sys.argv[1])
