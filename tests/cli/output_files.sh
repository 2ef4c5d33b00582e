#!/usr/bin/env bash
# `-o`: the format from the file's extension, one CSV per table with
# -o FOLDER/, and atomic replacement: a run that fails leaves the earlier
# file as it was and no temporary file behind.
# Usage: output_files.sh LKIP
set -u
lkip=$(realpath "$1")
source "$(dirname "$0")/script_checks.sh"

# The extension names the format.
expect_exit 0 "$lkip" compute --contoh -o bab3.json
grep -q '"lkip_json": 2' bab3.json || fail "bab3.json is not lkip's JSON"
expect_exit 0 "$lkip" compute --contoh -o bab3.md
head -1 bab3.md | grep -q '^# Laporan Kinerja' || fail "bab3.md is not Markdown"
expect_exit 0 "$lkip" compute --contoh --tabel capaian -o capaian.csv
head -1 capaian.csv | grep -qx 'sasaran;indikator;satuan;target;realisasi;capaian;ket' || fail "capaian.csv header"
expect_exit 0 "$lkip" compute --contoh -o bab3.xlsx
[ "$(head -c 2 bab3.xlsx)" = "PK" ] || fail "bab3.xlsx is not a zip"
# The docx goes through the same atomic writer; each of its parts is well-formed XML.
expect_exit 0 "$lkip" compute --contoh -o bab3.docx
python3 -c '
import sys, zipfile, xml.etree.ElementTree as tree
package = zipfile.ZipFile(sys.argv[1])
assert "word/document.xml" in package.namelist()
for name in package.namelist(): tree.fromstring(package.read(name))
' bab3.docx || fail "bab3.docx is not a package of well-formed XML parts"
expect_exit 0 sh -c "'$lkip' compute --contoh --format docx > stdout.docx"
cmp -s bab3.docx stdout.docx || fail "--format docx to stdout differs from -o bab3.docx"
# --format wins over the extension.
expect_exit 0 "$lkip" compute --contoh --format json -o report.txt
grep -q '"lkip_json"' report.txt || fail "--format json -o report.txt"
[ -s out.txt ] && fail "output went to stdout as well as to the file"
# An unknown extension without --format is refused before anything is written.
expect_exit 2 "$lkip" compute --contoh -o bab3.pdf
grep -q 'format keluaran tidak dapat diketahui dari nama berkas' err.txt || fail "bab3.pdf message"
[ -e bab3.pdf ] && fail "bab3.pdf was created"

# One CSV per table into a folder (created when missing).
expect_exit 0 "$lkip" compute --contoh -o tabel/
[ "$(ls tabel | wc -l)" = 37 ] || fail "tabel/ holds $(ls tabel | wc -l) files, expected 37"
[ -f tabel/IKU1.data.kdrt_2020.csv ] || fail "tabel/IKU1.data.kdrt_2020.csv missing"
touch plain-file
expect_exit 2 "$lkip" compute --contoh -o plain-file/
grep -q 'plain-file/: ini berkas, bukan folder' err.txt || fail "a file named as a folder: message"
expect_exit 2 "$lkip" compute --contoh --format html -o tabel/
grep -q 'hanya csv yang ditulis sebagai satu berkas per tabel' err.txt || fail "html into a folder message"

# A failed run leaves the earlier file intact and no temporary file.
echo "earlier content" > keep.csv
expect_exit 2 "$lkip" compute --contoh --format csv -o keep.csv   # 37 tables do not fit one CSV
[ "$(cat keep.csv)" = "earlier content" ] || fail "keep.csv was changed by a failed run"
expect_exit 2 "$lkip" compute no-such-project -o keep.csv
[ "$(cat keep.csv)" = "earlier content" ] || fail "keep.csv was changed by a failed load"
leftovers=$(find . -name '.*lkip-*' | wc -l)
[ "$leftovers" = 0 ] || fail "temporary files left behind: $(find . -name '.*lkip-*')"

# A successful run replaces it, with the usual permissions.
expect_exit 0 "$lkip" compute --contoh --tabel capaian -o keep.csv
head -1 keep.csv | grep -q '^sasaran;' || fail "keep.csv was not replaced"
expected_mode=$(printf '%o' $((0666 & ~$(umask))))
[ "$(stat -c %a keep.csv)" = "$expected_mode" ] || fail "keep.csv mode $(stat -c %a keep.csv), expected $expected_mode"

# verify and check write findings the same way; a folder is refused.
expect_exit 1 "$lkip" verify --contoh -o findings.csv
head -1 findings.csv | grep -q '^letak,jenis,hasil' || fail "findings.csv header"
expect_exit 2 "$lkip" check --contoh -o tabel/
# A folder where the file should be is refused, not replaced.
mkdir taken.json
expect_exit 2 "$lkip" compute --contoh -o taken.json --format json
[ -d taken.json ] || fail "taken.json folder was replaced"

# A named pipe (or a device such as /dev/stdout) is written to, not renamed
# over: it stays a pipe and its reader gets the output. Windows has no named
# pipes in its file system (tests/windows/differences).
if [ "${LKIP_PLATFORM:-}" != windows ]; then
  mkfifo pipe.csv
  timeout 10 cat pipe.csv > from-pipe.csv &  # bounded: a broken lkip never opens the pipe
  expect_exit 0 "$lkip" compute --contoh --tabel capaian -o pipe.csv
  wait
  [ -p pipe.csv ] || fail "pipe.csv was replaced by a regular file"
  head -1 from-pipe.csv | grep -q '^sasaran;' || fail "the reader of pipe.csv got no table"
fi
[ -z "$(find . -name '.*.lkip-*')" ] || fail "a temporary file was left behind"

[ "$failures" = 0 ] && echo "all output file checks passed"
exit "$failures"
