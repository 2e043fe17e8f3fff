target_sources(slaops_core PRIVATE
  alerts/alert.h alerts/alertbook.h
  alerts/alertbookbuilder.cpp alerts/alertbookbuilder.h
  alerts/alertbookjson.cpp alerts/alertbookjson.h
  alerts/alertclient.cpp alerts/alertclient.h
  alerts/alertpoller.cpp alerts/alertpoller.h
  alerts/answererror.h
  alerts/apiparser.cpp alerts/apiparser.h alerts/apiwalk.h
  alerts/matching.cpp alerts/matching.h
  alerts/matchertext.cpp alerts/matchertext.h
)
# Triage: pure pieces the views and the command line share.
target_sources(slaops_core PRIVATE
  alerts/escalation.cpp alerts/escalation.h
  alerts/alertmessage.cpp alerts/alertmessage.h
  alerts/checklist.cpp alerts/checklist.h
  alerts/incidentlog.cpp alerts/incidentlog.h
)
