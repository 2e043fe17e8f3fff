#include "promsourcereader.h"

#include "yamlreader.h"

namespace slaops::config {

using Y = YamlReader;

PromSource PromSourceReader::read(const YAML::Node &n, const QString &path)
{
    PromSource s;
    const YAML::Node one = n["url"];
    const YAML::Node many = n["urls"];
    if (one.IsDefined() == many.IsDefined())
        throw ProfileError(Y::lineOf(many.IsDefined() ? many : n), path,
                           tr("give either url: (one server) or urls: (the replicas of one HA pair)"));
    if (one.IsDefined()) {
        s.urls.push_back(Y::url(one, Y::join(path, "url")));
    } else {
        const QString up = Y::join(path, "urls");
        Y::sequence(many, up, false);
        // More replicas than an HA pair or two would only multiply the lag probes and a hung
        // replica's share of the deadline (each gets a slice of it in turn).
        if (many.size() > kMaxReplicas)
            throw ProfileError(Y::lineOf(many), up, tr("at most %1 replicas").arg(kMaxReplicas));
        for (std::size_t i = 0; i < many.size(); ++i) {
            const QUrl u = Y::url(many[i], Y::join(up, i));
            for (const QUrl &seen : s.urls)
                if (Sources::sameServerKey(seen) == Sources::sameServerKey(u))
                    throw ProfileError(Y::lineOf(many[i]), Y::join(up, i),
                                       tr("this replica is listed twice"));
            s.urls.push_back(u);
        }
    }
    if (n["auth"].IsDefined())
        s.auth = Y::auth(n["auth"], Y::join(path, "auth"));
    if (n["ca_file"].IsDefined())
        s.caFile = Y::string(n["ca_file"], Y::join(path, "ca_file"));
    if (n["max_lag"].IsDefined()) {
        s.maxLag = Y::duration(n["max_lag"], Y::join(path, "max_lag"));
        // Under a second, scrape jitter alone would make the replicas take turns; past an hour a
        // replica that far behind shows a different fleet from the one being operated.
        if (s.maxLag < std::chrono::seconds(1) || s.maxLag > std::chrono::hours(1))
            throw ProfileError(Y::lineOf(n["max_lag"]), Y::join(path, "max_lag"),
                               tr("must be between 1s and 1h"));
    }
    return s;
}

} // namespace slaops::config
