# A Linux lkip for any glibc distribution as old as the build machine or
# newer (built on Debian 12: glibc 2.36): fmt, libxlsxwriter, libzip and
# expat from the static libraries packaging/deps/build-deps.sh linux
# installed into LKIP_DEPS_PREFIX, with zlib1g-dev's libz.a it links there;
# libstdc++ and libgcc linked in. Only glibc stays shared: its versioned
# symbols keep a binary linked against 2.36 running on every later glibc.
#   cmake -S . -B build-dist/linux -DCMAKE_TOOLCHAIN_FILE=packaging/linux/portable.cmake \
#         -DLKIP_DEPS_PREFIX=$PWD/build-deps/linux
if(NOT LKIP_DEPS_PREFIX)
  message(FATAL_ERROR "portable.cmake: set LKIP_DEPS_PREFIX to the prefix of packaging/deps/build-deps.sh linux")
endif()
# CMake's compiler checks read this file again in a project of their own.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES LKIP_DEPS_PREFIX)

# Packages and libraries from the prefix before the machine's: its fmt
# (libfmt-dev's is shared) and its libz.a (zlib1g-dev has libz.so beside it).
# The header-only CLI11 and nlohmann-json, and glibc's libm, come from the
# machine.
list(PREPEND CMAKE_PREFIX_PATH ${LKIP_DEPS_PREFIX})

# pkg-config sees the prefix's modules only, with the flags of a static link.
set(ENV{PKG_CONFIG_LIBDIR} ${LKIP_DEPS_PREFIX}/lib/pkgconfig)
unset(ENV{PKG_CONFIG_PATH})
set(PKG_CONFIG_ARGN --static)

set(CMAKE_EXE_LINKER_FLAGS_INIT "-static-libstdc++ -static-libgcc")
