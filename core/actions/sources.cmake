target_sources(slaops_core PRIVATE
  actions/auditlog.cpp actions/auditlog.h
)
target_sources(slaops_core PRIVATE
  actions/kubenames.cpp actions/kubenames.h
)
