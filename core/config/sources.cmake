target_sources(slaops_core PRIVATE
  config/profile.cpp config/profile.h
  config/metricselector.cpp config/metricselector.h
  config/directformulareader.cpp config/directformulareader.h
  config/profileloader.cpp config/profileloader.h
  config/profilelimits.cpp config/profilelimits.h
  config/yamlreader.cpp config/yamlreader.h
  config/promsourcereader.cpp config/promsourcereader.h
  config/settings.cpp config/settings.h
  config/urlpolicy.cpp config/urlpolicy.h
)
