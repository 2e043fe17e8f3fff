# engine::HistoryFetcher against a real Prometheus. Included from tests/integration/CMakeLists.txt;
# needs the live_stack fixture defined there.
add_executable(tst_history ${CMAKE_CURRENT_LIST_DIR}/tst_history.cpp)
target_link_libraries(tst_history PRIVATE slaops_core Qt6::Test slaops_policy)
add_test(NAME integration_history COMMAND tst_history)
set_tests_properties(integration_history PROPERTIES FIXTURES_REQUIRED live_stack LABELS integration
  TIMEOUT 300 ENVIRONMENT "SLAOPS_STACK_DIR=${CMAKE_BINARY_DIR}/live-stack")
