target_sources(slaops_core PRIVATE
  rules/rulenames.cpp rules/rulenames.h
)
