#!/usr/bin/env bash
# The project in the current folder and `lkip init`: compute, verify and
# check without PROJECT use the nearest lkip.json from the current folder
# up; none found is exit 2 with how to start one; --contoh is the built-in
# reference; init writes a project that checks clean and computes, and
# never overwrites.
# Usage: project_folder.sh LKIP
set -u
lkip=$(realpath "$1")
source "$(dirname "$0")/script_checks.sh"
expect_in() {  # FILE TEXT
  grep -qF -- "$2" "$1" || { fail "$1 lacks: $2"; cat "$1"; }
}

# No project here or above: exit 2, and the hint says how to start one.
mkdir empty && cd empty || exit 1
for command in compute verify check; do
  expect_exit 2 "$lkip" "$command"
  expect_in err.txt "lkip: error: tidak ada proyek lkip di folder ini atau di atasnya"
  expect_in err.txt '`lkip init`'
done
# The built-in reference only when asked for; not both it and a PROJECT.
expect_exit 0 "$lkip" compute --contoh --tabel capaian
expect_in out.txt "DPPPA"
expect_exit 2 "$lkip" compute --contoh ../somewhere
cd .. || exit 1

# init with every flag asks nothing, even on a terminal-less run.
expect_exit 0 "$lkip" init dinkes --instansi "Dinas Kesehatan" --pemda "Kota Contoh" --renstra 2021-2026 --tahun 2023
expect_in out.txt "Berikutnya: cd dinkes && lkip check && lkip compute"
cd dinkes || exit 1
expect_exit 0 "$lkip" check
[ -s out.txt ] && fail "check of a fresh project printed: $(cat out.txt)"
expect_exit 0 "$lkip" compute
expect_in out.txt "Tabel 3.1  Capaian Kinerja Kota Contoh Tahun 2023"
expect_in out.txt "Dinas Kesehatan"
cp out.txt ../compute-here.txt
# The empty claims file: nothing to verify yet (exit 2, with the template hint).
expect_exit 2 "$lkip" verify
expect_in err.txt "lkip verify --template"
# Found upward from a subfolder, its files named relative to it.
mkdir -p laporan/lampiran && cd laporan/lampiran || exit 1
expect_exit 0 "$lkip" compute
cmp -s out.txt ../../../compute-here.txt || fail "compute from a subfolder differs from compute in the project"
printf 'NO;UNIT KERJA;MASUK;DITINDAKLANJUTI\n1;A;x;1\n' > ../../pengaduan_2023.csv
expect_exit 2 "$lkip" compute
expect_in err.txt "lkip: error: ../../pengaduan_2023.csv:2:"
cd ../../.. || exit 1
# PROJECT may name the lkip.json itself.
expect_exit 1 "$lkip" check dinkes/lkip.json
expect_in out.txt "dinkes/pengaduan_2023.csv:2:"

# init never overwrites: a second init in the same folder fails, the files unchanged.
before=$(cat dinkes/lkip.json)
expect_exit 2 "$lkip" init dinkes --instansi "Dinas Lain" --tahun 2023
expect_in err.txt "lkip: error: dinkes/lkip.json: sudah ada; lkip init tidak menimpa berkas"
[ "$(cat dinkes/lkip.json)" = "$before" ] || fail "a second init changed lkip.json"
# A folder holding one of the files init writes is refused as well, and nothing is written.
mkdir partial && echo "mine" > partial/klaim.csv
expect_exit 2 "$lkip" init partial --instansi "Dinas" --tahun 2023 --lang en
expect_in err.txt "lkip: error: partial/klaim.csv: already exists; lkip init overwrites no file"
[ "$(ls partial)" = "klaim.csv" ] || fail "a refused init wrote files: $(ls partial)"

# The same project as one workbook: found as lkip.xlsx, checked and computed.
expect_exit 0 "$lkip" init buku --instansi "Dinas Kesehatan" --pemda "Kota Contoh" --renstra 2021-2026 --tahun 2023 --xlsx
expect_in out.txt "lkip.xlsx"
[ "$(ls buku)" = "lkip.xlsx" ] || fail "init --xlsx wrote more than the workbook: $(ls buku)"
(cd buku && "$lkip" check) || fail "check of a fresh workbook project"
(cd buku && "$lkip" compute) > buku.txt 2>&1 || fail "compute of a fresh workbook project"
cmp -s buku.txt compute-here.txt || fail "the workbook project computes otherwise than the folder project"
expect_exit 2 "$lkip" init buku --instansi "Dinas Lain" --tahun 2023 --xlsx
expect_in err.txt "buku/lkip.xlsx: sudah ada"

# Without a terminal, a missing agency name is an error, not a question.
expect_exit 2 "$lkip" init pusat
expect_in err.txt "lkip: error: nama instansi tidak diberikan"
[ -e pusat/lkip.json ] && fail "init without a name wrote a project"
# A central agency: no pemda, no Renstra; the year defaults to last year.
expect_exit 0 "$lkip" init pusat --instansi "Inspektorat Jenderal Kementerian Contoh"
(cd pusat && "$lkip" check) || fail "check of a central agency's fresh project"
expect_in pusat/lkip.json "\"tahun\": $(( $(date +%Y) - 1 ))"
# Facts that make no project.
expect_exit 2 "$lkip" init bad --instansi "Dinas" --renstra 2026-2021
expect_in err.txt "berakhir sebelum dimulai"
expect_exit 2 "$lkip" init bad --instansi "Dinas" --renstra 2021-2026 --tahun 2030
expect_in err.txt "di luar periode Renstra 2021–2026"
[ -e bad ] && fail "a refused init made its folder"

if [ $failures -gt 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "all project-folder checks passed"
