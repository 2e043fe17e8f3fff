# The settings dialog's "Set token…" against the real keychain (tests/harness/with-keyring), offscreen:
# closed while the keyring still holds the write, and kept open until the write times out.
add_executable(tst_settingskeychain ${CMAKE_CURRENT_LIST_DIR}/tst_settingskeychain.cpp)
target_link_libraries(tst_settingskeychain PRIVATE slaops_ui Qt6::Test slaops_policy)
add_test(NAME integration_settingskeychain
  COMMAND ${PROJECT_SOURCE_DIR}/tests/harness/with-keyring $<TARGET_FILE:tst_settingskeychain>)
set_tests_properties(integration_settingskeychain PROPERTIES LABELS "integration;ui" TIMEOUT 120
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8")
