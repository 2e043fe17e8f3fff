// Credentials and TLS against real things: the keychain is a real gnome-keyring on a private session
// bus (run under tests/harness/with-keyring), the servers are real sockets on loopback, the
// certificates are made by the openssl CLI, and `slaops secret` is the real binary.
#include "config/profileloader.h"
#include "engine/engine.h"
#include "frozenkeyring.h"
#include "prom/client.h"
#include "secrets/credentialstore.h"

#include <QMutex>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <chrono>
#include <memory>

using namespace slaops;

namespace {

// Every message any component logs, so that a test can prove no secret was ever written out.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                     message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString uniqueSecret(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString uniqueName()
{
    return QStringLiteral("test.") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

const QByteArray kPrometheusAnswer = R"({"status":"success","data":{"resultType":"vector","result":[)"
                                     R"({"metric":{},"value":[1700000000,"1"]}]}})";

// Answers every request with a valid Prometheus instant-query body and records what it was sent.
// Over TLS when given a certificate and key; QSslServer is not in Qt 6.4.
class TestServer : public QTcpServer {
    Q_OBJECT
public:
    explicit TestServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {
    }

    void useTls(const QSslCertificate &certificate, const QSslKey &key)
    {
        m_certificate = certificate;
        m_key = key;
    }

    int requests = 0;
    QList<QByteArray> authorizations; // one entry per request, empty when the header was absent
    QStringList tlsErrors;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (m_certificate.isNull()) {
            auto *socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
            serve(socket);
            return;
        }
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(socket, &QSslSocket::errorOccurred, this,
                [this, socket](QAbstractSocket::SocketError) { tlsErrors.append(socket->errorString()); });
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        serve(socket);
        socket->startServerEncryption();
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QIODevice::readyRead, this, [this, socket, buffer]() {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            ++requests;
            QByteArray authorization;
            for (const QByteArray &line : buffer->left(end).split('\n')) {
                const QByteArray l = line.trimmed();
                if (l.toLower().startsWith("authorization:"))
                    authorization = l.mid(int(qstrlen("authorization:"))).trimmed();
            }
            authorizations.append(authorization);
            buffer->clear();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(kPrometheusAnswer.size()) + "\r\n\r\n" + kPrometheusAnswer);
            socket->disconnectFromHost();
        });
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    }

    QSslCertificate m_certificate;
    QSslKey m_key;
};

prom::RawResponse query(prom::Client &client)
{
    prom::RawResponse result;
    bool done = false;
    QObject context;
    client.instantQuery(QStringLiteral("up"), QDateTime(), &context, [&](prom::RawResponse r) {
        result = std::move(r);
        done = true;
    });
    (void)QTest::qWaitFor([&]() { return done; }, 20000);
    if (!done)
        result.transportError = QStringLiteral("TEST: no callback within 20 s");
    return result;
}

struct ReadResult {
    bool called = false;
    bool ok = false;
    QString secret;
    QString error;
};

ReadResult readSecret(secrets::CredentialStore &store, const QString &name)
{
    ReadResult r;
    QObject context;
    store.read(name, &context, [&](bool ok, const QString &secret, const QString &error) {
        r = {true, ok, secret, error};
    });
    (void)QTest::qWaitFor([&]() { return r.called; }, 20000);
    return r;
}

std::pair<bool, QString> writeSecret(secrets::CredentialStore &store, const QString &name,
                                     const QString &secret)
{
    bool called = false;
    std::pair<bool, QString> result{false, QStringLiteral("TEST: no callback")};
    QObject context;
    store.write(name, secret, &context, [&](bool ok, const QString &error) {
        result = {ok, error};
        called = true;
    });
    (void)QTest::qWaitFor([&]() { return called; }, 20000);
    return result;
}

std::pair<bool, QString> removeSecret(secrets::CredentialStore &store, const QString &name)
{
    bool called = false;
    std::pair<bool, QString> result{false, QStringLiteral("TEST: no callback")};
    QObject context;
    store.remove(name, &context, [&](bool ok, const QString &error) {
        result = {ok, error};
        called = true;
    });
    (void)QTest::qWaitFor([&]() { return called; }, 20000);
    return result;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCredentials : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_secrets; // every secret used, scanned for in the log at the end

    QString path(const char *file) const { return m_dir.filePath(QString::fromLatin1(file)); }

    QString makeCertificate(const char *stem)
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), path(stem) + QStringLiteral(".key"), QStringLiteral("-out"),
                       path(stem) + QStringLiteral(".pem")});
        if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0)
            return QStringLiteral("openssl req failed: ") + openssl.errorString() + QLatin1Char(' ') +
                   QString::fromLocal8Bit(openssl.readAllStandardError());
        return {};
    }

    Run runSlaops(const QStringList &args, const QByteArray &stdinData, bool closeStdin = true)
    {
        Run run;
        const QString binary = qEnvironmentVariable("SLAOPS_BINARY");
        QProcess p;
        p.start(binary, args);
        if (!p.waitForStarted(10000)) {
            run.err = "TEST: cannot start " + binary.toLocal8Bit() + ": " + p.errorString().toLocal8Bit();
            return run;
        }
        p.write(stdinData);
        if (closeStdin)
            p.closeWriteChannel();
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            run.err = "TEST: slaops did not finish within 30 s; is the `secret` dispatch in app/main.cpp?";
            return run;
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Debug output included, so that a secret in a debug line would be caught too.
        QLoggingCategory::setFilterRules(QStringLiteral("slaops.*.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        const QString server = makeCertificate("server");
        QVERIFY2(server.isEmpty(), qPrintable(server));
        const QString other = makeCertificate("other");
        QVERIFY2(other.isEmpty(), qPrintable(other));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(!g_log.isEmpty(), "the message handler saw nothing; the scan below would prove nothing");
        for (const QString &secret : std::as_const(m_secrets))
            for (const QString &line : std::as_const(g_log))
                QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("a secret was logged: ") + line));
    }

    // --- keychain ---------------------------------------------------------------------------------

    void validNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("simple") << QStringLiteral("prometheus") << true;
        QTest::addRow("dots dashes") << QStringLiteral("prom.eu-west_1") << true;
        QTest::addRow("64") << QString(64, QLatin1Char('a')) << true;
        QTest::addRow("65") << QString(65, QLatin1Char('a')) << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("space") << QStringLiteral("a b") << false;
        QTest::addRow("slash") << QStringLiteral("a/b") << false;
        QTest::addRow("newline") << QStringLiteral("a\n") << false;
        QTest::addRow("non-ascii") << QStringLiteral("caf\u00e9") << false;
    }

    void validNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(secrets::CredentialStore::isValidName(name), valid);
    }

    void storeRoundTrip()
    {
        secrets::CredentialStore store;
        const QString name = uniqueName();
        const QString secret = uniqueSecret("tok-\u00e9-");
        m_secrets << secret;

        const auto written = writeSecret(store, name, secret);
        QVERIFY2(written.first, qPrintable(written.second));
        const ReadResult read = readSecret(store, name);
        QVERIFY(read.called);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.secret, secret);

        // Overwriting replaces.
        const QString second = uniqueSecret("tok2-");
        m_secrets << second;
        QVERIFY(writeSecret(store, name, second).first);
        QCOMPARE(readSecret(store, name).secret, second);

        const auto removed = removeSecret(store, name);
        QVERIFY2(removed.first, qPrintable(removed.second));
        const ReadResult gone = readSecret(store, name);
        QVERIFY(gone.called);
        QVERIFY(!gone.ok);
        QVERIFY(gone.secret.isEmpty());
        QCOMPARE(gone.error,
                 QStringLiteral("no secret named %1 in the keychain (store one with: slaops secret set %1)")
                     .arg(name));
    }

    void readMissing()
    {
        secrets::CredentialStore store;
        const QString name = uniqueName();
        const ReadResult r = readSecret(store, name);
        QVERIFY(r.called);
        QVERIFY(!r.ok);
        QCOMPARE(r.error,
                 QStringLiteral("no secret named %1 in the keychain (store one with: slaops secret set %1)")
                     .arg(name));

        bool called = false;
        QObject context;
        store.contains(name, &context, [&](bool ok, bool found, const QString &) {
            QVERIFY(ok);
            QVERIFY(!found);
            called = true;
        });
        QTRY_VERIFY(called);
    }

    void refusals()
    {
        secrets::CredentialStore store;
        const auto badName = writeSecret(store, QStringLiteral("a/b"), QStringLiteral("x"));
        QVERIFY(!badName.first);
        QVERIFY2(badName.second.contains(QLatin1String("invalid secret name")), qPrintable(badName.second));
        const auto empty = writeSecret(store, uniqueName(), QString());
        QVERIFY(!empty.first);
        QVERIFY2(empty.second.contains(QLatin1String("empty")), qPrintable(empty.second));
        // A long name is cut short in the message, never between the halves of a character.
        const auto emoji = writeSecret(store, QStringLiteral("abc\U0001F511") + QString(20, QLatin1Char('x')),
                                       QStringLiteral("x"));
        QVERIFY(!emoji.first);
        QVERIFY2(emoji.second.startsWith(QStringLiteral("invalid secret name 'abc\u2026'")),
                 qPrintable(emoji.second));
    }

    void deadContextDropsCallback()
    {
        secrets::CredentialStore store;
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.read(uniqueName(), context.get(),
                   [&](bool, const QString &, const QString &) { called = true; });
        context.reset();
        // A second read, issued after, tells when the first one has had time to finish.
        const ReadResult after = readSecret(store, uniqueName());
        QVERIFY(after.called);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    // --- a keychain that waits, and requesters that do not ------------------------------------------

    void timeoutReportsOnceAndDropsTheLateAnswer()
    {
        QString why;
        const pid_t keyring = testing::secretServicePid(&why);
        QVERIFY2(keyring > 0, qPrintable(why));
        secrets::CredentialStore store;
        const QString name = uniqueName();
        const QString secret = uniqueSecret("late-");
        m_secrets << secret;
        QVERIFY(writeSecret(store, name, secret).first);

        store.setTimeout(std::chrono::milliseconds(1000));
        int calls = 0;
        ReadResult first;
        QObject context; // alive throughout: the late answer must be dropped for being late
        {
            testing::FrozenKeyring frozen(keyring);
            QVERIFY(frozen.frozen());
            QElapsedTimer timer;
            timer.start();
            store.read(name, &context, [&](bool ok, const QString &s, const QString &error) {
                ++calls;
                first = {true, ok, s, error};
            });
            QTRY_VERIFY_WITH_TIMEOUT(calls > 0, 10000);
            QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 5000,
                     qPrintable(QString::number(timer.elapsed())));
            QCOMPARE(calls, 1);
            QVERIFY(!first.ok);
            QVERIFY(first.secret.isEmpty());
            QCOMPARE(first.error, QStringLiteral("the keychain did not answer within 1 s (is it locked, or "
                                                 "waiting for a prompt?)"));
        }
        // QtKeychain runs one job at a time, so this read ends after the first one's late answer.
        store.setTimeout(secrets::CredentialStore::DefaultTimeout);
        const ReadResult after = readSecret(store, name);
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(after.secret, secret);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
        QVERIFY(removeSecret(store, name).first);
    }

    // The write the caller gave up on still happens; those who hold the old secret must hear of it.
    void lateWriteIsStillAnnounced()
    {
        QString why;
        const pid_t keyring = testing::secretServicePid(&why);
        QVERIFY2(keyring > 0, qPrintable(why));
        secrets::CredentialStore writer;
        writer.setTimeout(std::chrono::milliseconds(500));
        secrets::CredentialStore other;
        QSignalSpy changed(&other, &secrets::CredentialStore::credentialChanged);
        const QString name = uniqueName();
        const QString secret = uniqueSecret("slow-");
        m_secrets << secret;

        int calls = 0;
        std::pair<bool, QString> result;
        QObject context;
        {
            testing::FrozenKeyring frozen(keyring);
            QVERIFY(frozen.frozen());
            writer.write(name, secret, &context, [&](bool ok, const QString &error) {
                ++calls;
                result = {ok, error};
            });
            QTRY_VERIFY_WITH_TIMEOUT(calls > 0, 10000);
            QVERIFY(!result.first);
            QCOMPARE(result.second,
                     QStringLiteral("the keychain did not answer within 0.5 s (is it locked, or "
                                    "waiting for a prompt?)"));
            QCOMPARE(changed.count(), 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
        QCOMPARE(changed.first().first().toString(), name);
        QCOMPARE(calls, 1);
        QCOMPARE(readSecret(other, name).secret, secret);
        QVERIFY(removeSecret(other, name).first);
    }

    // As when Settings is closed while the keyring prompts: the dialog, its store and its callbacks go
    // away while the keychain still holds their calls, and then answers them.
    void requesterDestroyedWhileTheKeyringWaits()
    {
        QString why;
        const pid_t keyring = testing::secretServicePid(&why);
        QVERIFY2(keyring > 0, qPrintable(why));
        secrets::CredentialStore other;
        QSignalSpy changed(&other, &secrets::CredentialStore::credentialChanged);
        const QString name = uniqueName();
        const QString secret = uniqueSecret("orphan-");
        m_secrets << secret;
        int calls = 0;
        {
            testing::FrozenKeyring frozen(keyring);
            QVERIFY(frozen.frozen());
            auto *dialog = new QObject;
            auto *store = new secrets::CredentialStore(dialog); // as Console gives the dialog its own
            store->write(name, secret, dialog, [&](bool, const QString &) { ++calls; });
            store->read(name, dialog, [&](bool, const QString &, const QString &) { ++calls; });
            store->contains(name, dialog, [&](bool, bool, const QString &) { ++calls; });
            QTest::qWait(200); // the write is with the keyring now, which holds it
            delete dialog;
        }
        // The keyring answers jobs whose store is gone: the write takes effect and is announced, no
        // callback runs, nothing crashes.
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
        QCOMPARE(changed.first().first().toString(), name);
        const ReadResult after = readSecret(other, name);
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(after.secret, secret);
        QTest::qWait(50);
        QCOMPARE(calls, 0);
        QVERIFY(removeSecret(other, name).first);
    }

    void changeReachesEveryStore()
    {
        secrets::CredentialStore writer;
        secrets::CredentialStore reader;
        QSignalSpy wrote(&writer, &secrets::CredentialStore::credentialChanged);
        QSignalSpy heard(&reader, &secrets::CredentialStore::credentialChanged);
        const QString name = uniqueName();
        const QString secret = uniqueSecret("shared-");
        m_secrets << secret;

        QVERIFY(writeSecret(writer, name, secret).first);
        QCOMPARE(heard.count(), 1);
        QCOMPARE(heard.at(0).at(0).toString(), name);
        QCOMPARE(wrote.count(), 1);
        QVERIFY(removeSecret(writer, name).first);
        QCOMPARE(heard.count(), 2);
        QCOMPARE(heard.at(1).at(0).toString(), name);

        // Reads and failures change nothing, so they announce nothing.
        QVERIFY(!readSecret(reader, name).ok);
        QVERIFY(!writeSecret(writer, QStringLiteral("a/b"), secret).first);
        QVERIFY(!writeSecret(writer, name, QString()).first);
        QCOMPARE(heard.count(), 2);
    }

    // The engine holds its token in memory; one set through another store is used from the next refresh.
    void engineUsesAChangedToken()
    {
        TestServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString name = uniqueName();
        const QString before = uniqueSecret("old-");
        const QString after = uniqueSecret("new-");
        m_secrets << before << after;
        secrets::CredentialStore settings; // the settings dialog's store
        QVERIFY(writeSecret(settings, name, before).first);

        const QByteArray yaml =
            "profile: t\nrefresh_interval: 1h\nerror_after: 3h\nsources:\n  prometheus:\n    url: "
            "http://127.0.0.1:" +
            QByteArray::number(server.serverPort()) + "\n    auth: {type: bearer, secret: " + name.toUtf8() +
            "}\nslas:\n  - id: up\n    name: Up\n    query: up\n    unit: percent\n"
            "    comparison: at_least\n    target: 99%\n    alert: 98%\n";
        const config::ProfileLoadResult loaded = config::ProfileLoader::parse(yaml, QStringLiteral("t.yaml"));
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        engine::Engine engine(loaded.profile);
        QSignalSpy snapshots(&engine, &engine::Engine::snapshotReady);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, 20000);
        const qsizetype first = server.authorizations.size();
        QVERIFY(first > 0);
        for (const QByteArray &a : std::as_const(server.authorizations))
            QCOMPARE(a, "Bearer " + before.toUtf8());

        QVERIFY(writeSecret(settings, name, after).first);
        engine.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 2, 20000);
        QVERIFY(server.authorizations.size() > first);
        for (qsizetype i = first; i < server.authorizations.size(); ++i)
            QCOMPARE(server.authorizations.at(i), "Bearer " + after.toUtf8());

        // Deleted: the engine stops sending the old token and says why.
        QVERIFY(removeSecret(settings, name).first);
        const qsizetype second = server.authorizations.size();
        engine.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 3, 20000);
        QCOMPARE(server.authorizations.size(), second);
        const engine::SnapshotPtr last = engine.current();
        QVERIFY(last);
        QVERIFY2(last->prometheus.error.contains(QLatin1String("no secret named ") + name),
                 qPrintable(last->prometheus.error));
    }

    // --- slaops secret ----------------------------------------------------------------------------

    void secretCommand()
    {
        if (qEnvironmentVariableIsEmpty("SLAOPS_BINARY"))
            QSKIP("SLAOPS_BINARY is not set (ctest sets it to the slaops binary)");
        secrets::CredentialStore store;
        const QString name = uniqueName();
        const QString secret = uniqueSecret("cli-");
        m_secrets << secret;

        Run set = runSlaops({QStringLiteral("secret"), QStringLiteral("set"), name}, secret.toUtf8() + '\n');
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(!set.out.contains(secret.toUtf8()));
        QVERIFY(!set.err.contains(secret.toUtf8()));
        // Exactly one trailing newline is not part of the secret.
        ReadResult read = readSecret(store, name);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.secret, secret);

        Run check = runSlaops({QStringLiteral("secret"), QStringLiteral("check"), name}, {});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY(check.out.contains(name.toUtf8()));
        QVERIFY(!check.out.contains(secret.toUtf8()));

        Run del = runSlaops({QStringLiteral("secret"), QStringLiteral("delete"), name}, {});
        QVERIFY2(del.exitCode == 0, del.err.constData());
        QVERIFY(!readSecret(store, name).ok);

        Run checkGone = runSlaops({QStringLiteral("secret"), QStringLiteral("check"), name}, {});
        QCOMPARE(checkGone.exitCode, 1);
        Run delGone = runSlaops({QStringLiteral("secret"), QStringLiteral("delete"), name}, {});
        QCOMPARE(delGone.exitCode, 1);
        QVERIFY2(delGone.err.contains("no secret named"), delGone.err.constData());
    }

    void secretCommandRefusals()
    {
        if (qEnvironmentVariableIsEmpty("SLAOPS_BINARY"))
            QSKIP("SLAOPS_BINARY is not set (ctest sets it to the slaops binary)");
        secrets::CredentialStore store;
        const QString name = uniqueName();
        const QString onArgv = uniqueSecret("argv-");
        m_secrets << onArgv;

        Run argv = runSlaops({QStringLiteral("secret"), QStringLiteral("set"), name, onArgv}, {});
        QCOMPARE(argv.exitCode, 2);
        QVERIFY(!argv.err.contains(onArgv.toUtf8()));
        QVERIFY2(argv.err.contains("command line"), argv.err.constData());

        Run empty = runSlaops({QStringLiteral("secret"), QStringLiteral("set"), name}, "\n");
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains("empty"), empty.err.constData());
        QVERIFY(!readSecret(store, name).ok);

        QCOMPARE(runSlaops({QStringLiteral("secret")}, {}).exitCode, 2);
        QCOMPARE(runSlaops({QStringLiteral("secret"), QStringLiteral("frobnicate"), name}, {}).exitCode, 2);
        QCOMPARE(runSlaops({QStringLiteral("secret"), QStringLiteral("set")}, {}).exitCode, 2);
        QCOMPARE(
            runSlaops({QStringLiteral("secret"), QStringLiteral("check"), QStringLiteral("bad/name")}, {})
                .exitCode,
            2);
    }

    // --- authentication ---------------------------------------------------------------------------

    void authReachesServer_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addRow("none") << int(prom::Auth::Kind::None);
        QTest::addRow("bearer") << int(prom::Auth::Kind::Bearer);
        QTest::addRow("basic") << int(prom::Auth::Kind::Basic);
    }

    void authReachesServer()
    {
        QFETCH(int, kind);
        TestServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        prom::Client client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        prom::Auth auth;
        auth.kind = prom::Auth::Kind(kind);
        auth.username = QStringLiteral("sre");
        auth.secret = uniqueSecret("pw-");
        m_secrets << auth.secret;
        client.setAuth(auth);
        QVERIFY2(client.configurationError().isEmpty(), qPrintable(client.configurationError()));

        const prom::RawResponse r = query(client);
        QVERIFY2(r.transportError.isEmpty(), qPrintable(r.transportError));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.body, kPrometheusAnswer);
        QCOMPARE(server.authorizations.size(), 1);
        switch (auth.kind) {
        case prom::Auth::Kind::None:
            QVERIFY(server.authorizations.first().isEmpty());
            break;
        case prom::Auth::Kind::Bearer:
            QCOMPARE(server.authorizations.first(), "Bearer " + auth.secret.toUtf8());
            break;
        case prom::Auth::Kind::Basic:
            QCOMPARE(server.authorizations.first(),
                     "Basic " + QByteArray("sre:" + auth.secret.toUtf8()).toBase64());
            break;
        }
    }

    void credentialsNeverInClearToRemoteHost_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("refused");
        QTest::addRow("http remote") << QStringLiteral("http://prometheus.invalid:9090") << true;
        QTest::addRow("http remote ip") << QStringLiteral("http://192.0.2.1:9090") << true;
        QTest::addRow("https remote") << QStringLiteral("https://prometheus.invalid") << false;
        QTest::addRow("http localhost") << QStringLiteral("http://localhost:9090") << false;
        QTest::addRow("http 127.0.0.2") << QStringLiteral("http://127.0.0.2:9090") << false;
        QTest::addRow("http ::1") << QStringLiteral("http://[::1]:9090") << false;
    }

    void credentialsNeverInClearToRemoteHost()
    {
        QFETCH(QString, url);
        QFETCH(bool, refused);
        prom::Client client{QUrl(url)};
        prom::Auth auth{prom::Auth::Kind::Bearer, {}, uniqueSecret("clear-")};
        m_secrets << auth.secret;
        client.setAuth(auth);
        QCOMPARE(!client.configurationError().isEmpty(), refused);
        if (!refused)
            return;
        QVERIFY2(client.configurationError().contains(QLatin1String("refusing to send credentials")),
                 qPrintable(client.configurationError()));
        QVERIFY(!client.configurationError().contains(auth.secret));
        // A .invalid name never resolves, and 192.0.2.1 is a documentation address: had the client
        // tried, the error would be a lookup or connection failure, not the refusal, and take longer.
        QElapsedTimer timer;
        timer.start();
        const prom::RawResponse r = query(client);
        QCOMPARE(r.httpStatus, 0);
        QCOMPARE(r.latencyMs, -1);
        QCOMPARE(r.transportError, client.configurationError());
        QVERIFY(timer.elapsed() < 1000);

        // Taking the credentials away lets queries go again (they then fail on the network, not here).
        client.setAuth({});
        QVERIFY(client.configurationError().isEmpty());
    }

    // --- TLS --------------------------------------------------------------------------------------

    void tls()
    {
        QFile certFile(path("server.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        QFile keyFile(path("server.key"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull());
        QVERIFY(!key.isNull());

        TestServer server;
        server.useTls(certificate, key);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        const QString token = uniqueSecret("tls-");
        m_secrets << token;

        // Not trusted: a clear error naming the host and the reason; no data, no request served.
        {
            prom::Client client(url);
            client.setAuth({prom::Auth::Kind::Bearer, {}, token});
            const prom::RawResponse r = query(client);
            QCOMPARE(r.httpStatus, 0);
            QVERIFY(r.body.isEmpty());
            QVERIFY2(r.transportError.startsWith(QLatin1String("TLS verification failed for 127.0.0.1: ")),
                     qPrintable(r.transportError));
            QVERIFY2(r.transportError.contains(QLatin1String("self-signed")), qPrintable(r.transportError));
            QVERIFY(!r.transportError.contains(token));
            QCOMPARE(server.requests, 0);
        }
        // Trusted through --ca-file: it works, and the token arrives.
        {
            prom::Client client(url);
            client.setAuth({prom::Auth::Kind::Bearer, {}, token});
            QString error;
            QVERIFY2(client.setCaFile(path("server.pem"), &error), qPrintable(error));
            const prom::RawResponse r = query(client);
            QVERIFY2(r.transportError.isEmpty(), qPrintable(r.transportError));
            QCOMPARE(r.httpStatus, 200);
            QCOMPARE(r.body, kPrometheusAnswer);
            QCOMPARE(server.authorizations.value(0), "Bearer " + token.toUtf8());
        }
        // A CA file that is a valid certificate but not the server's: still refused.
        {
            prom::Client client(url);
            QString error;
            QVERIFY2(client.setCaFile(path("other.pem"), &error), qPrintable(error));
            const prom::RawResponse r = query(client);
            QCOMPARE(r.httpStatus, 0);
            QVERIFY(r.body.isEmpty());
            QVERIFY2(r.transportError.startsWith(QLatin1String("TLS verification failed for 127.0.0.1: ")),
                     qPrintable(r.transportError));
            QCOMPARE(server.requests, 1);
        }
    }

    void badCaFiles()
    {
        auto write = [this](const char *file, const QByteArray &data) {
            QFile f(path(file));
            if (f.open(QIODevice::WriteOnly))
                f.write(data);
            return path(file);
        };
        QFile pem(path("server.pem"));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QByteArray corrupted = pem.readAll();
        corrupted[corrupted.size() / 2] = '!';

        const QList<std::pair<QString, QString>> cases = {
            {path("does-not-exist.pem"), QStringLiteral("cannot read the CA file")},
            {write("empty.pem", {}), QStringLiteral("holds no PEM certificate")},
            {write("text.pem", "not a certificate\n"), QStringLiteral("holds no PEM certificate")},
            {path("server.key"), QStringLiteral("holds no PEM certificate")},
            {write("corrupted.pem", corrupted), QStringLiteral("cannot be parsed")},
        };
        for (const auto &[file, expected] : cases) {
            prom::Client client{QUrl(QStringLiteral("https://127.0.0.1:1"))};
            QString error;
            QVERIFY2(!client.setCaFile(file, &error), qPrintable(file));
            QVERIFY2(error.contains(expected) && error.contains(file), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
