# Packages (packaging/README.md): DEB and TGZ for Linux servers and desktops, a per-user NSIS
# installer for Windows workstations without administrator rights.
set(CPACK_PACKAGE_NAME "turbopredict")
set(CPACK_PACKAGE_VENDOR "TurboPredict")
set(CPACK_PACKAGE_CONTACT "TurboPredict engineering <engineering@turbopredict.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "TurboPredict")
set(CPACK_PACKAGE_EXECUTABLES "turbopredict;TurboPredict")
set(CPACK_STRIP_FILES ON)
if(NOT CPACK_GENERATOR)
  set(CPACK_GENERATOR "TGZ;DEB")
endif()

# DEB: shlibdeps finds the linked libraries; the plug-ins Qt loads at run time it cannot see.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

# NSIS: per user, under %LOCALAPPDATA%\Programs, no administrator rights. CMake's own template
# asks for admin rights and writes to HKLM; the copy made here from the template of the CMake in
# use asks for none and keeps everything in the user's part of the registry.
set(CPACK_NSIS_DISPLAY_NAME "TurboPredict")
set(CPACK_NSIS_PACKAGE_NAME "TurboPredict")
set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "turbopredict.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
find_file(TP_CMAKE_NSIS_TEMPLATE NSIS.template.in
          PATHS "${CMAKE_ROOT}/Modules/Internal/CPack" "${CMAKE_ROOT}/Modules" NO_DEFAULT_PATH)
if(TP_CMAKE_NSIS_TEMPLATE)
  file(READ "${TP_CMAKE_NSIS_TEMPLATE}" tp_nsis)
  string(REPLACE "RequestExecutionLevel admin" "RequestExecutionLevel user" tp_nsis "${tp_nsis}")
  string(REPLACE "SetShellVarContext all" "SetShellVarContext current" tp_nsis "${tp_nsis}")
  string(REPLACE "HKLM \"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" "HKCU \"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" tp_nsis "${tp_nsis}")
  file(WRITE "${CMAKE_BINARY_DIR}/packaging/nsis/NSIS.template.in" "${tp_nsis}")
  list(PREPEND CMAKE_MODULE_PATH "${CMAKE_BINARY_DIR}/packaging/nsis")
endif()
include(CPack)
