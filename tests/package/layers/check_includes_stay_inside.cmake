# layers.includes_stay_inside (cmake -P): a quoted #include is looked up
# next to the including file first, where no include path applies, so
# "../../cli/project_files.hpp" would reach the CLI from a core file. No
# file of the core or the renderers (under SOURCE_DIR) may climb out of its
# folder ("../") or name an absolute path.
set(escaping_includes "")
foreach(layer IN ITEMS src/core src/render)
  file(GLOB_RECURSE files ${SOURCE_DIR}/${layer}/*.hpp ${SOURCE_DIR}/${layer}/*.cpp)
  if(NOT files)
    message(FATAL_ERROR "no source file under ${SOURCE_DIR}/${layer}: nothing would be checked")
  endif()
  foreach(file IN LISTS files)
    file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<](\\.\\./|/)")
    foreach(line IN LISTS lines)
      string(APPEND escaping_includes "\n  ${file}: ${line}")
    endforeach()
  endforeach()
endforeach()
if(escaping_includes)
  message(FATAL_ERROR "includes that leave their layer's folder:${escaping_includes}")
endif()
