#!/usr/bin/env bash
# lkip(1) as configured into the build folder: groff reads it without a
# warning, lexgrog (man-db's whatis) finds its NAME line, and it describes
# every option each command's --help lists.
#
# Usage: man_page_test.sh LKIP MAN_PAGE
set -u
lkip=$1
page=$2
status=0
warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
if [ -n "$warnings" ]; then
  echo "FAIL: groff warns about $page:"
  echo "$warnings"
  status=1
fi
if ! lexgrog "$page" | grep -qF ': "lkip - the Bab III tables of'; then
  echo "FAIL: lexgrog finds no NAME line in $page: $(lexgrog "$page")"
  status=1
fi
for command in init compute verify check convert tabulate; do
  if ! grep -qx "\.SS \"lkip $command.*\"" "$page"; then
    echo "FAIL: $page has no section for lkip $command"
    status=1
  fi
  # The options as the page writes them: \-\-tahun, \-o.
  for option in $("$lkip" "$command" --help | sed -n 's/^  \(-[^ ]*\).*/\1/p' | tr ',' '\n' | grep -vx -- '-h\|--help'); do
    if ! grep -qF -- "${option//-/\\-}" "$page"; then
      echo "FAIL: $page does not describe lkip $command $option"
      status=1
    fi
  done
done
[ "$status" = 0 ] && echo "lkip(1): no groff warning, its NAME line found, every option described"
exit "$status"
