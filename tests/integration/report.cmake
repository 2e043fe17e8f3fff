# report::ReportBuilder against the backfilled history (issue 10): figures equal to Prometheus' own
# answers, the burst as a violation, a Prometheus failing midway (a proxy in the test), refusals, the
# 1-second day split under the point limit, cancel. Included at the end of CMakeLists.txt; needs the
# history_stack fixture defined before it.
add_executable(tst_reportbuilder ${CMAKE_CURRENT_LIST_DIR}/tst_reportbuilder.cpp)
target_link_libraries(tst_reportbuilder PRIVATE slaops_core Qt6::Network Qt6::Test slaops_policy)
add_test(NAME integration_reportbuilder COMMAND tst_reportbuilder)
set_tests_properties(integration_reportbuilder PROPERTIES FIXTURES_REQUIRED history_stack LABELS integration
  TIMEOUT 600 ENVIRONMENT "SLAOPS_STACK_DIR=${SLAOPS_HISTORY_STACK_DIR}")

# slaops report end to end: JSON and CSV of the burst day (exit 1), refusals (exit 2), an unreachable
# Prometheus (a report that lists what is missing, exit 2).
add_test(NAME check_report_cli COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/check_report_cli.py
  $<TARGET_FILE:slaops> ${SLAOPS_HISTORY_STACK_DIR})
set_tests_properties(check_report_cli PROPERTIES FIXTURES_REQUIRED history_stack LABELS integration TIMEOUT 600)
