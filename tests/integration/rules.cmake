# slaops rules generate: promtool check rules on every scope of both shipped profiles, and promtool test
# rules with unit tests written from each profile (label `config`: promtool only, no servers).
add_test(NAME rules_promtool COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/rules/check_rules.py
  $<TARGET_FILE:slaops> promtool ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/rules)
# promtool is found on PATH by the script, which fails loudly when it is missing (scripts/bootstrap).
set_tests_properties(rules_promtool PROPERTIES LABELS config TIMEOUT 600)
# Two promtool processes at once take both cores: alone, as history_stack_start.
set_tests_properties(rules_promtool PROPERTIES RUN_SERIAL TRUE)
