#!/usr/bin/env bash
# Builds static libraries of lkip's compiled dependencies (fmt, libxlsxwriter,
# libzip, expat) from Debian 12's own source packages, fetched with
# `apt-get source` (Debian's patches applied), and installs them into PREFIX
# with their pkg-config and CMake files. Nothing else is downloaded.
#
# Usage: packaging/deps/build-deps.sh TARGET PREFIX
#   TARGET  mingw64  64-bit Windows, Debian's MinGW-w64 (posix threads) and
#                    its zlib (libz-mingw-w64-dev); the header-only
#                    dependencies Debian installs (CLI11, nlohmann-json,
#                    Catch2) are linked into PREFIX, so that the cross
#                    compiler sees them without all of /usr/include
#           linux    the native compiler, position-independent code, for a
#                    statically linked Linux binary; zlib1g-dev's libz.a is
#                    linked into PREFIX/lib, so that a build finding its
#                    libraries there links zlib statically too
#   PREFIX  where to install; the sources are kept in PREFIX/../src and the
#           build trees in PREFIX/../build/TARGET
#   JOBS    parallel compile jobs (default: nproc)
#
# Installs the Debian packages it needs that are missing (sudo when not root)
# and, when the machine's apt has no deb-src entry, adds one for the archives
# it already uses. Run again, it skips each library already built from the
# same Debian version with the same options (a stamp in PREFIX/share/lkip-deps).
set -euo pipefail

if [ $# != 2 ] || { [ "$1" != mingw64 ] && [ "$1" != linux ]; }; then
  echo "usage: $0 mingw64|linux PREFIX" >&2
  exit 2
fi
target=$1
prefix=$(realpath -m "$2")
repo=$(cd "$(dirname "$0")/../.." && pwd)
src_dir=$(dirname "$prefix")/src
build_root=$(dirname "$prefix")/build/$target
stamp_dir=$prefix/share/lkip-deps
jobs=${JOBS:-$(nproc)}
if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi

summary=()
# timed NAME COMMAND...: runs COMMAND and says how long it took.
timed() {
  local name=$1 start=$SECONDS
  shift
  "$@"
  summary+=("$(printf '%-16s %5d s' "$name" $((SECONDS - start)))")
  echo "== ${summary[-1]}"
}

# A deb-src entry for every archive the machine's apt takes binary packages
# from (the suite, its updates and security): its deb entries as deb-src.
add_deb_src() {
  local deb822=/etc/apt/sources.list.d/debian.sources one_line=/etc/apt/sources.list
  if grep -rqsE '^[[:space:]]*(Types:.*[[:space:]]deb-src([[:space:]]|$)|deb-src[[:space:]])' \
    "$one_line" /etc/apt/sources.list.d/; then
    return
  fi
  if [ -f "$deb822" ]; then
    echo "Adding deb-src stanzas from $deb822 to /etc/apt/sources.list.d/lkip-deb-src.sources"
    awk 'BEGIN { RS = ""; ORS = "\n\n" }
         /(^|\n)Types:[^\n]*[[:space:]]deb([[:space:]]|$)/ { sub(/Types:[^\n]*/, "Types: deb-src"); print }' \
      "$deb822" | $sudo tee /etc/apt/sources.list.d/lkip-deb-src.sources >/dev/null
  elif [ -f "$one_line" ]; then
    echo "Adding deb-src lines from $one_line to /etc/apt/sources.list.d/lkip-deb-src.list"
    sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' "$one_line" |
      $sudo tee /etc/apt/sources.list.d/lkip-deb-src.list >/dev/null
  else
    echo "$0: neither $deb822 nor $one_line: cannot add a deb-src entry" >&2
    exit 2
  fi
}

install_packages() {
  local packages=(dpkg-dev cmake make pkg-config)
  if [ "$target" = mingw64 ]; then
    packages+=(g++-mingw-w64-x86-64-posix libz-mingw-w64-dev libcli11-dev nlohmann-json3-dev catch2)
  else
    packages+=(g++ zlib1g-dev)
  fi
  make --no-print-directory -C "$repo" install PACKAGES="${packages[*]}"
  # The index of source packages: absent until an apt-get update after the
  # deb-src entry was added. ($(FILENAME) is apt's field, not the shell's.)
  # shellcheck disable=SC2016
  if [ -z "$(apt-get indextargets --format '$(FILENAME)' 'Created-By: Sources')" ]; then
    $sudo apt-get update
  fi
}

# source_versions SOURCE: the versions of SOURCE the archives list, newest
# first.
source_versions() {
  apt-cache showsrc "$1" | sed -n 's/^Version: //p' | sort -u | sort -rV
}

# upstream_version VERSION: the release a Debian version packages
# (1:2.5.0-1+deb12u2 -> 2.5.0, 9.1.0+ds1-2 -> 9.1.0).
upstream_version() {
  local version=${1#*:}
  version=${version%-*}
  echo "${version%%[+~]*}"
}

# installed_version MODULE: the version of the library installed as
# pkg-config MODULE. libxlsxwriter 1.1.4 writes its SOVERSION (4) as the
# Version of xlsxwriter.pc (Debian's says 4 too): its header says the release.
installed_version() {
  if [ "$1" = xlsxwriter ]; then
    sed -n 's/^#define LXW_VERSION "\(.*\)"$/\1/p' "$prefix/include/xlsxwriter.h"
  else
    PKG_CONFIG_LIBDIR=$prefix/lib/pkgconfig pkg-config --modversion "$1"
  fi
}

# The options every library is configured with for TARGET.
target_options=(-DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF "-DCMAKE_INSTALL_PREFIX=$prefix"
                -DCMAKE_INSTALL_LIBDIR=lib)
if [ "$target" = mingw64 ]; then
  target_options+=("-DCMAKE_TOOLCHAIN_FILE=$repo/packaging/windows/mingw64.cmake" "-DLKIP_DEPS_PREFIX=$prefix")
else
  target_options+=(-DCMAKE_POSITION_INDEPENDENT_CODE=ON)
fi

# build_library SOURCE SUBDIR MODULE STATIC_DEFINE CMAKE_OPTION...: fetches
# Debian's source package SOURCE, builds the CMake project in its folder
# SUBDIR, installs it and checks that it installed the upstream release of
# that version as pkg-config MODULE. STATIC_DEFINE (or "") is added to the module's Cflags: the
# library's header declares its functions dllimport on Windows unless
# told that it is linked statically. A function SOURCE_after_configure, if
# there is one, runs on the configured build tree.
build_library() {
  local source=$1 subdir=$2 module=$3 static_define=$4
  shift 4
  local version tree installed versions=()
  mapfile -t versions < <(source_versions "$source")
  if [ ${#versions[@]} = 0 ]; then
    echo "$0: apt-get source does not know $source" >&2
    exit 2
  fi
  local stamp=$stamp_dir/$source.stamp
  for version in "${versions[@]}"; do
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$version $target ${target_options[*]} $*" ]; then
      echo "== $source $version: already built for $target in $prefix"
      return
    fi
  done
  # The newest source the mirror serves: a security update is listed in the
  # index before (or without) its source package reaching every mirror
  # (expat 2.5.0-1+deb12u5 answered 404 on 2026-12-06), so an older Debian 12
  # version of the same release is taken then.
  for version in "${versions[@]}"; do
    tree=$src_dir/$source-$version
    if [ -d "$tree" ] || (cd "$src_dir" && apt-get source --download-only "$source=$version" &&
      dpkg-source --extract "${source}_${version#*:}.dsc" "$tree"); then
      break
    fi
    echo "== $source $version: its source cannot be fetched, trying the version before it"
    version=
  done
  if [ -z "$version" ]; then
    echo "$0: no version of $source could be fetched: ${versions[*]}" >&2
    exit 2
  fi
  local wanted="$version $target ${target_options[*]} $*"
  echo "== $source $version: building for $target into $prefix"
  cmake -S "$tree/$subdir" -B "$build_root/$source" "${target_options[@]}" "$@"
  if declare -F "${source}_after_configure" >/dev/null; then
    "${source}_after_configure" "$build_root/$source"
  fi
  cmake --build "$build_root/$source" -j "$jobs"
  cmake --install "$build_root/$source"
  if [ -n "$static_define" ]; then
    sed -i "/^Cflags:/s/\$/ $static_define/" "$prefix/lib/pkgconfig/$module.pc"
  fi
  installed=$(installed_version "$module")
  if [ "$installed" != "$(upstream_version "$version")" ]; then
    echo "$0: $source $version installed $module $installed" >&2
    exit 1
  fi
  echo "$wanted" >"$stamp"
}

# Debian's backport of the fix for CVE-2024-8176 tests `#if XML_DTD == 1`,
# as later expat releases define it; 2.5.0's CMake defines XML_DTD empty
# (Debian builds expat with autotools, which defines it 1).
expat_after_configure() {
  sed -i 's/^#define XML_DTD$/#define XML_DTD 1/' "$1/expat_config.h"
}

# The header-only packages as Debian installs them, seen from PREFIX: their
# folders in /usr/include linked whole, their CMake files one by one
# (Catch2's targets file would follow a linked folder back to /usr and put
# all of /usr/include on the path). Catch2's Catch2WithMain library is built
# for Linux and not used by lkip: its imported-target file is left out.
link_header_only() {
  local package path
  for package in libcli11-dev nlohmann-json3-dev catch2; do
    while read -r path; do
      if [[ $path =~ ^/usr/include/[^/]+$ ]]; then
        ln -sfn "$path" "$prefix/include/"
      elif [[ $path =~ ^/usr/(share|lib)/cmake/[^/]+/[^/]+\.cmake$ && ! $path =~ /Catch2Targets-[^/]+$ ]]; then
        mkdir -p "$prefix/$(dirname "${path#/usr/}")"
        ln -sfn "$path" "$prefix/${path#/usr/}"
      fi
    done < <(dpkg -L "$package")
  done
  echo "== linked the headers and CMake files of libcli11-dev nlohmann-json3-dev catch2 into $prefix"
}

# The machine's static zlib, seen from PREFIX. Only there: a build that
# preferred static libraries everywhere would link glibc's libm.a too (expat
# links -lm).
link_static_zlib() {
  ln -sfn "$(dpkg -L zlib1g-dev | grep '/libz\.a$')" "$prefix/lib/"
  echo "== linked zlib1g-dev's libz.a into $prefix/lib"
}

main() {
  add_deb_src
  timed packages install_packages
  mkdir -p "$src_dir" "$build_root" "$stamp_dir" "$prefix/include"
  timed fmt build_library fmtlib . fmt "" -DFMT_DOC=OFF -DFMT_TEST=OFF
  # Its own minizip, as upstream ships it (Debian links the system one), and
  # temporary files through tmpfileplus in the folder it is told.
  timed libxlsxwriter build_library libxlsxwriter . xlsxwriter "" -DUSE_SYSTEM_MINIZIP=OFF \
    -DUSE_STANDARD_TMPFILE=OFF -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF
  # zlib (deflate) only: lkip reads and writes plain Office containers.
  timed libzip build_library libzip . libzip -DZIP_STATIC -DENABLE_BZIP2=OFF -DENABLE_LZMA=OFF \
    -DENABLE_COMMONCRYPTO=OFF -DENABLE_GNUTLS=OFF -DENABLE_MBEDTLS=OFF -DENABLE_OPENSSL=OFF \
    -DENABLE_WINDOWS_CRYPTO=OFF -DBUILD_TOOLS=OFF -DBUILD_REGRESS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_DOC=OFF
  timed expat build_library expat expat expat -DXML_STATIC -DEXPAT_BUILD_TOOLS=OFF -DEXPAT_BUILD_EXAMPLES=OFF \
    -DEXPAT_BUILD_TESTS=OFF -DEXPAT_BUILD_DOCS=OFF -DEXPAT_SHARED_LIBS=OFF
  if [ "$target" = mingw64 ]; then
    link_header_only
  else
    link_static_zlib
  fi
  echo "Static libraries for $target in $prefix:"
  printf '  %s\n' "${summary[@]}"
}
main
