# Read after CMake's platform file for MinGW, which makes find_library prefer
# an import library (libz.dll.a, the DLL's) to the static one (mingw64.cmake
# names this file as CMAKE_USER_MAKE_RULES_OVERRIDE): static libraries only,
# for pkg_check_modules' imported targets too.
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
