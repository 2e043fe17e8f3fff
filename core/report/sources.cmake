target_sources(slaops_core PRIVATE
  report/period.cpp report/period.h
  report/report.cpp report/report.h
  report/reportplan.cpp report/reportplan.h
  report/seriesanalysis.cpp report/seriesanalysis.h
  report/reportassembler.cpp report/reportassembler.h
  report/reportbuilder.cpp report/reportbuilder.h
  report/trends.cpp report/trends.h
  report/reportjson.cpp report/reportjson.h
  report/reportjsonreader.cpp report/reportjsonreader.h
  report/reportcsv.cpp report/reportcsv.h
)
