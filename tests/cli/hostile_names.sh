#!/usr/bin/env bash
# Names from the inputs that are markup or spreadsheet formulas
# (tests/golden/projects/hostile-names: "=1+2 <script>x</script>",
# "@SUM(A1)", "-2+3+cmd|' /C calc'!A0", "<img onerror=…>", …) come out
# inert in every format of `compute`.
# Usage: hostile_names.sh LKIP PROJECT
set -u
lkip=$(realpath "$1")
project=$(realpath "$2")
source "$(dirname "$0")/script_checks.sh"

for format in text md json html; do
  "$lkip" compute "$project" --format "$format" > "out.$format" || fail "compute --format $format"
done
"$lkip" compute "$project" -o tabel/ || fail "compute -o tabel/"
"$lkip" compute "$project" -o bab3.xlsx || fail "compute -o bab3.xlsx"
"$lkip" compute "$project" -o bab3.docx || fail "compute -o bab3.docx"

# HTML: no element of the inputs survives; the names are there, escaped.
grep -q '<script\|<img\|<svg onload\|<b>\|<h1>kasus' out.html && fail "html holds unescaped markup from the inputs"
grep -qF '=1+2 &lt;script&gt;x&lt;/script&gt;' out.html || fail "html lacks the escaped indicator name"
# Markdown: the same names escaped so that no renderer reads them as HTML.
grep -qF '=1+2 \<script\>x\</script\>' out.md || fail "md lacks the escaped indicator name"
grep -q '<script>' out.md && fail "md holds a raw <script>"
# JSON: strings, exactly as written.
grep -qF '"=1+2 <script>x</script>"' out.json || fail "json changed the indicator name"

# CSV: every field that a spreadsheet would evaluate starts with an apostrophe.
grep -qF "'=1+2 <script>x</script>" tabel/capaian.csv || fail "csv capaian: the name is not inert"
grep -qxF "'@SUM(A1);40.000" tabel/IKU1.data.keluarga.csv || fail "csv: @SUM(A1) is not inert"
grep -qF "'-2+3+cmd|' /C calc'!A0;35.250" tabel/IKU1.data.keluarga.csv || fail "csv: -2+3+cmd is not inert"
for file in tabel/*.csv; do
  # A field starting with = + - @ (after a separator or at a line start),
  # other than lkip's own "-" and negative figures.
  if grep -nE '(^|;)[=+@]' "$file"; then fail "$file: a field starts like a formula"; fi
done

# XLSX: the names are strings, never formulas.
python3 - bab3.xlsx <<'PY' || fail "xlsx: a name from the inputs is not a plain string"
import re, sys, zipfile
book = zipfile.ZipFile(sys.argv[1])
strings = book.read("xl/sharedStrings.xml").decode()
formulas = "".join(re.findall(r"<f>(.*?)</f>", "".join(
    book.read(name).decode() for name in book.namelist() if name.startswith("xl/worksheets/"))))
hostile = ["=1+2 &lt;script&gt;x&lt;/script&gt;", "@SUM(A1)", "-2+3+cmd|' /C calc'!A0".replace("'", "&apos;")]
for name in hostile:
    plain = name.replace("&apos;", "'")
    if name not in strings and plain not in strings:
        sys.exit(f"not a shared string: {plain}")
    if "cmd|" in formulas or "SUM(A1)" in formulas or "script" in formulas:
        sys.exit("a name from the inputs is inside a formula")
PY

# DOCX: every part well-formed, the names escaped text, no element of the inputs.
python3 - bab3.docx <<'PY' || fail "docx: a name from the inputs is markup"
import sys, zipfile, xml.etree.ElementTree as tree
package = zipfile.ZipFile(sys.argv[1])
for name in package.namelist():
    tree.fromstring(package.read(name))
document = package.read("word/document.xml").decode()
if "<script" in document or "<img" in document:
    sys.exit("an element from the inputs in word/document.xml")
if "=1+2 &lt;script&gt;x&lt;/script&gt;" not in document:
    sys.exit("word/document.xml lacks the escaped indicator name")
PY

[ "$failures" = 0 ] && echo "hostile names are inert in every format"
exit "$failures"
