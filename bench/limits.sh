#!/usr/bin/env bash
# Time and peak memory of lkip on inputs at the size limits of
# docs/limits.md: many indicators, tables of 20,000 and 1,000,000 rows, 20,000 claims,
# a 10 MB name, and tabulate over many distinct groups. Each case is built
# from the test project tests/golden/projects/mini in a scratch folder.
#
#   bench/limits.sh [LKIP]        (default: build/lkip)
#
# Prints one line a case: seconds and peak RSS (GNU time).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lkip=$(realpath "${1:-$root/build/lkip}")
mini="$root/tests/golden/projects/mini"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

measure() {  # LABEL COMMAND...: the command's output goes to out.*
  local label=$1
  shift
  /usr/bin/time -f "$label: %e s, %M KB" "$@" > /dev/null 2> time.txt || true
  tail -1 time.txt
}

# 5,000 indicators: 100 sasaran of 50 indicators each.
cp -r "$mini" many
python3 - <<'P'
import json
project = json.load(open("many/lkip.json"))
template = project["sasaran"][0]["indikator"][1]
project["sasaran"] = [
    {"id": f"S{s}", "nama": f"Sasaran {s}",
     "indikator": [dict(template, id=f"IKU{s}_{i}") for i in range(50)]}
    for s in range(100)]
json.dump(project, open("many/lkip.json", "w"))
P
measure "5,000 indicators, compute text" "$lkip" compute many
measure "5,000 indicators, compute html" "$lkip" compute many --format html
measure "5,000 indicators, compute xlsx" "$lkip" compute many -o "$work/many.xlsx"

# Data tables of 20,000 rows (the bound before issue 18) and 1,000,000
# rows, whose column total the realisasi of IKU1 reads.
for rows in 20000 1000000; do
  rm -rf rows
  cp -r "$mini" rows
  python3 -c "print('KECAMATAN;KK'); [print(f'K{i};{i % 900 + 1}') for i in range($rows)]" > rows/keluarga.csv
  measure "$rows-row data table, compute text" "$lkip" compute rows
done
measure "$rows-row data table, compute csv of that table" "$lkip" compute rows --tabel IKU1.data.keluarga --format csv
measure "$rows-row data table, compute json" "$lkip" compute rows --format json

# 20,000 claims (the bound), each a mismatch with its own group.
cp -r "$mini" claims
python3 -c "print('letak;subjek;besaran;tahun;baris;nilai;catatan'); [print(f'Tabel {i};IKU1;capaian;2022;;1{i}%;') for i in range(20000)]" > claims/klaim.csv
measure "20,000 claims, verify" "$lkip" verify claims

# An indicator name of 10 MB.
cp -r "$mini" name
python3 - <<'P'
text = open("name/lkip.json").read().replace('"Rasio KDRT"', '"' + "Rasio KDRT " * 1_000_000 + '"', 1)
open("name/lkip.json", "w").write(text)
P
measure "10 MB indicator name, compute json" "$lkip" compute name --format json

# tabulate by a unique id: every record its own group; 2,100,000 is past
# the bound of 2,000,000 groups there was before issue 18.
for rows in 300000 1100000 2100000; do
  python3 -c "
import sys
out = sys.stdout
out.write('nik,kecamatan\n')
for i in range($rows):
    out.write(f'{i:016d},K{i % 9}\n')
" > register.csv
  measure "tabulate $rows distinct groups to csv" "$lkip" tabulate register.csv --by nik -o "$work/groups.csv"
done
