#include "replicachoice.h"

#include <algorithm>

namespace slaops::engine {

std::size_t ReplicaChoice::preferred(const std::vector<ReplicaHealth> &health)
{
    for (std::size_t i = 0; i < health.size(); ++i)
        if (health[i].up && !health[i].lagging)
            return i;
    for (std::size_t i = 0; i < health.size(); ++i)
        if (health[i].up)
            return i;
    return 0;
}

std::vector<std::size_t> ReplicaChoice::order(const std::vector<ReplicaHealth> &health)
{
    std::vector<std::size_t> o;
    if (health.empty())
        return o;
    o.push_back(preferred(health));
    for (bool up : {true, false})
        for (std::size_t i = 0; i < health.size(); ++i)
            if (health[i].up == up && i != o.front())
                o.push_back(i);
    return o;
}

bool ReplicaChoice::worthFailingOver(const prom::RawResponse &r)
{
    switch (r.error) {
    case prom::TransportError::Network:
    case prom::TransportError::Timeout:
    case prom::TransportError::Truncated:
        return true;
    case prom::TransportError::TooLarge:
    case prom::TransportError::Tls:
    case prom::TransportError::Refused:
        return false;
    case prom::TransportError::None:
        break;
    }
    // No answer and no kind (a response made by hand) counts as a connection failure.
    return r.httpStatus == 0 || r.httpStatus >= 500;
}

std::chrono::milliseconds ReplicaChoice::slice(std::chrono::milliseconds left, std::size_t untried)
{
    // Replicas of one pair hold the same data, so a query that needs time T on one needs about T on
    // the other: equal shares give the best chance that one of them finishes. A smaller first share
    // would fail healthy-but-slow queries over for nothing; all of it to the first would leave the
    // second nothing when the first hangs.
    if (untried <= 1)
        return left;
    return left / qint64(untried);
}

std::vector<qint64> ReplicaChoice::lagMs(const std::vector<QDateTime> &newest)
{
    QDateTime freshest;
    for (const QDateTime &t : newest)
        if (t.isValid() && (!freshest.isValid() || t > freshest))
            freshest = t;
    std::vector<qint64> lag;
    for (const QDateTime &t : newest)
        lag.push_back(t.isValid() ? t.msecsTo(freshest) : -1);
    return lag;
}

std::vector<bool> ReplicaChoice::lagging(const std::vector<QDateTime> &newest,
                                         const std::vector<bool> &probed, std::chrono::milliseconds maxLag)
{
    const std::vector<qint64> lag = lagMs(newest);
    const bool anyFresh =
        std::any_of(newest.begin(), newest.end(), [](const QDateTime &t) { return t.isValid(); });
    std::vector<bool> out;
    for (std::size_t i = 0; i < newest.size(); ++i) {
        const bool answeredEmpty = i < probed.size() && probed[i] && !newest[i].isValid();
        out.push_back(lag[i] > maxLag.count() || (anyFresh && answeredEmpty));
    }
    return out;
}

} // namespace slaops::engine
