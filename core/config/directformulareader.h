#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <yaml-cpp/yaml.h>

namespace slaops::config {

// Reads the parts of a profile that tell views and the direct scrape what an SLA is for: `direct:`
// formulas, `roles:` and scrape targets with labels. Errors name the line and the key path.
class DirectFormulaReader {
    Q_DECLARE_TR_FUNCTIONS(ProfileLoader)

public:
    static DirectFormula formula(const YAML::Node &n, const QString &path);
    static void roles(const YAML::Node &n, const QString &path, SlaSpec &sla);
    static ScrapeTarget scrapeTarget(const YAML::Node &n, const QString &path);
    static MetricSelector selector(const YAML::Node &n, const QString &path, bool allowNameless = false);
};

} // namespace slaops::config
