#!/usr/bin/env bash
# Wall time and peak memory of `lkip verify` (344 claims and the data
# checks) and `lkip check` on the embedded reference project.
# Usage: bench/verify_reference.sh [LKIP]
set -euo pipefail
lkip=${1:-build/lkip}
runs=50
for args in "verify --contoh" "verify --contoh --all --format json" "check --contoh"; do
  best=""
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    # shellcheck disable=SC2086  # the arguments are meant to split
    "$lkip" $args >/dev/null || true
    elapsed=$(( ($(date +%s%N) - start) / 1000 ))
    if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
  done
  # shellcheck disable=SC2086
  rss=$( { /usr/bin/time -f '%M' "$lkip" $args >/dev/null || true; } 2>&1 | tail -1)
  printf '%-28s best of %d: %6.2f ms   peak RSS: %s KB\n' "$args" "$runs" "$(echo "$best / 1000" | bc -l)" "$rss"
done
