#!/usr/bin/env bash
# Runs one golden case: LKIP CASE_DIR. Compares stdout, stderr and the exit
# code with the case's `stdout`, `stderr` and `exit`; all three must exist
# (an empty `stderr` is the check that nothing is printed there, not a
# skipped check). With LKIP_UPDATE_GOLDEN=1 it rewrites the expected files
# instead (review them by eye before committing).
set -u
source "$(dirname "$0")/../message_language.sh"
lkip=$1
case_dir=$2
mapfile -t args < "$case_dir/args"
actual_out=$(mktemp); actual_err=$(mktemp)
trap 'rm -f "$actual_out" "$actual_err"' EXIT
"$lkip" "${args[@]}" >"$actual_out" 2>"$actual_err" </dev/null
code=$?
if [ "${LKIP_UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$actual_out" "$case_dir/stdout"
  cp "$actual_err" "$case_dir/stderr"
  echo "$code" > "$case_dir/exit"
  exit 0
fi
status=0
for expected in stdout stderr exit; do
  if [ ! -f "$case_dir/$expected" ]; then
    echo "no expected $expected: $case_dir/$expected is missing (every case states its stdout, stderr and exit; an empty file expects nothing printed; LKIP_UPDATE_GOLDEN=1 writes them)"
    status=1
  fi
done
[ $status = 0 ] || exit 1
if ! diff -u "$case_dir/stdout" "$actual_out"; then echo "stdout differs"; status=1; fi
if ! diff -u "$case_dir/stderr" "$actual_err"; then echo "stderr differs"; status=1; fi
expected_code=$(cat "$case_dir/exit")
if [ "$code" != "$expected_code" ]; then echo "exit code $code, expected $expected_code"; status=1; fi
check_message_language "$lkip" "$code" "$actual_out" "$actual_err" "${args[@]}" || status=1
exit $status
