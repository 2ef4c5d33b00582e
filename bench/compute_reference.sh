#!/usr/bin/env bash
# Wall time and peak memory of `lkip compute` on the embedded reference
# project, in each output format. Usage: bench/compute_reference.sh [LKIP]
set -euo pipefail
lkip=${1:-build/lkip}
runs=50
for format in text md json; do
  best=""
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$lkip" compute --format "$format" >/dev/null
    elapsed=$(( ($(date +%s%N) - start) / 1000 ))
    if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
  done
  rss=$(/usr/bin/time -f '%M' "$lkip" compute --format "$format" 2>&1 >/dev/null | tail -1)
  printf '%-5s best of %d: %6.2f ms   peak RSS: %s KB\n' "$format" "$runs" "$(echo "$best / 1000" | bc -l)" "$rss"
done
