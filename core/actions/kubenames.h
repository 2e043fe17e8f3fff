#pragma once

#include <QCoreApplication>
#include <QString>

namespace slaops::actions {

// What may reach kubectl's argument list. Names come from the profile, the command line and the live
// figures (a region label); each is checked against Kubernetes' own grammar before any process starts,
// so that nothing in them can be read as an option (`--kubeconfig=...`, `-o=go-template=...`), a
// second command (`;`, `$(...)`, backticks, newlines: there is no shell, but a name is not the place
// for them either) or another object (Unicode look-alikes). Each check returns an empty string when
// the name is valid, else why not, naming `what` ("namespace", "--context").
class KubeNames {
    Q_DECLARE_TR_FUNCTIONS(KubeNames)

public:
    // RFC 1123 label: namespaces, and the region values passed to the session manager.
    static QString label(const QString &name, const QString &what);
    // RFC 1035 label (a letter first): Services.
    static QString serviceName(const QString &name, const QString &what);
    // RFC 1123 subdomain: Pods.
    static QString subdomain(const QString &name, const QString &what);
    // A kubeconfig context: kubectl allows almost anything; we allow what real ones use (letters,
    // digits, - _ . : @ /), never a leading '-'.
    static QString context(const QString &name, const QString &what);
};

} // namespace slaops::actions
