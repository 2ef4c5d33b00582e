# Cross-compiles for 64-bit Windows with Debian's MinGW-w64 (posix threads:
# the flavour whose libstdc++ has std::thread and std::mutex), against the
# static libraries packaging/deps/build-deps.sh mingw64 installed into
# LKIP_DEPS_PREFIX, and links everything statically: the exe needs no DLL
# that Windows itself does not ship.
#   cmake -S . -B build-windows -DCMAKE_TOOLCHAIN_FILE=packaging/windows/mingw64.cmake \
#         -DLKIP_DEPS_PREFIX=$PWD/build-deps/mingw64
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(LKIP_MINGW_TRIPLET x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${LKIP_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${LKIP_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${LKIP_MINGW_TRIPLET}-windres)

if(NOT LKIP_DEPS_PREFIX)
  message(FATAL_ERROR "mingw64.cmake: set LKIP_DEPS_PREFIX to the prefix of packaging/deps/build-deps.sh mingw64")
endif()
# CMake's compiler checks read this file again in a project of their own.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES LKIP_DEPS_PREFIX)

# Libraries, headers and packages from MinGW's own tree (its zlib) and the
# prefix only, never the machine's; programs from the machine.
set(CMAKE_FIND_ROOT_PATH /usr/${LKIP_MINGW_TRIPLET} ${LKIP_DEPS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config sees the prefix's modules only, with the flags of a static link.
set(ENV{PKG_CONFIG_LIBDIR} ${LKIP_DEPS_PREFIX}/lib/pkgconfig)
unset(ENV{PKG_CONFIG_PATH})
set(PKG_CONFIG_ARGN --static)

# libstdc++, libgcc and winpthread linked in, not DLLs beside the exe; and
# MinGW's libz.a, never the import library of zlib1.dll.
set(CMAKE_EXE_LINKER_FLAGS_INIT -static)
set(CMAKE_USER_MAKE_RULES_OVERRIDE ${CMAKE_CURRENT_LIST_DIR}/static_libraries.cmake)

# ctest and catch_discover_tests run the test executables under Wine.
find_program(LKIP_WINE64 wine64 PATHS /usr/lib/wine)
if(LKIP_WINE64)
  set(CMAKE_CROSSCOMPILING_EMULATOR env WINEDEBUG=-all ${LKIP_WINE64})
endif()
