target_sources(slaops_core PRIVATE
  engine/engine.cpp engine/engine.h
  engine/figure.h engine/snapshot.h
  engine/figureformat.cpp engine/figureformat.h
  engine/snapshotbuilder.cpp engine/snapshotbuilder.h
)
