# The HTML page as a browser shows it: rendered by headless Chromium with the
# network blocked (render_check.sh). Registered only where Chromium is
# installed (Debian: apt-get install chromium).
find_program(LKIP_CHROMIUM NAMES chromium chromium-browser)
if(LKIP_CHROMIUM)
  set(LKIP_RENDER_CHECK ${CMAKE_CURRENT_SOURCE_DIR}/html/render_check.sh)
  # The reference draws six charts: capaian, four trends (the predikat has
  # none) and serapan per program.
  add_test(NAME html.chromium.reference
           COMMAND ${LKIP_RENDER_CHECK} $<TARGET_FILE:lkip> ${LKIP_CHROMIUM}
                   ${CMAKE_CURRENT_BINARY_DIR}/html/reference 6 --contoh
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  # Markup in every name of the project must reach the reader as text.
  add_test(NAME html.chromium.hostile
           COMMAND ${LKIP_RENDER_CHECK} $<TARGET_FILE:lkip> ${LKIP_CHROMIUM}
                   ${CMAKE_CURRENT_BINARY_DIR}/html/hostile 3 tests/golden/projects/hostile-names
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(html.chromium.reference html.chromium.hostile PROPERTIES TIMEOUT 300 LABELS chromium)
endif()
