# The Debian package: `cmake --build build --target package` writes build/allot_<version>_<arch>.deb
# (scripts/check-package.sh builds it, checks it and installs it on a brand-new Debian 12).
#
# Its dependencies are found from the binaries, never typed: dpkg-shlibdeps reads the libraries
# allot and allot-cli link, and the Qt plugins they load at run time (which no linker sees: the
# SQLite driver, the X11 platform, SVG images and icons) are traced to the packages that ship
# those plugin files, as are Qt's own translations (a recommendation).
if(NOT UNIX OR APPLE)
    return()
endif()
find_program(DPKG_QUERY dpkg-query)
if(NOT DPKG_QUERY)
    return()
endif()

# The package that ships FILE (dpkg-query -S prints "package:arch: /path").
function(allot_package_shipping file out)
    set(${out} "" PARENT_SCOPE)
    if(NOT EXISTS "${file}")
        return()
    endif()
    execute_process(COMMAND ${DPKG_QUERY} -S "${file}" OUTPUT_VARIABLE owner
                    RESULT_VARIABLE status ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(status EQUAL 0 AND owner MATCHES "^([^:,]+)")
        set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
    endif()
endfunction()

# Each plugin as the Qt module whose CMake folder describes it, and its name there.
set(ALLOT_RUNTIME_PLUGINS Sql:QSQLiteDriverPlugin)
if(ALLOT_BUILD_GUI)
    list(APPEND ALLOT_RUNTIME_PLUGINS Gui:QXcbIntegrationPlugin Gui:QSvgPlugin Gui:QSvgIconPlugin)
endif()
# The packages of the Qt libraries the programs link: dpkg-shlibdeps names those (with versions).
set(ALLOT_LINKED_PACKAGES "")
foreach(library Qt6::Core Qt6::Sql Qt6::Gui Qt6::Widgets Qt6::Charts)
    if(TARGET ${library})
        get_target_property(location ${library} LOCATION)
        allot_package_shipping("${location}" package)
        list(APPEND ALLOT_LINKED_PACKAGES ${package})
    endif()
endforeach()
set(ALLOT_PLUGIN_PACKAGES "")
foreach(entry ${ALLOT_RUNTIME_PLUGINS})
    string(REPLACE ":" ";" entry "${entry}")
    list(GET entry 0 module)
    list(GET entry 1 plugin)
    # Debian's Qt has no Qt6<Module>Plugins.cmake that would load them with the module.
    if(NOT TARGET Qt6::${plugin})
        find_package(Qt6${plugin} CONFIG QUIET HINTS ${Qt6${module}_DIR} NO_DEFAULT_PATH)
    endif()
    if(NOT TARGET Qt6::${plugin})
        message(WARNING "No .deb: the Qt plugin ${plugin} is not known to CMake (no "
                        "Qt6${plugin}Config.cmake in ${Qt6${module}_DIR}; its -dev package?)")
        return()
    endif()
    get_target_property(location Qt6::${plugin} LOCATION)
    allot_package_shipping("${location}" package)
    if(NOT package)
        # A Qt that dpkg did not install (Qt's installer, a build of one's own) makes no .deb.
        message(WARNING "No .deb: no installed package ships ${location} (${plugin})")
        return()
    endif()
    if(NOT package IN_LIST ALLOT_LINKED_PACKAGES)
        list(APPEND ALLOT_PLUGIN_PACKAGES ${package})
    endif()
endforeach()
list(REMOVE_DUPLICATES ALLOT_PLUGIN_PACKAGES)
list(JOIN ALLOT_PLUGIN_PACKAGES ", " ALLOT_PLUGIN_DEPENDS)

set(ALLOT_RECOMMENDS "")
if(ALLOT_BUILD_GUI)
    get_target_property(qmake Qt6::qmake IMPORTED_LOCATION)
    execute_process(COMMAND ${qmake} -query QT_INSTALL_TRANSLATIONS OUTPUT_VARIABLE qt_translations
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    allot_package_shipping("${qt_translations}/qtbase_de.qm" ALLOT_RECOMMENDS)
endif()

# The changelog a Debian package carries, made from the version (a native package: changelog.gz).
string(TIMESTAMP ALLOT_CHANGELOG_TIME "%a, %d %b %Y 00:00:00 +0000" UTC)
set(ALLOT_CONTACT "The Allot developers <developers@allotbudget.org>")
file(WRITE ${CMAKE_BINARY_DIR}/debian/changelog
     "allot (${PROJECT_VERSION}) stable; urgency=medium\n\n"
     "  * Allot ${PROJECT_VERSION}: see the README's list of what it does.\n\n"
     " -- ${ALLOT_CONTACT}  ${ALLOT_CHANGELOG_TIME}\n")
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/debian/changelog.gz
                   COMMAND gzip -9 -n -c ${CMAKE_BINARY_DIR}/debian/changelog > ${CMAKE_BINARY_DIR}/debian/changelog.gz
                   DEPENDS ${CMAKE_BINARY_DIR}/debian/changelog VERBATIM)
add_custom_target(allot_debian_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/debian/changelog.gz)
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright ${CMAKE_BINARY_DIR}/debian/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/allot)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME allot)
set(CPACK_PACKAGE_VENDOR "The Allot developers")
set(CPACK_PACKAGE_CONTACT "${ALLOT_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "household budget in which every action is saved whole or not at all")
set(CPACK_PACKAGE_DESCRIPTION
    "Allot keeps a household's envelope budget: people, accounts, envelopes with\n"
    "money assigned each month, expenses, income, transfers and bank imports (CSV,\n"
    "QIF, OFX). Every action that touches more than one row runs as one database\n"
    "transaction: all of it is saved, or none of it, and a failure leaves the data\n"
    "exactly as it was.\n"
    "\n"
    "This package contains the window (allot) and the command-line client\n"
    "(allot-cli), in English, German and French.")
list(JOIN CPACK_PACKAGE_DESCRIPTION "" CPACK_PACKAGE_DESCRIPTION)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${ALLOT_PLUGIN_DEPENDS}")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "${ALLOT_RECOMMENDS}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# Only the programs and their files: the static libraries, tests and benchmarks install nothing.
include(CPack)
