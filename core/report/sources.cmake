target_sources(slaops_core PRIVATE
  report/period.cpp report/period.h
  report/report.cpp report/report.h
)
