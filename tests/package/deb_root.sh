#!/usr/bin/env bash
# The lkip .deb on a Debian 12 machine that never built anything: a minimal
# bookworm root made with debootstrap (tests/debian_root.sh), the package
# installed there with apt-get (which fetches its Depends from the mirror:
# they must be complete), no compiler anywhere in the root, and then
# `lkip --version`, `lkip compute --contoh` (Rasio KDRT's capaian 296,04%),
# `lkip compute -o bab3.xlsx` in a copy of the reference project, and
# `man lkip` (with man-db added) showing the page's NAME line.
#
# Usage (as root): tests/package/deb_root.sh PATH/lkip_VERSION_ARCH.deb
#   LKIP_FRESH_DIR  as for tests/fresh/run.sh
# About 5 minutes: 4 of debootstrap, 40 s of apt-get; needs the network.
set -euo pipefail

if [ $# != 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 PATH/lkip_VERSION_ARCH.deb" >&2
  exit 2
fi
deb=$1
reference=$(dirname "$0")/../../data/bekasi-2020
source "$(dirname "$0")/../debian_root.sh"

install_package() {
  cp "$deb" "$root/tmp/"
  in_root apt-get update
  in_root apt-get install -y --no-install-recommends "/tmp/$(basename "$deb")" man-db
}

# The package's Depends are runtime libraries only: no compiler came with
# them (nor with minbase).
no_compiler() {
  local compiler
  for compiler in g++ gcc cc c++ clang; do
    if in_root sh -c "command -v $compiler"; then
      echo "FAIL: $compiler is in the root: the test would not show that lkip runs without build tools"
      return 1
    fi
  done
}

# expect_output WHAT EXPECTED COMMAND...: COMMAND (in the root) succeeds and
# prints a line holding EXPECTED.
expect_output() {
  local what=$1 expected=$2 output
  shift 2
  output=$(in_root "$@")
  if ! grep -qF -- "$expected" <<<"$output"; then
    printf 'FAIL: %s printed no line with "%s":\n%s\n' "$what" "$expected" "$output"
    return 1
  fi
  echo "$what: $(grep -F -- "$expected" <<<"$output" | head -n 1)"
}

run_lkip() {
  expect_output "lkip --version" "lkip $(dpkg-deb -f "$deb" Version)" lkip --version
  expect_output "lkip compute --contoh" "296,04%" lkip compute --contoh
  cp -r "$reference" "$root/tmp/bekasi"
  in_root sh -c 'cd /tmp/bekasi && lkip compute -o bab3.xlsx'
  # An XLSX is a ZIP: its first bytes are PK.
  if [ "$(head -c 2 "$root/tmp/bekasi/bab3.xlsx")" != PK ]; then
    echo "FAIL: lkip compute -o bab3.xlsx wrote no workbook"
    return 1
  fi
  echo "lkip compute -o bab3.xlsx: $(stat -c %s "$root/tmp/bekasi/bab3.xlsx") bytes"
  expect_output "man lkip" "lkip - the Bab III tables" env MANWIDTH=200 man -P cat lkip
}

main() {
  step debootstrap make_root
  mount_system
  step install install_package
  step "no compiler" no_compiler
  step "run lkip" run_lkip

  echo "$(basename "$deb") on a fresh Debian 12 ($mirror): installed with its Depends, runs without build tools"
  printf '  %s\n' "${summary[@]}"
}
main; exit
