#include "plan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace slaops::actions {

namespace {

// What a POSIX shell reads as one word without quotes; anything else is single-quoted so that a
// preview pasted into a terminal runs exactly the argv shown (a quote inside becomes '\'').
QString shellQuote(const QString &arg)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(arg).hasMatch())
        return arg;
    QString out = arg;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString typeName(Command::Type t)
{
    switch (t) {
    case Command::Type::Kubectl:
        return QStringLiteral("kubectl");
    case Command::Type::Http:
        return QStringLiteral("http");
    case Command::Type::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject targetJson(const Target &t)
{
    return QJsonObject{{QStringLiteral("context"), t.context},
                       {QStringLiteral("namespace"), t.nameSpace},
                       {QStringLiteral("kind"), t.kind},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("production"), t.production},
                       {QStringLiteral("colour"), t.colour}};
}

Target targetFromJson(const QJsonObject &o)
{
    Target t;
    t.context = o.value(QStringLiteral("context")).toString();
    t.nameSpace = o.value(QStringLiteral("namespace")).toString();
    t.kind = o.value(QStringLiteral("kind")).toString();
    t.name = o.value(QStringLiteral("name")).toString();
    // A record without the flag is treated as production: the safe side of a confirmation.
    t.production = o.value(QStringLiteral("production")).toBool(true);
    t.colour = o.value(QStringLiteral("colour")).toString();
    return t;
}

} // namespace

QString actionName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::DivertTraffic:
        return QStringLiteral("divert-traffic");
    case ActionKind::RateLimit:
        return QStringLiteral("rate-limit");
    case ActionKind::MigrateSessions:
        return QStringLiteral("migrate-sessions");
    }
    return {};
}

std::optional<ActionKind> actionFromName(const QString &name)
{
    for (ActionKind k : {ActionKind::DivertTraffic, ActionKind::RateLimit, ActionKind::MigrateSessions})
        if (actionName(k) == name)
            return k;
    return std::nullopt;
}

QString Command::display() const
{
    switch (type) {
    case Type::Kubectl: {
        QStringList words{QStringLiteral("kubectl")};
        for (const QString &a : args)
            words << shellQuote(a);
        return words.join(QLatin1Char(' '));
    }
    case Type::Http: {
        QString s = QString::fromLatin1(method) + QLatin1Char(' ') + url.toString(QUrl::FullyEncoded);
        if (!body.isEmpty())
            s += QLatin1Char(' ') + QString::fromUtf8(body);
        return s;
    }
    case Type::None:
        break;
    }
    return {};
}

QJsonObject Command::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), typeName(type)}, {QStringLiteral("purpose"), purpose}};
    if (type == Type::Kubectl)
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
    if (type == Type::Http) {
        o.insert(QStringLiteral("method"), QString::fromLatin1(method));
        o.insert(QStringLiteral("url"), url.toString(QUrl::FullyEncoded));
        o.insert(QStringLiteral("body"), QString::fromUtf8(body));
    }
    if (type != Type::None)
        o.insert(QStringLiteral("display"), display());
    return o;
}

std::optional<Command> Command::fromJson(const QJsonObject &json)
{
    const QString type = json.value(QStringLiteral("type")).toString();
    Command c;
    c.purpose = json.value(QStringLiteral("purpose")).toString();
    if (type == QLatin1String("none"))
        return c;
    if (type == QLatin1String("kubectl")) {
        const QJsonValue args = json.value(QStringLiteral("args"));
        if (!args.isArray())
            return std::nullopt;
        c.type = Type::Kubectl;
        for (const QJsonValue &a : args.toArray()) {
            if (!a.isString())
                return std::nullopt;
            c.args << a.toString();
        }
        return c;
    }
    if (type == QLatin1String("http")) {
        c.type = Type::Http;
        c.method = json.value(QStringLiteral("method")).toString().toLatin1();
        c.url = QUrl(json.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
        c.body = json.value(QStringLiteral("body")).toString().toUtf8();
        if (c.method.isEmpty() || !c.url.isValid())
            return std::nullopt;
        return c;
    }
    return std::nullopt;
}

QJsonObject Plan::toJson() const
{
    QJsonArray checks;
    for (const PreCheck &c : preChecks)
        checks.append(QJsonObject{{QStringLiteral("what"), c.what},
                                  {QStringLiteral("passed"), c.passed},
                                  {QStringLiteral("detail"), c.detail}});
    QJsonArray effs;
    for (const Effect &e : effects)
        effs.append(QJsonObject{{QStringLiteral("sla"), e.slaId},
                                {QStringLiteral("region"), e.region},
                                {QStringLiteral("text"), e.text}});
    QJsonObject o{{QStringLiteral("kind"), actionName(kind)},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("rationale"), rationale},
                  {QStringLiteral("target"), targetJson(target)},
                  {QStringLiteral("preChecks"), checks},
                  {QStringLiteral("effects"), effs},
                  {QStringLiteral("parameters"), parameters},
                  {QStringLiteral("read"), read.toJson()},
                  {QStringLiteral("dryRun"), dryRun.toJson()},
                  {QStringLiteral("apply"), apply.toJson()},
                  {QStringLiteral("stateBefore"), QString::fromUtf8(stateBefore)},
                  {QStringLiteral("stateKey"), stateKey},
                  {QStringLiteral("isRollback"), isRollback}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

std::optional<Plan> Plan::fromJson(const QJsonObject &json)
{
    const std::optional<ActionKind> kind = actionFromName(json.value(QStringLiteral("kind")).toString());
    if (!kind)
        return std::nullopt;
    Plan p;
    p.kind = *kind;
    p.title = json.value(QStringLiteral("title")).toString();
    p.rationale = json.value(QStringLiteral("rationale")).toString();
    p.target = targetFromJson(json.value(QStringLiteral("target")).toObject());
    for (const QJsonValue &v : json.value(QStringLiteral("preChecks")).toArray()) {
        const QJsonObject c = v.toObject();
        p.preChecks.push_back({c.value(QStringLiteral("what")).toString(),
                               c.value(QStringLiteral("passed")).toBool(),
                               c.value(QStringLiteral("detail")).toString()});
    }
    for (const QJsonValue &v : json.value(QStringLiteral("effects")).toArray()) {
        const QJsonObject e = v.toObject();
        p.effects.push_back({e.value(QStringLiteral("sla")).toString(),
                             e.value(QStringLiteral("region")).toString(),
                             e.value(QStringLiteral("text")).toString()});
    }
    p.parameters = json.value(QStringLiteral("parameters")).toObject();
    const auto command = [&json](const char *key) {
        return Command::fromJson(json.value(QLatin1String(key)).toObject());
    };
    const std::optional<Command> read = command("read");
    const std::optional<Command> dryRun = command("dryRun");
    const std::optional<Command> apply = command("apply");
    if (!read || !dryRun || !apply)
        return std::nullopt;
    p.read = *read;
    p.dryRun = *dryRun;
    p.apply = *apply;
    p.stateBefore = json.value(QStringLiteral("stateBefore")).toString().toUtf8();
    p.stateKey = json.value(QStringLiteral("stateKey")).toString();
    p.isRollback = json.value(QStringLiteral("isRollback")).toBool();
    p.error = json.value(QStringLiteral("error")).toString();
    return p;
}

} // namespace slaops::actions
