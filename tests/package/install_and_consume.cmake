# package.install_and_consume (cmake -P, run from lkip's source folder):
# `cmake --install` of the build tree BUILD_DIR into a fresh prefix under
# WORK_DIR (the manual page and completion must be there too), then
# consumer/ configured against that prefix alone, built, and run on the
# reference project: it must print what the installed
# `lkip compute data/bekasi-2020 --format text` prints.
include(${CMAKE_CURRENT_LIST_DIR}/package_steps.cmake)
set(prefix ${WORK_DIR}/prefix)
set(consumer_build ${WORK_DIR}/consumer-build)
set(reference data/bekasi-2020)

file(REMOVE_RECURSE ${prefix})
lkip_step("cmake --install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} --config ${CONFIG})

# What a shell user gets besides the binary: its manual page, its bash
# completion and the documentation lkip(1) points to.
foreach(installed IN ITEMS share/man/man1/lkip.1 share/bash-completion/completions/lkip share/doc/lkip/README.md
                           share/doc/lkip/docs/panduan.md)
  if(NOT EXISTS ${prefix}/${installed})
    message(FATAL_ERROR "cmake --install did not install ${installed}")
  endif()
endforeach()

lkip_step("the installed lkip --version" ${prefix}/bin/lkip --version)
if(NOT LKIP_STEP_OUTPUT STREQUAL "lkip ${VERSION}\n")
  message(FATAL_ERROR "the installed lkip --version printed \"${LKIP_STEP_OUTPUT}\", not \"lkip ${VERSION}\"")
endif()

lkip_configure(${CMAKE_CURRENT_LIST_DIR}/consumer ${consumer_build}
               -DCMAKE_PREFIX_PATH=${prefix} -DLKIP_EXPECTED_VERSION=${VERSION})
# The package must come from the prefix, not from a build tree or the system.
file(STRINGS ${consumer_build}/CMakeCache.txt found_at REGEX "^lkip_DIR:")
string(FIND "${found_at}" "lkip_DIR:PATH=${prefix}/" position)
if(NOT position EQUAL 0)
  message(FATAL_ERROR "find_package(lkip) did not use the install prefix ${prefix}: ${found_at}")
endif()
lkip_step("building the consumer" ${CMAKE_COMMAND} --build ${consumer_build})

lkip_step("the consumer on ${reference}" ${consumer_build}/lkip_consumer ${reference})
set(consumer_output "${LKIP_STEP_OUTPUT}")
lkip_step("the installed lkip compute ${reference}" ${prefix}/bin/lkip compute ${reference} --format text)
if(NOT consumer_output STREQUAL LKIP_STEP_OUTPUT)
  file(WRITE ${WORK_DIR}/consumer.txt "${consumer_output}")
  file(WRITE ${WORK_DIR}/lkip.txt "${LKIP_STEP_OUTPUT}")
  message(FATAL_ERROR "the consumer's report differs from lkip's: diff ${WORK_DIR}/lkip.txt ${WORK_DIR}/consumer.txt")
endif()
# Equal, and the reference's figures: Tabel 3.1's overall average.
if(NOT consumer_output MATCHES "\nRATA-RATA +137,86% +Sangat Tinggi\n")
  message(FATAL_ERROR "the consumer's report lacks the reference's average capaian (137,86%):\n${consumer_output}")
endif()
