#!/usr/bin/env bash
# Time `lkip rekap` and `lkip rekap --verify` over 10, 100 and 1,000 generated agency projects
# against what a user does today: a shell loop of single `lkip compute` / `lkip verify` runs,
# one after the other and two at a time (`xargs -P2`, the fairest loop on 2 cores).
#
# Usage:   bench/rekap.sh [LKIP] [COUNTS...]
#            LKIP    lkip binary (default: build/lkip under the repo root)
#            COUNTS  project counts (default: 10 100 1000)
#
# For each COUNT=N it generates $DATA_DIR/agencies_<N>/ with
# `bench/gen_agencies.py N DIR --seed 42` (20% of the projects with wrong claims; kept when it
# exists; with `--with-codes` into agencies_<N>_kode/ when lkip has rekap, which came with the
# indicator's "kode"), then prints one row per command: best wall time of RUNS (default 3) and the peak RSS
# of that run (/usr/bin/time -f '%e %M'; for a loop, the largest RSS of any one process, since
# /usr/bin/time reports the largest child), and the exit status; a command whose run takes 30 s
# or more is run once:
#   lkip rekap DIR --format json                        (all cores)
#   lkip rekap --verify DIR --format json
#   for p in DIR/*/; do lkip compute "$p" --format json; done
#   for p in DIR/*/; do lkip verify "$p" --format json; done
#   the same two loops through `xargs -P2`
# Output goes to /dev/null. Expected exit statuses: rekap 0, rekap --verify 1 (some projects have
# wrong claims), the verify loops 1 (the last failing `lkip verify`; xargs says 123).
# If `lkip rekap --help` fails (before rekap exists), the rekap rows are skipped with a note.
#
# Env:     RUNS (3), DATA_DIR (/tmp/bench-data), SEED (42)
# Needs:   python3, /usr/bin/time (apt-get install -y time), xargs
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_lkip_arg "$@"
if [ ${#bench_args[@]} -gt 0 ]; then counts=("${bench_args[@]}"); else counts=(10 100 1000); fi
DATA_DIR=${DATA_DIR:-/tmp/bench-data}
SEED=${SEED:-42}
[ -x "$lkip" ] || { echo "rekap.sh: no lkip binary at $lkip" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "rekap.sh: need /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Time a copy: a build replacing the binary during the loops makes exec fail (xargs exits 126).
cp "$lkip" "$tmp/lkip"
lkip_given=$lkip
lkip=$tmp/lkip

row() {  # label, command...
  local label=$1 wall rss status
  shift
  read -r wall rss status < <(measure "$@")
  printf '| %-44s | %7s s | %8.1f MB | %3s |\n' "$label" "$wall" "$(awk -v k="$rss" 'BEGIN{print k/1024}')" "$status"
}

has_rekap=1
"$lkip" rekap --help > /dev/null 2>&1 || has_rekap=0

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "lkip:    $lkip_given ($("$lkip" --version 2>/dev/null | head -1), timed from a copy)"
[ "$has_rekap" = 1 ] || echo "note:    \`lkip rekap --help\` fails: this lkip has no rekap, its rows are skipped"
codes=(); suffix=""
[ "$has_rekap" = 1 ] && { codes=(--with-codes); suffix=_kode; }
for n in "${counts[@]}"; do
  dir=$DATA_DIR/agencies_$n$suffix
  if [ ! -d "$dir" ]; then
    mkdir -p "$DATA_DIR"
    python3 "$root/bench/gen_agencies.py" "$n" "$dir" --seed "$SEED" "${codes[@]}"
  fi
  echo
  echo "=== $n projects in $dir ($(du -sh "$dir" | cut -f1), $(find "$dir" -name '*.csv' | wc -l) CSV files)"
  echo '| command                                      | wall (best of '"${RUNS:-3}"') | peak RSS | exit |'
  echo '|---|---|---|---|'
  if [ "$has_rekap" = 1 ]; then
    row "lkip rekap DIR" "$lkip" rekap "$dir" --format json
    row "lkip rekap --verify DIR" "$lkip" rekap --verify "$dir" --format json
    row "lkip rekap --verify --jobs 1 DIR" "$lkip" rekap --verify --jobs 1 "$dir" --format json
  fi
  export LKIP_BIN=$lkip DIR=$dir
  # shellcheck disable=SC2016  # expanded by the inner shell
  row "loop: lkip compute each" bash -c 'for p in "$DIR"/*/; do "$LKIP_BIN" compute "$p" --format json > /dev/null; done'
  # shellcheck disable=SC2016
  row "loop: lkip verify each" bash -c 's=0; for p in "$DIR"/*/; do "$LKIP_BIN" verify "$p" --format json > /dev/null || s=$?; done; exit $s'
  # shellcheck disable=SC2016
  row "xargs -P2: lkip compute each" bash -c 'printf "%s\0" "$DIR"/*/ | xargs -0 -P2 -I{} "$LKIP_BIN" compute {} --format json > /dev/null'
  # shellcheck disable=SC2016
  row "xargs -P2: lkip verify each" bash -c 'printf "%s\0" "$DIR"/*/ | xargs -0 -P2 -I{} "$LKIP_BIN" verify {} --format json > /dev/null'
done
