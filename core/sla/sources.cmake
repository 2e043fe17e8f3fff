target_sources(slaops_core PRIVATE
  sla/state.cpp sla/state.h
)
