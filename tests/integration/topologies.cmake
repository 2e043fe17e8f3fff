# scripts/stack's topologies (issue 11, part 4): an HA pair and regional Prometheus servers under a
# global one, each test on a stack of its own that it starts and stops itself (the faults it injects,
# a frozen replica and a stopped region, would disturb other tests). Included from
# tests/integration/CMakeLists.txt.
foreach(_topology ha regional)
  add_test(NAME stack_topology_${_topology} COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/check_topologies.py
    ${_topology} ${PROJECT_SOURCE_DIR}/scripts/stack ${CMAKE_BINARY_DIR})
  set_tests_properties(stack_topology_${_topology} PROPERTIES LABELS integration TIMEOUT 180)
endforeach()
