# Shared by the package tests (run with cmake -P): one step at a time, and a
# project configured the way the outer build is.

# lkip_step(WHAT COMMAND...): runs COMMAND; a failure stops the test with
# its output. Its standard output is left in LKIP_STEP_OUTPUT.
function(lkip_step what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${what} failed (${result}):\n${output}${errors}")
  endif()
  set(LKIP_STEP_OUTPUT "${output}" PARENT_SCOPE)
endfunction()

# lkip_configure(SOURCE BINARY [-DVAR=VALUE...]): a fresh configure with the
# outer build's generator, compiler, launcher and flags (GENERATOR,
# CXX_COMPILER, COMPILER_LAUNCHER, CXX_FLAGS, LINKER_FLAGS): a sanitized
# lkip links only into a sanitized program. No build type: unoptimised
# code compiles fastest.
function(lkip_configure source binary)
  file(REMOVE_RECURSE ${binary})
  set(arguments -S ${source} -B ${binary} -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
                "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${LINKER_FLAGS}")
  if(COMPILER_LAUNCHER)
    list(APPEND arguments -DCMAKE_CXX_COMPILER_LAUNCHER=${COMPILER_LAUNCHER})
  endif()
  lkip_step("configuring ${source}" ${CMAKE_COMMAND} ${arguments} ${ARGN})
endfunction()
