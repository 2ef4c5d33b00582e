# package.add_subdirectory (cmake -P, run from lkip's source folder):
# parent/, a project that adds lkip with add_subdirectory(LKIP_SOURCE_DIR),
# configured fresh under WORK_DIR; only its program and what that needs
# (lkip::core) built; run on the reference project.
include(${CMAKE_CURRENT_LIST_DIR}/package_steps.cmake)
set(parent_build ${WORK_DIR}/parent-build)

lkip_configure(${CMAKE_CURRENT_LIST_DIR}/parent ${parent_build} -DLKIP_SOURCE_DIR=${LKIP_SOURCE_DIR})
lkip_step("building the parent" ${CMAKE_COMMAND} --build ${parent_build} --target lkip_parent --parallel ${JOBS})
lkip_step("the parent on data/bekasi-2020" ${parent_build}/lkip_parent data/bekasi-2020)
if(NOT LKIP_STEP_OUTPUT STREQUAL "137,86% Sangat Tinggi\n")
  message(FATAL_ERROR "the parent printed \"${LKIP_STEP_OUTPUT}\", not the reference's average \"137,86% Sangat Tinggi\"")
endif()
