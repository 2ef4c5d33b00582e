#!/usr/bin/env bash
# bench/gen_agencies.py writes projects lkip accepts: with a fixed seed, every
# project but the broken one checks clean and computes; verify exits 0 on the
# clean ones and 1 on those with injected wrong claims, and finds each of
# them (at its line of klaim.csv) and nothing else; the broken one is an
# input error (2). The same seed writes the same bytes.
# Usage: gen_agencies.sh LKIP GEN_AGENCIES_PY
set -u
lkip=$(realpath "$1")
generator=$(realpath "$2")
source "$(dirname "$0")/script_checks.sh"

python3 "$generator" 6 projects --seed 7 --error-share 0.5 --broken 1 --manifest manifest.csv > summary.txt ||
  fail "the generator failed"
grep -qx "6 projects in projects: 1 clean, 4 with wrong claims, 1 broken" summary.txt ||
  fail "unexpected summary: $(cat summary.txt)"
python3 "$generator" 6 again --seed 7 --error-share 0.5 --broken 1 > /dev/null
diff -r projects again > /dev/null || fail "the same seed wrote different projects"

tail -n +2 manifest.csv > states.csv
[ "$(wc -l < states.csv)" = 6 ] || fail "manifest lists $(wc -l < states.csv) projects, expected 6"
while IFS=';' read -r folder state wrong kinds; do
  project=projects/$folder
  case $state in
    broken)
      expect_exit 2 "$lkip" check "$project"
      expect_exit 2 "$lkip" verify "$project" ;;
    clean)
      expect_exit 0 "$lkip" check "$project"
      expect_exit 0 "$lkip" compute "$project" --format json
      expect_exit 0 "$lkip" verify "$project" ;;
    errors)
      expect_exit 0 "$lkip" check "$project"
      expect_exit 0 "$lkip" compute "$project" --format json
      expect_exit 1 "$lkip" verify "$project"
      # Each wrong claim (marked in catatan) is a finding at its line, and only those.
      found=$(grep -Eo 'klaim\.csv:[0-9]+:' out.txt | cut -d: -f2 | sort -n | tr '\n' ' ')
      injected=$(grep -n ';salah: ' "$project/klaim.csv" | cut -d: -f1 | sort -n | tr '\n' ' ')
      [ "$found" = "$injected" ] || fail "$folder ($kinds): findings at lines '$found', injected at '$injected'"
      [ "$(echo "$injected" | wc -w)" = "$wrong" ] || fail "$folder: $wrong wrong claims listed, '$injected' marked" ;;
    *) fail "unknown state $state of $folder" ;;
  esac
done < states.csv
[ "$failures" = 0 ] && echo "gen_agencies: all checks passed"
exit "$failures"
