target_sources(slaops_core PRIVATE
  alerts/alert.h alerts/alertbook.h
  alerts/alertbookbuilder.cpp alerts/alertbookbuilder.h
  alerts/alertbookjson.cpp alerts/alertbookjson.h
  alerts/alertclient.cpp alerts/alertclient.h
  alerts/alertpoller.cpp alerts/alertpoller.h
  alerts/answererror.h
  alerts/apiparser.cpp alerts/apiparser.h
  alerts/matching.cpp alerts/matching.h
  alerts/matchertext.cpp alerts/matchertext.h
)
