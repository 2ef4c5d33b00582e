# `cmake --install`: the lkip binary, the libraries lkip::core and
# lkip::render with their public headers, and a package config so that
# another program writes find_package(lkip) and links lkip::core.
include(CMakePackageConfigHelpers)

install(TARGETS lkip RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS lkip_core lkip_render EXPORT lkipTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/lkip ${LKIP_GENERATED_INCLUDE}/lkip
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(LKIP_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/lkip)
install(EXPORT lkipTargets NAMESPACE lkip:: DESTINATION ${LKIP_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/lkipConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/lkipConfig.cmake INSTALL_DESTINATION ${LKIP_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/lkipConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/lkipConfig.cmake ${PROJECT_BINARY_DIR}/lkipConfigVersion.cmake
        DESTINATION ${LKIP_CMAKE_DIR})
