#pragma once

#include <QString>
#include <functional>

namespace slaops::prom {
class Client;
}

namespace slaops::engine {

// Which client asks a follow-up query (a chart's history, an explanation): the one of the replica
// whose URL is given (the replica that answered the figure), else the global source's preferred one
// (Engine::clientFor), so that charts and explanations fail over with the refresh.
using ClientPicker = std::function<prom::Client *(const QString &url)>;

} // namespace slaops::engine
