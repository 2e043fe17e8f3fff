target_sources(slaops_core PRIVATE
  actions/auditlog.cpp actions/auditlog.h
)
target_sources(slaops_core PRIVATE
  actions/kubenames.cpp actions/kubenames.h
)
target_sources(slaops_core PRIVATE
  actions/actionrunner.cpp actions/actionrunner.h
  actions/kubectlprocess.cpp actions/kubectlprocess.h
  actions/restanswer.cpp actions/restanswer.h
  actions/textdiff.cpp actions/textdiff.h
)
target_sources(slaops_core PRIVATE
  actions/plan.cpp actions/plan.h
  actions/planner.cpp actions/planner.h
  actions/planstate.cpp actions/planstate.h
  actions/prechecks.cpp actions/prechecks.h
  actions/regionhealth.cpp actions/regionhealth.h
  actions/verification.cpp actions/verification.h
)
target_sources(slaops_core PRIVATE
  actions/actionsetup.cpp actions/actionsetup.h
)
