# cmake -DCPACK_CONFIG=<build>/CPackConfig.cmake -DWORK_DIR=... -DAPP_ID=... -DBINDIR=... -DDATADIR=...
#       -DLIBEXECDIR=... -DAPPSTREAMCLI=... [-DWITH_SIM=ON] -P check-deb.cmake
# Builds the .deb from an already built tree into WORK_DIR, checks what it holds and declares, then
# unpacks it and lets appstreamcli validate-tree check the installed metainfo, desktop file and icon together.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB --config "${CPACK_CONFIG}" -B "${WORK_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack -G DEB failed (${rc}):\n${out}")
endif()
file(GLOB debs "${WORK_DIR}/*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${WORK_DIR}, found ${n}:\n${out}")
endif()
message(STATUS "built ${debs}")

execute_process(COMMAND dpkg-deb -c "${debs}" RESULT_VARIABLE rc OUTPUT_VARIABLE contents ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -c failed: ${err}")
endif()
execute_process(COMMAND dpkg-deb -f "${debs}" Package Depends Suggests
                RESULT_VARIABLE rc OUTPUT_VARIABLE fields ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -f failed: ${err}")
endif()

set(wanted
  "./usr/${BINDIR}/slaops"
  "./usr/${DATADIR}/applications/${APP_ID}.desktop"
  "./usr/${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
  "./usr/${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
  "./usr/${DATADIR}/icons/hicolor/64x64/apps/${APP_ID}.png"
  "./usr/${DATADIR}/icons/hicolor/128x128/apps/${APP_ID}.png"
  "./usr/${DATADIR}/icons/hicolor/256x256/apps/${APP_ID}.png")
if(WITH_SIM)
  list(APPEND wanted "./usr/${LIBEXECDIR}/slaops/slaops-sim")
endif()
set(errors "")
foreach(path IN LISTS wanted)
  string(FIND "${contents}" " ${path}\n" at)
  if(at EQUAL -1)
    string(APPEND errors "  missing from the package: ${path}\n")
  endif()
endforeach()
if(NOT fields MATCHES "Package: slaops\n")
  string(APPEND errors "  package name is not slaops\n")
endif()
if(NOT fields MATCHES "Depends: [^\n]*libqt6[a-z]*6")
  string(APPEND errors "  Depends has no Qt library (dpkg-shlibdeps did not run?)\n")
endif()
if(NOT fields MATCHES "Suggests: [^\n]*prometheus-alertmanager")
  string(APPEND errors "  Suggests lacks prometheus-alertmanager\n")
endif()
if(errors)
  message(FATAL_ERROR "${debs}:\n${errors}\ncontents:\n${contents}\nfields:\n${fields}")
endif()

execute_process(COMMAND dpkg-deb -x "${debs}" "${WORK_DIR}/root" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -x failed: ${err}")
endif()
execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${WORK_DIR}/root"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "appstreamcli validate-tree on the unpacked package failed:\n${out}")
endif()
message(STATUS "package ok:\n${fields}")
