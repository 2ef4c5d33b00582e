# Sourced by golden/run_case.sh and hostile/run_case.sh: the messages of a
# run are in the language it chose (issue 14: no English hint inside
# Indonesian output, and no Indonesian inside English output).
#
# check_message_language LKIP CODE STDOUT STDERR ARG...
# The messages are the `lkip: ` lines of stderr (error, hint, skipped) and,
# when `check` failed, stdout (its findings on the input; `verify` findings
# quote the claims and the statuses the project names, in its words). A run in Indonesian
# (no `--lang en`) that failed is run again with `--lang en` after the
# command, and its messages must then be English. Only the commands are
# checked: a mistyped command or option is told before any --lang is read,
# in the words of the (English) --help. Paths and the project's own text
# (an activity named "Alat Tulis Kantor") may hold any word: paths are left
# out, and the word lists avoid words a project's names often hold. Prints
# what it finds; returns 1 on a word of the other language.

# Words of the English messages that no Indonesian message holds, and the
# other way round (whole words: `tidak_ada`, a key, is not `tidak`).
kEnglishMessageWords='expected|missing|unknown|write|use one of|did you mean|is not|must|cannot|found|duplicate'
kIndonesianMessageWords='tidak|seharusnya|maksudnya|gunakan|dikenal|berkas|bukan|ganda|sebelum'

# message_lines COMMAND STDOUT STDERR CODE: the lines that carry messages,
# without their paths.
message_lines() {
  {
    grep -a '^lkip: ' "$3"
    if [ "$1" = check ] && [ "$4" != 0 ]; then cat "$2"; fi
  } | sed -E 's#[^ ]*/[^ ]*##g'
  return 0
}

# words_found LANGUAGE COMMAND STDOUT STDERR CODE: the lines holding a word
# of the language that is not LANGUAGE.
words_found() {
  local words=$kEnglishMessageWords
  [ "$1" = en ] && words=$kIndonesianMessageWords
  message_lines "$2" "$3" "$4" "$5" | grep -aiwE -- "$words"
}

check_message_language() {
  local lkip=$1 code=$2 out=$3 err=$4
  shift 4
  case "${1:-}" in compute|verify|check|tabulate|rekap) ;; *) return 0 ;; esac
  local language=id previous=
  for arg in "$@"; do
    if [ "$previous" = --lang ]; then language=$arg; fi
    previous=$arg
  done
  local status=0 found
  if found=$(words_found "$language" "$1" "$out" "$err" "$code"); then
    echo "messages not in $language:"; echo "$found"; status=1
  fi
  if [ "$language" = id ] && [ "$code" != 0 ]; then
    local en_out en_err en_code
    en_out=$(mktemp); en_err=$(mktemp)
    "$lkip" "$1" --lang en "${@:2}" >"$en_out" 2>"$en_err" </dev/null
    en_code=$?
    if found=$(words_found en "$1" "$en_out" "$en_err" "$en_code"); then
      echo "with --lang en, messages not in en:"; echo "$found"; status=1
    fi
    rm -f "$en_out" "$en_err"
  fi
  return $status
}
