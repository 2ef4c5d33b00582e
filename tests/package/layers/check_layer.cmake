# layers.* (cmake -P): whether a file of one layer can include a header.
# The command line of the first file under LAYER_DIR in COMPILE_COMMANDS
# (compile_commands.json), with probe.cpp in place of that file, must
#   compile with LKIP_PROBE_INCLUDE=ALLOWED (a header the layer uses: the
#     positive control, so that the probe cannot fail for another reason), and
#   fail with FORBIDDEN, an existing header of FORBIDDEN_ROOT, with an error
#     matching EXPECTED_ERROR (default: the header is not found).
foreach(header_root IN ITEMS "${ALLOWED_ROOT}/${ALLOWED}" "${FORBIDDEN_ROOT}/${FORBIDDEN}")
  if(NOT EXISTS ${header_root})
    message(FATAL_ERROR "${header_root} does not exist: the probe would test nothing")
  endif()
endforeach()

file(READ ${COMPILE_COMMANDS} commands)
string(JSON count LENGTH "${commands}")
math(EXPR last "${count} - 1")
foreach(index RANGE ${last})
  string(JSON file GET "${commands}" ${index} file)
  string(FIND "${file}" "${LAYER_DIR}/" position)
  if(position EQUAL 0)
    string(JSON command GET "${commands}" ${index} command)
    string(JSON directory GET "${commands}" ${index} directory)
    break()
  endif()
endforeach()
if(NOT DEFINED command)
  message(FATAL_ERROR "no file under ${LAYER_DIR} in ${COMPILE_COMMANDS}")
endif()

# The same command, checking the probe's syntax only: "-o OBJECT" dropped,
# "-c FILE" replaced.
separate_arguments(words UNIX_COMMAND "${command}")
set(probe_command "")
set(skip_next FALSE)
foreach(word IN LISTS words)
  if(skip_next)
    set(skip_next FALSE)
  elseif(word STREQUAL "-o" OR word STREQUAL "-c")
    set(skip_next TRUE)
  else()
    list(APPEND probe_command "${word}")
  endif()
endforeach()
list(APPEND probe_command -fsyntax-only ${CMAKE_CURRENT_LIST_DIR}/probe.cpp)

function(compile_probe header)
  execute_process(COMMAND ${probe_command} "-DLKIP_PROBE_INCLUDE=\"${header}\""
                  WORKING_DIRECTORY ${directory} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  set(probe_result ${result} PARENT_SCOPE)
  set(probe_output "${output}" PARENT_SCOPE)
endfunction()

compile_probe(${ALLOWED})
if(NOT probe_result EQUAL 0)
  message(FATAL_ERROR "the positive control failed: ${ALLOWED} with the command of ${file}:\n${probe_output}")
endif()

if(NOT EXPECTED_ERROR)
  string(REGEX REPLACE "([.+])" "\\\\\\1" escaped "${FORBIDDEN}")
  # GCC: "x.hpp: No such file or directory"; Clang: "'x.hpp' file not found".
  set(EXPECTED_ERROR "${escaped}'?:? (No such file or directory|file not found)")
endif()
compile_probe(${FORBIDDEN})
if(probe_result EQUAL 0)
  message(FATAL_ERROR "${FORBIDDEN} compiled with the command of ${file}: the layer is not enforced")
endif()
if(NOT probe_output MATCHES "${EXPECTED_ERROR}")
  message(FATAL_ERROR "${FORBIDDEN} failed with the command of ${file}, but not with \"${EXPECTED_ERROR}\":\n${probe_output}")
endif()
message(STATUS "${FORBIDDEN} refused as expected: ${CMAKE_MATCH_0}")
