#include "alertmessage.h"

#include "config/urlpolicy.h"
#include "engine/figureformat.h"
#include "escalation.h"
#include "prom/servertext.h"

#include <QUrl>

namespace slaops::alerts {

namespace {

// Annotations are written by whoever wrote the rules and pass through Alertmanager: cleaned like any
// server text before they reach a clipboard.
constexpr qsizetype kFieldChars = 2000;

QString cleaned(const QString &text)
{
    return prom::ServerText::clean(text, kFieldChars);
}

QString firstOf(const Alert &a, std::initializer_list<QStringView> names)
{
    for (QStringView n : names)
        if (const QString v = cleaned(a.annotation(n)); !v.isEmpty())
            return v;
    return {};
}

// A URL fit for a message: only http(s), never with credentials.
QString linkText(const QString &url)
{
    const QString text = cleaned(url);
    const QUrl u(text, QUrl::StrictMode);
    if (text.isEmpty() || !u.isValid() ||
        (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
        return {};
    return config::UrlPolicy::redacted(text);
}

} // namespace

const engine::Figure *alertFigure(const Alert &alert, const config::Profile &profile,
                                  const engine::Snapshot *snapshot)
{
    const QString slaId = alert.label(u"sla");
    if (!snapshot || slaId.isEmpty() || !profile.sla(slaId))
        return nullptr;
    const QString region = alert.label(u"region");
    if (!region.isEmpty())
        if (const engine::Figure *f = snapshot->figure(slaId, region))
            return f;
    return snapshot->figure(slaId);
}

AlertMessage AlertMessage::build(const Alert &alert, const config::Profile &profile,
                                 const engine::Snapshot *snapshot)
{
    AlertMessage m;
    const QString unknown = tr("unknown");
    m.name = cleaned(alert.name());
    if (m.name.isEmpty())
        m.name = tr("(unnamed alert)");
    m.severity = cleaned(alert.severity());
    if (m.severity.isEmpty())
        m.severity = unknown;
    m.summary = firstOf(alert, {u"summary"});
    m.region = cleaned(alert.label(u"region"));
    if (m.region.isEmpty())
        m.region = tr("all regions");

    const QString slaId = alert.label(u"sla");
    const config::SlaSpec *spec = slaId.isEmpty() ? nullptr : profile.sla(slaId);
    if (spec) {
        m.metric = spec->name;
        // The target as the profile sets it, written the way every view writes it.
        engine::Figure t;
        t.unit = spec->unit;
        t.comparison = spec->comparison;
        t.target = spec->target;
        m.target = engine::FigureFormat::target(t);
    } else {
        m.metric = slaId.isEmpty() ? unknown : cleaned(slaId);
        m.target = unknown;
    }

    if (const engine::Figure *f = alertFigure(alert, profile, snapshot); f && f->hasValue()) {
        m.value = engine::FigureFormat::value(*f);
        if (!sla::isKnown(f->state))
            m.value = tr("%1 (%2, last known)").arg(m.value, sla::stateLabel(f->state));
        if (f->region.isEmpty() && !alert.label(u"region").isEmpty())
            m.value = tr("%1 (fleet)").arg(m.value);
    } else if (const QString v = firstOf(alert, {u"value", u"current_value"}); !v.isEmpty()) {
        m.value = v;
    } else {
        m.value = unknown;
    }

    m.timestamp = alert.startsAt.isValid()
                      ? alert.startsAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                      : unknown;
    m.impact = firstOf(alert, {u"impact", u"description", u"summary"});
    if (m.impact.isEmpty())
        m.impact = unknown;
    m.runbook = linkText(alert.annotation(u"runbook_url"));
    m.dashboard = linkText(alert.annotation(u"dashboard_url"));
    if (m.dashboard.isEmpty())
        m.dashboard = linkText(alert.generatorUrl);

    m.action = firstOf(alert, {u"recommended_action", u"action"});
    if (m.action.isEmpty()) {
        const config::EscalationLevel *level = Escalation::level(profile.escalation, alert.severity());
        const QString path = level ? level->path.join(QStringLiteral(" → ")) : QString();
        if (!m.runbook.isEmpty() && !path.isEmpty())
            m.action = tr("Follow the runbook; escalate to %1").arg(path);
        else if (!m.runbook.isEmpty())
            m.action = tr("Follow the runbook");
        else if (!path.isEmpty())
            m.action = tr("Escalate to %1").arg(path);
        else
            m.action = unknown;
    }
    return m;
}

QString AlertMessage::plainText() const
{
    QStringList lines;
    lines << tr("SLA ALERT: %1 [%2]").arg(name, severity.toUpper());
    if (!summary.isEmpty())
        lines << summary;
    lines << tr("Alert: %1").arg(name) << tr("Severity: %1").arg(severity) << tr("Metric: %1").arg(metric)
          << tr("Current value: %1").arg(value) << tr("Target: %1").arg(target)
          << tr("Timestamp: %1").arg(timestamp) << tr("Region: %1").arg(region)
          << tr("Impact: %1").arg(impact) << tr("Recommended action: %1").arg(action);
    if (!runbook.isEmpty())
        lines << tr("Runbook: %1").arg(runbook);
    if (!dashboard.isEmpty())
        lines << tr("Dashboard: %1").arg(dashboard);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString AlertMessage::escapeMarkdown(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+-.!|~=");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString AlertMessage::markdown() const
{
    const auto e = &AlertMessage::escapeMarkdown;
    // A URL in angle brackets is an autolink and needs no escaping; linkText() let only http(s)
    // through, and a URL holds no '>' or space once parsed strictly.
    const auto link = [](const QString &url) -> QString { return QLatin1Char('<') + url + QLatin1Char('>'); };
    QStringList lines;
    lines << tr("**SLA ALERT: %1** \\[%2\\]").arg(e(name), e(severity.toUpper()));
    if (!summary.isEmpty())
        lines << QString() << e(summary);
    lines << QString();
    const std::pair<QString, QString> rows[] = {
        {tr("Alert"), e(name)},          {tr("Severity"), e(severity)}, {tr("Metric"), e(metric)},
        {tr("Current value"), e(value)}, {tr("Target"), e(target)},     {tr("Timestamp"), e(timestamp)},
        {tr("Region"), e(region)},       {tr("Impact"), e(impact)},     {tr("Recommended action"), e(action)},
    };
    for (const auto &[k, v] : rows)
        lines << QStringLiteral("- **%1:** %2").arg(k, v);
    if (!runbook.isEmpty())
        lines << QStringLiteral("- **%1:** %2").arg(tr("Runbook"), link(runbook));
    if (!dashboard.isEmpty())
        lines << QStringLiteral("- **%1:** %2").arg(tr("Dashboard"), link(dashboard));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace slaops::alerts
