# `cpack -G DEB` (make deb): Debian 12 packages of the install rules'
# components. `lkip` holds what a planner runs: the binary (stripped), lkip(1),
# the bash completion and the docs; its Depends are the shared libraries the
# binary links, found by dpkg-shlibdeps (dpkg-dev). `lkip-dev` holds what a
# programmer links: the static lkip::core and lkip::render (about 220 MB
# with their debug information, which a planner never needs), the headers
# and the CMake package config; its Depends are the -dev packages that
# lkipConfig.cmake finds.
set(CPACK_PACKAGE_NAME lkip)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Whoever builds the packages for others puts their own name here.
set(LKIP_PACKAGE_MAINTAINER "lkip maintainers <maintainers@users.noreply.r-seed-da2e4f12.example>"
    CACHE STRING "The Maintainer of lkip's Debian packages")
set(CPACK_PACKAGE_CONTACT "${LKIP_PACKAGE_MAINTAINER}")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime development)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME lkip)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME lkip-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
# xlsxwriter.pc links -lz; pkg-config finds the others for lkipConfig.cmake.
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS
    "libfmt-dev, libzip-dev, libexpat1-dev, libxlsxwriter-dev, zlib1g-dev, pkg-config")
# The first line is the summary.
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION
    "Bab III tables of Indonesian government performance reports (LKIP)
lkip computes the performance-accountability tables (Bab III) of an
Indonesian government agency's yearly report (LKIP / LKjIP under SAKIP)
from the agency's plan and raw data, exactly, as text, Markdown, JSON,
CSV, HTML, XLSX or DOCX, and checks a written report's figures against
them (lkip verify).")
set(CPACK_DEBIAN_DEVELOPMENT_DESCRIPTION
    "lkip's libraries for reading LKIP projects and rendering their tables
The static libraries lkip::core and lkip::render, their headers and a
CMake package config: find_package(lkip) and link lkip::core.")

include(CPack)
