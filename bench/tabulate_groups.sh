#!/usr/bin/env bash
# `lkip tabulate` with many distinct groups (a register counted by a unique id), against
# DuckDB and pandas doing the same group-by count and writing the same CSV.
#
# Usage:   [LKIP=path/to/lkip] bench/tabulate_groups.sh [GROUPS]
#            LKIP    lkip binary (default: build/lkip under the repo root)
#            GROUPS  distinct groups = rows of the register (default: 1000000)
#
# It
#   1. writes $DATA_DIR/register_unique_<GROUPS>.csv unless it exists: the header
#      nik,kecamatan,jenis_kelamin,umur and GROUPS rows, each `nik` (16 digits, as an
#      Indonesian NIK) its own, in shuffled order (seed 42), about 6% of them quoted;
#   2. runs each tool RUNS times (best wall kept) under `/usr/bin/time -f '%e %M'`, warm
#      page cache, output to a file:
#        lkip      LKIP tabulate FILE --by nik -o out.csv          (all cores)
#        lkip1     the same with --jobs 1
#        duckdb    COPY (SELECT nik, count(*) AS jumlah FROM read_csv('FILE') GROUP BY nik
#                  ORDER BY nik) TO 'out.csv'                       (node, @duckdb/node-api, all cores)
#        pandas    pd.read_csv(FILE, usecols=['nik']).groupby('nik').size().to_csv('out.csv')
#   3. checks that every tool wrote the same groups and counts (header aside), and prints
#      tool, best wall s, peak RSS MB of that run.
#
# Env:     RUNS=3         runs per tool
#          TOOLS="lkip lkip1 duckdb pandas"
#          DATA_DIR=/tmp/bench-data
#          DUCKDB_NODE_DIR=/tmp/duck-tab   folder whose node_modules has @duckdb/node-api
#          PY=/usr/bin/python3             a python with pandas (Debian's python3-pandas)
# Install: apt-get update && apt-get install -y time nodejs npm python3-pandas
#          mkdir -p /tmp/duck-tab && cd /tmp/duck-tab && npm init -y && npm install @duckdb/node-api
#          Missing tools are reported and skipped.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lkip=$(realpath -m -- "${LKIP:-$root/build/lkip}")
groups=${1:-1000000}
[[ $groups =~ ^[1-9][0-9]*$ ]] || { echo "tabulate_groups.sh: GROUPS must be a positive integer, got '$groups'" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "tabulate_groups.sh: need /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
RUNS=${RUNS:-3}
TOOLS=${TOOLS:-"lkip lkip1 duckdb pandas"}
DATA_DIR=${DATA_DIR:-/tmp/bench-data}
export DUCKDB_NODE_DIR=${DUCKDB_NODE_DIR:-/tmp/duck-tab}
PY=${PY:-/usr/bin/python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

csv=$DATA_DIR/register_unique_$groups.csv
if [ ! -f "$csv" ]; then
  mkdir -p "$DATA_DIR"
  python3 - "$groups" "$csv.part" <<'PY'
import random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(42)
ids = list(range(n))
rng.shuffle(ids)
kecamatan = ["BEKASI TIMUR", "BEKASI BARAT", "BEKASI UTARA", "BEKASI SELATAN", "RAWALUMBU", "MEDAN SATRIA",
             "BANTARGEBANG", "PONDOKGEDE", "JATIASIH", "JATISAMPURNA", "MUSTIKA JAYA", "PONDOK MELATI"]
with open(path, "w") as out:
    out.write("nik,kecamatan,jenis_kelamin,umur\n")
    for i, id_ in enumerate(ids):
        nik = "3275%012d" % id_
        if rng.random() < 0.06:
            nik = '"%s"' % nik
        out.write("%s,%s,%s,%d\n" % (nik, kecamatan[i % 12], "LP"[i & 1], rng.randrange(90)))
PY
  mv "$csv.part" "$csv"
fi
cat "$csv" > /dev/null  # warm the page cache

cpu=$(grep -m1 -E '^(model name|Hardware|Processor)' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | xargs || true)
echo "machine: ${cpu:-unknown CPU}, $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, kernel $(uname -r)"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "file:    $csv ($(stat -c %s "$csv") bytes, $groups distinct nik)"
echo "lkip:    $lkip"

cat > "$tmp/group_count.js" <<'JS'
const { DuckDBInstance } = require(process.env.DUCKDB_NODE_DIR + '/node_modules/@duckdb/node-api');
(async () => {
  const [input, output] = process.argv.slice(2).map((path) => path.replace(/'/g, "''"));
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run(`COPY (SELECT nik, count(*) AS jumlah FROM read_csv('${input}') GROUP BY nik ORDER BY nik)
                        TO '${output}' (HEADER)`);
})();
JS
cat > "$tmp/group_count.py" <<'PY'
import sys
import pandas as pd
pd.read_csv(sys.argv[1], usecols=["nik"]).groupby("nik").size().rename("jumlah").to_csv(sys.argv[2])
PY

command_of() {  # TOOL OUT: the command line, or nothing when the tool is missing
  case $1 in
    lkip) [ -x "$lkip" ] && echo "$lkip tabulate $csv --by nik -o $2" ;;
    lkip1) [ -x "$lkip" ] && echo "$lkip tabulate $csv --by nik --jobs 1 -o $2" ;;
    duckdb) [ -d "$DUCKDB_NODE_DIR/node_modules/@duckdb/node-api" ] && echo "node $tmp/group_count.js $csv $2" ;;
    pandas) "$PY" -c 'import pandas' 2> /dev/null && echo "$PY $tmp/group_count.py $csv $2" ;;
    *) echo "tabulate_groups.sh: unknown tool $1" >&2 ;;
  esac
  return 0
}

echo
printf '%-8s %10s %14s  %s\n' tool "best wall" "peak RSS" check
reference=
for tool in $TOOLS; do
  out=$tmp/$tool.csv
  command=$(command_of "$tool" "$out")
  if [ -z "$command" ]; then
    printf '%-8s %s\n' "$tool" "not installed: skipped"
    continue
  fi
  best=
  for _ in $(seq "$RUNS"); do
    # shellcheck disable=SC2086  # the command is words without spaces on purpose
    if ! /usr/bin/time -f '%e %M' -o "$tmp/time" $command > /dev/null 2> "$tmp/err"; then
      echo "$tool failed: $(head -c 300 "$tmp/err")"
      continue 2
    fi
    read -r wall rss < "$tmp/time"
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$wall
      best_rss=$rss
    fi
  done
  # The groups and counts, header aside: the same lines in every tool's output.
  tail -n +2 "$out" | tr -d '"' > "$tmp/$tool.rows"
  if [ -z "$reference" ]; then
    reference=$tool
    check="reference ($(wc -l < "$tmp/$tool.rows") groups)"
  elif cmp -s "$tmp/$reference.rows" "$tmp/$tool.rows"; then
    check="same as $reference"
  else
    check="DIFFERS from $reference"
  fi
  printf '%-8s %8.2f s %11d MB  %s\n' "$tool" "$best" "$((best_rss / 1024))" "$check"
done
