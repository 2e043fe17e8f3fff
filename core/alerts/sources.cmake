target_sources(slaops_core PRIVATE
  alerts/alert.h alerts/alertbook.h
  alerts/matching.cpp alerts/matching.h
)
