#include "config/profileloader.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>

using slaops::config::ProfileLoader;
using slaops::config::ProfileLoadResult;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

const QString kFileName = QStringLiteral("fuzz.yaml");

// The loader's promises, checked on every input: an error names the file and a line (DESIGN.md §4), and
// a profile that loads holds what the rest of the console relies on without checking again.
void check(const ProfileLoadResult &r)
{
    require(r.ok == r.error.isEmpty());
    // Messages are cut short in places; never inside a character.
    require(r.error.isValidUtf16());
    if (!r.ok) {
        static const QRegularExpression located(QStringLiteral("\\Afuzz\\.yaml:[1-9][0-9]*: \\S"));
        require(located.match(r.error).hasMatch());
        return;
    }
    const auto &p = r.profile;
    require(p.file == kFileName);
    require(!p.name.isEmpty());
    require(p.refreshInterval >= std::chrono::milliseconds(200));
    require(!p.slas.empty());
    std::set<QString> ids;
    for (const auto &s : p.slas) {
        require(ids.insert(s.id).second);
        require(s.window.count() >= 1);
        if (s.hasBudget())
            require(s.target > 0 && s.target < 1);
    }
    require(p.sources.prometheus.isValid() && !p.sources.prometheus.host().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Every refused input is logged as a warning; at thousands a second that would be all the fuzzer does.
    QLoggingCategory::setFilterRules(QStringLiteral("slaops.config.warning=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    check(ProfileLoader::parse(yaml, kFileName));
    return 0;
}
