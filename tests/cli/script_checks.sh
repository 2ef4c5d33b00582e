# Sourced by the CLI test scripts: a fresh working folder (removed on
# exit) made current, and the checks they count failures with.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# expect_exit CODE COMMAND...: runs COMMAND (stdout to out.txt, stderr to
# err.txt, no stdin) and fails unless it exits with CODE.
expect_exit() {
  local code=$1; shift
  "$@" >out.txt 2>err.txt </dev/null; local got=$?
  [ "$got" = "$code" ] || { fail "$* exited $got, expected $code"; cat err.txt; }
}
