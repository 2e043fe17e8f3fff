target_sources(slaops_core PRIVATE secrets/credentialstore.cpp secrets/credentialstore.h)
target_link_libraries(slaops_core PUBLIC Qt6Keychain::Qt6Keychain)
