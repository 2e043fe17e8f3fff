#include "servicemodel.h"

#include "erlmcpmodel.h"
#include "ledgermodel.h"

ServiceModel::~ServiceModel() = default;

std::unique_ptr<ServiceModel> ServiceModel::create(const QString &service)
{
    if (service == QLatin1StringView("erlmcp"))
        return std::make_unique<ErlmcpModel>();
    if (service == QLatin1StringView("ledger"))
        return std::make_unique<LedgerModel>();
    return nullptr;
}

QStringList ServiceModel::serviceNames()
{
    return {QStringLiteral("erlmcp"), QStringLiteral("ledger")};
}

QStringList ServiceModel::scenarioNames() const
{
    QStringList out;
    for (const Scenario::Kind kind : Scenario::kinds()) {
        if (supports(kind))
            out << Scenario::nameOf(kind);
    }
    return out;
}

void ServiceModel::nodeRecovered(std::size_t, double) {}
