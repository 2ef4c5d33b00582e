#!/usr/bin/env bash
# lkip.exe under Wine, checked as the Linux binary is:
#   1. every golden case (tests/golden) and every hostile case
#      (tests/hostile/cases), by their own runners, against the same expected
#      stdout, stderr and exit code as on Linux; a case that must differ on
#      Windows is listed in tests/windows/differences with its reason
#      (docs/limits.md says the same) and not run;
#   2. tests/cli/output_files.sh (what -o writes, and how it fails);
#   3. tests/windows/windows_behaviour.sh (UTF-8 folder names, the Linux
#      binary's bytes, CRLF inputs, atomic -o, tabulate's threads, LibreOffice
#      opening the XLSX and DOCX);
#   4. the Catch2 unit tests, when the Windows build made them.
# Usage: tests/windows/run.sh BUILD_WINDOWS_DIR LINUX_LKIP
# Wine runs in a prefix of its own (BUILD_WINDOWS_DIR/wine), made at the
# first run (about 5 s), with one wineserver kept for all the runs.
set -uo pipefail
build=$(realpath "$1")
linux_lkip=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export LKIP_EXE=$build/lkip.exe
export WINEPREFIX=$build/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Wine takes the code page of narrow file names from the Unix locale, while
# GetACP() follows lkip.exe's manifest (UTF-8). A UTF-8 locale makes the two
# agree, as they do on Windows 10 1903 and later.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
wine=${WINE:-/usr/lib/wine/wine64}
wineserver=${WINESERVER:-/usr/lib/wine/wineserver}
lkip_wine=$here/lkip-wine
jobs=${JOBS:-$(nproc)}
if [ ! -f "$LKIP_EXE" ]; then echo "tests/windows/run.sh: no $LKIP_EXE (run make windows)" >&2; exit 2; fi

summary=()
failed=0
# step NAME COMMAND...: runs a step, says how long it took and whether it passed.
step() {
  local name=$1 start=$SECONDS
  shift
  echo "== $name"
  if "$@"; then result=passed; else result=FAILED; failed=1; fi
  summary+=("$(printf '%-26s %-7s %4d s' "$name" "$result" $((SECONDS - start)))")
}

# The cases under FOLDER not listed in differences, each run by RUNNER;
# prints the failures with their output.
run_cases() {
  local runner=$1 folder=$2 skipped
  skipped=$(sed -n 's/^\([^#[:space:]][^[:space:]]*\).*/\1/p' "$here/differences")
  find "$folder" -mindepth 1 -maxdepth 1 -type d -exec test -f '{}/args' ';' -print | sort |
    grep -vxFf <(printf '%s\n' "$skipped" | sed "s|^|$folder/|") |
    xargs -P "$jobs" -I{} bash -c 'out=$("$0" "$1" "{}" 2>&1) || { echo "--- FAIL {}"; echo "$out"; exit 1; }' \
      "$runner" "$lkip_wine"
}

"$wineserver" -p  # persistent: each run of lkip.exe starts in about 0.1 s
"$wine" cmd /c exit > /dev/null 2>&1 || true  # makes the prefix
step "golden cases" run_cases "$root/tests/golden/run_case.sh" "$root/tests/golden"
step "hostile cases" run_cases "$root/tests/hostile/run_case.sh" "$root/tests/hostile/cases"
step "cli output files" env LKIP_PLATFORM=windows "$root/tests/cli/output_files.sh" "$lkip_wine"
step "windows behaviour" "$here/windows_behaviour.sh" "$lkip_wine" "$linux_lkip"
if [ -f "$build/tests/lkip_tests.exe" ]; then
  step "unit tests" "$wine" "$build/tests/lkip_tests.exe"
fi
"$wineserver" -k || true
printf '%s\n' "${summary[@]}"
exit $failed
