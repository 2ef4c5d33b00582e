# The documents as they print (print_check.py): the HTML page printed to PDF
# by headless Chromium, the DOCX and the XLSX converted to PDF by LibreOffice;
# every caption and figure is on the paper, no word is off its page or broken
# inside, the type stays readable. Each on the reference, on markup in every
# name, and on a kabupaten's long indicator names. Registered where the
# program each needs is found (LKIP_CHROMIUM from html/tests.cmake,
# LKIP_SOFFICE from xlsx/tests.cmake).
find_package(Python3 COMPONENTS Interpreter)
find_program(LKIP_PDFTOTEXT pdftotext)

# print.<label>.<format>, _hostile and _semarang, printed by `program`
# (given to print_check.py as `program_option program`).
function(lkip_add_print_tests label format program_option program)
  set(check ${Python3_EXECUTABLE} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/print_check.py --lkip $<TARGET_FILE:lkip>
      ${program_option} ${program} --format ${format})
  set(name print.${label}.${format})
  add_test(NAME ${name} COMMAND ${check} --contoh)
  add_test(NAME ${name}_hostile COMMAND ${check} ${PROJECT_SOURCE_DIR}/tests/golden/projects/hostile-names)
  add_test(NAME ${name}_semarang COMMAND ${check} ${PROJECT_SOURCE_DIR}/tests/data/disdikbudpora-semarang-2020)
  # The recap of every agency of tests/data and data/ (lkip rekap).
  add_test(NAME ${name}_rekap COMMAND ${check} --command rekap ${PROJECT_SOURCE_DIR}/data ${PROJECT_SOURCE_DIR}/tests/data)
  set_tests_properties(${name} ${name}_hostile ${name}_semarang ${name}_rekap PROPERTIES TIMEOUT 300 LABELS ${format})
endfunction()

if(Python3_Interpreter_FOUND AND LKIP_PDFTOTEXT)
  if(LKIP_CHROMIUM)
    lkip_add_print_tests(chromium html --chromium ${LKIP_CHROMIUM})
  endif()
  if(LKIP_SOFFICE)
    lkip_add_print_tests(libreoffice xlsx --soffice ${LKIP_SOFFICE})
    lkip_add_print_tests(libreoffice docx --soffice ${LKIP_SOFFICE})
  endif()
else()
  message(STATUS "python3 or pdftotext (poppler-utils) not found: the print tests are skipped")
endif()
