# The Debian package (CPack's DEB generator): `cpack -G DEB` in the build folder writes
# coopnet_<version>_amd64.deb with the CLI, its manual page and bash completion, the samples
# under /usr/share/coopnet, the C++ library (static libraries, headers, CMake package), the
# Python module (when built) and the documents under /usr/share/doc/coopnet.
# Depends is found by dpkg-shlibdeps (Debian's dpkg-dev) from the libraries the installed
# programs link, so it names exactly Debian 12's runtime packages they need (libcgraph6,
# libgvc6, libnettle8, libzip4, libxlsxwriter4, libstdc++6, ...).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME coopnet)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "analyse cooperation networks of actors in district programmes")
set(CPACK_PACKAGE_DESCRIPTION
    "coopnet models the actors of a district programme (offices, associations, schools,
companies, foundations ...) and their cooperation as a network: who works with whom, who
holds the cooperation together, where it is fragile and where cooperation is missing.
It reads planners' spreadsheets and the files of other network tools, computes measures
that follow named papers, draws cooperation maps and writes an HTML report (German or
English). Includes the C++ library (static, with headers and a CMake package) and the
Python module.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_CONTACT "coopnet developers")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "coopnet developers")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # coopnet_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The C++ library's headers need these to be used (find_package(coopnet) finds them again);
# the CLI and the Python module do not.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS
    "libboost-dev, libeigen3-dev, libspectra-dev, nlohmann-json3-dev, libpugixml-dev, libgraphviz-dev, nettle-dev, libzip-dev, libxlsxwriter-dev")
if(COOPNET_PYTHON)
    # The module is built for one Python (its file name says cpython-311).
    math(EXPR next_minor "${Python_VERSION_MINOR} + 1")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "python3 (>= ${Python_VERSION_MAJOR}.${Python_VERSION_MINOR}), python3 (<< ${Python_VERSION_MAJOR}.${next_minor})")
endif()
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
