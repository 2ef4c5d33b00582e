#!/usr/bin/env bash
# Runs the fuzz targets built in BUILD_DIR (cmake -DLKIP_FUZZ=ON, see
# fuzz/README.md), each for SECONDS, starting from its committed corpus
# (fuzz/corpus/TARGET, replayed first: an input there that fails, fails the
# run). New inputs go to a scratch folder, never into the committed corpus.
#
#   fuzz/run.sh BUILD_DIR SECONDS [TARGET...]      (default: every target)
#
# Environment:
#   LKIP_FUZZ_WORK=DIR   keep corpora, logs and crash inputs in DIR/TARGET
#   LKIP_FUZZ_SEEDS=DIR  also start from DIR/TARGET (fuzz/make_seeds.py DIR)
#   LKIP_FUZZ_CAMPAIGN=1 long runs: a crash is saved and fuzzing goes on
#                        (libFuzzer's fork mode) instead of stopping
# Exit 0 when no target found anything; a line per target says what ran.
set -uo pipefail
build=$1
seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(csv_reader_fuzz number_fuzz project_loader_fuzz claims_reader_fuzz tabulate_differential_fuzz workbook_fuzz)
fi
work=${LKIP_FUZZ_WORK:-$(mktemp -d)}
status=0
for target in "${targets[@]}"; do
  binary="$build/fuzz/$target"
  if [ ! -x "$binary" ]; then echo "$target: not built in $build"; status=1; continue; fi
  mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
  corpora=("$work/$target/corpus" "$here/corpus/$target")
  if [ -n "${LKIP_FUZZ_SEEDS:-}" ] && [ -d "$LKIP_FUZZ_SEEDS/$target" ]; then corpora+=("$LKIP_FUZZ_SEEDS/$target"); fi
  flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
         -artifact_prefix="$work/$target/artifacts/")
  if [ "${LKIP_FUZZ_CAMPAIGN:-0}" = 1 ]; then flags+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1); fi
  "$binary" "${flags[@]}" "${corpora[@]}" >"$work/$target/log" 2>&1
  code=$?
  findings=$(find "$work/$target/artifacts" -type f | wc -l)
  runs=$(grep -a 'stat::number_of_executed_units' "$work/$target/log" | awk '{s += $2} END {print s + 0}')
  # Fork mode prints no final stats; its status lines start "#RUNS:".
  if [ "$runs" = 0 ]; then runs=$(grep -aoE '^#[0-9]+:' "$work/$target/log" | tail -1 | tr -d '#:'); fi
  coverage=$(grep -aoE 'cov: [0-9]+' "$work/$target/log" | tail -1)
  echo "$target: exit $code, $runs executions, ${coverage:-cov: ?} (edges), $findings findings"
  if [ "$code" != 0 ] || [ "$findings" != 0 ]; then
    status=1
    grep -aE 'ERROR|property broken|runtime error|SUMMARY' "$work/$target/log" | head -20
    echo "inputs: $work/$target/artifacts"
  fi
done
exit $status
