#include "auditcommand.h"

#include "actions/auditlog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace slaops::app {

namespace {

struct AuditCommand {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

void err(const QString &text)
{
    std::fprintf(stderr, "slaops: %s\n", qPrintable(text));
}

} // namespace

int runAuditCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(AuditCommand::tr(
        "Checks the containment audit log: every record follows the one before it, none is missing, "
        "edited or reordered, and none was cut off the end."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verify"), AuditCommand::tr("The only subcommand."));
    p.addPositionalArgument(QStringLiteral("file"),
                            AuditCommand::tr("The log (default: %1).").arg(actions::AuditLog::defaultPath()),
                            QStringLiteral("[FILE]"));
    if (!p.parse(QStringList{QStringLiteral("slaops audit")} + args)) {
        err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty() || pos.first() != QLatin1String("verify") || pos.size() > 2) {
        err(AuditCommand::tr("usage: slaops audit verify [FILE]"));
        return 2;
    }
    const QString path = pos.size() == 2 ? pos[1] : actions::AuditLog::defaultPath();
    const actions::AuditLog::Verdict v = actions::AuditLog::verify(path);
    if (v.intact) {
        std::printf("%s\n",
                    qPrintable(AuditCommand::tr("%1: intact, %n record(s)", nullptr, v.records).arg(path)));
        return 0;
    }
    err(QStringLiteral("%1: %2").arg(path, v.reason));
    return v.firstBroken > 0 ? 1 : 2;
}

} // namespace slaops::app
