# The XLSX workbook checked by a real spreadsheet program: LibreOffice
# recalculates every formula, and each figure must be lkip's, shown as lkip
# shows it (recalc_check.py). LibreOffice runs in the locale whose number
# marks are the other style's, so that the workbook's own formats must make
# the difference. Registered only where soffice is found.
find_program(LKIP_SOFFICE soffice)
find_package(Python3 COMPONENTS Interpreter)
if(LKIP_SOFFICE AND Python3_Interpreter_FOUND)
  set(LKIP_RECALC_CHECK ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/recalc_check.py
      --lkip $<TARGET_FILE:lkip> --soffice ${LKIP_SOFFICE})
  add_test(NAME xlsx.libreoffice.reference_id
           COMMAND ${LKIP_RECALC_CHECK} --reference --office-locale en-US)
  add_test(NAME xlsx.libreoffice.reference_en
           COMMAND ${LKIP_RECALC_CHECK} --reference --office-locale de-DE --lang en --angka en)
  # Names that look like formulas and markup stay inert text.
  add_test(NAME xlsx.libreoffice.hostile_names
           COMMAND ${LKIP_RECALC_CHECK} --office-locale en-US ${CMAKE_CURRENT_LIST_DIR}/../golden/projects/hostile-names)
  # The recap of every agency of tests/data and data/ (lkip rekap): its sums,
  # serapan, ranking, capaian and KET are formulas too.
  add_test(NAME xlsx.libreoffice.rekap
           COMMAND ${LKIP_RECALC_CHECK} --command rekap --office-locale en-US ${PROJECT_SOURCE_DIR}/data
                   ${PROJECT_SOURCE_DIR}/tests/data)
  # Every reference project as a workbook and back (lkip convert), and the
  # workbook saved again by LibreOffice: the same compute and verify output.
  add_test(NAME xlsx.libreoffice.convert_roundtrip
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/../cli/convert_roundtrip.py $<TARGET_FILE:lkip>
                   ${PROJECT_SOURCE_DIR} ${LKIP_SOFFICE})
  set_tests_properties(xlsx.libreoffice.convert_roundtrip PROPERTIES TIMEOUT 900 LABELS xlsx)
  set_tests_properties(xlsx.libreoffice.reference_id xlsx.libreoffice.reference_en xlsx.libreoffice.hostile_names
                       xlsx.libreoffice.rekap
                       PROPERTIES TIMEOUT 600 LABELS xlsx)
else()
  message(STATUS "soffice not found: the LibreOffice tests of the XLSX output are skipped")
endif()

# The other way: the XLSX reader of the core on workbooks LibreOffice wrote
# (the hidden Catch2 case "[libreoffice]" of tests/unit/xlsx/workbook_test.cpp
# converts a CSV and a libxlsxwriter workbook with soffice, then reads them).
if(LKIP_SOFFICE)
  add_test(NAME xlsx.libreoffice.read_workbook COMMAND lkip_tests "[libreoffice]" --warn NoTests)
  set_tests_properties(xlsx.libreoffice.read_workbook PROPERTIES ENVIRONMENT LKIP_SOFFICE=${LKIP_SOFFICE}
                       TIMEOUT 600 LABELS xlsx)
endif()
