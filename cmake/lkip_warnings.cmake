# lkip_warnings(TARGET): the same warnings for every lkip target, set on the
# target itself (an interface library would end up in the installed export).
function(lkip_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion)
  if(LKIP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(LKIP_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 with ASan reports std::function inside std::regex (Catch2's
    # main) as maybe uninitialized: a known false positive of that pairing.
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 12.3)
    # GCC 12.2 (Debian 12's, MinGW-w64's too) misfires -Wrestrict on
    # std::string's operator+(const char*, string&&) inlined at -O3 (the
    # Release builds of make windows and make dist): GCC bug 105651.
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
endfunction()
