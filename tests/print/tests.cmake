# The documents as they print (print_check.py): the HTML page printed to PDF
# by headless Chromium, the DOCX and the XLSX converted to PDF by LibreOffice;
# every caption and figure is on the paper, no word is off its page, the type
# stays readable. Registered where the program each needs is found
# (LKIP_CHROMIUM from html/tests.cmake, LKIP_SOFFICE from xlsx/tests.cmake).
find_package(Python3 COMPONENTS Interpreter)
find_program(LKIP_PDFTOTEXT pdftotext)
if(Python3_Interpreter_FOUND AND LKIP_PDFTOTEXT)
  set(LKIP_PRINT_CHECK ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/print_check.py --lkip $<TARGET_FILE:lkip>)
  if(LKIP_CHROMIUM)
    add_test(NAME print.chromium.html COMMAND ${LKIP_PRINT_CHECK} --chromium ${LKIP_CHROMIUM} --format html --contoh)
    # Markup in every name; a kabupaten's long indicator names.
    add_test(NAME print.chromium.html_hostile
             COMMAND ${LKIP_PRINT_CHECK} --chromium ${LKIP_CHROMIUM} --format html
                     ${PROJECT_SOURCE_DIR}/tests/golden/projects/hostile-names)
    add_test(NAME print.chromium.html_semarang
             COMMAND ${LKIP_PRINT_CHECK} --chromium ${LKIP_CHROMIUM} --format html
                     ${PROJECT_SOURCE_DIR}/tests/data/disdikbudpora-semarang-2020)
    set_tests_properties(print.chromium.html print.chromium.html_hostile print.chromium.html_semarang
                         PROPERTIES TIMEOUT 300 LABELS chromium)
  endif()
  if(LKIP_SOFFICE)
    add_test(NAME print.libreoffice.xlsx COMMAND ${LKIP_PRINT_CHECK} --soffice ${LKIP_SOFFICE} --format xlsx --contoh)
    set_tests_properties(print.libreoffice.xlsx PROPERTIES TIMEOUT 600 LABELS xlsx)
    # The Word document: the reference, markup in every name, a kabupaten's long names.
    add_test(NAME print.libreoffice.docx COMMAND ${LKIP_PRINT_CHECK} --soffice ${LKIP_SOFFICE} --format docx --contoh)
    add_test(NAME print.libreoffice.docx_hostile
             COMMAND ${LKIP_PRINT_CHECK} --soffice ${LKIP_SOFFICE} --format docx
                     ${PROJECT_SOURCE_DIR}/tests/golden/projects/hostile-names)
    add_test(NAME print.libreoffice.docx_semarang
             COMMAND ${LKIP_PRINT_CHECK} --soffice ${LKIP_SOFFICE} --format docx
                     ${PROJECT_SOURCE_DIR}/tests/data/disdikbudpora-semarang-2020)
    set_tests_properties(print.libreoffice.docx print.libreoffice.docx_hostile print.libreoffice.docx_semarang
                         PROPERTIES TIMEOUT 300 LABELS docx)
  endif()
else()
  message(STATUS "python3 or pdftotext (poppler-utils) not found: the print tests are skipped")
endif()
