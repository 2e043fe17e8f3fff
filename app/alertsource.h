#pragma once

#include "alerts/alertbook.h"
#include "config/profile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <chrono>

namespace slaops::alerts {
class AlertPoller;
}

namespace slaops::app {

// What `slaops alerts` and `slaops silence` share: --profile and --alertmanager URL (repeatable,
// overriding the profile's; a URL the profile lists keeps its auth), and one poll of them all.
class AlertSource {
public:
    AlertSource();
    void addOptions(QCommandLineParser &parser) const;
    // The profile with the command line's Alertmanagers; false with *error (exit 2) on a mistake.
    bool load(const QCommandLineParser &parser, config::Profile &out, QString *error) const;

    // One poll of every Alertmanager; null if none ended within its deadline (it always should).
    static alerts::AlertBookPtr pollOnce(alerts::AlertPoller &poller);
    // Prints one line per Alertmanager that cannot be read, to stderr; true if there was any.
    static bool reportDown(const alerts::AlertBook &book);
    static void err(const QString &text);

private:
    QCommandLineOption m_profile;
    QCommandLineOption m_alertmanager;
};

} // namespace slaops::app
