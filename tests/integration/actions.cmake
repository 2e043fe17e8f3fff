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

# `slaops action` end to end through the CLI (check_actions.py): a stack of its own, started in the error
# burst on eu-west-1 that the actions contain, inside a throwaway keyring and HOME.
set(SLAOPS_ACTIONS_CLI_STACK_DIR ${CMAKE_BINARY_DIR}/actions-cli-stack)
add_test(NAME actions_cli_stack_start COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack start
  --dir ${SLAOPS_ACTIONS_CLI_STACK_DIR} --build ${CMAKE_BINARY_DIR} --scenario error-burst eu-west-1)
add_test(NAME actions_cli_stack_stop COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack stop --dir ${SLAOPS_ACTIONS_CLI_STACK_DIR})
set_tests_properties(actions_cli_stack_start PROPERTIES FIXTURES_SETUP actions_cli_stack LABELS integration TIMEOUT 180)
set_tests_properties(actions_cli_stack_stop PROPERTIES FIXTURES_CLEANUP actions_cli_stack LABELS integration TIMEOUT 60)
add_test(NAME check_actions COMMAND ${PROJECT_SOURCE_DIR}/tests/harness/with-keyring /usr/bin/python3
  ${CMAKE_CURRENT_LIST_DIR}/check_actions.py ${SLAOPS_ACTIONS_CLI_STACK_DIR} $<TARGET_FILE:slaops>)
set_tests_properties(check_actions PROPERTIES FIXTURES_REQUIRED actions_cli_stack LABELS integration TIMEOUT 300
  RESOURCE_LOCK actions_cli_stack)

# The console's own wiring (app/actionflow): --view action opens the wizard on the region in trouble,
# walks it to the preview and renders it once the server's real dry run (kubectl --dry-run=server
# against the simulator) is shown; --view audit renders the audit log's window.
foreach(view action audit)
  add_test(NAME app_screenshot_${view} COMMAND ${CMAKE_COMMAND} -DSLAOPS=$<TARGET_FILE:slaops>
    -DSTACK_DIR=${SLAOPS_ACTIONS_CLI_STACK_DIR} -DOUT=${CMAKE_BINARY_DIR}/app_screenshot_${view}.png
    -DXDG_HOME=${CMAKE_BINARY_DIR}/app_screenshot_${view}.home "-DEXTRA_ARGS=--view;${view}" -DMIN_SIZE=5000
    -P ${CMAKE_CURRENT_LIST_DIR}/app_screenshot.cmake)
  set_tests_properties(app_screenshot_${view} PROPERTIES FIXTURES_REQUIRED actions_cli_stack LABELS integration
    TIMEOUT 180 RESOURCE_LOCK actions_cli_stack)
endforeach()
# Before check_actions, whose rate limit turns requests away in every region for a while (its own
# profile has short windows; the console's default one has 5 minutes).
set_tests_properties(check_actions PROPERTIES DEPENDS "app_screenshot_action;app_screenshot_audit")
