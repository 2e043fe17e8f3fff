#pragma once

#include <QJsonValue>
#include <QString>

// The patch formats kubectl sends for `kubectl patch`: JSON patch (RFC 6902) and JSON merge patch
// (RFC 7386). Strategic merge patch is applied as a merge patch: the simulated objects have no list
// whose items the strategy would merge by key, so the two agree on them.
namespace jsonpatch {

// Returns false with the reason (e.g. "test failed at /metadata/resourceVersion") and leaves
// `doc` unchanged.
bool applyJsonPatch(QJsonValue &doc, const QJsonValue &patch, QString *error);
QJsonValue applyMergePatch(const QJsonValue &target, const QJsonValue &patch);

} // namespace jsonpatch
