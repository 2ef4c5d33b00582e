# Sourced by tests/fresh/run.sh and tests/package/deb_root.sh: a minimal
# Debian 12 (bookworm) root made with debootstrap from the mirror the
# machine's apt uses, with /proc, /sys and /dev mounted in it, and removed
# on every exit, pass or fail. Needs root and the network.
#
# After `source`: the root is not made yet; `step debootstrap make_root`
# makes it, `mount_system` mounts into it, `in_root COMMAND...` runs there.
#   LKIP_FRESH_DIR  the folder under which the root is made (default: $TMPDIR
#                   or /tmp).
#   LKIP_ROOT_CACHE a tarball of the root as debootstrap leaves it: made by
#                   the first run that needs a root, unpacked (in a second)
#                   by the next ones. CI sets it, so that test-deb and
#                   test-fresh share one debootstrap (1.5 to 4 minutes).

if [ "$(id -u)" != 0 ]; then
  echo "$0: must run as root (debootstrap, chroot, mount)" >&2
  exit 2
fi

suite=bookworm
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
  echo "$0: no URI for $suite in $sources" >&2
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
    echo "$0: still mounted under $work; not removing it" >&2
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

# What programs inside expect of a running system.
mount_system() {
  mount_in_root /proc -t proc proc
  mount_in_root /sys -t sysfs sysfs
  mount_in_root /dev --bind /dev
  mount_in_root /dev/pts --bind /dev/pts
  mount_in_root /dev/shm -t tmpfs -o mode=1777,nosuid,nodev shm
}

in_root() { chroot "$root" "$@" </dev/null; }

make_root() {
  if [ -n "${LKIP_ROOT_CACHE:-}" ] && [ -f "$LKIP_ROOT_CACHE" ]; then
    mkdir -p "$root"
    tar -C "$root" -xf "$LKIP_ROOT_CACHE"
  else
    debootstrap --variant=minbase "$suite" "$root" "$mirror"
    if [ -n "${LKIP_ROOT_CACHE:-}" ]; then
      tar -C "$root" -cf "$LKIP_ROOT_CACHE.partial" . && mv "$LKIP_ROOT_CACHE.partial" "$LKIP_ROOT_CACHE"
    fi
  fi
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
