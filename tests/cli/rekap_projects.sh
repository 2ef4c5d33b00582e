#!/usr/bin/env bash
# lkip rekap over a folder of projects as an inspectorate keeps it: project
# folders and workbooks side by side, with things that are not projects
# among them; the rows in name order whatever the number of threads; a
# broken project a row of its own and exit 1; nothing a project can do
# makes the recap itself fail.
# Usage: rekap_projects.sh LKIP SOURCE_DIR
set -u
lkip=$(realpath "$1")
source_dir=$(realpath "$2")
source "$(dirname "$0")/script_checks.sh"
expect_in() {  # FILE TEXT
  grep -qF -- "$2" "$1" || { fail "$1 lacks: $2"; cat "$1"; }
}
rekap_rows() {  # the INSTANSI column of the recap table, from out.txt (csv)
  tail -n +2 out.txt | cut -d';' -f2
}

mkdir opd
cp -r "$source_dir/data/bekasi-2020" opd/b-dpppa
cp -r "$source_dir/tests/data/polresta-bogor-kota-2020" opd/d-polresta
expect_exit 0 "$lkip" convert "$source_dir/tests/data/dinsos-depok-2020" opd/c-dinsos.xlsx
mkdir opd/a-not-a-project opd/.hidden-project
cp "$source_dir/tests/data/dinsos-depok-2020/lkip.json" opd/.hidden-project/
cp opd/c-dinsos.xlsx 'opd/~$c-dinsos.xlsx'  # Excel's lock file beside an open workbook
echo "catatan" > opd/README.txt

# The folder: its project folders and workbooks in name order, nothing else.
expect_exit 0 "$lkip" rekap opd --tabel rekap --format csv
rekap_rows > rows.txt
printf '%s\n' 'DPPPA Kota Bekasi' 'Dinsos Kota Depok' 'Polresta Bogor Kota' 'JUMLAH' > expected.txt
cmp -s rows.txt expected.txt || fail "rows of opd: $(tr '\n' '|' < rows.txt)"
# The workbook computes as its folder did.
expect_exit 0 "$lkip" rekap "$source_dir/tests/data/dinsos-depok-2020" --tabel rekap --format csv
cut -d';' -f3- out.txt | sed -n 2p > folder.txt
expect_exit 0 "$lkip" rekap opd/c-dinsos.xlsx --tabel rekap --format csv
cut -d';' -f3- out.txt | sed -n 2p > workbook.txt
cmp -s folder.txt workbook.txt || fail "the workbook's row differs from its folder's: $(cat workbook.txt)"

# One thread or many, the same bytes.
for format in text json csv; do
  table=(); [ "$format" = csv ] && table=(--tabel capaian)
  expect_exit 0 "$lkip" rekap opd --format "$format" "${table[@]}" --jobs 1
  mv out.txt one.txt
  expect_exit 0 "$lkip" rekap opd --format "$format" "${table[@]}" --jobs 3
  cmp -s one.txt out.txt || fail "rekap --format $format differs between --jobs 1 and --jobs 3"
done

# A broken project, a missing one and a folder without a project: each a
# row with its error, the others computed, exit 1; stderr stays empty (no
# progress line off a terminal).
printf '{"lkip": 1,' > opd/a-not-a-project/lkip.json
expect_exit 1 "$lkip" rekap opd opd/hilang --tabel rekap --format csv
[ -s err.txt ] && fail "rekap wrote to stderr: $(cat err.txt)"
expect_in out.txt 'opd/a-not-a-project;'
expect_in out.txt 'opd/a-not-a-project/lkip.json:1:12:'
expect_in out.txt 'opd/hilang;'
expect_in out.txt 'opd/hilang/lkip.json: tidak dapat membaca proyek: berkas tidak ada'
expect_in out.txt ';Polresta Bogor Kota;2020;2;1;81,12%;'
# With --verify the claims count too: the reference's mismatches are exit 1
# even without a broken project.
rm -r opd/a-not-a-project
expect_exit 1 "$lkip" rekap opd --verify --tabel rekap --format csv --lang en
expect_in out.txt ';DPPPA Kota Bekasi;2020;5;5;137,86%;Sangat Tinggi;2.918.355.000;2.397.104.435;82,14%;17,86%;344;15;10;'
# An output that cannot be written is exit 2, whatever the projects.
expect_exit 2 "$lkip" rekap opd -o /nonexistent-folder/rekap.xlsx
expect_in err.txt "lkip: error: /nonexistent-folder/rekap.xlsx"

[ "$failures" = 0 ] && echo "ok: rekap over folders and workbooks"
exit $((failures > 0))
