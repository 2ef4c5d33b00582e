#!/usr/bin/env bash
# The bash completion (packaging/completion/lkip) as bash calls it: sourced,
# COMP_WORDS and COMP_CWORD set, _lkip called, COMPREPLY compared with what
# it must hold. The table ids come from `lkip compute --daftar-tabel` on a
# copy of the reference project, the options from each command's --help.
#
# Usage: completion_test.sh LKIP COMPLETION REFERENCE_DIR
set -u
lkip=$1
source "$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$3" "$work/bekasi"
mkdir "$work/empty"

failures=0

# expect_completion FOLDER EXPECTED WORD...: completing the last WORD (the
# line's words, `lkip` first) in FOLDER offers EXPECTED (space-separated,
# in any order).
expect_completion() {
  local folder=$1 expected=$2
  shift 2
  COMP_WORDS=("$lkip" "${@:2}")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  (cd "$folder" && _lkip && if ((${#COMPREPLY[@]})); then printf "%s\n" "${COMPREPLY[@]}"; fi) | sort >"$work/actual"
  tr ' ' '\n' <<<"$expected" | sed '/^$/d' | sort >"$work/expected"
  if ! cmp -s "$work/expected" "$work/actual"; then
    echo "FAIL: completing \`$*\` in $folder"
    diff "$work/expected" "$work/actual" | sed 's/^/  /'
    failures=$((failures + 1))
  fi
}

bekasi=$work/bekasi
empty=$work/empty

expect_completion "$empty" 'init compute verify check convert tabulate rekap --help --version' lkip ''
expect_completion "$empty" 'compute check convert' lkip c

# Each command's options are those its --help lists (-h aside: --help is
# the one offered).
for command in init compute verify check convert tabulate rekap; do
  options=$("$lkip" "$command" --help | sed -n 's/^  \(-[^ ]*\).*/\1/p' | tr ',' '\n' | grep -vx -- -h)
  expect_completion "$empty" "$(echo $options)" lkip "$command" -
done

expect_completion "$empty" 'text md json csv html xlsx docx' lkip compute --format ''
expect_completion "$empty" 'text md json csv html xlsx docx' lkip tabulate data.csv --format ''
expect_completion "$empty" 'text md json csv' lkip verify --format ''
expect_completion "$empty" 'text md json csv html xlsx docx' lkip rekap opd --format ''
expect_completion "$empty" 'id en' lkip compute --lang ''
expect_completion "$empty" 'en' lkip check --angka e

# --tabel: the ids of the project of the current folder, of the one the
# line names, or of the built-in example; after a comma or as a further
# value; for the year --tahun names (2019 has two IKU1 data tables, 2020
# four).
expect_completion "$bekasi" 'IKU1.tren' lkip compute --tabel IKU1.t
expect_completion "$bekasi/rekaman" 'IKU2.analisis IKU2.anggaran' lkip compute --tabel capaian IKU2.a
expect_completion "$bekasi" 'capaian,IKU5.renstra' lkip compute --tabel capaian,IKU5.r
expect_completion "$bekasi" 'IKU1.data.kdrt_2019 IKU1.data.kdrt_2020 IKU1.data.keluarga_2019 IKU1.data.keluarga_2020' \
  lkip compute --tabel IKU1.data.
expect_completion "$bekasi" 'IKU1.data.kdrt_2019 IKU1.data.keluarga_2019' lkip compute --tahun 2019 --tabel IKU1.data.
expect_completion "$work" 'anggaran.program anggaran.realisasi anggaran.sasaran anggaran.triwulan' \
  lkip compute bekasi --lang en --tabel anggaran.
expect_completion "$empty" 'sasaran' lkip compute --contoh --tabel sa
expect_completion "$empty" '' lkip compute --tabel ''
# rekap's tables are always the same five.
expect_completion "$empty" 'peringkat' lkip rekap opd --tabel p
expect_completion "$empty" 'rekap,sasaran' lkip rekap opd --tabel rekap,s
ids=$(cd "$bekasi" && "$lkip" compute --daftar-tabel | wc -l)
COMP_WORDS=("$lkip" compute --tabel '') COMP_CWORD=3
(cd "$bekasi" && _lkip && [ "${#COMPREPLY[@]}" = "$ids" ] && [ "$ids" -gt 30 ]) ||
  { echo "FAIL: --tabel '' does not offer each of the reference's $ids tables"; failures=$((failures + 1)); }

# Paths: files and folders for -o and PROJECT, folders only for init.
expect_completion "$bekasi" 'lkip.json' lkip compute -o lkip.j
expect_completion "$bekasi" 'rekaman' lkip compute re
expect_completion "$bekasi" 'rekaman' lkip init ''
expect_completion "$work" 'bekasi' lkip convert b
# A name or a year: nothing to offer.
expect_completion "$bekasi" '' lkip init --instansi ''
expect_completion "$bekasi" '' lkip compute --tahun ''

if [ "$failures" != 0 ]; then
  echo "$failures completion checks failed"
  exit 1
fi
echo "bash completion: every check passed"
