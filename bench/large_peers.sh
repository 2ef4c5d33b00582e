#!/usr/bin/env bash
# Large inputs against DuckDB and pandas, in one run:
#   (a) table:  a data table of 1,000,000 rows whose column totals are three indicators'
#               realisasi (komponen, "jumlah"): `lkip compute` vs DuckDB `SELECT sum(..)` and
#               pandas `read_csv(..).sum()` over the same CSV;
#   (b) iku:    a project of 5,000 indicators (persentase, target and realisasi given):
#               `lkip compute` vs DuckDB and pandas computing round(realisasi / target * 100, 2)
#               over a CSV of the same 5,000 rows. Not a like-for-like peer: lkip reads and checks a
#               5,000-indicator lkip.json and lays out the report (capaian table, sasaran averages,
#               bands, KET), exactly; the peers do one division per row in binary floating point.
#               It says what that one formula costs in a columnar engine, nothing more;
#   (c) groups: `lkip tabulate FILE --by nik` over a register of 1,000,000 persons, one group per
#               person, vs DuckDB `GROUP BY nik` and pandas `groupby('nik').size()`.
# Each row: tool, wall (best of RUNS=3, once for a run of 30 s or more), peak RSS
# (/usr/bin/time -f '%e %M'), exit status, and whether its result agrees with lkip's (or, when
# lkip refuses the input, with the generator's expected figures):
#   (a) the three column sums, exactly (integers);
#   (b) every capaian at 2 decimals as printed: lkip rounds the exact fraction half away from
#       zero, the peers round a double (DuckDB half away from zero, pandas half to even), so a
#       difference in the last digit is possible at .xx5; the count of differing rows is shown;
#   (c) the number of groups and the sorted (nik, count) list, compared by its checksum.
# lkip's refusals today (a table past 20,000 rows; tabulate past its group limit) are shown as
# such: the row says `refused` with lkip's message.
#
# Usage:   bench/large_peers.sh [LKIP]
# Env:     RUNS (3), DATA_DIR (/tmp/bench-data), SHARED_BENCH (<repo>/../shared/bench, for
#          gen_persons.py), DUCKDB_NODE_DIR (/tmp/duck-bench), PY (/usr/bin/python3, with pandas)
# Install: apt-get update && apt-get install -y time python3-pandas nodejs npm
#          mkdir -p /tmp/duck-bench && cd /tmp/duck-bench && npm init -y && npm install @duckdb/node-api
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_lkip_arg "$@"
DATA_DIR=${DATA_DIR:-/tmp/bench-data}
SHARED_BENCH=${SHARED_BENCH:-$root/../shared/bench}
export DUCKDB_NODE_DIR=${DUCKDB_NODE_DIR:-/tmp/duck-bench}
PY=${PY:-/usr/bin/python3}
[ -x "$lkip" ] || { echo "large_peers.sh: no lkip binary at $lkip" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "large_peers.sh: need /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
have_duckdb=1; [ -d "$DUCKDB_NODE_DIR/node_modules/@duckdb/node-api" ] && command -v node > /dev/null || have_duckdb=0
have_pandas=1; "$PY" -c 'import pandas' 2> /dev/null || have_pandas=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$DATA_DIR"

timed() { measure "$@" > "$tmp/measure"; }   # see common.sh; the figures go to $tmp/measure

# row LABEL CHECK: one table row from $tmp/measure; CHECK is the agreement column
row() {
  local wall rss status
  read -r wall rss status < "$tmp/measure"
  printf '| %-40s | %7s s | %8.1f MB | %4s | %s |\n' "$1" "$wall" "$(awk -v k="$rss" 'BEGIN{print k/1024}')" \
    "$status" "$2"
}

header() {
  echo
  echo "=== $1"
  echo "| tool | wall (best of ${RUNS:-3}) | peak RSS | exit | result |"
  echo '|---|---|---|---|---|'
}

# DuckDB through node (the shared kit's way): `node $tmp/duck.js SQL` prints the rows as CSV
cat > "$tmp/duck.js" <<'JS'
const { DuckDBInstance } = require(process.env.DUCKDB_NODE_DIR + "/node_modules/@duckdb/node-api");
(async () => {
  const con = await (await DuckDBInstance.create(":memory:")).connect();
  const rows = (await con.runAndReadAll(process.argv[2])).getRows();
  if (rows.length) console.log(rows.map(r => r.map(String).join(",")).join("\n"));
})();
JS
duck() { node "$tmp/duck.js" "$@"; }

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "lkip:    $lkip ($("$lkip" --version 2>/dev/null | head -1))"
echo "peers:   DuckDB $([ $have_duckdb = 1 ] && duck 'SELECT version()' || echo 'missing'), pandas $([ $have_pandas = 1 ] && "$PY" -c 'import pandas; print(pandas.__version__)' || echo 'missing')"

# --- (a) a data table of 1,000,000 rows --------------------------------------------------------
big=$DATA_DIR/large_table_1m
if [ ! -f "$big/lkip.json" ]; then
  python3 "$root/bench/gen_large.py" table "$big"
fi
expected=$(cat "$big/expected.txt")
header "(a) 1,000,000-row data table ($(du -h "$big/desa.csv" | cut -f1)): three column totals, expected $expected"
lkip_realisasi() {  # the realisasi column of Tabel 3.1 (csv, en style), comma-separated, without separators
  python3 -c '
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["indikator"]]
print(",".join(r["realisasi"].replace(",", "") for r in rows))' "$1"
}
timed "$lkip" compute "$big" --tabel capaian --format csv --angka en
read -r _ _ status < "$tmp/measure"
if [ "$status" = 0 ]; then
  got=$(lkip_realisasi "$tmp/out")
  row "lkip compute --tabel capaian" "$([ "$got" = "$expected" ] && echo "agrees: $got" || echo "DIFFERS: $got")"
else
  row "lkip compute --tabel capaian" "refused: $(grep -m1 'error' "$tmp/err" | cut -c1-160)"
fi
if [ $have_duckdb = 1 ]; then
  timed node "$tmp/duck.js" "SELECT sum(SASARAN), sum(TERCAPAI), sum(JUMLAH) FROM read_csv('$big/desa.csv', delim=';', header=true)"
  got=$(tr -d '\n' < "$tmp/out")
  row "DuckDB sum()" "$([ "$got" = "$expected" ] && echo agrees || echo "DIFFERS: $got")"
fi
if [ $have_pandas = 1 ]; then
  timed "$PY" -c '
import sys, pandas as pd
s = pd.read_csv(sys.argv[1], sep=";", usecols=["SASARAN", "TERCAPAI", "JUMLAH"]).sum()
print("%d,%d,%d" % (s["SASARAN"], s["TERCAPAI"], s["JUMLAH"]))' "$big/desa.csv"
  got=$(tr -d '\n' < "$tmp/out")
  row "pandas read_csv().sum()" "$([ "$got" = "$expected" ] && echo agrees || echo "DIFFERS: $got")"
fi

# --- (b) a project of 5,000 indicators ---------------------------------------------------------
many=$DATA_DIR/many_iku_5000
if [ ! -f "$many/lkip.json" ]; then
  python3 "$root/bench/gen_large.py" iku "$many"
fi
header "(b) 5,000 indicators: capaian = realisasi / target x 100 at 2 decimals"
timed "$lkip" compute "$many" --tabel capaian --format csv --angka en
# lkip's capaian per IKU (the capaian table lists the IKU in order, then the RATA-RATA row)
if read -r _ _ status < "$tmp/measure" && [ "$status" = 0 ]; then
  python3 -c '
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["indikator"]]
for n, r in enumerate(rows, 1):
    print("IKU%d,%s" % (n, r["capaian"].rstrip("%")))' "$tmp/out" > "$tmp/lkip_capaian"
  row "lkip compute --tabel capaian --format csv" "$(wc -l < "$tmp/lkip_capaian") capaian"
else
  row "lkip compute --tabel capaian --format csv" "refused: $(grep -m1 'error' "$tmp/err" | cut -c1-160)"
  : > "$tmp/lkip_capaian"
fi
timed "$lkip" compute "$many" --format json
row "lkip compute --format json (all tables)" "$(wc -c < "$tmp/out") bytes"
compare_capaian() {  # the peer's "id,capaian" lines in $tmp/out against lkip's
  python3 -c '
import sys
lkip = dict(l.strip().split(",", 1) for l in open(sys.argv[1]) if l.strip())
peer = dict(l.strip().split(",", 1) for l in open(sys.argv[2]) if l.strip())
if not lkip:
    print("%d rows (lkip gave none to compare)" % len(peer)); sys.exit()
differ = [k for k in lkip if "%.2f" % float(peer.get(k, "nan")) != lkip[k]]
print("agrees on all %d" % len(lkip) if not differ else "%d of %d differ in the last digit (e.g. %s: lkip %s, peer %s)"
      % (len(differ), len(lkip), differ[0], lkip[differ[0]], peer.get(differ[0])))' "$tmp/lkip_capaian" "$tmp/out"
}
if [ $have_duckdb = 1 ]; then
  timed node "$tmp/duck.js" "SELECT id, round(realisasi / target * 100, 2) FROM read_csv('$many/iku.csv', header=true,
                  columns={'id': 'VARCHAR', 'target': 'DECIMAL(18,2)', 'realisasi': 'DECIMAL(18,2)'})"
  row "DuckDB round(r / t * 100, 2)" "$(compare_capaian)"
fi
if [ $have_pandas = 1 ]; then
  timed "$PY" -c '
import sys, pandas as pd
df = pd.read_csv(sys.argv[1])
df["capaian"] = (df["realisasi"] / df["target"] * 100).round(2)
print(df[["id", "capaian"]].to_csv(index=False, header=False), end="")' "$many/iku.csv"
  row "pandas (r / t * 100).round(2)" "$(compare_capaian)"
fi

# --- (c) tabulate with 1,000,000 groups --------------------------------------------------------
persons=$DATA_DIR/persons_1m.csv
if [ ! -f "$persons" ]; then
  [ -f "$SHARED_BENCH/gen_persons.py" ] || { echo "large_peers.sh: no gen_persons.py in $SHARED_BENCH" >&2; exit 1; }
  python3 "$SHARED_BENCH/gen_persons.py" --rows 1000000 --seed 42 -o "$persons"
fi
header "(c) tabulate --by nik over $persons ($(du -h "$persons" | cut -f1)): one group per person"
groups_digest() {  # "groups=N checksum" of "nik,count" lines (header dropped), sorted
  local f=$1
  echo "groups=$(wc -l < "$f") $(LC_ALL=C sort "$f" | md5sum | cut -c1-12)"
}
timed "$lkip" tabulate "$persons" --by nik --format csv
if read -r _ _ status < "$tmp/measure" && [ "$status" = 0 ]; then
  tail -n +2 "$tmp/out" > "$tmp/lkip_groups"
  lkip_digest=$(groups_digest "$tmp/lkip_groups")
  row "lkip tabulate --by nik" "$lkip_digest"
else
  lkip_digest=""
  row "lkip tabulate --by nik" "refused: $(grep -m1 'error' "$tmp/err" | cut -c1-160)"
fi
agree() { [ -z "$lkip_digest" ] && echo "$1" || { [ "$1" = "$lkip_digest" ] && echo "agrees ($1)" || echo "DIFFERS: $1"; }; }
if [ $have_duckdb = 1 ]; then
  timed node "$tmp/duck.js" "SELECT nik, count(*) FROM read_csv('$persons', header=true, all_varchar=true) GROUP BY nik"
  cp "$tmp/out" "$tmp/peer_groups"
  row "DuckDB GROUP BY nik" "$(agree "$(groups_digest "$tmp/peer_groups")")"
fi
if [ $have_pandas = 1 ]; then
  timed "$PY" -c '
import sys, pandas as pd
sizes = pd.read_csv(sys.argv[1], usecols=["nik"], dtype=str).groupby("nik").size()
sys.stdout.write(sizes.to_csv(header=False))' "$persons"
  cp "$tmp/out" "$tmp/peer_groups"
  row "pandas groupby(nik).size()" "$(agree "$(groups_digest "$tmp/peer_groups")")"
fi
