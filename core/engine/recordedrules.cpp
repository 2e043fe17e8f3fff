#include "recordedrules.h"

#include "rules/rulenames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>

namespace slaops::engine {

const RecordedRule *RecordedRules::find(const QString &record, QStringView slaId, QStringView region) const
{
    if (status != Status::Loaded)
        return nullptr;
    for (const RecordedRule &r : rules)
        if (r.healthy && r.record == record && r.slaId == slaId && r.region == region)
            return &r;
    return nullptr;
}

QString RecordedRules::warning() const
{
    if (status != Status::OtherVersion)
        return {};
    return QCoreApplication::translate(
               "slaops::engine::RecordedRules",
               "Prometheus has slaops rules of this profile for another version (%1), but this "
               "profile is version %2: using the raw queries. Generate the rules "
               "again (slaops rules generate) and reload Prometheus.")
        .arg(loadedVersions, version);
}

RecordedRules RecordedRules::parse(QByteArrayView json, const config::Profile &profile)
{
    RecordedRules out;
    out.version = rules::profileVersion(profile);
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &perr);
    const QJsonObject root = doc.object();
    if (perr.error != QJsonParseError::NoError || root.value(u"status").toString() != u"success") {
        out.error = perr.error != QJsonParseError::NoError
                        ? perr.errorString()
                        : QCoreApplication::translate("slaops::engine::RecordedRules",
                                                      "the rules API did not answer with status \"success\"");
        return out;
    }
    const QString profileLabel = QLatin1String(rules::kProfileLabel);
    const QString versionLabel = QLatin1String(rules::kVersionLabel);
    QStringList otherVersions;
    bool any = false;
    const QJsonArray groups = root.value(u"data").toObject().value(u"groups").toArray();
    for (const QJsonValue &g : groups) {
        const QJsonObject group = g.toObject();
        const auto interval = std::chrono::seconds(qint64(group.value(u"interval").toDouble()));
        for (const QJsonValue &rv : group.value(u"rules").toArray()) {
            const QJsonObject rule = rv.toObject();
            if (rule.value(u"type").toString() != u"recording")
                continue;
            const QJsonObject labels = rule.value(u"labels").toObject();
            if (labels.value(profileLabel).toString() != profile.name)
                continue;
            any = true;
            const QString version = labels.value(versionLabel).toString();
            if (version != out.version) {
                if (!otherVersions.contains(version))
                    otherVersions << version;
                continue;
            }
            RecordedRule r;
            r.record = rule.value(u"name").toString();
            r.slaId = labels.value(QLatin1String(rules::kSlaLabel)).toString();
            r.region = labels.value(QLatin1String(rules::kRegionLabel)).toString();
            r.expression = rule.value(u"query").toString();
            const QString health = rule.value(u"health").toString();
            r.healthy = health == u"ok" || health == u"unknown";
            r.lastError = rule.value(u"lastError").toString();
            out.interval = std::max(out.interval, interval);
            out.rules.push_back(std::move(r));
        }
    }
    if (!out.rules.empty())
        out.status = Status::Loaded;
    else if (any)
        out.status = Status::OtherVersion;
    else
        out.status = Status::None;
    out.loadedVersions = otherVersions.join(QStringLiteral(", "));
    return out;
}

} // namespace slaops::engine
