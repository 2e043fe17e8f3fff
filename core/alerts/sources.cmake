target_sources(slaops_core PRIVATE
  alerts/alert.h alerts/alertbook.h
  alerts/matching.cpp alerts/matching.h
)
# Triage: pure pieces the views and the command line share.
target_sources(slaops_core PRIVATE
  alerts/escalation.cpp alerts/escalation.h
  alerts/alertmessage.cpp alerts/alertmessage.h
  alerts/checklist.cpp alerts/checklist.h
  alerts/incidentlog.cpp alerts/incidentlog.h
)
