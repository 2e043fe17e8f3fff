#include "apiparser.h"

#include "apiwalk.h"
#include "prom/bodytext.h"
#include "prom/parsebuffers.h"
#include "prom/servertext.h"

#include <QCoreApplication>
#include <algorithm>
#include <simdjson.h>
#include <string>
#include <unordered_map>

namespace slaops::alerts {

namespace {

using namespace detail;
using prom::BodyText;
using prom::ServerText;

bool isHttpError(int status)
{
    return status != 0 && (status < 200 || status >= 300);
}

// The checks every answer goes through before its JSON is walked: an error status, a size past
// the limit, a page that is not JSON at all. False (and `out` filled) when the walk is not worth it.
template <typename T>
bool precheck(std::string_view body, int httpStatus, QByteArrayView contentType, qsizetype maxBytes,
              Parsed<T> &out)
{
    if (isHttpError(httpStatus)) {
        out.error = AnswerError::Http;
        out.message = ApiParser::errorText(QByteArrayView(body.data(), qsizetype(body.size())), httpStatus,
                                           contentType);
        return false;
    }
    if (qsizetype(body.size()) > maxBytes) {
        out.error = AnswerError::TooLarge;
        out.message = Tr::tr("the answer is %1, more than the limit of %2")
                          .arg(megabytes(qsizetype(body.size())), megabytes(maxBytes));
        return false;
    }
    const std::string_view t = trimmed(body);
    if (t.empty()) {
        out.error = AnswerError::NotJson;
        out.message = Tr::tr("the answer is empty, not JSON (is the URL Alertmanager's base URL?)");
        return false;
    }
    if (t.front() == '<') {
        out.error = AnswerError::NotJson;
        out.message = Tr::tr("the server answered with a page, not JSON (is the URL Alertmanager's base "
                             "URL?): %1")
                          .arg(BodyText::summary(body));
        return false;
    }
    return true;
}

std::string_view view(QByteArrayView body)
{
    return std::string_view(body.data(), std::size_t(body.size()));
}

bool readMatcher(Walk &w, od::value &v, Matcher &m)
{
    bool name = false, value = false, regex = false;
    return w.object(v, Tr::tr("a matcher object"),
                    [&](std::string_view key, od::value &field) {
                        if (key == "name")
                            return (name = true, w.string(field, m.name));
                        if (key == "value")
                            return (value = true, w.string(field, m.value));
                        if (key == "isRegex")
                            return (regex = true, w.boolean(field, m.isRegex));
                        if (key == "isEqual")
                            return w.boolean(field, m.isEqual);
                        return true;
                    }) &&
           (name || w.missing("name")) && (value || w.missing("value")) && (regex || w.missing("isRegex"));
}

bool readAlertStatus(Walk &w, od::value &v, Alert &a)
{
    bool state = false, silenced = false, inhibited = false;
    return w.object(v, Tr::tr("a status object"),
                    [&](std::string_view key, od::value &field) {
                        if (key == "state") {
                            state = true;
                            QString s;
                            if (!w.string(field, s))
                                return false;
                            if (s == QLatin1String("active"))
                                a.state = Alert::State::Active;
                            else if (s == QLatin1String("suppressed"))
                                a.state = Alert::State::Suppressed;
                            else if (s == QLatin1String("unprocessed"))
                                a.state = Alert::State::Unprocessed;
                            else
                                return w.shape(
                                    Tr::tr("expected unprocessed, active or suppressed, got \"%1\"")
                                        .arg(BodyText::snippet(s, 40)));
                            return true;
                        }
                        if (key == "silencedBy")
                            return (silenced = true, w.strings(field, a.silencedBy));
                        if (key == "inhibitedBy")
                            return (inhibited = true, w.strings(field, a.inhibitedBy));
                        return true;
                    }) &&
           (state || w.missing("state")) && (silenced || w.missing("silencedBy")) &&
           (inhibited || w.missing("inhibitedBy"));
}

bool readReceivers(Walk &w, od::value &v, QStringList &out)
{
    return w.array(v, Tr::tr("an array of receivers"), [&](od::value &item) {
        QString name;
        bool has = false;
        return w.object(item, Tr::tr("a receiver object"),
                        [&](std::string_view key, od::value &field) {
                            if (key != "name")
                                return true;
                            has = true;
                            return w.string(field, name, ApiParser::NameChars);
                        }) &&
               (has || w.missing("name")) && (out.append(name), true);
    });
}

bool readAlert(Walk &w, od::value &v, Alert &a)
{
    // The members gettableAlert requires (openapi.yaml), one bit each.
    enum : unsigned {
        Fp = 1,
        Labels = 2,
        Annotations = 4,
        Starts = 8,
        Ends = 16,
        Updated = 32,
        Status = 64,
        Receivers = 128
    };
    unsigned seen = 0;
    const bool ok = w.object(v, Tr::tr("an alert object"), [&](std::string_view key, od::value &field) {
        if (key == "fingerprint")
            return (seen |= Fp, w.string(field, a.fingerprint));
        if (key == "labels")
            return (seen |= Labels, w.labels(field, a.labels));
        if (key == "annotations") {
            seen |= Annotations;
            if (!w.labels(field, a.annotations))
                return false;
            for (auto &[k, text] : a.annotations)
                text = ServerText::clean(text, ApiParser::AnnotationChars);
            return true;
        }
        if (key == "startsAt")
            return (seen |= Starts, w.time(field, a.startsAt));
        if (key == "endsAt")
            return (seen |= Ends, w.time(field, a.endsAt));
        if (key == "updatedAt")
            return (seen |= Updated, w.time(field, a.updatedAt));
        if (key == "status")
            return (seen |= Status, readAlertStatus(w, field, a));
        if (key == "receivers")
            return (seen |= Receivers, readReceivers(w, field, a.receivers));
        if (key == "generatorURL")
            return w.string(field, a.generatorUrl, 2000);
        return true;
    });
    if (!ok)
        return false;
    static const std::pair<unsigned, const char *> required[] = {
        {Fp, "fingerprint"}, {Labels, "labels"},     {Annotations, "annotations"}, {Starts, "startsAt"},
        {Ends, "endsAt"},    {Updated, "updatedAt"}, {Status, "status"},           {Receivers, "receivers"}};
    for (const auto &[bit, name] : required)
        if (!(seen & bit))
            return w.missing(name);
    if (a.fingerprint.isEmpty())
        return w.shape(Tr::tr("the fingerprint is empty")) || w.atKey("fingerprint");
    return true;
}

bool readSilence(Walk &w, od::value &v, Silence &s)
{
    enum : unsigned {
        Id = 1,
        Status = 2,
        Updated = 4,
        Matchers = 8,
        Starts = 16,
        Ends = 32,
        By = 64,
        Comment = 128
    };
    unsigned seen = 0;
    const bool ok = w.object(v, Tr::tr("a silence object"), [&](std::string_view key, od::value &field) {
        if (key == "id")
            return (seen |= Id, w.string(field, s.id));
        if (key == "status") {
            seen |= Status;
            bool state = false;
            return w.object(field, Tr::tr("a status object"), [&](std::string_view k, od::value &f) {
                if (k != "state")
                    return true;
                state = true;
                QString text;
                if (!w.string(f, text))
                    return false;
                if (text == QLatin1String("active"))
                    s.state = Silence::State::Active;
                else if (text == QLatin1String("pending"))
                    s.state = Silence::State::Pending;
                else if (text == QLatin1String("expired"))
                    s.state = Silence::State::Expired;
                else
                    return w.shape(Tr::tr("expected active, pending or expired, got \"%1\"")
                                       .arg(BodyText::snippet(text, 40)));
                return true;
            }) && (state || w.missing("state"));
        }
        if (key == "updatedAt")
            return (seen |= Updated, w.time(field, s.updatedAt));
        if (key == "matchers") {
            seen |= Matchers;
            return w.array(field, Tr::tr("an array of matchers"), [&](od::value &item) {
                Matcher m;
                return readMatcher(w, item, m) && (s.matchers.push_back(std::move(m)), true);
            });
        }
        if (key == "startsAt")
            return (seen |= Starts, w.time(field, s.startsAt));
        if (key == "endsAt")
            return (seen |= Ends, w.time(field, s.endsAt));
        if (key == "createdBy")
            return (seen |= By, w.string(field, s.createdBy, ApiParser::NameChars));
        if (key == "comment")
            return (seen |= Comment, w.string(field, s.comment, ApiParser::CommentChars));
        return true;
    });
    if (!ok)
        return false;
    static const std::pair<unsigned, const char *> required[] = {
        {Id, "id"},           {Status, "status"}, {Updated, "updatedAt"}, {Matchers, "matchers"},
        {Starts, "startsAt"}, {Ends, "endsAt"},   {By, "createdBy"},      {Comment, "comment"}};
    for (const auto &[bit, name] : required)
        if (!(seen & bit))
            return w.missing(name);
    if (s.id.isEmpty())
        return w.shape(Tr::tr("the id is empty")) || w.atKey("id");
    return true;
}

bool readCluster(Walk &w, od::value &v, ClusterStatus &c)
{
    bool status = false;
    return w.object(v, Tr::tr("a cluster object"), [&](std::string_view key, od::value &field) {
        if (key == "name")
            return w.string(field, c.name);
        if (key == "status")
            return (status = true, w.string(field, c.status, 40));
        if (key == "peers")
            return w.array(field, Tr::tr("an array of peers"), [&](od::value &peer) {
                QString name, address;
                return w.object(peer, Tr::tr("a peer object"), [&](std::string_view k, od::value &f) {
                    if (k == "name")
                        return w.string(f, name);
                    if (k == "address")
                        return w.string(f, address);
                    return true;
                }) && (c.peerNames.append(name), c.peers.append(address), true);
            });
        return true;
    }) && (status || w.missing("status"));
}

} // namespace

QDateTime ApiParser::parseTime(QStringView t)
{
    // Read by hand: QDateTime::fromString() took most of a 5,000-alert parse (three times per
    // alert). RFC 3339 as Go writes it: YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM); the
    // fraction is truncated to milliseconds, as Qt keeps no more.
    const auto number = [&t](qsizetype at, int width, int &out) {
        if (at + width > t.size())
            return false;
        out = 0;
        for (qsizetype i = at; i < at + width; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            out = out * 10 + int(c - u'0');
        }
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (t.size() < 20 || t[4] != u'-' || t[7] != u'-' || (t[10] != u'T' && t[10] != u't') || t[13] != u':' ||
        t[16] != u':' || !number(0, 4, y) || !number(5, 2, mo) || !number(8, 2, d) || !number(11, 2, h) ||
        !number(14, 2, mi) || !number(17, 2, sec) || h > 23 || mi > 59 || sec > 59)
        return {};
    qsizetype at = 19;
    int ms = 0;
    if (t[at] == u'.') {
        qsizetype digits = 0;
        for (++at; at < t.size() && t[at] >= u'0' && t[at] <= u'9'; ++at, ++digits)
            if (digits < 3)
                ms = ms * 10 + int(t[at].unicode() - u'0');
        if (digits == 0)
            return {};
        for (qsizetype k = digits; k < 3; ++k)
            ms *= 10;
    }
    int offsetMinutes = 0;
    if (at < t.size() && (t[at] == u'Z' || t[at] == u'z')) {
        ++at;
    } else if (at < t.size() && (t[at] == u'+' || t[at] == u'-')) {
        int oh = 0, om = 0;
        if (!number(at + 1, 2, oh) || at + 3 >= t.size() || t[at + 3] != u':' || !number(at + 4, 2, om) ||
            oh > 23 || om > 59)
            return {};
        offsetMinutes = (t[at] == u'-' ? -1 : 1) * (oh * 60 + om);
        at += 6;
    } else {
        return {};
    }
    const QDate date(y, mo, d);
    if (at != t.size() || !date.isValid())
        return {};
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    const qint64 msecs = (date.toJulianDay() - kUnixEpochJulianDay) * 86400000LL +
                         (qint64(h) * 3600 + mi * 60 + sec - qint64(offsetMinutes) * 60) * 1000 + ms;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QString ApiParser::errorText(QByteArrayView body, int httpStatus, QByteArrayView contentType)
{
    Q_UNUSED(contentType);
    const std::string_view raw = view(body);
    const std::string_view t = trimmed(raw);
    QString text;
    if (!t.empty() && (t.front() == '"' || t.front() == '{') && qsizetype(t.size()) < 1024 * 1024) {
        // Alertmanager's own words: a JSON string, or go-swagger's {"code":602,"message":"..."}.
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        if (parser.parse(t.data(), t.size()).get(root) == simdjson::SUCCESS) {
            std::string_view s;
            if (root.get_string().get(s) == simdjson::SUCCESS) {
                text = ServerText::clean(s, ServerText::ErrorChars);
            } else if (root.is_object()) {
                for (const char *key : {"message", "error", "msg"})
                    if (root[key].get_string().get(s) == simdjson::SUCCESS) {
                        text = ServerText::clean(s, ServerText::ErrorChars);
                        break;
                    }
            }
        }
    }
    if (text.isEmpty() && !t.empty())
        text = t.front() == '<' ? BodyText::summary(raw) : ServerText::clean(t, ServerText::ErrorChars);
    if (text.isEmpty())
        text = Tr::tr("(no message)");
    return Tr::tr("HTTP %1: %2").arg(httpStatus).arg(text);
}

Parsed<std::vector<Alert>> ApiParser::alerts(QByteArrayView body, int httpStatus, QByteArrayView contentType,
                                             qsizetype maxBytes)
{
    Parsed<std::vector<Alert>> out;
    if (!precheck(view(body), httpStatus, contentType, maxBytes, out))
        return out;
    return Walk(view(body)).run<std::vector<Alert>>([](Walk &w, od::value &root, std::vector<Alert> &alerts) {
        return w.array(root, Tr::tr("an array of alerts"), [&](od::value &item) {
            Alert a;
            return readAlert(w, item, a) && (alerts.push_back(std::move(a)), true);
        });
    });
}

Parsed<std::vector<Silence>> ApiParser::silences(QByteArrayView body, int httpStatus,
                                                 QByteArrayView contentType, qsizetype maxBytes)
{
    Parsed<std::vector<Silence>> out;
    if (!precheck(view(body), httpStatus, contentType, maxBytes, out))
        return out;
    return Walk(view(body))
        .run<std::vector<Silence>>([](Walk &w, od::value &root, std::vector<Silence> &silences) {
            return w.array(root, Tr::tr("an array of silences"), [&](od::value &item) {
                Silence s;
                return readSilence(w, item, s) && (silences.push_back(std::move(s)), true);
            });
        });
}

Parsed<ClusterStatus> ApiParser::status(QByteArrayView body, int httpStatus, QByteArrayView contentType)
{
    Parsed<ClusterStatus> out;
    if (!precheck(view(body), httpStatus, contentType, 8 * 1024 * 1024, out))
        return out;
    return Walk(view(body)).run<ClusterStatus>([](Walk &w, od::value &root, ClusterStatus &c) {
        bool cluster = false, version = false;
        return w.object(root, Tr::tr("a status object"),
                        [&](std::string_view key, od::value &field) {
                            if (key == "cluster")
                                return (cluster = true, readCluster(w, field, c));
                            if (key == "versionInfo") {
                                version = true;
                                return w.object(field, Tr::tr("a versionInfo object"),
                                                [&](std::string_view k, od::value &f) {
                                                    return k != "version" || w.string(f, c.version, 60);
                                                });
                            }
                            return true;
                        }) &&
               (cluster || w.missing("cluster")) && (version || w.missing("versionInfo"));
    });
}

Parsed<QString> ApiParser::silenceId(QByteArrayView body, int httpStatus, QByteArrayView contentType)
{
    Parsed<QString> out;
    if (!precheck(view(body), httpStatus, contentType, 1024 * 1024, out))
        return out;
    out = Walk(view(body)).run<QString>([](Walk &w, od::value &root, QString &id) {
        bool has = false;
        return w.object(root, Tr::tr("an object"), [&](std::string_view key, od::value &field) {
            return key != "silenceID" || (has = true, w.string(field, id));
        }) && (has || w.missing("silenceID"));
    });
    if (out.ok() && out.value.isEmpty()) {
        out.error = AnswerError::BadShape;
        out.message = Tr::tr("unexpected Alertmanager answer: the silenceID is empty");
    }
    return out;
}

Parsed<bool> ApiParser::deleted(QByteArrayView body, int httpStatus, QByteArrayView contentType)
{
    Parsed<bool> out;
    if (isHttpError(httpStatus) || httpStatus == 0) {
        out.error = AnswerError::Http;
        out.message = errorText(body, httpStatus, contentType);
        return out;
    }
    out.value = true;
    return out;
}

} // namespace slaops::alerts
