target_sources(slaops_core PRIVATE
  prom/allocatortuning.cpp prom/allocatortuning.h
  prom/bodytext.cpp prom/bodytext.h
  prom/client.cpp prom/client.h
  prom/transport.cpp prom/transport.h
  prom/expositionfamilybuilder.cpp prom/expositionfamilybuilder.h
  prom/expositionlexer.cpp prom/expositionlexer.h
  prom/expositionparser.cpp prom/expositionparser.h
  prom/parsebuffers.cpp prom/parsebuffers.h
  prom/queryresult.h prom/rawresponse.h
  prom/responseoutcome.cpp
  prom/responseparser.cpp prom/responseparser.h
  prom/responsereader.cpp prom/responsereader.h
  prom/servertext.cpp prom/servertext.h
)
# The exposition parser's public header hands out prometheus::MetricFamily.
target_link_libraries(slaops_core PUBLIC prometheus-cpp::core)
