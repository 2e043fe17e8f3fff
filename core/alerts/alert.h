#pragma once

#include "answererror.h"
#include "prom/rawresponse.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <utility>
#include <vector>

namespace slaops::alerts {

// Label or annotation pairs, sorted by name (Alertmanager's fingerprint is over sorted labels too).
using LabelSet = std::vector<std::pair<QString, QString>>;

inline QString lookup(const LabelSet &set, QStringView name)
{
    for (const auto &[k, v] : set)
        if (k == name)
            return v;
    return {};
}

// One matcher of a silence, as API v2 spells it: name, value, isRegex, isEqual.
struct Matcher {
    QString name;
    QString value;
    bool isRegex = false;
    bool isEqual = true; // false: != or !~
};

// One alert as one Alertmanager returns it (GET /api/v2/alerts: GettableAlert).
struct Alert {
    enum class State { Unprocessed, Active, Suppressed };

    QString fingerprint;
    LabelSet labels;
    LabelSet annotations;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime updatedAt;
    QString generatorUrl;
    QStringList receivers;
    State state = State::Unprocessed;
    QStringList silencedBy;  // silence ids
    QStringList inhibitedBy; // fingerprints of the inhibiting alerts

    QString label(QStringView name) const { return lookup(labels, name); }
    QString annotation(QStringView name) const { return lookup(annotations, name); }
    QString name() const { return label(u"alertname"); }
    QString severity() const { return label(u"severity"); }
    bool silenced() const { return !silencedBy.isEmpty(); }
    bool inhibited() const { return !inhibitedBy.isEmpty(); }
};

// One silence (GET /api/v2/silences: GettableSilence).
struct Silence {
    enum class State { Active, Pending, Expired };

    QString id;
    std::vector<Matcher> matchers;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime updatedAt;
    QString createdBy;
    QString comment;
    State state = State::Active;
};

// What a new silence asks for (POST /api/v2/silences: PostableSilence). An empty id creates one; a
// silence's id updates (extends) it.
struct SilenceRequest {
    QString id;
    std::vector<Matcher> matchers;
    QDateTime startsAt;
    QDateTime endsAt;
    QString createdBy;
    QString comment;
};

// GET /api/v2/status, the part we use: the HA cluster this instance belongs to.
struct ClusterStatus {
    QString name;          // the cluster's (this peer's) name; empty when clustering is disabled
    QString status;        // "ready", "settling", "disabled"
    QStringList peers;     // peer addresses, this one included
    QStringList peerNames; // the peers' names, in the order of `peers`; `name` is among them
    QString version;       // versionInfo.version
};

// One Alertmanager as the book sees it after a poll.
struct InstanceHealth {
    QUrl url; // without credentials (UrlPolicy::forDisplay)
    bool up = false;
    QDateTime lastSuccess; // the newest complete poll
    QDateTime downSince;   // the first failed poll after the last success; null while up
    prom::TransportError error = prom::TransportError::None;
    int httpStatus = 0;
    AnswerError answerError = AnswerError::None; // an answer came but could not be used
    QString message;                             // what went wrong, cleaned for display; empty while up
    ClusterStatus cluster;
};

} // namespace slaops::alerts
