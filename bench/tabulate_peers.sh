#!/usr/bin/env bash
# Compare `lkip tabulate` on a large person-level CSV with the tools a user would otherwise
# pick (cat/wc floor, DuckDB, pandas, sqlite3, miller), using the shared benchmark kit.
#
# Usage:   bench/tabulate_peers.sh [LKIP] [ROWS...]
#            LKIP  lkip binary (default: build/lkip under the repo root, as `make build` makes it; a relative path
#                  given here is taken relative to the current directory)
#            ROWS  row counts to test (default: 1000000 20000000)
#
# For each ROWS=N it
#   1. creates /tmp/bench-data/persons_<N>.csv (+ .expected.csv) with
#      `python3 $SHARED_BENCH/gen_persons.py --rows N --seed 42` unless it already exists;
#      <N> is written short when round: 1000000 -> persons_1m.csv, 20000000 -> persons_20m.csv,
#      50000 -> persons_50k.csv (the names the kit's README uses), otherwise the plain number;
#   2. runs `LKIP=<abs path> $SHARED_BENCH/peers.sh FILE` (tool / wall s / MB/s / peak RSS /
#      result check, best of RUNS=3, warm page cache);
#   3. if hyperfine is installed and LKIP is executable, times
#        LKIP tabulate FILE --by kecamatan --by status_kegiatan --where jenis_kelamin=P
#             --where 'umur>=15' --format csv            (all cores, and with --jobs 1)
#      with `hyperfine --warmup 2 --runs 10` and prints its markdown table and the medians, then
#      the peak RSS of one run of each (`/usr/bin/time -f '%M KB'`). If lkip has no working
#      `tabulate` command, this step is reported and skipped.
# The machine (CPU model, nproc, kernel) is printed first.
#
# Env:     SHARED_BENCH  the shared kit (default: <repo root>/../shared/bench)
#          TOOLS         peers.sh tool list (default: "cat wc lkip lkip1 duckdb duckdb1 pandas
#                        sqlite miller"); RUNS, PY, DUCKDB_NODE_DIR, REF are passed on to peers.sh
#          DATA_DIR      where the CSVs go (default: /tmp/bench-data)
#
# Install: the lines in the header of $SHARED_BENCH/peers.sh (Debian 12: time, sqlite3,
#          python3-pandas, miller, nodejs + npm, and @duckdb/node-api in /tmp/bench-duck), plus
#          `apt-get install -y hyperfine` for step 3. Tools that are missing are skipped.
#
# Duration (2-core VM): generating data ~2-4 s per million rows (45-75 s for 20M, 1.2 GB);
#          peers.sh ~20 s for 1M and ~3 min for 20M (sqlite and miller ~30 s each there);
#          step 3 is 24 runs of lkip per file. The default run takes about 5 minutes.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_lkip_arg "$@"
if [ ${#bench_args[@]} -gt 0 ]; then rows=("${bench_args[@]}"); else rows=(1000000 20000000); fi
for n in "${rows[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "tabulate_peers.sh: ROWS must be positive integers, got '$n'" >&2; exit 2; }
done

[ -x /usr/bin/time ] || { echo "tabulate_peers.sh: need /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
SHARED_BENCH=${SHARED_BENCH:-$root/../shared/bench}
[ -x "$SHARED_BENCH/peers.sh" ] || { echo "tabulate_peers.sh: no peers.sh in $SHARED_BENCH (set SHARED_BENCH)" >&2; exit 1; }
SHARED_BENCH=$(cd "$SHARED_BENCH" && pwd)
TOOLS=${TOOLS:-"cat wc lkip lkip1 duckdb duckdb1 pandas sqlite miller"}
DATA_DIR=${DATA_DIR:-/tmp/bench-data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

short() {  # 20000000 -> 20m, 50000 -> 50k, 1234 -> 1234
  local n=$1
  if (( n % 1000000 == 0 )); then echo "$((n / 1000000))m"
  elif (( n % 1000 == 0 )); then echo "$((n / 1000))k"
  else echo "$n"; fi
}

cpu=$(grep -m1 -E '^(model name|Hardware|Processor)' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | xargs || true)
echo "machine: ${cpu:-unknown CPU}, $(nproc) cores, kernel $(uname -r)"
echo "lkip:    $lkip$([ -x "$lkip" ] || echo ' (not found: lkip rows and timings are skipped)')"
echo "tools:   $TOOLS"

for n in "${rows[@]}"; do
  csv=$DATA_DIR/persons_$(short "$n").csv
  echo
  echo "=== $n rows: $csv"
  if [ ! -f "$csv" ] || [ ! -f "$csv.expected.csv" ]; then
    mkdir -p "$DATA_DIR"
    python3 "$SHARED_BENCH/gen_persons.py" --rows "$n" --seed 42 -o "$csv"
  fi

  TOOLS=$TOOLS LKIP=$lkip "$SHARED_BENCH/peers.sh" "$csv" || echo "(peers.sh exited with status $?)"

  [ -x "$lkip" ] || continue
  args=(tabulate "$csv" --by kecamatan --by status_kegiatan --where jenis_kelamin=P
        --where 'umur>=15' --format csv)
  rc=0
  "$lkip" "${args[@]}" > /dev/null 2> "$tmp/err" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "lkip tabulate failed (status $rc), timings skipped: $(head -c 200 "$tmp/err" | tr '\n' ' ')"
    continue
  fi
  if command -v hyperfine > /dev/null 2>&1; then
    all=$(printf '%q ' "$lkip" "${args[@]}")
    one=$(printf '%q ' "$lkip" "${args[@]}" --jobs 1)
    echo
    # `--export-markdown -` (stdout) needs hyperfine >= 1.16; Debian 12 has 1.15, which would
    # write a file named "-", so export to a temp file and print it.
    hyperfine --warmup 2 --runs 10 --export-markdown "$tmp/h.md" --export-json "$tmp/h.json" \
      -n "lkip tabulate (all cores)" "$all" -n "lkip tabulate --jobs 1" "$one"
    echo
    cat "$tmp/h.md"
    python3 - "$tmp/h.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("median %-28s %8.3f s" % (r["command"], r["median"]))
PY
  else
    echo "hyperfine not installed (apt-get install -y hyperfine): timings skipped"
  fi
  for jobs in "" "--jobs 1"; do
    # shellcheck disable=SC2086  # $jobs is empty or two words on purpose
    /usr/bin/time -f '%M KB' -o "$tmp/rss" "$lkip" "${args[@]}" $jobs > /dev/null 2>&1 \
      || echo "(exited with status $?)" >> "$tmp/rss"
    printf 'peak RSS lkip tabulate %-12s %s\n' "${jobs:-(all cores)}" "$(tr '\n' ' ' < "$tmp/rss")"
  done
done
