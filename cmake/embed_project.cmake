# Writes OUTPUT: a C++ file defining lkip::embedded_project_files(), the files
# of INPUT_DIR and its subfolders as (name, bytes) pairs, a file in a
# subfolder named by its relative path ("rekaman/kasus_anak_2020.csv", as
# lkip.json names it). Documentation (*.md) and scripts (*.py) beside the
# data are not part of the project and are left out. Run at build time by
# CMakeLists.txt.
file(GLOB_RECURSE files RELATIVE ${INPUT_DIR} ${INPUT_DIR}/*)
list(SORT files)
set(body "")
set(index 0)
foreach(name IN LISTS files)
  if(IS_DIRECTORY ${INPUT_DIR}/${name} OR name MATCHES "\\.(md|py)$")
    continue()
  endif()
  file(READ ${INPUT_DIR}/${name} hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND body "const char file_${index}[] = {${bytes} 0};\n")
  list(APPEND entries "{\"${name}\", std::string_view(file_${index}, ${size})}")
  math(EXPR index "${index} + 1")
endforeach()
list(JOIN entries ",\n    " joined)
file(WRITE ${OUTPUT} "// Generated from data/bekasi-2020 by cmake/embed_project.cmake. Do not edit.
#include \"lkip/input/embedded_project.hpp\"

namespace lkip {
namespace {
${body}}  // namespace

const std::vector<EmbeddedFile>& embedded_project_files() {
  static const std::vector<EmbeddedFile> files = {
    ${joined}
  };
  return files;
}

}  // namespace lkip
")
