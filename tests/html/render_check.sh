#!/usr/bin/env bash
# Renders an `lkip compute --format html` page in headless Chromium, with the
# network blocked, and checks what a reader would get: the DOM Chromium built
# holds the same tables, rows, headings and charts as the page lkip wrote (no
# input text turned into markup), no script, and the page prints on A4.
#
#   render_check.sh LKIP CHROMIUM OUT_DIR MIN_CHARTS [PROJECT]
#
# Leaves OUT_DIR/page.html, dom.html, page.png (1280 px wide) and page.pdf.
set -u
lkip=$1 chromium=$2 out_dir=$3 min_charts=$4
shift 4
mkdir -p "$out_dir" && out_dir=$(cd "$out_dir" && pwd)  # file:// wants an absolute path
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

"$lkip" compute "$@" --format html >"$out_dir/page.html"
code=$?
[ $code = 0 ] || { echo "FAIL: lkip compute $* --format html exited $code"; exit 1; }
: >"$out_dir/chromium.log"

# No request can leave the machine: every host resolves to nothing, and
# anything that still tries goes to a closed local port.
run_chromium() {
  timeout 120 "$chromium" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-extensions \
    --user-data-dir="$profile" --host-resolver-rules="MAP * ~NOTFOUND" --proxy-server=127.0.0.1:9 \
    --hide-scrollbars "$@" "file://$out_dir/page.html" 2>>"$out_dir/chromium.log"
}

run_chromium --dump-dom >"$out_dir/dom.html" || fail "chromium --dump-dom exited $?"

# Elements, counted by their start tag.
count() { grep -o -i -E "<$1[ >]" "$2" | wc -l; }

for element in table thead tr th td h1 h2 section figure svg rect polyline circle ul li nav a style; do
  in_page=$(count "$element" "$out_dir/page.html")
  in_dom=$(count "$element" "$out_dir/dom.html")
  [ "$in_page" = "$in_dom" ] || fail "<$element>: $in_page in the page, $in_dom in Chromium's DOM"
done
charts=$(count svg "$out_dir/dom.html")
[ "$charts" -ge "$min_charts" ] || fail "$charts charts drawn, expected at least $min_charts"
for element in script img iframe object embed link base; do
  [ "$(count "$element" "$out_dir/dom.html")" = 0 ] || fail "a <$element> element in the DOM"
done
grep -q -i 'http' "$out_dir/page.html" && fail "an address in the page"

run_chromium --window-size=1280,2400 --screenshot="$out_dir/page.png" >/dev/null || fail "chromium --screenshot exited $?"
[ "$(head -c 8 "$out_dir/page.png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
  fail "no PNG screenshot"

run_chromium --no-pdf-header-footer --print-to-pdf="$out_dir/page.pdf" >/dev/null || fail "chromium --print-to-pdf exited $?"
[ "$(head -c 5 "$out_dir/page.pdf" 2>/dev/null)" = "%PDF-" ] || fail "no PDF"
# A4 is 595.3 × 841.9 points (Chromium rounds it to whole pixels: 594.96 ×
# 841.92); Letter, the default without @page, would be 612 × 792.
grep -a -q -E '/MediaBox \[0 0 59[456](\.[0-9]+)? 84[123](\.[0-9]+)?\]' "$out_dir/page.pdf" ||
  fail "the PDF pages are not A4"

[ $status = 0 ] && echo "ok: $charts charts; $out_dir/page.png, $out_dir/page.pdf"
exit $status
