# Credentials and TLS against real things: a private unlocked gnome-keyring (tests/harness/with-keyring),
# loopback HTTP and TLS servers inside the test, the real slaops binary for `slaops secret`.
add_executable(tst_credentials ${CMAKE_CURRENT_LIST_DIR}/tst_credentials.cpp)
target_link_libraries(tst_credentials PRIVATE slaops_core Qt6::Network Qt6::Test slaops_policy)
add_test(NAME integration_credentials
  COMMAND ${PROJECT_SOURCE_DIR}/tests/harness/with-keyring $<TARGET_FILE:tst_credentials>)
set_tests_properties(integration_credentials PROPERTIES LABELS integration TIMEOUT 120
  ENVIRONMENT "SLAOPS_BINARY=$<TARGET_FILE:slaops>;QT_QPA_PLATFORM=offscreen")
