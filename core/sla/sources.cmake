target_sources(slaops_core PRIVATE
  sla/state.cpp sla/state.h
  sla/histogramquantile.cpp sla/histogramquantile.h
  sla/burnrate.cpp sla/burnrate.h
  sla/errorbudget.cpp sla/errorbudget.h
  sla/lttb.cpp sla/lttb.h
  sla/theilsen.cpp sla/theilsen.h
)
