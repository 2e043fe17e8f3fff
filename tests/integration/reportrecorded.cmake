# Reports over the generated rules' recorded figures (issue 10 over issue 11): the June 3-4 history
# (fixture history_file) in a Prometheus that loads the rules, their figures backfilled from June 3
# 11:00Z on (scripts/stack backfill-rules) as if the rules had been deployed then, in the middle of
# the burst. The report read from them must equal slaops report --raw, and ask raw only what the rules
# did not record.
set(SLAOPS_HISTORY_RULES_STACK_DIR ${CMAKE_BINARY_DIR}/history-rules-stack)
add_test(NAME history_rules_stack_start COMMAND /bin/bash -c
  "\"$0\" start --dir \"$1\" --nodes 1 --build \"$2\" --history \"$3\" --slaops-rules && \"$0\" backfill-rules --dir \"$1\" --from 2024-06-03T11:00:00Z --to 2024-06-04T23:59:00Z"
  ${PROJECT_SOURCE_DIR}/scripts/stack ${SLAOPS_HISTORY_RULES_STACK_DIR} ${CMAKE_BINARY_DIR} ${SLAOPS_HISTORY_FILE})
add_test(NAME history_rules_stack_stop COMMAND ${PROJECT_SOURCE_DIR}/scripts/stack stop --dir ${SLAOPS_HISTORY_RULES_STACK_DIR})
# promtool's backfill and Prometheus' restarts take both cores for a while: alone.
set_tests_properties(history_rules_stack_start PROPERTIES FIXTURES_REQUIRED history_file
  FIXTURES_SETUP history_rules_stack LABELS integration TIMEOUT 300 RUN_SERIAL TRUE)
set_tests_properties(history_rules_stack_stop PROPERTIES FIXTURES_CLEANUP history_rules_stack LABELS integration TIMEOUT 60)
add_test(NAME integration_report_recorded COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/check_report_recorded.py
  ${PROJECT_SOURCE_DIR}/resources/profiles/erlmcp-v3.yaml ${SLAOPS_HISTORY_RULES_STACK_DIR} $<TARGET_FILE:slaops>)
set_tests_properties(integration_report_recorded PROPERTIES FIXTURES_REQUIRED "history_file;history_rules_stack"
  LABELS integration TIMEOUT 300)
