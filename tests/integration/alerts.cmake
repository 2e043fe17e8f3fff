# Alert triage against three real Alertmanagers (scripts/stack: 1 and 2 one HA cluster, 3
# standalone) fed by the real Prometheus, with amtool as the witness. One stack for both tests:
# each switches to the latency-spike scenario and back, and they run one after the other.
set(SLAOPS_ALERTS_STACK_DIR ${CMAKE_BINARY_DIR}/alerts-stack)
add_test(NAME alerts_stack_start COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack start --dir ${SLAOPS_ALERTS_STACK_DIR}
  --build ${CMAKE_BINARY_DIR})
add_test(NAME alerts_stack_stop COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack stop --dir ${SLAOPS_ALERTS_STACK_DIR})
set_tests_properties(alerts_stack_start PROPERTIES FIXTURES_SETUP alerts_stack LABELS integration TIMEOUT 180)
set_tests_properties(alerts_stack_stop PROPERTIES FIXTURES_CLEANUP alerts_stack LABELS integration TIMEOUT 60)

add_executable(tst_alertpoller tst_alertpoller.cpp)
target_link_libraries(tst_alertpoller PRIVATE slaops_core Qt6::Test slaops_policy)
target_compile_definitions(tst_alertpoller PRIVATE SLAOPS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_test(NAME integration_alertpoller COMMAND tst_alertpoller)
set_tests_properties(integration_alertpoller PROPERTIES FIXTURES_REQUIRED alerts_stack LABELS integration TIMEOUT 300
  RESOURCE_LOCK alerts_stack ENVIRONMENT "SLAOPS_STACK_DIR=${SLAOPS_ALERTS_STACK_DIR}")

add_test(NAME integration_alerts_cli COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/check_alerts.py
  $<TARGET_FILE:slaops> ${SLAOPS_ALERTS_STACK_DIR} ${PROJECT_SOURCE_DIR})
set_tests_properties(integration_alerts_cli PROPERTIES FIXTURES_REQUIRED alerts_stack LABELS integration TIMEOUT 400
  RESOURCE_LOCK alerts_stack DEPENDS integration_alertpoller)
