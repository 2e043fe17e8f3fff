# The second simulated service (slaops-sim --service ledger, scripts/stack --service ledger) against a
# real Prometheus, on a stack of its own: the test switches scenarios, which spend error budgets that
# other tests would see. Included from tests/integration/CMakeLists.txt.
set(SLAOPS_LEDGER_STACK_DIR ${CMAKE_BINARY_DIR}/ledger-scenario-stack)
add_test(NAME ledger_scenario_stack_start COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack start
  --dir ${SLAOPS_LEDGER_STACK_DIR} --service ledger --nodes 2 --build ${CMAKE_BINARY_DIR})
add_test(NAME ledger_scenario_stack_stop COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack stop --dir ${SLAOPS_LEDGER_STACK_DIR})
set_tests_properties(ledger_scenario_stack_start PROPERTIES FIXTURES_SETUP ledger_scenario_stack LABELS integration
  TIMEOUT 180)
set_tests_properties(ledger_scenario_stack_stop PROPERTIES FIXTURES_CLEANUP ledger_scenario_stack LABELS integration
  TIMEOUT 60)
add_test(NAME integration_ledger COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/check_ledger.py
  ${SLAOPS_LEDGER_STACK_DIR})
set_tests_properties(integration_ledger PROPERTIES FIXTURES_REQUIRED ledger_scenario_stack LABELS integration
  TIMEOUT 300)

# The second example profile end to end, on a stack of its own (it needs a steady fleet and stops
# Prometheus for the direct scrape).
set(SLAOPS_LEDGER_PROFILE_STACK_DIR ${CMAKE_BINARY_DIR}/ledger-profile-stack)
add_test(NAME ledger_profile_stack_start COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack start
  --dir ${SLAOPS_LEDGER_PROFILE_STACK_DIR} --service ledger --nodes 2 --build ${CMAKE_BINARY_DIR})
add_test(NAME ledger_profile_stack_stop COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack stop --dir ${SLAOPS_LEDGER_PROFILE_STACK_DIR})
set_tests_properties(ledger_profile_stack_start PROPERTIES FIXTURES_SETUP ledger_profile_stack LABELS integration
  TIMEOUT 180)
set_tests_properties(ledger_profile_stack_stop PROPERTIES FIXTURES_CLEANUP ledger_profile_stack LABELS integration
  TIMEOUT 60)
add_test(NAME integration_ledger_profile COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/check_ledger_profile.py
  $<TARGET_FILE:slaops> ${SLAOPS_LEDGER_PROFILE_STACK_DIR} ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR})
set_tests_properties(integration_ledger_profile PROPERTIES FIXTURES_REQUIRED ledger_profile_stack LABELS integration
  TIMEOUT 600)
