#!/usr/bin/env bash
# The README's two commands on a fresh Debian 12 machine: builds a minimal
# bookworm root with debootstrap, adds only g++ cmake make git sudo, clones
# this checkout's committed HEAD into it and, as an ordinary user with
# passwordless sudo (so the Makefile installs through sudo, as it does for a
# newcomer), runs `make run` (it must print the reference's tables) and
# `make test` (every test must pass). A package the project needs but does
# not install fails here, whatever the developers' machines happen to have.
#
# Usage (as root): tests/fresh/run.sh
#   LKIP_FRESH_DIR  the folder under which the root is made (default: $TMPDIR
#                   or /tmp); the root is removed afterwards, pass or fail.
# Works without a terminal or standard input (CI). Needs the network: the
# packages come from the mirror the machine's apt uses.
set -euo pipefail

if [ "$(id -u)" != 0 ]; then
  echo "tests/fresh/run.sh: must run as root (debootstrap, chroot, mount)" >&2
  exit 2
fi

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
head=$(git -C "$repo" rev-parse HEAD)
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
  echo "note: uncommitted changes in $repo are not tested, only HEAD ($head)"
fi

suite=bookworm
user=newcomer
sources=/etc/apt/sources.list.d/debian.sources
export DEBIAN_FRONTEND=noninteractive

# The mirror the machine's apt uses: the first URI of the deb822 stanza that
# lists the suite itself (not only bookworm-updates or bookworm-security).
mirror=$(awk -v suite="$suite" '
  function take() { if (uri != "" && listed && found == "") found = uri; uri = ""; listed = 0 }
  /^[[:space:]]*$/ { take(); next }
  /^URIs:/ { uri = $2 }
  /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == suite) listed = 1 }
  END { take(); print found }' "$sources")
if [ -z "$mirror" ]; then
  echo "tests/fresh/run.sh: no URI for $suite in $sources" >&2
  exit 2
fi

if ! command -v debootstrap >/dev/null; then
  apt-get update && apt-get install -y --no-install-recommends debootstrap
fi </dev/null

work=$(mktemp -d "${LKIP_FRESH_DIR:-${TMPDIR:-/tmp}}/lkip-fresh.XXXXXX")
root=$work/root
mounts=()  # mounted inside the root, in mounting order

# step NAME COMMAND...: runs COMMAND and says how long it took. A failure
# ends the script (set -e); cleanup then says in which step and when.
current_step=
step_start=
summary=()
step() {
  current_step=$1 step_start=$SECONDS
  shift
  echo "== $current_step"
  "$@"
  summary+=("$(printf '%-12s %5d s' "$current_step" $((SECONDS - step_start)))")
  echo "== ${summary[-1]}"
  current_step=
}

# Processes still running inside the root (a daemon a test left behind) keep
# its mounts busy: they are ended first, by process id.
end_processes_in_root() {
  local signal=$1 proc
  for proc in /proc/[0-9]*; do
    if [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ]; then
      kill "-$signal" "${proc#/proc/}" 2>/dev/null || true
    fi
  done
}

# On every exit, pass or fail: unmount in reverse order, then remove the
# root, but only once nothing is mounted below it (removing a bound /dev
# would remove the machine's device nodes).
cleanup() {
  local status=$? i
  if [ -n "$current_step" ]; then
    echo "== FAILED: $current_step, after $((SECONDS - step_start)) s (exit $status)"
  fi
  end_processes_in_root TERM
  sleep 1
  end_processes_in_root KILL
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    umount "${mounts[i]}" || umount --lazy "${mounts[i]}" || true
  done
  if grep -qF " $work/" /proc/self/mountinfo; then
    echo "tests/fresh/run.sh: still mounted under $work; not removing it" >&2
    status=1
  else
    rm -rf --one-file-system "$work"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# mount_in_root TARGET MOUNT-ARGUMENTS...
mount_in_root() {
  local target=$root$1
  shift
  mount "$@" "$target"
  mounts+=("$target")
  # A bind of a shared mount would pass what is mounted on top of it (the
  # root's /dev/shm) back to the machine's own /dev.
  mount --make-private "$target"
}

in_root() { chroot "$root" "$@" </dev/null; }

# As the ordinary user, in the clone, with a login's plain environment.
as_user() {
  chroot "$root" runuser -u "$user" -- env -i HOME="/home/$user" USER="$user" LOGNAME="$user" SHELL=/bin/bash \
    PATH=/usr/local/bin:/usr/bin:/bin bash -c "cd ~/lkip && $1" </dev/null
}

make_root() {
  debootstrap --variant=minbase "$suite" "$root" "$mirror"
  # The machine's own package sources (the suite, its updates and security),
  # in place of the one line debootstrap wrote.
  rm -f "$root/etc/apt/sources.list"
  cp "$sources" "$root/etc/apt/sources.list.d/"
  # The machine's name and name servers, as an installed system has them
  # (sudo looks its host name up).
  cp /etc/resolv.conf /etc/hosts "$root/etc/"
  # The root has no init: packages must not start daemons in it.
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
}

add_base_packages() {
  in_root apt-get update
  in_root apt-get install -y --no-install-recommends g++ cmake make git sudo
}

add_user_and_clone() {
  in_root useradd --create-home --shell /bin/bash "$user"
  echo "$user ALL=(ALL) NOPASSWD: ALL" >"$root/etc/sudoers.d/$user"
  chmod 440 "$root/etc/sudoers.d/$user"
  # A copy, not hard links to this checkout's objects: they change owner.
  git clone --quiet --no-hardlinks --no-checkout "$repo" "$root/home/$user/lkip"
  git -C "$root/home/$user/lkip" checkout --quiet --detach "$head"
  in_root chown -R "$user:$user" "/home/$user/lkip"
}

# `make run` must end with the reference's tables exactly as the golden
# case has them.
make_run() {
  local output=$work/make-run.out expected=$root/home/$user/lkip/tests/golden/compute-text/stdout
  as_user 'make run' | tee "$output"
  if ! tail -n "$(wc -l <"$expected")" "$output" | cmp -s - "$expected"; then
    echo "FAIL: make run did not print the reference's tables (tests/golden/compute-text/stdout)"
    return 1
  fi
}

# `make test`, and the checks by LibreOffice and Chromium among its tests
# (they are registered only where those programs were found).
make_test() {
  as_user 'make test'
  local label listed
  for label in xlsx chromium; do
    listed=$(as_user "cd build && ctest -N -L $label")
    if ! grep -q 'Total Tests: [1-9]' <<<"$listed"; then
      echo "FAIL: no $label test registered in the fresh root"
      return 1
    fi
  done
}

# One function, so that bash has read the whole file before the first step:
# a checkout that changes this file during the run cannot change the run.
main() {
  step debootstrap make_root
  mount_in_root /proc -t proc proc
  mount_in_root /sys -t sysfs sysfs
  mount_in_root /dev --bind /dev
  mount_in_root /dev/pts --bind /dev/pts
  mount_in_root /dev/shm -t tmpfs -o mode=1777,nosuid,nodev shm
  step packages add_base_packages
  step clone add_user_and_clone
  step "make run" make_run
  step "make test" make_test

  echo "fresh Debian 12 ($mirror, HEAD $head): make run and make test pass"
  printf '  %s\n' "${summary[@]}"
}
main; exit
