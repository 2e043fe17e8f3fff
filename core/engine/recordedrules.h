#pragma once

#include "config/profile.h"

#include <QByteArrayView>
#include <QString>
#include <chrono>
#include <vector>

namespace slaops::engine {

// One recording rule of the profile's generated set (core/rules/rulenames.h), as Prometheus reports it.
struct RecordedRule {
    QString record;      // slaops:sla:value, ...
    QString slaId;       // its slaops_sla label
    QString region;      // its slaops_region label; empty for the fleet
    QString expression;  // the rule's own PromQL
    bool healthy = true; // Prometheus' health is "ok" or not yet evaluated ("unknown")
    QString lastError;
};

// What one source's /api/v1/rules says about this profile's generated rules: whether they are loaded
// for this very version of the profile, and which series they record. Pure: parsed on a worker from
// the answer's bytes.
struct RecordedRules {
    enum class Status {
        NotAsked,     // not asked yet, or the last answer could not be read: raw queries
        None,         // the source has no generated rules of this profile: raw queries
        OtherVersion, // rules of this profile, but of another version: raw queries, with a warning
        Loaded,       // this version's rules: recorded series
    };
    Status status = Status::NotAsked;
    QString version;        // this profile's version
    QString loadedVersions; // OtherVersion: the versions the source has ("a1b2c3, d4e5f6")
    QString error;          // NotAsked after an answer: why it could not be read
    // The longest evaluation interval of the groups holding them: a recorded series not written within
    // a few of these is no longer being evaluated.
    std::chrono::seconds interval{0};
    std::vector<RecordedRule> rules;

    // This version's healthy rule for a record and scope, or null.
    const RecordedRule *find(const QString &record, QStringView slaId, QStringView region) const;
    bool has(const QString &record, QStringView slaId, QStringView region) const
    {
        return find(record, slaId, region) != nullptr;
    }

    // A warning for people when the rules are not used although some of this profile's are loaded.
    QString warning() const;

    static RecordedRules parse(QByteArrayView json, const config::Profile &profile);
};

} // namespace slaops::engine
