#include "directformulareader.h"

#include "yamlreader.h"

#include <QRegularExpression>

namespace slaops::config {

using Y = YamlReader;

MetricSelector DirectFormulaReader::selector(const YAML::Node &n, const QString &path, bool allowNameless)
{
    MetricSelector sel;
    QString error;
    if (!MetricSelector::parse(Y::string(n, path), sel, &error, allowNameless))
        throw ProfileError(Y::lineOf(n), path, error);
    return sel;
}

DirectFormula DirectFormulaReader::formula(const YAML::Node &n, const QString &path)
{
    if (!n.IsMap())
        throw ProfileError(Y::lineOf(n), path,
                           tr("expected a mapping with one of rate, ratio, quantile or gauge"));
    Y::checkKeys(
        n, path,
        {"rate", "ratio", "over", "complement", "quantile", "histogram", "gauge", "aggregate", "scale"});
    DirectFormula f;
    int kinds = 0;
    if (n["rate"].IsDefined()) {
        ++kinds;
        f.kind = DirectFormula::Kind::Rate;
        f.metric = selector(n["rate"], Y::join(path, "rate"));
    }
    if (n["ratio"].IsDefined()) {
        ++kinds;
        f.kind = DirectFormula::Kind::Ratio;
        f.metric = selector(n["ratio"], Y::join(path, "ratio"));
        f.denominator = selector(Y::required(n, "over", path), Y::join(path, "over"));
        if (n["complement"].IsDefined())
            f.complement = Y::boolean(n["complement"], Y::join(path, "complement"));
    }
    if (n["quantile"].IsDefined()) {
        ++kinds;
        f.kind = DirectFormula::Kind::Quantile;
        bool ok = false;
        f.quantile = Y::string(n["quantile"], Y::join(path, "quantile")).toDouble(&ok);
        if (!ok || !(f.quantile >= 0 && f.quantile <= 1))
            throw ProfileError(Y::lineOf(n["quantile"]), Y::join(path, "quantile"),
                               tr("expected a number from 0 to 1"));
        f.metric = selector(Y::required(n, "histogram", path), Y::join(path, "histogram"));
    }
    if (n["gauge"].IsDefined()) {
        ++kinds;
        f.kind = DirectFormula::Kind::Gauge;
        f.metric = selector(n["gauge"], Y::join(path, "gauge"));
        if (n["aggregate"].IsDefined()) {
            const QString a = Y::string(n["aggregate"], Y::join(path, "aggregate"));
            if (a == QLatin1String("sum"))
                f.aggregate = DirectFormula::Aggregate::Sum;
            else if (a == QLatin1String("max"))
                f.aggregate = DirectFormula::Aggregate::Max;
            else if (a == QLatin1String("min"))
                f.aggregate = DirectFormula::Aggregate::Min;
            else if (a == QLatin1String("avg"))
                f.aggregate = DirectFormula::Aggregate::Avg;
            else
                throw ProfileError(Y::lineOf(n["aggregate"]), Y::join(path, "aggregate"),
                                   tr("expected sum, max, min or avg"));
        }
    }
    if (kinds != 1)
        throw ProfileError(Y::lineOf(n), path, tr("give exactly one of rate, ratio, quantile or gauge"));
    const auto only = [&](const char *key, DirectFormula::Kind kind) {
        if (n[key].IsDefined() && f.kind != kind)
            throw ProfileError(Y::lineOf(n[key]), Y::join(path, key),
                               tr("does not belong to this kind of formula"));
    };
    only("over", DirectFormula::Kind::Ratio);
    only("complement", DirectFormula::Kind::Ratio);
    only("histogram", DirectFormula::Kind::Quantile);
    only("aggregate", DirectFormula::Kind::Gauge);
    if (n["scale"].IsDefined()) {
        bool ok = false;
        f.scale = Y::string(n["scale"], Y::join(path, "scale")).toDouble(&ok);
        if (!ok || !std::isfinite(f.scale) || f.scale <= 0)
            throw ProfileError(Y::lineOf(n["scale"]), Y::join(path, "scale"),
                               tr("expected a positive number"));
    }
    return f;
}

void DirectFormulaReader::roles(const YAML::Node &n, const QString &path, SlaSpec &sla)
{
    const QStringList roles = Y::strings(n, path);
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QString &r = roles[i];
        if (r == QLatin1String("trend"))
            sla.trend = true;
        else if (r == QLatin1String("region_card"))
            sla.regionCard = true;
        else if (r == QLatin1String("region_uptime"))
            sla.regionUptime = true;
        else if (r == QLatin1String("capacity"))
            sla.capacity = true;
        else if (r == QLatin1String("session_failover"))
            sla.sessionFailover = true;
        else
            throw ProfileError(Y::lineOf(n[std::size_t(i)]), Y::join(path, std::size_t(i)),
                               tr("unknown role \"%1\" (known: trend, region_card, region_uptime, capacity, "
                                  "session_failover)")
                                   .arg(r));
    }
}

ScrapeTarget DirectFormulaReader::scrapeTarget(const YAML::Node &n, const QString &path)
{
    ScrapeTarget t;
    if (!n.IsMap()) {
        t.url = Y::url(n, path);
        return t;
    }
    Y::checkKeys(n, path, {"url", "labels"});
    t.url = Y::url(Y::required(n, "url", path), Y::join(path, "url"));
    if (const YAML::Node labels = n["labels"]; labels.IsDefined()) {
        const QString lp = Y::join(path, "labels");
        if (!labels.IsMap())
            throw ProfileError(Y::lineOf(labels), lp, tr("expected a mapping of label names to values"));
        static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            const QString key = QString::fromStdString(it->first.as<std::string>());
            if (!nameRe.match(key).hasMatch())
                throw ProfileError(Y::lineOf(it->first), lp, tr("\"%1\" is not a label name").arg(key));
            t.labels.emplace_back(key, Y::string(it->second, lp + QLatin1Char('.') + key));
        }
    }
    return t;
}

} // namespace slaops::config
