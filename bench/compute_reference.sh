#!/usr/bin/env bash
# Wall time and peak memory of `lkip compute` on the embedded reference
# project, in each output format (csv: one file per table into a folder;
# xlsx: to a file). Usage: bench/compute_reference.sh [LKIP]
set -euo pipefail
lkip=$(realpath "${1:-build/lkip}")
runs=50
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for format in text md json csv html xlsx; do
  case $format in
    csv) args=(-o "$out/tabel/") ;;
    xlsx) args=(-o "$out/bab3.xlsx") ;;
    *) args=(--format "$format") ;;
  esac
  best=""
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$lkip" compute --contoh "${args[@]}" >/dev/null
    elapsed=$(( ($(date +%s%N) - start) / 1000 ))
    if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
  done
  rss=$(/usr/bin/time -f '%M' "$lkip" compute --contoh "${args[@]}" 2>&1 >/dev/null | tail -1)
  printf '%-5s best of %d: %6.2f ms   peak RSS: %s KB\n' "$format" "$runs" "$(echo "$best / 1000" | bc -l)" "$rss"
done
