# cmake -DDESKTOP=... -DMETAINFO=... -DICON_DIR=... -DAPP_ID=... -DVERSION=... -P check-ids.cmake
# Fails when the desktop file name, its Icon=, the metainfo id and launchable, the metainfo file
# name, the icon files and the newest release disagree.
set(errors "")
macro(expect what actual wanted)
  if(NOT "${actual}" STREQUAL "${wanted}")
    string(APPEND errors "  ${what}: '${actual}', expected '${wanted}'\n")
  endif()
endmacro()

get_filename_component(desktop_name "${DESKTOP}" NAME)
expect("desktop file name" "${desktop_name}" "${APP_ID}.desktop")
get_filename_component(metainfo_name "${METAINFO}" NAME)
expect("metainfo file name" "${metainfo_name}" "${APP_ID}.metainfo.xml")

file(STRINGS "${DESKTOP}" icon_lines REGEX "^Icon=")
list(LENGTH icon_lines n)
expect("number of Icon= lines" "${n}" "1")
string(REGEX REPLACE "^Icon=" "" icon "${icon_lines}")
expect("desktop Icon=" "${icon}" "${APP_ID}")

file(READ "${METAINFO}" xml)
string(REGEX MATCH "<id>([^<]*)</id>" _ "${xml}")
expect("metainfo <id>" "${CMAKE_MATCH_1}" "${APP_ID}")
string(REGEX MATCH "<launchable type=\"desktop-id\">([^<]*)</launchable>" _ "${xml}")
expect("metainfo launchable" "${CMAKE_MATCH_1}" "${desktop_name}")
string(REGEX MATCH "<icon type=\"stock\">([^<]*)</icon>" _ "${xml}")
expect("metainfo stock icon" "${CMAKE_MATCH_1}" "${APP_ID}")
# Releases are listed newest first; the newest must be the version being built.
string(REGEX MATCH "<release version=\"([^\"]*)\"" _ "${xml}")
expect("newest metainfo release" "${CMAKE_MATCH_1}" "${VERSION}")

if(NOT EXISTS "${ICON_DIR}/${APP_ID}.svg")
  string(APPEND errors "  icon missing: ${ICON_DIR}/${APP_ID}.svg\n")
endif()
foreach(size 64 128 256)
  set(png "${ICON_DIR}/${size}x${size}/${APP_ID}.png")
  if(NOT EXISTS "${png}")
    string(APPEND errors "  icon missing: ${png}\n")
    continue()
  endif()
  # A PNG's IHDR holds width and height as big-endian 32-bit numbers at bytes 16..23.
  file(READ "${png}" ihdr OFFSET 16 LIMIT 8 HEX)
  string(SUBSTRING "${ihdr}" 0 8 w)
  string(SUBSTRING "${ihdr}" 8 8 h)
  math(EXPR w "0x${w}")
  math(EXPR h "0x${h}")
  expect("size of ${size}x${size}/${APP_ID}.png" "${w}x${h}" "${size}x${size}")
endforeach()

if(errors)
  message(FATAL_ERROR "desktop/metainfo/icon ids disagree:\n${errors}")
endif()
message(STATUS "ids agree: ${APP_ID}")
