# sla::histogramQuantile against a real Prometheus' histogram_quantile(). Included from
# tests/integration/CMakeLists.txt; needs the live_stack fixture defined there.
add_executable(tst_quantile_vs_prometheus ${CMAKE_CURRENT_LIST_DIR}/tst_quantile_vs_prometheus.cpp)
target_link_libraries(tst_quantile_vs_prometheus PRIVATE slaops_core Qt6::Test slaops_policy)
add_test(NAME integration_quantile_vs_prometheus COMMAND tst_quantile_vs_prometheus)
set_tests_properties(integration_quantile_vs_prometheus PROPERTIES FIXTURES_REQUIRED live_stack LABELS integration
  TIMEOUT 300 ENVIRONMENT "SLAOPS_STACK_DIR=${CMAKE_BINARY_DIR}/live-stack")
