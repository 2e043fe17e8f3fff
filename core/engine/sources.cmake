target_sources(slaops_core PRIVATE
  engine/budgetcalculator.cpp engine/budgetcalculator.h engine/budgetfigure.h
  engine/directscrape.cpp engine/directscrape.h
  engine/clientpicker.h
  engine/engine.cpp engine/engine.h
  engine/replicachoice.cpp engine/replicachoice.h
  engine/replicaset.cpp engine/replicaset.h
  engine/explainer.cpp engine/explainer.h engine/explanation.h
  engine/figure.h engine/snapshot.h
  engine/freshness.cpp engine/freshness.h
  engine/verdict.cpp engine/verdict.h
  engine/offthread.h
  engine/figureformat.cpp engine/figureformat.h
  engine/promqlshape.cpp engine/promqlshape.h
  engine/historyfetcher.cpp engine/historyfetcher.h engine/historyseries.h
  engine/trendfetcher.cpp engine/trendfetcher.h
  engine/recordedrules.cpp engine/recordedrules.h
  engine/refreshplan.cpp engine/refreshplan.h
  engine/snapshotbuilder.cpp engine/snapshotbuilder.h
  engine/snapshotjson.cpp engine/snapshotjson.h
)
