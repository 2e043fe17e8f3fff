target_sources(slaops_core PRIVATE
  actions/auditlog.cpp actions/auditlog.h
)
