# Installation layout and installers (CPack): .deb, .rpm and .tar.gz on Linux, NSIS on Windows.
# Included from the top-level CMakeLists.txt after the executables exist. Build packages with
#   cmake --build build && cd build && cpack            (every generator of this platform)
#   cd build && cpack -G DEB                            (one of them)
include(GNUInstallDirs)

set(CASELINE_APP_ID org.caseline.Caseline)
set(CASELINE_HOMEPAGE https://caseline.org/)
set(CASELINE_MAINTAINER "The Caseline authors <maintainers@caseline.org>")
set(caseline_installer_dir ${CMAKE_CURRENT_LIST_DIR})
set(caseline_installer_build_dir ${CMAKE_BINARY_DIR}/installer)
# Directories in the packages are 0755 whatever the builder's umask.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# --- Executables -----------------------------------------------------------------------------
# All three go to one folder: `caseline --demo` starts the caseline-backoffice found next to its
# own executable (app/caseline/DemoBackoffice.cpp). The libraries are static, so nothing else.
set(caseline_programs caseline-cli caseline-backoffice)
if(TARGET caseline)
    list(PREPEND caseline_programs caseline)
endif()
# Qt and every other library live in the system's library folders, so no RPATH is needed;
# an explicit empty one keeps a build-tree path out of the installed binaries.
set_target_properties(${caseline_programs} PROPERTIES INSTALL_RPATH "")
if(WIN32)
    # The DLLs they load are collected below.
    install(TARGETS ${caseline_programs} RUNTIME_DEPENDENCY_SET caseline_dlls
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
    install(TARGETS ${caseline_programs} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
if(CMAKE_OBJCOPY AND NOT WIN32 AND NOT APPLE)
    # A stripped install (CPACK_STRIP_FILES) also drops the compiler's .comment and .note
    # sections, as Debian's dh_strip does; plain `strip` keeps them.
    install(CODE "
        if(CMAKE_INSTALL_DO_STRIP)
            foreach(program ${caseline_programs})
                execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment
                    --remove-section=.note
                    \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${program}\"
                    COMMAND_ERROR_IS_FATAL ANY)
            endforeach()
        endif()")
endif()

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    # Debian's hardening: the GOT is read-only after start (full RELRO needs immediate binding).
    foreach(program ${caseline_programs})
        target_link_options(${program} PRIVATE -Wl,-z,relro -Wl,-z,now)
    endforeach()
endif()

# --- Desktop integration, manual pages, documentation (freedesktop.org systems) -------------
if(UNIX AND NOT APPLE)
    install(FILES ${caseline_installer_dir}/${CASELINE_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${caseline_installer_dir}/${CASELINE_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

    # Icons: the hand-drawn SVG is the source; the PNG sizes are rendered from it at build time
    # with rsvg-convert (Debian package librsvg2-bin, installed by installer/install-deps.sh).
    set(icon_svg ${caseline_installer_dir}/icons/${CASELINE_APP_ID}.svg)
    install(FILES ${icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    find_program(CASELINE_RSVG_CONVERT rsvg-convert)
    if(NOT CASELINE_RSVG_CONVERT)
        message(FATAL_ERROR "rsvg-convert renders the application icons: install librsvg2-bin "
                            "(bash installer/install-deps.sh)")
    endif()
    set(icon_pngs)
    foreach(size 16 24 32 48 64 128 256)
        set(png ${caseline_installer_build_dir}/icons/${size}x${size}/${CASELINE_APP_ID}.png)
        add_custom_command(
            OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${caseline_installer_build_dir}/icons/${size}x${size}
            COMMAND ${CASELINE_RSVG_CONVERT} --width ${size} --height ${size} --output ${png} ${icon_svg}
            DEPENDS ${icon_svg}
            COMMENT "Rendering the ${size}x${size} application icon"
            VERBATIM)
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        list(APPEND icon_pngs ${png})
    endforeach()

    # Manual pages and the changelog are installed compressed as Debian policy asks;
    # gzip -n leaves name and time out, so the packages are reproducible.
    find_program(CASELINE_GZIP gzip REQUIRED)
    set(gzipped)
    foreach(page caseline caseline-cli caseline-backoffice)
        set(gz ${caseline_installer_build_dir}/man/${page}.1.gz)
        add_custom_command(
            OUTPUT ${gz}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${caseline_installer_build_dir}/man
            COMMAND ${CASELINE_GZIP} -9n -c ${caseline_installer_dir}/man/${page}.1 > ${gz}
            DEPENDS ${caseline_installer_dir}/man/${page}.1
            COMMENT "Compressing the manual page ${page}(1)")
        install(FILES ${gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        list(APPEND gzipped ${gz})
    endforeach()
    set(changelog_gz ${caseline_installer_build_dir}/changelog.gz)
    add_custom_command(
        OUTPUT ${changelog_gz}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${caseline_installer_build_dir}
        COMMAND ${CASELINE_GZIP} -9n -c ${caseline_installer_dir}/changelog > ${changelog_gz}
        DEPENDS ${caseline_installer_dir}/changelog
        COMMENT "Compressing the changelog")
    list(APPEND gzipped ${changelog_gz})
    add_custom_target(caseline_installer_files ALL DEPENDS ${icon_pngs} ${gzipped})

    # The package's name, not the project's: /usr/share/doc/caseline.
    set(caseline_docdir ${CMAKE_INSTALL_DATADIR}/doc/caseline)
    install(FILES ${caseline_installer_dir}/copyright ${changelog_gz} DESTINATION ${caseline_docdir})
    install(FILES ${caseline_installer_dir}/caseline.lintian-overrides
            DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
            RENAME caseline)
endif()

# --- Windows: Qt's DLLs and plugins next to the executables ---------------------------------
if(WIN32)
    # Qt 6.4's signature: qt_generate_deploy_app_script(TARGET t FILENAME_VARIABLE v
    # [NO_UNSUPPORTED_PLATFORM_ERROR]); the script runs windeployqt at install time, so
    # `cpack -G NSIS` ships the Qt DLLs, the platform plugin and the SQL drivers.
    foreach(program ${caseline_programs})
        qt_generate_deploy_app_script(TARGET ${program} FILENAME_VARIABLE deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${deploy_script})
    endforeach()
    # libcurl and its own dependencies are no Qt libraries: CMake collects them, searching PATH
    # as Windows does. Qt's are left to windeployqt, the system's to Windows.
    file(TO_CMAKE_PATH "$ENV{PATH}" dll_search_path)
    install(RUNTIME_DEPENDENCY_SET caseline_dlls
            PRE_EXCLUDE_REGEXES "[Aa][Pp][Ii]-[Mm][Ss]-.*" "[Ee][Xx][Tt]-[Mm][Ss]-.*" "^[Qq][Tt]6.*"
            POST_EXCLUDE_REGEXES ".*[Ss][Yy][Ss][Tt][Ee][Mm]32/.*"
            DIRECTORIES ${dll_search_path}
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# --- CPack -------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME caseline)
set(CPACK_PACKAGE_VENDOR "The Caseline authors")
set(CPACK_PACKAGE_CONTACT "${CASELINE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL ${CASELINE_HOMEPAGE})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "console for retail customer service")
# Wrapped by hand: the Debian generator copies the lines as they are (at most 80 columns).
set(CPACK_PACKAGE_DESCRIPTION
"Caseline puts one unified case timeline in front of the call-center agent,
the store's service desk and the supervisor, built live from the retailer's
back-office systems (orders, delivery, payments, returns, customer
notifications) plus the case's own notes, contacts and escalations. It flags
contradictions between those systems before the customer finds them and lets
the agent act on the case, with every action delivered exactly once.

This package holds the console (caseline), the command-line tool
(caseline-cli) and a reference back-office server with demo data
(caseline-backoffice). Cases are kept in SQLite or in a PostgreSQL store
shared by the team.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Caseline)
set(CPACK_PACKAGE_EXECUTABLES caseline Caseline)
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
else()
    set(CPACK_GENERATOR DEB TGZ)
    find_program(CASELINE_RPMBUILD rpmbuild)
    if(CASELINE_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
endif()

# Debian (and Ubuntu) package.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps sees only the libraries the executables link. Qt loads these as plugins:
# - libqt6sql6-sqlite: the QSQLITE driver of the default case store;
# - libqt6sql6-psql: the QPSQL driver of the PostgreSQL store a team shares.
# The xcb platform plugin the console needs is in libqt6gui6 on Debian 12 (not in
# qt6-qpa-plugins, which there holds only the VNC and TUIO plugins), and shlibdeps already
# adds libqt6gui6 because caseline links Qt Gui.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CASELINE_MAINTAINER}")

# RPM package; the names below are Fedora's (and RHEL/EPEL's) Qt 6 packages. rpmbuild's
# automatic scan adds the linked libraries; the plugins Qt loads it cannot see:
# qt6-qtbase holds the QSQLITE driver, qt6-qtbase-postgresql the QPSQL driver,
# qt6-qtbase-gui the xcb platform plugin.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_SUMMARY "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_URL ${CASELINE_HOMEPAGE})
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase, qt6-qtbase-gui, qt6-qtbase-postgresql")
# Folders the distribution's own packages own (filesystem, hicolor-icon-theme, man-pages):
# the package must not claim them too.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/lintian /usr/share/lintian/overrides
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# Windows installer: a Start-menu entry for the console, an uninstaller, the bin folder
# optionally on PATH so caseline-cli works from a terminal.
set(CPACK_NSIS_PACKAGE_NAME Caseline)
set(CPACK_NSIS_DISPLAY_NAME Caseline)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\caseline.exe")
set(CPACK_NSIS_MENU_LINKS ${CASELINE_HOMEPAGE} "Caseline website")
set(CPACK_NSIS_URL_INFO_ABOUT ${CASELINE_HOMEPAGE})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)

include(CPack)
