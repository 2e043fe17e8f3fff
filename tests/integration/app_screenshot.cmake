# End to end: the real console, pointed at the running stack, renders itself offscreen once live data
# has arrived (--screenshot) and exits 0. Run with -DSLAOPS=... -DSTACK_DIR=... -DOUT=...
file(STRINGS "${STACK_DIR}/env" env_lines)
foreach(line IN LISTS env_lines)
  if(line MATCHES "^([A-Z_]+)=\"?([^\"]*)\"?$")
    set(${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
  endif()
endforeach()
if(NOT PROMETHEUS_URL OR NOT ALERTMANAGER_URL)
  message(FATAL_ERROR "no running stack: ${STACK_DIR}/env has no PROMETHEUS_URL / ALERTMANAGER_URL")
endif()
file(REMOVE "${OUT}")
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(
  COMMAND "${SLAOPS}" --prometheus "${PROMETHEUS_URL}" --alertmanager "${ALERTMANAGER_URL}"
          --refresh-ms 1000 --screenshot "${OUT}" ${EXTRA_ARGS}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "slaops --screenshot failed (${rc}):\n${out}\n${err}")
endif()
if(NOT EXISTS "${OUT}")
  message(FATAL_ERROR "slaops exited 0 but wrote no ${OUT}")
endif()
file(SIZE "${OUT}" size)
file(READ "${OUT}" magic LIMIT 8 HEX)
if(NOT magic STREQUAL "89504e470d0a1a0a" OR size LESS 20000)
  message(FATAL_ERROR "${OUT} is not a plausible PNG of the console (${size} bytes, magic ${magic})")
endif()
message(STATUS "wrote ${OUT} (${size} bytes)")
