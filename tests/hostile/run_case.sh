#!/usr/bin/env bash
# Runs one hostile-input case: LKIP CASE_DIR.
#
# A case folder holds `setup` (bash, run in a fresh empty folder: it makes the
# (with lkip itself as $LKIP when it needs to)
# hostile input there, from the test projects named by $PROJECTS), `args`
# (one argument a line, run in that folder, so paths in messages are
# short and stable), the expected `exit` and `stderr` (both required: an
# empty `stderr` is the check that nothing is printed there), and optionally
# the expected `stdout` (without it stdout is not compared). Besides those,
# every case must end within its time limit (a hang fails), exit 0, 1 or 2
# (never a crash or a sanitizer report), leave no temporary file
# (.NAME.lkip-*) behind, and print no nan or inf.
# With LKIP_UPDATE_HOSTILE=1 it rewrites exit, stderr and an existing stdout
# (review them by eye).
set -u
source "$(dirname "$0")/../message_language.sh"
lkip=$(realpath "$1")
LKIP=$lkip  # setups may make their input with lkip itself
case_dir=$(realpath "$2")
export PROJECTS LKIP
PROJECTS=$(realpath "$(dirname "$0")/../golden/projects")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
if ! bash -euo pipefail "$case_dir/setup"; then echo "setup failed"; exit 1; fi
mapfile -t args < "$case_dir/args"
timeout "${LKIP_HOSTILE_TIMEOUT:-120}" "$lkip" "${args[@]}" >"$work/.stdout" 2>"$work/.stderr" </dev/null
code=$?
if [ "${LKIP_UPDATE_HOSTILE:-0}" = 1 ]; then
  cp "$work/.stderr" "$case_dir/stderr"
  if [ -f "$case_dir/stdout" ]; then cp "$work/.stdout" "$case_dir/stdout"; fi
  echo "$code" > "$case_dir/exit"
fi
status=0
for expected in stderr exit; do
  if [ ! -f "$case_dir/$expected" ]; then
    echo "no expected $expected: $case_dir/$expected is missing (every case states its stderr and exit; an empty stderr expects nothing printed; LKIP_UPDATE_HOSTILE=1 writes them)"
    status=1
  fi
done
[ $status = 0 ] || exit 1
case $code in
  0|1|2) ;;
  124) echo "hung: killed after ${LKIP_HOSTILE_TIMEOUT:-120} s"; status=1 ;;
  *) echo "exit code $code: a crash"; status=1 ;;
esac
if ! diff -u "$case_dir/stderr" "$work/.stderr"; then echo "stderr differs"; status=1; fi
if [ -f "$case_dir/stdout" ] && ! diff -u "$case_dir/stdout" "$work/.stdout"; then echo "stdout differs"; status=1; fi
expected_code=$(cat "$case_dir/exit")
if [ "$code" != "$expected_code" ]; then echo "exit code $code, expected $expected_code"; status=1; fi
if grep -aiqwE -- '-?(nan|inf|infinity)' "$work/.stdout" "$work/.stderr"; then echo "prints nan or inf"; status=1; fi
check_message_language "$lkip" "$code" "$work/.stdout" "$work/.stderr" "${args[@]}" || status=1
if [ -n "$(find . -name '*.lkip-*' -print -quit)" ]; then echo "left a temporary file behind"; status=1; fi
exit $status
