// "Set token…" in the settings dialog against a real gnome-keyring (run under tests/harness/with-keyring)
// that is made to hold its answer, as it does while it shows an unlock prompt.
#include "config/settings.h"
#include "frozenkeyring.h"
#include "secrets/credentialstore.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtTest>

using namespace slaops;

namespace {

QString uniqueName()
{
    return QStringLiteral("test.") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

// Types `token` into the prompt that "Set token…" opens, once it is up.
void answerTokenPrompt(const QString &token)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, token]() {
        auto *prompt = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!prompt)
            return;
        prompt->setTextValue(token);
        prompt->accept();
        poll->deleteLater();
    });
    poll->start();
}

} // namespace

class TestSettingsKeychain : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    pid_t m_keyring = 0;

    // A dialog as Console::openSettings makes it: deleted on close, with a store of its own.
    ui::SettingsDialog *openDialog(config::Settings *settings, const QString &name)
    {
        auto *d = new ui::SettingsDialog(settings);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->setCredentialStore(new secrets::CredentialStore(d), name);
        d->show();
        return d;
    }
    static QPushButton *tokenButton(QWidget *d)
    {
        return d->findChild<QPushButton *>(QStringLiteral("setToken"));
    }
    static QLabel *tokenStatus(QWidget *d) { return d->findChild<QLabel *>(QStringLiteral("tokenStatus")); }

    static bool readBack(const QString &name, QString *secret)
    {
        secrets::CredentialStore store;
        bool done = false, ok = false;
        QObject context;
        store.read(name, &context, [&](bool good, const QString &s, const QString &) {
            done = true;
            ok = good;
            *secret = s;
        });
        (void)QTest::qWaitFor([&]() { return done; }, 20000);
        return ok;
    }
    static void remove(const QString &name)
    {
        secrets::CredentialStore store;
        bool done = false;
        QObject context;
        store.remove(name, &context, [&](bool, const QString &) { done = true; });
        (void)QTest::qWaitFor([&]() { return done; }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        m_keyring = testing::secretServicePid(&why);
        QVERIFY2(m_keyring > 0, qPrintable(why));
    }

    void closedWhileTheKeyringWaits()
    {
        QSettings backend(m_dir.filePath(QStringLiteral("closed.ini")), QSettings::IniFormat);
        config::Settings settings(&backend);
        secrets::CredentialStore engineStore; // stands for the running engine's
        QSignalSpy changed(&engineStore, &secrets::CredentialStore::credentialChanged);
        const QString name = uniqueName();
        const QString token = QStringLiteral("closed-") + QUuid::createUuid().toString(QUuid::Id128);

        QPointer<ui::SettingsDialog> d = openDialog(&settings, name);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        {
            testing::FrozenKeyring frozen(m_keyring);
            QVERIFY(frozen.frozen());
            answerTokenPrompt(token);
            QTest::mouseClick(tokenButton(d), Qt::LeftButton); // returns once the prompt is answered
            QCOMPARE(tokenStatus(d)->text(), QStringLiteral("Saving to the keychain…"));
            QTest::qWait(200);
            d->close();
            QTRY_VERIFY(d.isNull());
        }
        // The keyring answers a write whose dialog and store are gone: it takes effect and is announced.
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
        QCOMPARE(changed.first().first().toString(), name);
        QString stored;
        QVERIFY(readBack(name, &stored));
        QCOMPARE(stored, token);
        remove(name);
    }

    void timeoutIsShownAndTheLateAnswerIgnored()
    {
        QSettings backend(m_dir.filePath(QStringLiteral("timeout.ini")), QSettings::IniFormat);
        config::Settings settings(&backend);
        secrets::CredentialStore engineStore;
        QSignalSpy changed(&engineStore, &secrets::CredentialStore::credentialChanged);
        const QString name = uniqueName();
        const QString token = QStringLiteral("slow-") + QUuid::createUuid().toString(QUuid::Id128);

        QPointer<ui::SettingsDialog> d = openDialog(&settings, name);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        d->findChild<secrets::CredentialStore *>()->setTimeout(std::chrono::milliseconds(500));
        const QString timedOut = QStringLiteral("The token was not saved: the keychain did not answer within "
                                                "0.5 s (is it locked, or waiting for a prompt?)");
        {
            testing::FrozenKeyring frozen(m_keyring);
            QVERIFY(frozen.frozen());
            answerTokenPrompt(token);
            QTest::mouseClick(tokenButton(d), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(tokenStatus(d)->text(), timedOut, 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
        QTest::qWait(50);
        QCOMPARE(tokenStatus(d)->text(), timedOut);
        d->close();
        QTRY_VERIFY(d.isNull());
        remove(name);
    }
};

QTEST_MAIN(TestSettingsKeychain)
#include "tst_settingskeychain.moc"
