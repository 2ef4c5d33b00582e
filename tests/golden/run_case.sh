#!/usr/bin/env bash
# Runs one golden case: LKIP CASE_DIR. Compares stdout, stderr (when the case
# has an expected one) and the exit code. With LKIP_UPDATE_GOLDEN=1 it
# rewrites the expected files instead (review them by eye before committing).
set -u
lkip=$1
case_dir=$2
mapfile -t args < "$case_dir/args"
actual_out=$(mktemp); actual_err=$(mktemp)
trap 'rm -f "$actual_out" "$actual_err"' EXIT
"$lkip" "${args[@]}" >"$actual_out" 2>"$actual_err" </dev/null
code=$?
if [ "${LKIP_UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$actual_out" "$case_dir/stdout"
  [ -s "$actual_err" ] && cp "$actual_err" "$case_dir/stderr" || rm -f "$case_dir/stderr"
  echo "$code" > "$case_dir/exit"
  exit 0
fi
status=0
if ! diff -u "$case_dir/stdout" "$actual_out"; then echo "stdout differs"; status=1; fi
if [ -f "$case_dir/stderr" ]; then
  if ! diff -u "$case_dir/stderr" "$actual_err"; then echo "stderr differs"; status=1; fi
fi
expected_code=$(cat "$case_dir/exit")
if [ "$code" != "$expected_code" ]; then echo "exit code $code, expected $expected_code"; status=1; fi
exit $status
