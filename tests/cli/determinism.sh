#!/usr/bin/env bash
# The same input gives byte-identical output in every format: compute (text,
# md, json, csv, html, xlsx, docx), verify and check (text, md, json, csv) and
# tabulate (every format, on 1 and 2 threads). Each is made twice, the
# second time a second later, in another folder, time zone and locale: a
# timestamp, a locale-dependent format or an unordered iteration would show
# as a difference.
# Usage: determinism.sh LKIP
set -u
lkip=$(realpath "$1")
register=$(realpath "$(dirname "$0")/../golden/projects/records/penduduk.csv")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# run_all FOLDER: every output into FOLDER.
run_all() {
  local out=$1
  mkdir -p "$out" && cd "$out" || exit 1
  for format in text md json html; do "$lkip" compute --contoh --format "$format" > "compute.$format"; done
  "$lkip" compute --contoh -o compute.xlsx
  "$lkip" compute --contoh -o compute.docx
  "$lkip" compute --contoh --angka en --lang en -o compute-en.docx
  "$lkip" compute --contoh -o compute-csv/
  "$lkip" compute --contoh --angka en --lang en --format json > compute-en.json
  for format in text md json csv; do
    "$lkip" verify --contoh --format "$format" > "verify.$format"
    "$lkip" check --contoh --format "$format" > "check.$format"
  done
  for jobs in 1 2; do
    for format in text md json csv html; do
      "$lkip" tabulate "$register" --by kecamatan --by jenis_kelamin --where 'umur>=15' --jobs "$jobs" \
        --format "$format" > "tabulate-$jobs.$format"
    done
    for format in xlsx docx; do
      "$lkip" tabulate "$register" --by kecamatan --by jenis_kelamin --jobs "$jobs" -o "tabulate-$jobs.$format"
    done
  done
}

(TZ=UTC LC_ALL=C LANG=C run_all "$work/first")
sleep 1.1
(TZ=Asia/Jakarta LC_ALL=C.UTF-8 LANG=id_ID.UTF-8 run_all "$work/second")

count=0
while IFS= read -r -d '' file; do
  name=${file#"$work/first/"}
  count=$((count + 1))
  if ! cmp -s "$file" "$work/second/$name"; then echo "FAIL: $name differs between runs"; failures=$((failures + 1)); fi
  if [ ! -s "$file" ] && [[ "$name" != verify.* ]]; then echo "FAIL: $name is empty"; failures=$((failures + 1)); fi
done < <(find "$work/first" -type f -print0)
# The threads change nothing either.
for format in text md json csv html xlsx docx; do
  cmp -s "$work/first/tabulate-1.$format" "$work/first/tabulate-2.$format" \
    || { echo "FAIL: tabulate.$format differs between 1 and 2 threads"; failures=$((failures + 1)); }
done
echo "$count outputs compared"
[ "$count" -ge 40 ] || { echo "FAIL: only $count outputs made"; failures=$((failures + 1)); }
exit $((failures > 0))
