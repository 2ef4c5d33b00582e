#!/usr/bin/env bash
# The jq examples of docs/json-output.md, run as written: in each ```console
# block a line "$ COMMAND" is run (with `lkip` the binary under test) and
# must print the lines after it, up to the next "$ " line or the block's end.
# Usage: json_examples.sh LKIP DOC
set -u
lkip_binary=$(realpath "$1")
doc=$(realpath "$2")
source "$(dirname "$0")/script_checks.sh"
command -v jq >/dev/null || { echo "FAIL: jq is not installed (make test-deps)"; exit 1; }
lkip() { "$lkip_binary" "$@"; }

examples=0
check_example() {
  [ -n "$command" ] || return 0
  examples=$((examples + 1))
  local actual
  actual=$(eval "$command" 2>&1 </dev/null)
  if [ "$actual" != "$expected" ]; then
    fail "$command"
    diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual")
  fi
}

in_block=0 command="" expected=""
while IFS= read -r line; do
  if [ $in_block = 0 ]; then
    [ "$line" = '```console' ] && in_block=1 command="" expected=""
    continue
  fi
  if [ "$line" = '```' ]; then
    check_example; in_block=0 command=""
  elif [[ $line == '$ '* ]]; then
    check_example; command=${line#\$ } expected=""
  else
    expected+=${expected:+$'\n'}$line
  fi
done < "$doc"

[ $examples -gt 0 ] || fail "no \`\`\`console example in $doc"
[ $failures = 0 ] && echo "$examples examples ran as documented"
exit $((failures > 0))
