#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets from the project's own inputs:
data/bekasi-2020 and the test projects, CSV files and claims.

    fuzz/make_seeds.py OUT_DIR     (one folder per target under OUT_DIR)

Each target reads its first bytes as options (see its source); a seed is
written once per option byte that matters. The committed corpus in
fuzz/corpus is these seeds merged with what the campaigns found
(fuzz/README.md)."""
import csv
import hashlib
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = pathlib.Path(sys.argv[1])


def write(target, data):
    folder = OUT / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def csv_files():
    for folder in (ROOT / "data", ROOT / "tests"):
        yield from sorted(folder.rglob("*.csv"))


def project_folders():
    for lkip_json in sorted([*(ROOT / "data").rglob("lkip.json"), *(ROOT / "tests").rglob("lkip.json")]):
        yield lkip_json.parent


def bundle(folder):
    parts = [(folder / "lkip.json").read_bytes()]
    for path in sorted(folder.rglob("*.csv")):
        parts.append(b"@@ " + str(path.relative_to(folder)).encode() + b"\n" + path.read_bytes())
    return b"\n".join(parts)


def first_lines(data, count=40):
    return b"".join(data.splitlines(keepends=True)[:count])


for path in csv_files():
    data = path.read_bytes()
    for options in (0, 1, 2, 0x10):  # detect, ',', ';', ragged allowed
        write("csv_reader_fuzz", bytes([options]) + data)
    for options in (bytes([0x14, 7, 5, 0]), bytes([0x39, 60, 31, 0x25]), bytes([0x06, 200, 96, 0x41])):
        write("tabulate_differential_fuzz", options + first_lines(data))

for folder in project_folders():
    write("project_loader_fuzz", bundle(folder))

for path in sorted([ROOT / "data/bekasi-2020/klaim.csv", *(ROOT / "tests/golden/projects").rglob("klaim*.csv"),
                    *(ROOT / "tests/golden/projects").glob("*claims*.csv")]):
    write("claims_reader_fuzz", path.read_bytes())

values = {"1 : 3.848", "1:1.300", "49,55%", "49.55%", "74,39", "BB (74,39)", "B (65)", "Nindya", "Madya",
          "Rp 2.918.355.000,-", "Rp. 1,318,025,000.-", "-", "+12", "-0,5", "769.691", "769,691", "2 : 7"}
with open(ROOT / "data/bekasi-2020/klaim.csv", newline="", encoding="utf-8") as claims:
    values.update(row["nilai"] for row in csv.DictReader(claims, delimiter=";"))
for value in sorted(values):
    for style_and_kind in range(10):  # 2 styles x 5 kinds
        write("number_fuzz", bytes([style_and_kind]) + value.encode())
