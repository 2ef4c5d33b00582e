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
#                   or /tmp); the root is removed afterwards, pass or fail
#                   (tests/debian_root.sh).
# Works without a terminal or standard input (CI). Needs the network: the
# packages come from the mirror the machine's apt uses.
set -euo pipefail

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
head=$(git -C "$repo" rev-parse HEAD)
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
  echo "note: uncommitted changes in $repo are not tested, only HEAD ($head)"
fi

user=newcomer
source "$(dirname "$0")/../debian_root.sh"

# As the ordinary user, in the clone, with a login's plain environment.
as_user() {
  chroot "$root" runuser -u "$user" -- env -i HOME="/home/$user" USER="$user" LOGNAME="$user" SHELL=/bin/bash \
    PATH=/usr/local/bin:/usr/bin:/bin bash -c "cd ~/lkip && $1" </dev/null
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
  mount_system
  step packages add_base_packages
  step clone add_user_and_clone
  step "make run" make_run
  step "make test" make_test

  echo "fresh Debian 12 ($mirror, HEAD $head): make run and make test pass"
  printf '  %s\n' "${summary[@]}"
}
main; exit
