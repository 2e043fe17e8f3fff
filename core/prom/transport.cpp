#include "transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcProm, "slaops.prom", QtInfoMsg)

namespace slaops::prom {

namespace {

const char *kindName(Auth::Kind kind)
{
    switch (kind) {
    case Auth::Kind::None:
        return "none";
    case Auth::Kind::Bearer:
        return "bearer";
    case Auth::Kind::Basic:
        return "basic";
    }
    return "?";
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A header value must not be able to smuggle in another header.
bool hasControlCharacters(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

} // namespace

Transport::Transport(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))

{
    // Redirects may only stay on the same scheme; TLS verification is left at Qt's default (on).
    // Qt opens at most six connections per host and manager; a refresh sends dozens of queries at
    // once, so several managers let them run side by side, up to what Prometheus evaluates in
    // parallel (--query.max-concurrency, 20 by default).
    for (int i = 0; i < kManagers; ++i) {
        auto *nam = new QNetworkAccessManager(this);
        nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        m_nams.push_back(nam);
    }
}

void Transport::setAuth(const Auth &auth)
{
    m_authKind = auth.kind;
    m_authorization.clear();
    m_authError.clear();
    switch (auth.kind) {
    case Auth::Kind::None:
        break;
    case Auth::Kind::Bearer:
        if (auth.secret.isEmpty() || hasControlCharacters(auth.secret))
            m_authError =
                QCoreApplication::translate("slaops::prom::Client",
                                            "the bearer token for %1 is empty or holds control characters")
                    .arg(m_baseUrl.host());
        else
            m_authorization = "Bearer " + auth.secret.toUtf8();
        break;
    case Auth::Kind::Basic:
        if (auth.username.isEmpty() || auth.username.contains(QLatin1Char(':')) ||
            hasControlCharacters(auth.username) || hasControlCharacters(auth.secret))
            m_authError = QCoreApplication::translate(
                              "slaops::prom::Client",
                              "the user name for %1 is empty or holds ':' or control characters")
                              .arg(m_baseUrl.host());
        else
            m_authorization = "Basic " + (auth.username + QLatin1Char(':') + auth.secret).toUtf8().toBase64();
        break;
    }
    updateAuthError();
    // Only the kind is logged, never the user name or the secret.
    qCInfo(lcProm) << "authentication for" << m_baseUrl.host() << ":" << kindName(auth.kind)
                   << (m_authError.isEmpty() ? "" : "(refused)");
}

void Transport::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    // A credential was judged for the old host; it is not sent anywhere new until it is set again
    // (the engine reads it from the keychain at its next refresh) and judged for this one.
    if (m_authKind != Auth::Kind::None) {
        m_authorization.clear();
        m_authError =
            QCoreApplication::translate("slaops::prom::Client", "the credential for %1 has not been read yet")
                .arg(m_baseUrl.host());
    }
}

void Transport::updateAuthError()
{
    if (m_authKind == Auth::Kind::None || !m_authError.isEmpty())
        return;
    const QString scheme = m_baseUrl.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return;
    if (scheme == QLatin1String("http") && isLoopbackHost(m_baseUrl.host()))
        return;
    m_authorization.clear();
    m_authError = QCoreApplication::translate(
                      "slaops::prom::Client",
                      "refusing to send credentials over plain %1 to %2; use https (plain http is allowed "
                      "only to a loopback host)")
                      .arg(scheme.isEmpty() ? QStringLiteral("http") : scheme, m_baseUrl.host());
}

bool Transport::setCaFile(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (path.isEmpty()) {
        m_ssl = QSslConfiguration();
        m_customCa = false;
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("slaops::prom::Client", "cannot read the CA file %1: %2")
                        .arg(path, file.errorString()));
    // A CA bundle is kilobytes; anything much larger is not one.
    constexpr qint64 kMaxBytes = 8 * 1024 * 1024;
    const QByteArray pem = file.read(kMaxBytes + 1);
    if (pem.size() > kMaxBytes)
        return fail(QCoreApplication::translate("slaops::prom::Client",
                                                "the CA file %1 is larger than 8 MiB; it is not a PEM bundle")
                        .arg(path));
    if (!pem.contains("-----BEGIN CERTIFICATE-----"))
        return fail(
            QCoreApplication::translate("slaops::prom::Client", "the CA file %1 holds no PEM certificate")
                .arg(path));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    const qsizetype begins = pem.count("-----BEGIN CERTIFICATE-----");
    if (certificates.size() != begins || std::any_of(certificates.begin(), certificates.end(),
                                                     [](const QSslCertificate &c) { return c.isNull(); }))
        return fail(QCoreApplication::translate("slaops::prom::Client",
                                                "the CA file %1 holds a certificate that cannot be parsed")
                        .arg(path));

    // Adding CAs to a configuration turns off Qt's on-demand loading of the system's CAs, so they
    // are listed explicitly: the file adds to what the system trusts, it does not replace it.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + certificates);
    m_ssl = ssl;
    m_customCa = true;
    qCInfo(lcProm) << "trusting" << certificates.size() << "extra CA certificate(s) from" << path;
    return true;
}

QUrl Transport::endpoint(QStringView apiPath) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + apiPath);
    return url;
}

void Transport::send(const Request &request, Limits limits, QObject *context, Callback done)
{
    const QUrl &url = request.url;
    QPointer<QObject> guard(context);
    if (!m_authError.isEmpty()) {
        // Reported asynchronously like any other failure; nothing is sent, not even a DNS lookup.
        QTimer::singleShot(0, this, [guard, hadContext = context != nullptr, done = std::move(done), this]() {
            if (hadContext && !guard)
                return;
            RawResponse r;
            r.error = TransportError::Refused;
            r.transportError = m_authError;
            done(std::move(r));
        });
        return;
    }
    QNetworkRequest req(url);
    if (!m_authorization.isEmpty()) {
        req.setRawHeader("Authorization", m_authorization);
        // Credentials must not follow a redirect to another host.
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    }
    if (m_customCa)
        req.setSslConfiguration(m_ssl);
    // The transfer timeout only notices silence; a server that trickles a byte every few seconds
    // never trips it. The deadline below bounds the whole request.
    const auto timeout = limits.timeout.count() > 0 ? limits.timeout : m_timeout;
    const qint64 maxBytes = limits.maxBytes > 0 ? limits.maxBytes : m_maxBytes;
    req.setTransferTimeout(int(timeout.count()));
    req.setRawHeader("Accept", "application/json");
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkAccessManager *nam = m_nams[m_nextManager++ % m_nams.size()];
    QNetworkReply *reply = nullptr;
    switch (request.verb) {
    case Verb::Get:
        reply = nam->get(req);
        break;
    case Verb::Post:
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = nam->post(req, request.body);
        break;
    case Verb::Delete:
        reply = nam->deleteResource(req);
        break;
    }
    // A caller that goes away (a report cancelled) takes its requests with it: they are aborted, not
    // left to run to their deadline against a server nobody waits on.
    if (context)
        connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    auto tooLarge = std::make_shared<bool>(false);
    auto pastDeadline = std::make_shared<bool>(false);
    auto sslErrors = std::make_shared<QStringList>();

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, pastDeadline]() {
        *pastDeadline = true;
        reply->abort();
    });
    deadline->start(timeout);

    // Only recorded, to name the reason; never ignored (DESIGN: TLS verification stays on).
    connect(reply, &QNetworkReply::sslErrors, reply, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            if (!sslErrors->contains(e.errorString()))
                sslErrors->append(e.errorString());
    });

    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, tooLarge, maxBytes](qint64 received, qint64) {
                if (received > maxBytes && !*tooLarge) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    connect(
        reply, &QNetworkReply::finished, this,
        [=, hadContext = context != nullptr, done = std::move(done)]() {
            reply->deleteLater();
            RawResponse r;
            r.latencyMs = timer->elapsed();
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            const auto fail = [&r](TransportError kind, QString text) {
                r.error = kind;
                r.transportError = std::move(text);
            };
            if (*tooLarge) {
                fail(TransportError::TooLarge,
                     QCoreApplication::translate(
                         "slaops::prom::Client",
                         "the answer is larger than %1 MiB and was cut off; narrow the query")
                         .arg(QLocale().toString(double(maxBytes) / (1024 * 1024), 'g', 3)));
            } else if (*pastDeadline ||
                       (reply->error() == QNetworkReply::OperationCanceledError && !status.isValid())) {
                fail(TransportError::Timeout,
                     QCoreApplication::translate("slaops::prom::Client", "no complete answer within %L1 s")
                         .arg(timeout.count() / 1000.0));
            } else if (status.isValid() && reply->error() > QNetworkReply::NoError &&
                       reply->error() < QNetworkReply::ContentAccessDenied) {
                // Headers arrived, then the connection failed (codes below 200 are network and
                // proxy failures, not HTTP statuses): what came is incomplete, not an answer.
                fail(TransportError::Truncated,
                     QCoreApplication::translate("slaops::prom::Client",
                                                 "the connection failed after %1 bytes of the answer: %2")
                         .arg(reply->bytesAvailable())
                         .arg(reply->errorString()));
            } else if (status.isValid()) {
                r.httpStatus = status.toInt();
                r.body = reply->readAll();
                r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            } else if (!sslErrors->isEmpty()) {
                fail(TransportError::Tls,
                     QCoreApplication::translate("slaops::prom::Client", "TLS verification failed for %1: %2")
                         .arg(url.host(), sslErrors->join(QLatin1String("; "))));
            } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
                fail(TransportError::Tls,
                     QCoreApplication::translate("slaops::prom::Client", "TLS handshake with %1 failed: %2")
                         .arg(url.host(), reply->errorString()));
            } else {
                fail(TransportError::Network, reply->errorString());
            }
            if (r.error != TransportError::None)
                qCDebug(lcProm) << "request failed:" << url.host() << transportErrorName(r.error)
                                << r.transportError;
            if (!hadContext || guard)
                done(std::move(r));
        });
}

} // namespace slaops::prom
