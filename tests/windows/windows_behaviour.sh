#!/usr/bin/env bash
# What lkip.exe must do on Windows as the Linux lkip does, checked under Wine:
# - a project in folders named beyond ASCII: "Dinas Pemberdayaan Perempuan –
#   Kota Bekasi", "é", and "★" (in no ANSI code page but UTF-8, the one
#   lkip.exe's manifest asks for: libxlsxwriter opens files by narrow name);
#   compute reads it there, and -o writes every format there;
# - the same bytes as the Linux binary in every format (UTF-8 output, '\n'
#   line ends, the same deterministic XLSX and DOCX);
# - CRLF input files give the same tables as LF ones;
# - -o is atomic: a run that fails leaves the earlier file as it was, and no
#   temporary file;
# - tabulate on several threads gives the Linux binary's counts;
# - LibreOffice opens the XLSX and DOCX lkip.exe writes.
# Usage: tests/windows/windows_behaviour.sh LKIP_WINE LINUX_LKIP
set -euo pipefail
lkip_exe=$(realpath "$1")
lkip_linux=$(realpath "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
same_bytes() {  # NAME EXPECTED ACTUAL
  if cmp -s "$2" "$3"; then echo "ok: $1"; else fail "$1: $3 differs from $2"; fi
}

# The reference project in folders named beyond ASCII, each format written
# by both binaries.
for folder in "Dinas Pemberdayaan Perempuan – Kota Bekasi" "Proyek é" "Proyek ★"; do
  mkdir -p "$folder/linux"
  cp -r "$root/data/bekasi-2020/." "$folder/"
  for format in text md json csv html xlsx docx; do
    tables=()
    [ "$format" = csv ] && tables=(--tabel 3.1)
    "$lkip_linux" compute "$folder" "${tables[@]}" -o "$folder/linux/bab3.$format"
    if ! "$lkip_exe" compute "$folder" "${tables[@]}" -o "$folder/bab3.$format"; then
      fail "compute -o '$folder/bab3.$format' exited $?"
      continue
    fi
    same_bytes "$folder: $format" "$folder/linux/bab3.$format" "$folder/bab3.$format"
  done
  "$lkip_exe" compute "$folder" > "$folder/stdout.txt" || fail "compute '$folder' to stdout"
  same_bytes "$folder: stdout" "$folder/linux/bab3.text" "$folder/stdout.txt"
done

# CRLF line ends in every text input of the project: the tables of the
# same project with LF ones, from a folder of the same name.
mkdir -p lf/proyek crlf/proyek
cp -r "$root/data/bekasi-2020/." lf/proyek/
cp -r "$root/data/bekasi-2020/." crlf/proyek/
find crlf -type f \( -name '*.json' -o -name '*.csv' \) -exec sed -i 's/$/\r/' {} +
(cd lf && "$lkip_linux" compute proyek > ../lf.txt && "$lkip_linux" compute proyek -o ../lf.md)
(cd crlf && "$lkip_exe" compute proyek > ../crlf.txt) || fail "compute on CRLF inputs"
same_bytes "CRLF inputs" lf.txt crlf.txt

# A failed run keeps the earlier output and leaves nothing behind; a run
# that succeeds replaces it.
echo "earlier" > crlf/kept.md
mkdir broken
printf '{ "tahun": ' > broken/lkip.json
if "$lkip_exe" compute broken -o crlf/kept.md 2> broken.stderr; then fail "compute on a broken project exited 0"; fi
if [ "$(cat crlf/kept.md)" = earlier ]; then echo "ok: a failed run keeps the earlier file"; else fail "a failed run changed kept.md"; fi
(cd crlf && "$lkip_exe" compute proyek -o kept.md) || fail "compute -o kept.md over an earlier file"
same_bytes "a run replaces the earlier file" lf.md crlf/kept.md
if [ -n "$(find . -name '*.lkip-*' -print -quit)" ]; then fail "a temporary file was left behind"; fi

# tabulate on 2 threads and on 1: the Linux binary's counts. A register of
# 300,000 people, made the same way each time, named by its absolute path
# (an argument starting with '/' is a path on Windows too, not an option).
awk 'BEGIN { srand(7); print "kecamatan,jenis_kelamin,umur";
       for (i = 0; i < 300000; i++) printf "Kec %d,%s,%d\n", int(rand() * 12), (rand() < 0.5 ? "L" : "P"), int(rand() * 90) }' > register.csv
"$lkip_linux" tabulate register.csv --by kecamatan --by jenis_kelamin --where 'umur>=15' --format csv > tabulate.linux.csv
for jobs in 2 1; do
  "$lkip_exe" tabulate "$work/register.csv" --by kecamatan --by jenis_kelamin --where 'umur>=15' --format csv --jobs "$jobs" \
    > "tabulate.$jobs.csv" || fail "tabulate --jobs $jobs"
  same_bytes "tabulate --jobs $jobs" tabulate.linux.csv "tabulate.$jobs.csv"
done

# LibreOffice opens what lkip.exe wrote.
for format in xlsx docx; do
  cp "Proyek ★/bab3.$format" "opened.$format"
  if soffice "-env:UserInstallation=file://$work/office" --headless --convert-to pdf --outdir pdf "opened.$format" \
       > /dev/null 2>&1 && pdftotext "pdf/opened.pdf" opened.txt && grep -q '296,04' opened.txt; then
    echo "ok: LibreOffice opens the $format"
  else
    fail "LibreOffice did not open the $format (or it lacks 296,04)"
  fi
  rm -rf pdf
done

[ "$failures" = 0 ] && echo "all Windows behaviour checks passed" || echo "$failures failed"
[ "$failures" = 0 ]
