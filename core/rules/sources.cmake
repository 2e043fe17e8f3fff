target_sources(slaops_core PRIVATE
  rules/rulenames.cpp rules/rulenames.h
  rules/rulegenerator.cpp rules/rulegenerator.h
  rules/ruleyaml.cpp rules/ruleyaml.h
)
