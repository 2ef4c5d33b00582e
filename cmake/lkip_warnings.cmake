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
endfunction()
