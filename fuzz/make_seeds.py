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
import io
import pathlib
import sys
import zipfile

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

# workbook_fuzz: a small workbook with a cell of every kind, rich text,
# escapes, a percent style, merged ranges, a chartsheet and a sheet with
# prefixed names: as parts (byte 1: the target zips them) and zipped (byte 0).
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WORKBOOK_PARTS = {
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": f'<Relationships {RELS}><Relationship Id="rId1" Type="{TYPE}officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<workbook {MAIN} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                       '<sheet name="Data KDRT" sheetId="1" r:id="rId1"/><sheet name="Grafik" sheetId="2" r:id="rId2"/>'
                       '<sheet name="Dua" sheetId="3" state="hidden" r:id="rId3"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": f'<Relationships {RELS}>'
                                  f'<Relationship Id="rId1" Type="{TYPE}worksheet" Target="worksheets/sheet1.xml"/>'
                                  f'<Relationship Id="rId2" Type="{TYPE}chartsheet" Target="chartsheets/sheet1.xml"/>'
                                  f'<Relationship Id="rId3" Type="{TYPE}worksheet" Target="/xl/worksheets/sheet2.xml"/>'
                                  f'<Relationship Id="rId4" Type="{TYPE}sharedStrings" Target="sharedStrings.xml"/>'
                                  f'<Relationship Id="rId5" Type="{TYPE}styles" Target="styles.xml"/></Relationships>',
    "xl/sharedStrings.xml": f'<sst {MAIN}><si><t>Kecamatan</t></si><si><r><t>Bekasi </t></r><r><rPr><b/></rPr><t>Utara</t></r>'
                            '<rPh sb="0" eb="1"><t>x</t></rPh></si><si><t>a_x000D__x000A_b</t></si></sst>',
    "xl/styles.xml": f'<styleSheet {MAIN}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;x&quot;%"/></numFmts>'
                     '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/></cellXfs></styleSheet>',
    "xl/worksheets/sheet1.xml": f'<worksheet {MAIN}><sheetData>'
                                '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
                                '<row r="2"><c r="A2"><v>12</v></c><c r="B2" s="1"><v>0.4955</v></c><c s="2"><v>1.5E-3</v></c>'
                                '<c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c><c t="str"><f>A1&amp;"!"</f><v>Kecamatan!</v></c>'
                                '<c><f>SUM(A2,1)</f></c><c t="d"><v>2020-12-31</v></c></row>'
                                '<row><c t="inlineStr"><is><r><t>Ti</t></r><r><t xml:space="preserve">mur </t></r></is></c></row>'
                                '</sheetData><mergeCells count="2"><mergeCell ref="A3:C4"/><mergeCell ref="E5:F6"/></mergeCells></worksheet>',
    "xl/chartsheets/sheet1.xml": "<chartsheet/>",
    "xl/worksheets/sheet2.xml": '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
                                '<x:row r="1"><x:c r="A1"><x:v>-0</x:v></x:c></x:row></x:sheetData></x:worksheet>',
}
write("workbook_fuzz", b"\x01" + b"".join(b"@@ " + name.encode() + b"\n" + text.encode() + b"\n"
                                         for name, text in WORKBOOK_PARTS.items()))
zipped_workbook = io.BytesIO()
with zipfile.ZipFile(zipped_workbook, "w", zipfile.ZIP_DEFLATED) as archive:
    for name, text in WORKBOOK_PARTS.items():
        archive.writestr(name, text)
write("workbook_fuzz", b"\x00" + zipped_workbook.getvalue())
write("workbook_fuzz", b"\x00" + bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))  # an .xls
