# `cmake --install`: the lkip binary with its manual page, bash completion
# and documentation (component `runtime`), and the libraries lkip::core and
# lkip::render with their public headers and a package config, so that
# another program writes find_package(lkip) and links lkip::core (component
# `development`). The components are the two Debian packages
# (lkip_cpack.cmake).
include(CMakePackageConfigHelpers)

install(TARGETS lkip RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
configure_file(${PROJECT_SOURCE_DIR}/packaging/man/lkip.1.in ${PROJECT_BINARY_DIR}/lkip.1 @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/lkip.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime)
# Where bash-completion looks for the completion of `lkip`.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/completion/lkip
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions COMPONENT runtime)
# The README beside docs/, so that its links to docs/*.md hold; lkip(1)
# points there.
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)

install(TARGETS lkip_core lkip_render EXPORT lkipTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development)
# lkip_embedded (the reference project compiled in) is the binary's default
# input, not part of the library: a program using lkip reads its own
# projects. Neither it nor its header is installed.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/lkip ${LKIP_GENERATED_INCLUDE}/lkip
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development
        PATTERN embedded_project.hpp EXCLUDE)

set(LKIP_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/lkip)
install(EXPORT lkipTargets NAMESPACE lkip:: DESTINATION ${LKIP_CMAKE_DIR} COMPONENT development)
# The fmt lkip is compiled against, up to its next major version (fmt's ABI
# changes with it); any, when fmt came without a version.
if(fmt_VERSION_MAJOR)
  math(EXPR LKIP_FMT_NEXT_MAJOR "${fmt_VERSION_MAJOR} + 1")
  set(LKIP_FMT_VERSIONS "${fmt_VERSION}...<${LKIP_FMT_NEXT_MAJOR}")
endif()
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/lkipConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/lkipConfig.cmake INSTALL_DESTINATION ${LKIP_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/lkipConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/lkipConfig.cmake ${PROJECT_BINARY_DIR}/lkipConfigVersion.cmake
        DESTINATION ${LKIP_CMAKE_DIR} COMPONENT development)
