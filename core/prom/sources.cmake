target_sources(slaops_core PRIVATE
  prom/client.cpp prom/client.h
  prom/queryresult.h prom/rawresponse.h
  prom/responseparser.cpp prom/responseparser.h
)
