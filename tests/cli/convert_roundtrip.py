"""`lkip convert` keeps a project's output: every reference project as a
workbook, and that workbook back as a folder, give the same `compute` and
`verify` output in every text format as the project itself, but for the
places (a file's line and column against a sheet's cell). With LibreOffice,
the workbook opened and saved again by Calc (headless) gives it too.
Converting twice gives the same bytes; convert never overwrites.

    convert_roundtrip.py LKIP REPOSITORY [SOFFICE]
"""
import csv
import difflib
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

# A place in a message: a file's line and column or JSON path, or a
# workbook's sheet and cell; in Markdown, its path's "_" escaped ("\_") as in
# a temporary folder's random name.
PLACE = re.compile(r"[\w./\\-]*(?:lkip\.json(?: \(\$[^)]*\))?|\.csv(?::\d+){0,2}"
                   r"|\.xlsx(?::(?:'(?:[^']|'')*'|&#39;(?:[^&]|&(?!#39;))*&#39;|[\w]+)(?:![A-Z]+\d+)?)?)")
ROW_HEIGHT = re.compile(r' ht="[0-9.]+" customHeight="1"')
# The parts of a place that differ between a file and a sheet, in the JSON
# and CSV outputs.
POSITION_KEYS = {"line", "column", "json_path", "baris_file", "kolom_file"}


def run(args, cwd):
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300)
    return done.returncode, done.stdout, done.stderr


def without_places(value):
    if isinstance(value, dict):
        return {key: without_places(item) for key, item in value.items() if key not in POSITION_KEYS}
    if isinstance(value, list):
        return [without_places(item) for item in value]
    if isinstance(value, str):
        return PLACE.sub("<place>", value)
    return value


def normalized(fmt, text):
    if fmt == "json":
        return json.dumps(without_places(json.loads(text)), ensure_ascii=False, indent=1)
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        keep = [i for i, key in enumerate(rows[0] if rows else []) if key not in POSITION_KEYS]
        return "\n".join(PLACE.sub("<place>", ",".join(row[i] for i in keep if i < len(row))) for row in rows)
    return PLACE.sub("<place>", text)


def written_files(lkip, project, cwd, args, out):
    """Runs compute with `args` writing to `out` (a CSV folder or an XLSX
    file), and returns (exit code, the files' text, stderr): an XLSX as its
    unzipped parts."""
    target = Path(cwd) / out
    shutil.rmtree(target, ignore_errors=True) if target.is_dir() else target.unlink(missing_ok=True)
    code, _, err = run([lkip, "compute", project, *args, "-o", out], cwd)
    if code != 0:
        return code, "", err
    if target.is_dir():
        parts = {path.name: path.read_text(encoding="utf-8") for path in sorted(target.iterdir())}
    else:
        with zipfile.ZipFile(target) as book:
            parts = {name: book.read(name).decode("utf-8", "replace") for name in sorted(book.namelist())}
    # An XLSX names a place with its apostrophes as &apos;. Its row heights
    # follow the length of the texts, places included (the warnings).
    text = "".join(f"== {name}\n{ROW_HEIGHT.sub('', body.replace('&apos;', chr(39)))}\n"
                   for name, body in parts.items())
    return code, text, err


def outputs(lkip, project, cwd, has_claims):
    """Every output of compute (and verify) for `project`."""
    result = {}
    result["compute csv folder"] = written_files(lkip, project, cwd, [], "tabel/")
    result["compute xlsx"] = written_files(lkip, project, cwd, [], "bab3.xlsx")
    for fmt in ["text", "md", "json", "html"]:
        result[f"compute {fmt}"] = run([lkip, "compute", project, "--format", fmt], cwd)
    result["compute en"] = run([lkip, "compute", project, "--lang", "en", "--angka", "en"], cwd)
    if has_claims:
        for fmt in ["text", "json", "csv"]:
            result[f"verify {fmt}"] = run([lkip, "verify", project, "--all", "--format", fmt], cwd)
    result["check json"] = run([lkip, "check", project, "--format", "json"], cwd)
    return result


def compare(name, expected, actual, failures):
    for key, (code, out, err) in expected.items():
        got_code, got_out, got_err = actual[key]
        fmt = key.split()[-1] if key.split()[-1] in ("json", "csv") else "text"
        if got_code != code:
            failures.append(f"{name}: {key}: exit {got_code}, expected {code}: {got_err[:500]}")
        elif normalized(fmt, got_out) != normalized(fmt, out):
            diff = difflib.unified_diff(normalized(fmt, out).splitlines(), normalized(fmt, got_out).splitlines(), lineterm="", n=1)
            failures.append(f"{name}: {key}: output differs:\n" + "\n".join(list(diff)[:12]))
        elif normalized("text", got_err) != normalized("text", err):
            failures.append(f"{name}: {key}: stderr differs:\n{got_err[:500]}\n---\n{err[:500]}")


def resaved_by_libreoffice(soffice, book, work):
    """The workbook opened and saved again by LibreOffice Calc."""
    out_dir = work / "resaved"
    out_dir.mkdir(exist_ok=True)
    profile = work / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--calc",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out_dir), str(book)],
                   check=True, capture_output=True, timeout=300)
    return out_dir / book.name


def main():
    lkip = str(Path(sys.argv[1]).resolve())
    repository = Path(sys.argv[2]).resolve()
    soffice = sys.argv[3] if len(sys.argv) > 3 else None
    projects = [repository / "data" / "bekasi-2020"] + sorted(
        folder for folder in (repository / "tests" / "data").iterdir() if (folder / "lkip.json").exists())
    failures = []
    with tempfile.TemporaryDirectory(prefix="lkip-convert-") as temporary:
        work = Path(temporary)
        for project in projects:
            name = project.name
            has_claims = '"klaim"' in (project / "lkip.json").read_text(encoding="utf-8")
            expected = outputs(lkip, str(project), work, has_claims)
            if expected["compute json"][0] != 0:
                failures.append(f"{name}: compute of the folder fails: {expected['compute json'][2]}")
                continue
            book = work / f"{name}.xlsx"
            code, _, err = run([lkip, "convert", str(project), book.name], work)
            if code != 0:
                failures.append(f"{name}: convert to a workbook exited {code}: {err}")
                continue
            compare(f"{name}.xlsx", expected, outputs(lkip, book.name, work, has_claims), failures)
            code, _, err = run([lkip, "convert", book.name, f"{name}-folder"], work)
            if code != 0:
                failures.append(f"{name}: convert back to a folder exited {code}: {err}")
            else:
                compare(f"{name}-folder", expected, outputs(lkip, f"{name}-folder", work, has_claims), failures)
            if soffice and name in ("bekasi-2020", "bpkp-2021"):
                resaved = resaved_by_libreoffice(soffice, book, work)
                compare(f"{name}.xlsx saved by LibreOffice", expected,
                        outputs(lkip, str(resaved), work, has_claims), failures)
        # The same project gives the same bytes; an existing target is kept.
        first = work / "bekasi-2020.xlsx"
        again = work / "again.xlsx"
        run([lkip, "convert", str(projects[0]), again.name], work)
        if first.read_bytes() != again.read_bytes():
            failures.append("converting the same project twice gave different bytes")
        code, _, err = run([lkip, "convert", str(projects[1]), again.name], work)
        if code != 2 or "sudah ada" not in err or first.read_bytes() != again.read_bytes():
            failures.append(f"convert over an existing workbook: exit {code}, {err}")
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        sys.exit(1)
    print(f"convert: {len(projects)} projects give the same output as a workbook and back")


if __name__ == "__main__":
    main()
