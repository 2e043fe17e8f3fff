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
