#include "rulenames.h"

#include <QCryptographicHash>

namespace slaops::rules {

QString errorRatioRecord(std::chrono::seconds window)
{
    return QStringLiteral("slaops:sla_error_ratio:rate") + config::formatDuration(window);
}

static QString promString(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    out.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString profileVersion(const config::Profile &p)
{
    // A canonical text, one field per line, hashed: any change to what the rules compute changes it.
    QString text;
    const auto field = [&text](const QString &key, const QString &value) {
        text += key + QLatin1Char('=') + value + QLatin1Char('\n');
    };
    const auto number = [](double v) { return QString::number(v, 'g', 17); };
    field(QStringLiteral("profile"), p.name);
    field(QStringLiteral("budget_period"), QString::number(p.budgetPeriod.count()));
    for (const config::SlaSpec &s : p.slas) {
        field(QStringLiteral("sla"), s.id);
        field(QStringLiteral("query"), s.query);
        field(QStringLiteral("unit"), config::unitName(s.unit));
        field(QStringLiteral("comparison"), QString::number(int(s.comparison)));
        field(QStringLiteral("target"), number(s.target));
        field(QStringLiteral("alert"), number(s.alert));
        field(QStringLiteral("window"), QString::number(s.window.count()));
        field(QStringLiteral("regional"), s.regional ? QStringLiteral("1") : QStringLiteral("0"));
    }
    for (const config::RegionSpec &r : p.regions) {
        field(QStringLiteral("region"), r.name);
        field(QStringLiteral("selector"), r.selector);
        field(QStringLiteral("targets"), number(r.uptime) + QLatin1Char(' ') + number(r.rto) +
                                             QLatin1Char(' ') + number(r.rpo) + QLatin1Char(' ') +
                                             number(r.latency));
    }
    field(QStringLiteral("rto"), p.regionQueries.rto);
    field(QStringLiteral("rpo"), p.regionQueries.rpo);
    field(QStringLiteral("latency"), p.regionQueries.latency);
    for (const config::EscalationLevel &e : p.escalation)
        field(QStringLiteral("severity"), e.severity);
    field(QStringLiteral("burn_alerts"), p.burnAlerts.page + QLatin1Char(' ') + p.burnAlerts.ticket);
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(12));
}

QString recordedSelector(const config::Profile &profile, const QString &record, const QString &slaId,
                         const QString &region)
{
    return recordedSelector(profile.name, profileVersion(profile), record, slaId, region);
}

QString recordedSelector(const QString &profileName, const QString &version, const QString &record,
                         const QString &slaId, const QString &region)
{
    return record + QLatin1Char('{') + QLatin1String(kProfileLabel) + QLatin1Char('=') +
           promString(profileName) + QLatin1Char(',') + QLatin1String(kVersionLabel) + QLatin1Char('=') +
           promString(version) + QLatin1Char(',') + QLatin1String(kSlaLabel) + QLatin1Char('=') +
           promString(slaId) + QLatin1Char(',') + QLatin1String(kRegionLabel) + QLatin1Char('=') +
           promString(region) + QLatin1Char('}');
}

} // namespace slaops::rules
