# The generated recording rules read back by the engine (issue 11, parts 1 and 2), on an HA pair that
# has them loaded (scripts/stack --topology ha --slaops-rules): every recorded figure equals its raw
# query at the time its rule wrote it, --raw reads none, another profile version is noticed; and the
# differential test passes with the rules as it does without them (check_differential on the live
# stack). Included from tests/integration/CMakeLists.txt.
set(SLAOPS_RECORDED_STACK_DIR ${CMAKE_BINARY_DIR}/recorded-stack)
add_test(NAME recorded_stack_start COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack start --dir ${SLAOPS_RECORDED_STACK_DIR}
  --build ${CMAKE_BINARY_DIR} --topology ha --slaops-rules --nodes 1)
add_test(NAME recorded_stack_stop COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack stop --dir ${SLAOPS_RECORDED_STACK_DIR})
set_tests_properties(recorded_stack_start PROPERTIES FIXTURES_SETUP recorded_stack LABELS integration TIMEOUT 180)
set_tests_properties(recorded_stack_stop PROPERTIES FIXTURES_CLEANUP recorded_stack LABELS integration TIMEOUT 60)

add_test(NAME check_recorded COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/check_recorded.py
  $<TARGET_FILE:slaops> ${SLAOPS_RECORDED_STACK_DIR} ${PROJECT_SOURCE_DIR})
add_test(NAME check_differential_recorded COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/check_differential.py
  $<TARGET_FILE:slaops> ${SLAOPS_RECORDED_STACK_DIR} ${PROJECT_SOURCE_DIR})
# check_differential stops and starts the first replica: after check_recorded, which reads it.
set_tests_properties(check_recorded check_differential_recorded PROPERTIES FIXTURES_REQUIRED recorded_stack
  RESOURCE_LOCK recorded_stack LABELS integration TIMEOUT 300)

# The engine over the topologies: the active HA replica killed, then frozen (on the HA stack above); a
# regional Prometheus stopped (on a regional stack of its own).
add_executable(tst_scaleout tst_scaleout.cpp)
target_link_libraries(tst_scaleout PRIVATE slaops_core Qt6::Test slaops_policy)
target_compile_definitions(tst_scaleout PRIVATE SLAOPS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_test(NAME integration_scaleout_ha COMMAND tst_scaleout ha)
set_tests_properties(integration_scaleout_ha PROPERTIES FIXTURES_REQUIRED recorded_stack RESOURCE_LOCK recorded_stack
  LABELS integration TIMEOUT 300 ENVIRONMENT "SLAOPS_STACK_DIR=${SLAOPS_RECORDED_STACK_DIR}")

set(SLAOPS_REGIONAL_STACK_DIR ${CMAKE_BINARY_DIR}/regional-stack)
add_test(NAME regional_stack_start COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack start --dir ${SLAOPS_REGIONAL_STACK_DIR}
  --build ${CMAKE_BINARY_DIR} --topology regional --slaops-rules --nodes 1)
add_test(NAME regional_stack_stop COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack stop --dir ${SLAOPS_REGIONAL_STACK_DIR})
set_tests_properties(regional_stack_start PROPERTIES FIXTURES_SETUP regional_stack LABELS integration TIMEOUT 180)
set_tests_properties(regional_stack_stop PROPERTIES FIXTURES_CLEANUP regional_stack LABELS integration TIMEOUT 60)
add_test(NAME integration_scaleout_regional COMMAND tst_scaleout regional)
set_tests_properties(integration_scaleout_regional PROPERTIES FIXTURES_REQUIRED regional_stack LABELS integration
  TIMEOUT 300 ENVIRONMENT "SLAOPS_STACK_DIR=${SLAOPS_REGIONAL_STACK_DIR}")
