# The action runner and `slaops action` against the simulator's Kubernetes and admin APIs (real
# kubectl, real TLS, the real keychain through tests/harness/with-keyring), on a stack of its own:
# the actions change the fleet.
set(SLAOPS_ACTIONS_STACK_DIR ${CMAKE_BINARY_DIR}/actions-stack)
add_test(NAME actions_stack_start COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack start --dir ${SLAOPS_ACTIONS_STACK_DIR} --build ${CMAKE_BINARY_DIR})
add_test(NAME actions_stack_stop COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack stop --dir ${SLAOPS_ACTIONS_STACK_DIR})
set_tests_properties(actions_stack_start PROPERTIES FIXTURES_SETUP actions_stack LABELS integration TIMEOUT 180)
set_tests_properties(actions_stack_stop PROPERTIES FIXTURES_CLEANUP actions_stack LABELS integration TIMEOUT 60)

add_executable(tst_actionrunner ${CMAKE_CURRENT_LIST_DIR}/tst_actionrunner.cpp)
target_link_libraries(tst_actionrunner PRIVATE slaops_core Qt6::Network Qt6::Test slaops_policy)
add_test(NAME integration_actionrunner
  COMMAND ${PROJECT_SOURCE_DIR}/tests/harness/with-keyring $<TARGET_FILE:tst_actionrunner>)
set_tests_properties(integration_actionrunner PROPERTIES FIXTURES_REQUIRED actions_stack LABELS integration
  TIMEOUT 300 RESOURCE_LOCK actions_stack
  ENVIRONMENT "SLAOPS_STACK_DIR=${SLAOPS_ACTIONS_STACK_DIR};SLAOPS_BINARY=$<TARGET_FILE:slaops>")
