// The Alertmanager API v2 parsers, and the alert book built from what they accept.
#include "alerts/alertbookbuilder.h"
#include "alerts/apiparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace slaops::alerts;

namespace {

// Text meant for a terminal or a label never carries a control, escape or bidi character.
void checkShowable(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
            (u >= 0x2066 && u <= 0x2069))
            std::abort();
    }
}

// Every parse is a value or an error with a message, never both, never neither.
template <typename T> void checkOutcome(const Parsed<T> &p)
{
    if (p.ok() != p.message.isEmpty())
        std::abort();
    checkShowable(p.message);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto alerts = ApiParser::alerts(body);
    checkOutcome(alerts);
    if (!alerts.ok() && !alerts.value.empty())
        std::abort();
    for (const Alert &a : alerts.value) {
        if (a.fingerprint.isEmpty())
            std::abort();
        for (const auto &[k, v] : a.annotations)
            checkShowable(v);
        for (const QString &r : a.receivers)
            checkShowable(r);
    }
    const auto silences = ApiParser::silences(body);
    checkOutcome(silences);
    for (const Silence &s : silences.value) {
        checkShowable(s.comment);
        checkShowable(s.createdBy);
    }
    const auto status = ApiParser::status(body);
    checkOutcome(status);
    if (status.value.peers.size() != status.value.peerNames.size())
        std::abort();
    checkOutcome(ApiParser::silenceId(body));
    checkShowable(ApiParser::errorText(body, 400));
    checkOutcome(ApiParser::alerts(body, 502, "text/html"));
    checkOutcome(ApiParser::alerts(body, 200, {}, 64));

    // What was accepted goes through the merge as two instances of one cluster and a third alone.
    BookInput in;
    in.now = QDateTime::fromMSecsSinceEpoch(1796114534171, Qt::UTC);
    InstanceHealth h;
    h.up = true;
    h.cluster = status.value;
    for (int i = 0; i < 3; ++i) {
        h.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(9093 + i));
        in.instances.push_back({h, alerts.value, silences.value});
    }
    const AlertBook book = AlertBookBuilder::build(in);
    if (book.alerts.size() > alerts.value.size())
        std::abort();
    for (const BookSilence &s : book.silences)
        if (s.matchingAlerts < 0 || std::size_t(s.matchingAlerts) > book.alerts.size())
            std::abort();
    return 0;
}
