# Sourced by the benchmark scripts: the repo root, the lkip binary from the
# first argument, and timing of a command.
#
# bench_lkip_arg "$@": sets `root`, and `lkip` to $1 when $1 is not a number
# (made absolute), else to build/lkip; `bench_args` holds the other arguments.
bench_lkip_arg() {
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  if [ $# -gt 0 ] && ! [[ $1 =~ ^[0-9]+$ ]]; then
    lkip=$(realpath -m -- "$1")
    shift
  else
    lkip=$root/build/lkip
  fi
  bench_args=("$@")
}

# measure COMMAND...: runs it RUNS times (default 3; once when a run takes 30 s
# or more) under /usr/bin/time; prints "wall rss_kb status" of the best run,
# leaves the last run's stdout in $tmp/out and stderr in $tmp/err.
measure() {
  local best="" best_rss="" status="" i w r
  for ((i = 0; i < ${RUNS:-3}; i++)); do
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" > "$tmp/out" 2> "$tmp/err" && status=0 || status=$?
    read -r w r < <(tail -1 "$tmp/time")
    if [ -z "$best" ] || awk -v a="$w" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$w; best_rss=$r; fi
    awk -v a="$w" 'BEGIN{exit !(a>=30)}' && break
  done
  echo "$best $best_rss $status"
}
