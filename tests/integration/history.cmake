# engine::HistoryFetcher against a real Prometheus. Included from tests/integration/CMakeLists.txt;
# needs the live_stack fixture defined there.
add_executable(tst_history ${CMAKE_CURRENT_LIST_DIR}/tst_history.cpp)
target_link_libraries(tst_history PRIVATE slaops_core Qt6::Test slaops_policy)
add_test(NAME integration_history COMMAND tst_history)
set_tests_properties(integration_history PROPERTIES FIXTURES_REQUIRED live_stack LABELS integration
  TIMEOUT 300 ENVIRONMENT "SLAOPS_STACK_DIR=${CMAKE_BINARY_DIR}/live-stack")

# Deterministic history (issue 10), written by slaops-sim (three setup tests of one fixture, so ctest -j
# writes them in parallel), backfilled with promtool into ONE Prometheus by scripts/stack start
# --history (repeatable): the reports are tested against it and against reportfigures.py, this
# directory's independent computation of the figures from the same files.
#   - June 3 and 4 2024 at 1-minute steps, an error burst in eu-west-1 on June 3 10:00-12:00Z, June 4
#     clean (423k samples; the month files' 5-minute steps leave the 1-minute throughput window
#     without rates, so a day that meets everything needs this file);
#   - February 1 to May 1 2024 at 5 minutes (29-, 31- and 30-day months, a 25-hour day in
#     Pacific/Auckland), an error burst in eu-west-1 on February 14 09:00Z for 2 h and an outage of
#     ap-southeast-1 on March 12 03:00Z for 45 min (3.8 M samples);
#   - February 2023 at 5 minutes, a 28-day February (1.2 M samples).
# --nodes 1 (one node per region) keeps the files small; check_report_figures.py and
# check_history_backfill.py name the same times.
set(SLAOPS_HISTORY_FILE ${CMAKE_BINARY_DIR}/history-2024-06-03-04.om)
set(SLAOPS_HISTORY_MONTHS_FILE ${CMAKE_BINARY_DIR}/history-2024-02-to-04.om)
set(SLAOPS_HISTORY_2023_FILE ${CMAKE_BINARY_DIR}/history-2023-02.om)
set(SLAOPS_HISTORY_STACK_DIR ${CMAKE_BINARY_DIR}/history-stack)
add_test(NAME history_generate COMMAND slaops-sim --history-openmetrics ${SLAOPS_HISTORY_FILE} --nodes 1
  --from 2024-06-03T00:00:00Z --to 2024-06-05T00:00:00Z --step 60s --seed 7
  --event error-burst:eu-west-1:2024-06-03T10:00:00Z:2h)
add_test(NAME history_generate_months COMMAND slaops-sim --history-openmetrics ${SLAOPS_HISTORY_MONTHS_FILE} --nodes 1
  --from 2024-02-01T00:00:00Z --to 2024-05-01T00:00:00Z --step 5m --seed 11
  --event error-burst:eu-west-1:2024-02-14T09:00:00Z:2h --event region-outage:ap-southeast-1:2024-03-12T03:00:00Z:45m)
add_test(NAME history_generate_2023 COMMAND slaops-sim --history-openmetrics ${SLAOPS_HISTORY_2023_FILE} --nodes 1
  --from 2023-02-01T00:00:00Z --to 2023-03-01T00:00:00Z --step 5m --seed 13)
set_tests_properties(history_generate history_generate_months history_generate_2023 PROPERTIES
  FIXTURES_SETUP history_file LABELS integration TIMEOUT 120)
add_test(NAME history_stack_start COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack start --dir ${SLAOPS_HISTORY_STACK_DIR}
  --nodes 1 --build ${CMAKE_BINARY_DIR} --history ${SLAOPS_HISTORY_2023_FILE} --history ${SLAOPS_HISTORY_MONTHS_FILE}
  --history ${SLAOPS_HISTORY_FILE})
add_test(NAME history_stack_stop COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack stop --dir ${SLAOPS_HISTORY_STACK_DIR})
set_tests_properties(history_stack_start PROPERTIES FIXTURES_REQUIRED history_file FIXTURES_SETUP history_stack
  LABELS integration TIMEOUT 240)
set_tests_properties(history_stack_stop PROPERTIES FIXTURES_CLEANUP history_stack LABELS integration TIMEOUT 60)
add_test(NAME integration_history_backfill COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/check_history_backfill.py
  ${SLAOPS_HISTORY_FILE} ${SLAOPS_HISTORY_STACK_DIR})
set_tests_properties(integration_history_backfill PROPERTIES FIXTURES_REQUIRED "history_file;history_stack"
  LABELS integration TIMEOUT 300)
add_test(NAME integration_report_figures COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/check_report_figures.py
  ${PROJECT_SOURCE_DIR}/resources/profiles/erlmcp-v3.yaml ${SLAOPS_HISTORY_STACK_DIR}
  ${SLAOPS_HISTORY_FILE} ${SLAOPS_HISTORY_MONTHS_FILE} ${SLAOPS_HISTORY_2023_FILE} $<TARGET_FILE:slaops>)
set_tests_properties(integration_report_figures PROPERTIES FIXTURES_REQUIRED "history_file;history_stack"
  LABELS integration TIMEOUT 600)
# The periods left: SLAs that changed mid-period (since/until), the quarter with a month without data,
# free text and an audit log's action (JSON and PDF), a month of 23/25-hour local days (Pacific/Auckland).
add_test(NAME integration_report_periods COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/check_report_periods.py
  ${PROJECT_SOURCE_DIR}/resources/profiles/erlmcp-v3.yaml ${SLAOPS_HISTORY_STACK_DIR} ${SLAOPS_HISTORY_MONTHS_FILE}
  $<TARGET_FILE:slaops>)
set_tests_properties(integration_report_periods PROPERTIES FIXTURES_REQUIRED "history_file;history_stack"
  LABELS integration TIMEOUT 300)
# JSON and CSV of the same reports agree value for value; the CSV is RFC 4180 (Python's csv module).
add_test(NAME integration_report_formats COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/check_report_formats.py
  ${PROJECT_SOURCE_DIR}/resources/profiles/erlmcp-v3.yaml ${SLAOPS_HISTORY_STACK_DIR} $<TARGET_FILE:slaops>)
set_tests_properties(integration_report_formats PROPERTIES FIXTURES_REQUIRED history_stack LABELS integration TIMEOUT 300)
# promtool's backfill takes both cores for twenty seconds: alone, so that it does not starve the
# simulators and servers of the tests that would run beside it (ctest runs two at a time).
set_tests_properties(history_stack_start PROPERTIES RUN_SERIAL TRUE)
