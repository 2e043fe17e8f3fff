#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <yaml-cpp/yaml.h>

namespace slaops::config {

// Reads one Prometheus source of a profile, the global one (`sources.prometheus`) or a region's own
// (`regions[i].prometheus`), with one syntax: `url:` (one server) or `urls: [A, B]` (the replicas of
// one HA pair, in order of preference), `auth:`, `ca_file:` and `max_lag:`. The caller checks the
// keys, since the global source also has `timeout:` and `retries:`. Errors name the line and key.
class PromSourceReader {
    Q_DECLARE_TR_FUNCTIONS(ProfileLoader)

public:
    static constexpr std::size_t kMaxReplicas = 4;
    static PromSource read(const YAML::Node &n, const QString &path);
};

} // namespace slaops::config
