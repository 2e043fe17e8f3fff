target_sources(slaops_core PRIVATE
  actions/auditlog.cpp actions/auditlog.h
)
target_sources(slaops_core PRIVATE
  actions/kubenames.cpp actions/kubenames.h
)
target_sources(slaops_core PRIVATE
  actions/plan.cpp actions/plan.h
  actions/planner.cpp actions/planner.h
  actions/planstate.cpp actions/planstate.h
  actions/regionhealth.cpp actions/regionhealth.h
  actions/verification.cpp actions/verification.h
)
