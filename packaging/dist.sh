#!/usr/bin/env bash
# make dist: a release in DIST_DIR, each artifact checked before it is kept.
#   lkip-VERSION-linux-x86_64.tar.gz  lkip linked statically but for glibc
#                                     (packaging/linux/portable.cmake), its
#                                     manual, bash completion, README and docs
#   lkip_VERSION_ARCH.deb, lkip-dev_VERSION_ARCH.deb   from `make deb`
#   lkip-VERSION-windows-x64.zip      lkip.exe from `make windows`, README,
#                                     docs and the reference project as a
#                                     folder and as a workbook
#   SHA256SUMS                        of all of them
# The archives are reproducible: entries sorted, owned by root, dated by the
# last commit (or SOURCE_DATE_EPOCH).
#
# Run by `make dist` after `make deb windows`, which sets (all required):
#   BUILD_DIR          the Linux build: lkip --version, the workbook, the .debs
#   WINDOWS_BUILD_DIR  lkip.exe
#   LINUX_DEPS_DIR     the prefix of packaging/deps/build-deps.sh linux
#   DIST_BUILD_DIR     the portable Linux build, staging folders, Wine's prefix
#   DIST_DIR           the artifacts (emptied first)
# and passes on JOBS and CMAKE_FLAGS.
set -euo pipefail

cd "$(dirname "$0")/.."
# Relative folders are the repository's, as make gives them.
build_dir=$(realpath -m "${BUILD_DIR:?set by make dist}")
windows_build_dir=$(realpath -m "${WINDOWS_BUILD_DIR:?set by make dist}")
linux_deps_dir=$(realpath -m "${LINUX_DEPS_DIR:?set by make dist}")
dist_build_dir=$(realpath -m "${DIST_BUILD_DIR:?set by make dist}")
dist_dir=$(realpath -m "${DIST_DIR:?set by make dist}")
stage_dir=$dist_build_dir/stage
jobs=${JOBS:-$(nproc)}
read -ra cmake_flags <<<"${CMAKE_FLAGS:-}"

# Debian 12's glibc: the oldest the Linux binary must run on.
oldest_glibc=2.36
# What the reference computes for Rasio KDRT: each build must print it.
reference_figure='296,04%'
wine=${WINE:-/usr/lib/wine/wine64}
# The archives' date; MinGW's strip writes it into lkip.exe's header too,
# instead of the time of the run.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}

summary=()
# step NAME COMMAND...: runs COMMAND and says how long it took.
step() {
  local name=$1 start=$SECONDS
  shift
  echo "== $name"
  "$@"
  summary+=("$(printf '%-24s %4d s' "$name" $((SECONDS - start)))")
  echo "== ${summary[-1]}"
}

fail() {
  echo "$0: $*" >&2
  exit 1
}

# expect_reference LABEL COMMAND...: COMMAND's output has the reference figure.
expect_reference() {
  local label=$1 output
  shift
  output=$("$@") || fail "$label: exit $?"
  grep -qF "$reference_figure" <<<"$output" || fail "$label does not print $reference_figure"
  echo "ok: $label prints $reference_figure"
}

# stage_documents FOLDER: the README beside docs/, so that its links hold.
stage_documents() {
  install -m 644 README.md "$1/"
  cp -r docs "$1/"
}

build_linux() {
  JOBS=$jobs packaging/deps/build-deps.sh linux "$linux_deps_dir"
  cmake -S . -B "$dist_build_dir/linux" -DCMAKE_TOOLCHAIN_FILE=packaging/linux/portable.cmake \
    -DLKIP_DEPS_PREFIX="$linux_deps_dir" -DCMAKE_BUILD_TYPE=Release -DLKIP_BUILD_TESTS=OFF \
    "${cmake_flags[@]}"
  cmake --build "$dist_build_dir/linux" -j "$jobs" --target lkip
}

# Only glibc's own libraries are shared, in versions Debian 12 has.
check_linux() {
  local binary=$dist_build_dir/linux/lkip needed unexpected newest_glibc
  needed=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  echo "NEEDED: $(echo "$needed" | tr '\n' ' ')"
  unexpected=$(grep -vxE 'libc\.so\.6|libm\.so\.6|libpthread\.so\.0|libdl\.so\.2|ld-linux-x86-64\.so\.2' <<<"$needed" || true)
  [ -z "$unexpected" ] || fail "$binary needs libraries besides glibc's: $unexpected"
  newest_glibc=$(objdump -T "$binary" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
  echo "newest glibc symbol version: GLIBC_$newest_glibc"
  [ "$(printf '%s\n' "$newest_glibc" "$oldest_glibc" | sort -V | tail -1)" = "$oldest_glibc" ] ||
    fail "$binary needs GLIBC_$newest_glibc, newer than Debian 12's $oldest_glibc"
  [ "$("$binary" --version)" = "lkip $version" ] || fail "$binary is not lkip $version"
  expect_reference "$binary compute --contoh" "$binary" compute --contoh
}

# archive_tar FOLDER: DIST_DIR/FOLDER.tar.gz of the staged FOLDER.
archive_tar() {
  tar -C "$stage_dir" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    --mode=u=rwX,go=rX -cf - "$1" | gzip -9n >"$dist_dir/$1.tar.gz"
}

# archive_zip FOLDER: DIST_DIR/FOLDER.zip of the staged FOLDER, entries
# sorted, folders before their contents.
archive_zip() {
  python3 - "$stage_dir" "$1" "$dist_dir/$1.zip" "$SOURCE_DATE_EPOCH" <<'EOF'
import os, sys, time, zipfile
stage, folder, archive, epoch = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
date_time = time.gmtime(epoch)[:6]
paths = []
for parent, folders, files in os.walk(os.path.join(stage, folder)):
    relative = os.path.relpath(parent, stage)
    paths.append(relative + "/")
    paths.extend(os.path.join(relative, name) for name in files)
with zipfile.ZipFile(archive, "w") as zip_file:
    for path in sorted(paths):
        entry = zipfile.ZipInfo(path, date_time)
        entry.create_system = 3  # Unix, so that the modes below are read
        if path.endswith("/"):
            entry.external_attr = 0o40755 << 16 | 0x10
            zip_file.writestr(entry, b"")
        else:
            entry.external_attr = 0o100644 << 16
            with open(os.path.join(stage, path), "rb") as content:
                zip_file.writestr(entry, content.read(), zipfile.ZIP_DEFLATED, 9)
EOF
}

package_linux() {
  local folder=lkip-$version-linux-x86_64
  mkdir -p "$stage_dir/$folder/completion"
  strip -o "$stage_dir/$folder/lkip" "$dist_build_dir/linux/lkip"
  install -m 644 "$dist_build_dir/linux/lkip.1" "$stage_dir/$folder/"
  install -m 644 packaging/completion/lkip "$stage_dir/$folder/completion/"
  stage_documents "$stage_dir/$folder"
  archive_tar "$folder"
}

copy_debs() {
  local arch package
  arch=$(dpkg --print-architecture)
  for package in lkip lkip-dev; do
    [ -f "$build_dir/${package}_${version}_$arch.deb" ] || fail "no $build_dir/${package}_${version}_$arch.deb: make deb"
    cp "$build_dir/${package}_${version}_$arch.deb" "$dist_dir/"
  done
}

# The workbook is written by the Linux build: the same bytes on every system.
package_windows() {
  local folder=lkip-$version-windows-x64
  mkdir -p "$stage_dir/$folder/contoh"
  x86_64-w64-mingw32-strip -o "$stage_dir/$folder/lkip.exe" "$windows_build_dir/lkip.exe"
  sed 's/$/\r/' packaging/windows/README.txt >"$stage_dir/$folder/README.txt"
  stage_documents "$stage_dir/$folder"
  cp -r data/bekasi-2020 "$stage_dir/$folder/contoh/"
  "$build_dir/lkip" convert data/bekasi-2020 "$stage_dir/$folder/contoh/bekasi-2020.xlsx"
  archive_zip "$folder"
}

# The zip as a user unpacks it, lkip.exe run in its folder under Wine (in a
# prefix of its own, made at the first run). A subshell: the folder, Wine's
# environment and the trap are this check's.
check_windows() (
  local folder=lkip-$version-windows-x64 unpacked
  unpacked=$(mktemp -d)
  trap 'rm -rf "$unpacked"' EXIT
  python3 -m zipfile -e "$dist_dir/$folder.zip" "$unpacked"
  export WINEPREFIX=$dist_build_dir/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
  cd "$unpacked/$folder"
  expect_reference "lkip.exe compute contoh/bekasi-2020" "$wine" lkip.exe compute contoh/bekasi-2020
  expect_reference "lkip.exe compute contoh/bekasi-2020.xlsx" "$wine" lkip.exe compute contoh/bekasi-2020.xlsx
)

main() {
  version=$("$build_dir/lkip" --version | sed -n 's/^lkip //p')
  [ -n "$version" ] || fail "$build_dir/lkip --version does not say a version"
  rm -rf "$dist_dir" "$stage_dir"
  mkdir -p "$dist_dir" "$stage_dir"
  step "linux build" build_linux
  step "linux check" check_linux
  step "linux archive" package_linux
  step "debian packages" copy_debs
  step "windows archive" package_windows
  step "windows check" check_windows
  (cd "$dist_dir" && sha256sum -- * >SHA256SUMS)
  echo "Release lkip $version in $dist_dir:"
  printf '  %s\n' "${summary[@]}"
  ls -l "$dist_dir"
  cat "$dist_dir/SHA256SUMS"
}
main
