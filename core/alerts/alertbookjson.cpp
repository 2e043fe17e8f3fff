#include "alertbookjson.h"

#include <QJsonArray>

namespace slaops::alerts {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject labels(const LabelSet &set)
{
    QJsonObject o;
    for (const auto &[k, v] : set)
        o.insert(k, v);
    return o;
}

QJsonArray urls(const std::vector<int> &indices, const AlertBook &book)
{
    QJsonArray a;
    for (int i : indices)
        a.append(book.instances[std::size_t(i)].url.toString());
    return a;
}

} // namespace

const char *AlertBookJson::statusName(BookAlert::Status status)
{
    switch (status) {
    case BookAlert::Status::Active:
        return "active";
    case BookAlert::Status::Silenced:
        return "silenced";
    case BookAlert::Status::Inhibited:
        return "inhibited";
    }
    return "active";
}

const char *AlertBookJson::stateName(Silence::State state)
{
    switch (state) {
    case Silence::State::Active:
        return "active";
    case Silence::State::Pending:
        return "pending";
    case Silence::State::Expired:
        return "expired";
    }
    return "active";
}

QString AlertBookJson::matcherText(const Matcher &m)
{
    const char *op = m.isRegex ? (m.isEqual ? "=~" : "!~") : (m.isEqual ? "=" : "!=");
    return m.name + QLatin1String(op) + m.value;
}

QJsonObject AlertBookJson::toJson(const InstanceHealth &h)
{
    QJsonObject cluster{
        {QStringLiteral("name"), h.cluster.name.isEmpty() ? QJsonValue() : QJsonValue(h.cluster.name)},
        {QStringLiteral("status"), h.cluster.status.isEmpty() ? QJsonValue() : QJsonValue(h.cluster.status)},
        {QStringLiteral("peers"), QJsonArray::fromStringList(h.cluster.peers)}};
    QString error;
    if (h.error != prom::TransportError::None)
        error = QLatin1String(prom::transportErrorName(h.error));
    else if (h.answerError != AnswerError::None)
        error = QLatin1String(answerErrorName(h.answerError));
    return QJsonObject{
        {QStringLiteral("url"), h.url.toString()},
        {QStringLiteral("up"), h.up},
        {QStringLiteral("last_success"), time(h.lastSuccess)},
        {QStringLiteral("down_since"), time(h.downSince)},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        {QStringLiteral("http_status"), h.httpStatus > 0 ? QJsonValue(h.httpStatus) : QJsonValue()},
        {QStringLiteral("message"), h.message.isEmpty() ? QJsonValue() : QJsonValue(h.message)},
        {QStringLiteral("version"),
         h.cluster.version.isEmpty() ? QJsonValue() : QJsonValue(h.cluster.version)},
        {QStringLiteral("cluster"), cluster}};
}

QJsonObject AlertBookJson::toJson(const BookAlert &b, const AlertBook &book)
{
    const Alert &a = b.alert;
    return QJsonObject{
        {QStringLiteral("fingerprint"), a.fingerprint},
        {QStringLiteral("name"), a.name()},
        {QStringLiteral("severity"), a.severity().isEmpty() ? QJsonValue() : QJsonValue(a.severity())},
        {QStringLiteral("status"), QLatin1String(statusName(b.status))},
        {QStringLiteral("stale"), b.stale},
        {QStringLiteral("labels"), labels(a.labels)},
        {QStringLiteral("annotations"), labels(a.annotations)},
        {QStringLiteral("starts_at"), time(a.startsAt)},
        {QStringLiteral("ends_at"), time(a.endsAt)},
        {QStringLiteral("updated_at"), time(a.updatedAt)},
        {QStringLiteral("generator_url"),
         a.generatorUrl.isEmpty() ? QJsonValue() : QJsonValue(a.generatorUrl)},
        {QStringLiteral("receivers"), QJsonArray::fromStringList(a.receivers)},
        {QStringLiteral("silenced_by"), QJsonArray::fromStringList(a.silencedBy)},
        {QStringLiteral("inhibited_by"), QJsonArray::fromStringList(a.inhibitedBy)},
        {QStringLiteral("instances"), urls(b.instances, book)}};
}

QJsonObject AlertBookJson::toJson(const BookSilence &b, const AlertBook &book)
{
    const Silence &s = b.silence;
    QJsonArray matchers;
    for (const Matcher &m : s.matchers)
        matchers.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("value"), m.value},
                                    {QStringLiteral("is_regex"), m.isRegex},
                                    {QStringLiteral("is_equal"), m.isEqual},
                                    {QStringLiteral("text"), matcherText(m)}});
    QJsonArray twins;
    for (const SilenceCopy &t : b.twins)
        twins.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("instances"), urls(t.instances, book)}});
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("state"), QLatin1String(stateName(s.state))},
                       {QStringLiteral("matchers"), matchers},
                       {QStringLiteral("starts_at"), time(s.startsAt)},
                       {QStringLiteral("ends_at"), time(s.endsAt)},
                       {QStringLiteral("updated_at"), time(s.updatedAt)},
                       {QStringLiteral("created_by"), s.createdBy},
                       {QStringLiteral("comment"), s.comment},
                       {QStringLiteral("matching_alerts"), b.matchingAlerts},
                       {QStringLiteral("instances"), urls(b.instances, book)},
                       {QStringLiteral("twins"), twins}};
}

QJsonObject AlertBookJson::toJson(const AlertBook &book, const std::vector<int> &alerts)
{
    QJsonArray instances, list, silences, disagreements, clusters;
    for (const InstanceHealth &h : book.instances)
        instances.append(toJson(h));
    int firing = 0;
    for (int i : alerts) {
        const BookAlert &a = book.alerts[std::size_t(i)];
        firing += a.status == BookAlert::Status::Active ? 1 : 0;
        list.append(toJson(a, book));
    }
    for (const BookSilence &s : book.silences)
        silences.append(toJson(s, book));
    for (const PeerDisagreement &d : book.disagreements)
        disagreements.append(QJsonObject{{QStringLiteral("cluster"), d.cluster},
                                         {QStringLiteral("instances"), urls(d.instances, book)},
                                         {QStringLiteral("since"), time(d.since)},
                                         {QStringLiteral("differing"), d.differing},
                                         {QStringLiteral("flagged"), d.flagged}});
    for (const std::vector<int> &group : book.clusters)
        clusters.append(urls(group, book));
    return QJsonObject{{QStringLiteral("schema_version"), SchemaVersion},
                       {QStringLiteral("time"), time(book.at)},
                       {QStringLiteral("all_instances_up"), book.allInstancesUp()},
                       {QStringLiteral("firing"), firing},
                       {QStringLiteral("instances"), instances},
                       {QStringLiteral("clusters"), clusters},
                       {QStringLiteral("alerts"), list},
                       {QStringLiteral("silences"), silences},
                       {QStringLiteral("disagreements"), disagreements}};
}

} // namespace slaops::alerts
