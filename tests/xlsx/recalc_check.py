#!/usr/bin/env python3
"""Checks lkip's XLSX workbook with a real spreadsheet program.

LibreOffice (headless, with a private profile that recalculates every
formula on load) opens a copy of the workbook whose formula results were all
set to 0, so that every figure it shows is its own recalculation. Then:

- every numeric cell of every table holds lkip's exact figure (from
  `lkip compute --format json`): as its value, and, for a formula, as
  LibreOffice's recalculation of it, equal at the precision lkip shows
  (rounded half away from zero) and within 1e-9 relative;
- LibreOffice shows every cell of every table as lkip does ("296,04%",
  "1 : 3.848", "BB (74,39)", "-"): the number formats and their locale;
- every text cell is a string, never a formula, but for a classification
  (KET, TINGKAT CAPAIAN): a formula string that looks its figure up in the
  scales sheet, whose recalculated text must be lkip's;
- every other formula (the chart data) recalculates to its cached value;
- with --reference (the embedded reference project): the workbook has
  formulas, not pasted numbers: at least MIN_REFERENCE_FORMULAS, and the
  capaian 296,04 / 100,00 / 101,12 / 114,45 of Tabel 3.1 and the serapan
  89,80 are formulas; and the classifications are live: with the realisasi
  of a Tabel 3.1 row whose capaian is R/T×100 set to 30% of its target
  (one more LibreOffice run), that row's KET, its sasaran's average and
  band, and the overall average and its bands follow.

Usage: recalc_check.py --lkip BUILD/lkip [--command rekap] [--reference] [--office-locale L] [LKIP ARGS...]
       recalc_check.py --xlsx FILE --json FILE ...   (check given files)
Python's standard library only.
"""

import argparse
import csv
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

MIN_REFERENCE_FORMULAS = 200
RELATIVE_TOLERANCE = Fraction(1, 10**9)
# The capaian of Tabel 3.1 and the serapan (column "persen" of the budget
# tables) of the reference's program I, as lkip shows them (rounded to 2
# decimals): they must be formulas.
REFERENCE_CAPAIAN = [Fraction("296.04"), Fraction("100.00"), Fraction("101.12"), Fraction("114.45")]
REFERENCE_SERAPAN = Fraction("89.80")
NUMERIC_KINDS = {"number", "percent", "money", "ratio", "score"}
SOFFICE_TIMEOUT = 300  # seconds; the first start builds the profile

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOC_RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

# Makes LibreOffice recalculate every formula of an OOXML file on load (0:
# always; its default is never, trusting the cached results).
# A locale, when given, replaces the machine's, whose number marks the
# workbook's formats must not depend on.
PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
           xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
{locale}</oor:items>
"""
LOCALE = """<item oor:path="/org.openoffice.Setup/L10N">
<prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>{}</value></prop></item>
"""
# CSV of every sheet (-1), UTF-8, cells as shown (formatted), not formulas.
CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


class XlsxCell:
    def __init__(self, kind, value, formula):
        self.kind = kind        # "n" number, "s" string, "e" error, "str" formula string
        self.value = value      # text as stored (a number's decimal text)
        self.formula = formula  # formula text, or None


def a1_to_index(ref):
    match = re.fullmatch(r"([A-Z]+)([0-9]+)", ref)
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(match.group(2)) - 1, column - 1


def sheet_members(archive):
    """Sheet name -> its member of the zip, in sheet order."""
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") for rel in rels.iter(RELS + "Relationship")}
    members = {}
    for sheet in workbook.iter(MAIN + "sheet"):
        target = targets[sheet.get(DOC_RELS + "id")].lstrip("/")
        members[sheet.get("name")] = target if target.startswith("xl/") else "xl/" + target
    return members


def read_workbook(path):
    """Sheet name -> {(row, column): XlsxCell}, in sheet order."""
    with zipfile.ZipFile(path) as archive:
        strings = []
        if "xl/sharedStrings.xml" in archive.namelist():
            for item in ET.fromstring(archive.read("xl/sharedStrings.xml")).iter(MAIN + "si"):
                strings.append("".join(text.text or "" for text in item.iter(MAIN + "t")))
        sheets = {}
        for name, member in sheet_members(archive).items():
            cells = {}
            for cell in ET.fromstring(archive.read(member)).iter(MAIN + "c"):
                kind = cell.get("t", "n")
                formula = cell.find(MAIN + "f")
                value = cell.find(MAIN + "v")
                text = value.text if value is not None else None
                if kind == "s" and text is not None:
                    text = strings[int(text)]
                elif kind == "inlineStr":
                    kind, text = "s", "".join(t.text or "" for t in cell.iter(MAIN + "t"))
                if text is None and formula is None:
                    continue  # a blank cell with a format
                cells[a1_to_index(cell.get("r"))] = XlsxCell(
                    kind, text, formula.text if formula is not None else None)
            sheets[name] = cells
        return sheets


def zero_formula_results(source, destination):
    """Copies the workbook with every formula's cached result set to 0."""
    replaced = 0
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(destination, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename.startswith("xl/worksheets/") and item.filename.endswith(".xml"):
                text, count = re.subn(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1<v>0</v>", data.decode("utf-8"))
                data, replaced = text.encode("utf-8"), replaced + count
            copy.writestr(item, data)
    return replaced


def run_soffice(soffice, profile, convert_to, source, outdir):
    command = [soffice, "-env:UserInstallation=" + Path(profile).as_uri(), "--headless", "--norestore",
               "--convert-to", convert_to, "--outdir", str(outdir), str(source)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=SOFFICE_TIMEOUT)
    if done.returncode != 0:
        sys.exit("soffice failed: " + " ".join(command) + "\n" + done.stdout + done.stderr)


def exact(text):
    """lkip's exact value: "3848.455" or "769691/200"."""
    return Fraction(text)


def rounded(value, decimals):
    """Half away from zero, as lkip and Excel's ROUND."""
    scaled = abs(value) * 10**decimals
    whole = int(scaled + Fraction(1, 2))
    return (whole if value >= 0 else -whole) / Fraction(10**decimals)


def agrees(computed, expected, decimals):
    """Whether a spreadsheet's figure is lkip's at its shown precision and within the tolerance."""
    close = abs(computed - expected) <= RELATIVE_TOLERANCE * max(abs(expected), Fraction(1))
    return close and rounded(computed, decimals) == rounded(expected, decimals)


def number(cell):
    return Fraction(Decimal(cell.value)) if cell is not None and cell.kind == "n" and cell.value else None


def heading(table):
    parts = [part for part in (table.get("caption", ""), table.get("title", "")) if part]
    return " — ".join(parts)


def locate_tables(document, sheets):
    """(table, sheet name, heading row) for each table, found by its heading in column A: in document
    order after the previous table when it is there, else anywhere not yet taken."""
    placed = []
    taken = set()
    names = list(sheets)
    position = (0, -1)
    for table in document["tables"].values():
        wanted = heading(table)
        candidates = sorted((s, row) for s in range(len(names)) for (row, column), cell in sheets[names[s]].items()
                            if column == 0 and cell.kind == "s" and cell.value == wanted and (s, row) not in taken)
        later = [candidate for candidate in candidates if candidate > position]
        found = (later or candidates or [None])[0]
        if found is None:
            sys.exit(f"table {table['id']}: heading {wanted!r} not found in the workbook")
        position = found
        taken.add(found)
        placed.append((table, names[found[0]], found[1]))
    return placed


def read_shown(csv_dir, stem, sheet_names):
    """Sheet name -> rows of the texts LibreOffice shows."""
    shown = {}
    for name in sheet_names:
        path = Path(csv_dir) / f"{stem}-{name}.csv"
        with open(path, newline="", encoding="utf-8") as file:
            shown[name] = list(csv.reader(file))
    return shown


def shown_at(shown, sheet, row, column):
    rows = shown[sheet]
    return rows[row][column] if row < len(rows) and column < len(rows[row]) else ""


def check(xlsx, document, args, workdir):
    problems = []
    original = read_workbook(xlsx)
    formulas = {(sheet, at): cell for sheet, cells in original.items() for at, cell in cells.items() if cell.formula}
    if args.reference and len(formulas) < MIN_REFERENCE_FORMULAS:
        problems.append(f"only {len(formulas)} formula cells, expected at least {MIN_REFERENCE_FORMULAS}")

    zeroed = Path(workdir) / "lkip.xlsx"
    if zero_formula_results(xlsx, zeroed) != len(formulas):
        problems.append("not every formula result could be zeroed (unexpected sheet XML)")
    profile = Path(workdir) / "profile"
    (profile / "user").mkdir(parents=True)
    locale = LOCALE.format(args.office_locale) if args.office_locale else ""
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE.format(locale=locale), encoding="utf-8")
    recalculated_dir = Path(workdir) / "recalculated"
    csv_dir = Path(workdir) / "shown"
    run_soffice(args.soffice, profile, "xlsx:Calc MS Excel 2007 XML", zeroed, recalculated_dir)
    run_soffice(args.soffice, profile, CSV_AS_SHOWN, zeroed, csv_dir)
    recalculated = read_workbook(recalculated_dir / "lkip.xlsx")
    shown = read_shown(csv_dir, "lkip", original)

    checked = set()
    capaian_rounded, serapan_formulas = [], 0
    for table, sheet, heading_row in locate_tables(document, original):
        for r, row in enumerate(table["rows"]):
            for c, cell in enumerate(row["cells"]):
                at = (heading_row + 2 + r, c)
                where = f"{sheet}!{column_name(c)}{at[0] + 1} (table {table['id']} row {r} column {table['columns'][c]['key']})"
                checked.add((sheet, at))
                written = original[sheet].get(at)
                if shown_at(shown, sheet, *at) != cell["shown"]:
                    problems.append(f"{where}: LibreOffice shows {shown_at(shown, sheet, *at)!r}, lkip {cell['shown']!r}")
                if cell["kind"] not in NUMERIC_KINDS or "value" not in cell:
                    if written is not None and written.formula:
                        again = recalculated[sheet].get(at)
                        if written.kind != "str" or again is None or (again.value or "") != cell["shown"]:
                            problems.append(f"{where}: ={written.formula} recalculates to "
                                            f"{again.value if again else None!r}, lkip shows {cell['shown']!r}")
                    elif cell["shown"] and (written is None or written.kind != "s"):
                        problems.append(f"{where}: text {cell['shown']!r} is not written as a string cell")
                    continue
                expected = exact(cell["value"])
                value = number(written)
                if value is None or abs(value - expected) > abs(expected) * Fraction(1, 10**15):
                    problems.append(f"{where}: holds {written.value if written else None}, lkip's figure is {cell['value']}")
                if written is None or not written.formula:
                    continue
                again = number(recalculated[sheet].get(at))
                if again is None or not agrees(again, expected, cell.get("decimals", 0)):
                    got = recalculated[sheet].get(at)
                    problems.append(f"{where}: ={written.formula} recalculates to "
                                    f"{got.value if got else None}, lkip's figure is {cell['value']}")
                if table["id"] == "capaian" and table["columns"][c]["key"] == "capaian":
                    capaian_rounded.append(rounded(expected, 2))
                if table["columns"][c]["key"] == "persen" and rounded(expected, 2) == REFERENCE_SERAPAN:
                    serapan_formulas += 1

    for (sheet, at), cell in formulas.items():
        if (sheet, at) in checked:
            continue
        got = recalculated[sheet].get(at)
        again, cached = number(got), number(cell)
        if again is None or cached is None or not agrees(again, cached, 9):
            problems.append(f"{sheet}!{column_name(at[1])}{at[0] + 1}: ={cell.formula} recalculates to "
                            f"{got.value if got else None}, cached {cell.value}")

    if args.reference:
        problems += check_live_classification(zeroed, document, original, args.soffice, profile, workdir)
        for figure in REFERENCE_CAPAIAN:
            if figure not in capaian_rounded:
                problems.append(f"capaian {float(figure):.2f} of Tabel 3.1 is not a formula")
        if serapan_formulas == 0:
            problems.append(f"no serapan {float(REFERENCE_SERAPAN):.2f} is a formula")
    return problems, len(formulas)


SCALE_REF = re.compile(r"skala!\$A\$([0-9]+)")
ROUNDED_CELL = re.compile(r"ROUND\(([A-Z]+[0-9]+),9\)")


def scale_bands(formula, scales_sheet):
    """The bands a classification formula tests, in its order: (label, lower, lower inclusive, upper, upper
    inclusive), read from the scales sheet rows it names (A label, B/C lower sign and bound, D/E upper)."""
    bands = []
    for row in (int(found) - 1 for found in SCALE_REF.findall(formula)):
        label, lower_sign, lower, upper_sign, upper = (scales_sheet.get((row, c)) for c in range(5))
        bands.append((label.value, number(lower), lower_sign is not None and lower_sign.value == "\u2265",
                      number(upper), upper_sign is not None and upper_sign.value == "\u2264"))
    return bands


def classify(value, bands):
    for label, lower, lower_inclusive, upper, upper_inclusive in bands:
        above = lower is None or value > lower or (lower_inclusive and value == lower)
        below = upper is None or value < upper or (upper_inclusive and value == upper)
        if above and below:
            return label
    return ""


def check_live_classification(zeroed, document, original, soffice, profile, workdir):
    """Sets the realisasi of one Tabel 3.1 row whose capaian is R/T×100 (preferably the only indicator of its
    sasaran) to 30% of its target, lets LibreOffice recalculate, and checks that its capaian is 30, its KET
    the scale's lowest band, its sasaran's average 30 and TINGKAT CAPAIAN the lowest band, the overall
    average the mean of the sasaran averages, and every classified cell the band of its recalculated figure."""
    placed = {table["id"]: (table, sheet, heading_row) for table, sheet, heading_row in locate_tables(document, original)}
    if "capaian" not in placed or "sasaran" not in placed:
        return ["the reference has no Tabel 3.1 (capaian) and sasaran table to change"]
    table, sheet, heading_row = placed["capaian"]
    keys = [column["key"] for column in table["columns"]]
    column = {key: keys.index(key) for key in ("sasaran", "target", "realisasi", "capaian", "ket")}
    first_body = heading_row + 2
    groups, candidates = [], []  # the body rows of each sasaran; rows with capaian = R/T×100
    for r, row in enumerate(table["rows"]):
        if row["role"] != "body":
            continue
        if row["cells"][column["sasaran"]]["shown"] or not groups:
            groups.append([])
        groups[-1].append(r)
        at = lambda key: f"{column_name(column[key])}{first_body + r + 1}"
        written = original[sheet].get((first_body + r, column["capaian"]))
        if written is not None and written.formula == f"{at('realisasi')}/{at('target')}*100":
            candidates.append((r, len(groups) - 1))
    if not candidates:
        return ["no capaian of Tabel 3.1 is R/T*100 over its own row"]
    r, group = min(candidates, key=lambda candidate: len(groups[candidate[1]]) != 1)
    target = exact(table["rows"][r]["cells"][column["target"]]["value"])
    realisasi = target * Fraction(3, 10)
    cell_ref = f"{column_name(column['realisasi'])}{first_body + r + 1}"

    changed = Path(workdir) / "changed" / "lkip.xlsx"
    changed.parent.mkdir()
    with zipfile.ZipFile(zeroed) as source, zipfile.ZipFile(changed, "w", zipfile.ZIP_DEFLATED) as copy:
        member = sheet_members(source)[sheet]
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == member:
                value = str(Decimal(realisasi.numerator) / Decimal(realisasi.denominator))
                data, count = re.subn(rf'<c r="{cell_ref}"( s="[0-9]+")?[^>]*>.*?</c>',
                                      rf'<c r="{cell_ref}"\1><v>{value}</v></c>', data.decode("utf-8"))
                data = data.encode("utf-8")
                if count != 1:
                    return [f"{sheet}!{cell_ref}: the realisasi cell is not in the sheet XML"]
            copy.writestr(item, data)
    run_soffice(soffice, profile, "xlsx:Calc MS Excel 2007 XML", changed, changed.parent / "recalculated")
    after = read_workbook(changed.parent / "recalculated" / "lkip.xlsx")
    scales = after.get("skala", {})
    problems = []

    def figure(in_sheet, row, c):
        return number(after[in_sheet].get((row, c)))

    def text(in_sheet, row, c):
        got = after[in_sheet].get((row, c))
        return got.value if got is not None else None

    def lowest(in_sheet, row, c):
        formula = original[in_sheet].get((row, c))
        bands = scale_bands(formula.formula, scales) if formula is not None and formula.formula else []
        return min(bands, key=lambda band: -math.inf if band[1] is None else band[1])[0] if bands else None

    where = f"{sheet}!{cell_ref} set to {float(realisasi)}"
    row = first_body + r
    capaian = figure(sheet, row, column["capaian"])
    if capaian is None or abs(capaian - 30) > Fraction(1, 10**9):
        problems.append(f"{where}: the capaian recalculates to {capaian}, not 30")
    status = lowest(sheet, row, column["ket"])
    if status is None or text(sheet, row, column["ket"]) != status:
        problems.append(f"{where}: KET shows {text(sheet, row, column['ket'])!r}, not the lowest band {status!r}")

    sasaran_table, sasaran_sheet, sasaran_heading = placed["sasaran"]
    sasaran_keys = [c["key"] for c in sasaran_table["columns"]]
    average_column, band_column = sasaran_keys.index("rata_rata"), sasaran_keys.index("tingkat")
    name = table["rows"][groups[group][0]]["cells"][column["sasaran"]]["shown"]
    averages = []
    for s, sasaran_row in enumerate(sasaran_table["rows"]):
        at = sasaran_heading + 2 + s
        average = figure(sasaran_sheet, at, average_column)
        if sasaran_row["role"] != "body":
            continue
        if average is not None:
            averages.append(average)
        if sasaran_row["cells"][0]["shown"] != name:
            continue
        mean = sum(figure(sheet, first_body + i, column["capaian"]) or 0 for i in groups[group]) / len(groups[group])
        if average is None or abs(average - mean) > Fraction(1, 10**9):
            problems.append(f"{where}: the average of sasaran {name!r} recalculates to {average}, not {float(mean)}")
        band = lowest(sasaran_sheet, at, band_column) if len(groups[group]) == 1 else text(sasaran_sheet, at, band_column)
        if band is None or text(sasaran_sheet, at, band_column) != band:
            problems.append(f"{where}: TINGKAT CAPAIAN of {name!r} shows {text(sasaran_sheet, at, band_column)!r}, "
                            f"not the lowest band {band!r}")
    overall_row = first_body + len(table["rows"]) - 1
    overall = figure(sheet, overall_row, column["capaian"])
    if not averages or overall is None or abs(overall - sum(averages) / len(averages)) > Fraction(1, 10**9):
        problems.append(f"{where}: the overall average recalculates to {overall}, not the mean of the sasaran averages")

    # Every classification of the two tables is the band of its recalculated figure.
    for in_sheet in (sheet, sasaran_sheet):
        for at, cell in original[in_sheet].items():
            found = ROUNDED_CELL.search(cell.formula or "")
            if cell.kind != "str" or not found:
                continue
            value = figure(in_sheet, *a1_to_index(found.group(1)))
            expected = classify(rounded(value, 9), scale_bands(cell.formula, scales)) if value is not None else None
            if text(in_sheet, *at) != expected:
                problems.append(f"{where}: {in_sheet}!{column_name(at[1])}{at[0] + 1} shows {text(in_sheet, *at)!r}, "
                                f"the band of {found.group(1)} is {expected!r}")
    return problems


def column_name(column):
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lkip", help="the lkip program: writes the workbook and its JSON")
    parser.add_argument("--xlsx", help="check this workbook instead of running lkip")
    parser.add_argument("--json", help="with --xlsx: lkip's JSON of the same document")
    parser.add_argument("--command", default="compute", help="the lkip command that writes the document: compute or rekap")
    parser.add_argument("--soffice", default=shutil.which("soffice") or "soffice")
    parser.add_argument("--office-locale", help="LibreOffice's locale, e.g. en-US (default: the machine's)")
    parser.add_argument("--reference", action="store_true",
                        help="the reference project: check its formula count and key figures")
    args, lkip_args = parser.parse_known_args()
    if args.reference:
        lkip_args = ["--contoh", *lkip_args]
    with tempfile.TemporaryDirectory(prefix="lkip-xlsx-") as workdir:
        if args.xlsx:
            xlsx, document = args.xlsx, json.loads(Path(args.json).read_text(encoding="utf-8"))
        else:
            xlsx = Path(workdir) / "written.xlsx"
            subprocess.run([args.lkip, args.command, *lkip_args, "-o", str(xlsx)], check=True, timeout=60)
            output = subprocess.run([args.lkip, args.command, *lkip_args, "--format", "json"], check=True,
                                    capture_output=True, text=True, timeout=60).stdout
            document = json.loads(output)
        problems, formula_count = check(xlsx, document, args, workdir)
    if problems:
        print(f"{len(problems)} problems in the workbook:")
        for problem in problems:
            print("  " + problem)
        return 1
    print(f"ok: {formula_count} formulas recalculated by LibreOffice equal lkip's figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
