# "Explain this number" against a real Prometheus: the buckets behind the P95 and the two rates behind
# the error rate reproduce the engine's figures. Included from tests/integration/CMakeLists.txt; needs
# the live_stack fixture defined there.
add_executable(tst_explain ${CMAKE_CURRENT_LIST_DIR}/tst_explain.cpp)
target_link_libraries(tst_explain PRIVATE slaops_core Qt6::Test slaops_policy)
add_test(NAME integration_explain COMMAND tst_explain)
set_tests_properties(integration_explain PROPERTIES FIXTURES_REQUIRED live_stack LABELS integration
  TIMEOUT 300 ENVIRONMENT "SLAOPS_STACK_DIR=${CMAKE_BINARY_DIR}/live-stack")
