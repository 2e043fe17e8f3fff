# scripts/stack backfill-rules and tools/rules/backfill_recorded.py on the history_rules_stack fixture
# (reportrecorded.cmake: the June 3-4 2024 history, the generated rules loaded, their figures backfilled
# from June 3 11:00Z): the recorded figures equal their raw queries at grid points, cover the stretch and
# nothing else, the long burn windows are left out, the live rules still run; and the tool's own contract
# (splitting, alignment, escaping, NaN/Inf, levels, exit codes, promtool reading its output) on rules of
# the test's own, written to a temporary directory. Included from tests/integration/CMakeLists.txt after
# reportrecorded.cmake.
add_test(NAME stack_backfill_rules COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/check_backfill_rules.py
  ${SLAOPS_HISTORY_RULES_STACK_DIR} ${PROJECT_SOURCE_DIR})
set_tests_properties(stack_backfill_rules PROPERTIES FIXTURES_REQUIRED "history_file;history_rules_stack"
  LABELS integration TIMEOUT 120)
