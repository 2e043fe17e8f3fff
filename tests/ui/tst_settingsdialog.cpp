// The settings dialog over a temporary ini file: it shows what is stored, writes what is entered, refuses
// what cannot work with a message and the cursor on the field, and every control is reachable by keyboard
// with a name.
#include "settingsdialog.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace slaops;
using namespace std::chrono_literals;
using config::Settings;

class TestSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { ui::Theme::apply(Settings::Theme::System); }
    void showsStoredValues();
    void roundTrip();
    void refusesInvalidInput_data();
    void refusesInvalidInput();
    void keyboardAndNames();
    void tokenNeedsTheKeychain();
    void screenshotInEachTheme();

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("slaops.ini")); }
    template <typename T> static T *child(QWidget &w, const char *name)
    {
        T *c = w.findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    QTemporaryDir m_dir;
};

void TestSettingsDialog::init()
{
    QFile::remove(iniPath());
}

void TestSettingsDialog::showsStoredValues()
{
    QSettings backend(iniPath(), QSettings::IniFormat);
    Settings s(&backend);
    s.setPrometheusUrl(QUrl(QStringLiteral("http://prom:9090")));
    s.setAlertmanagerUrls({QUrl(QStringLiteral("http://am1:9093")), QUrl(QStringLiteral("http://am2:9093"))});
    s.setRefreshInterval(2500ms);
    s.setTheme(Settings::Theme::Dark);
    s.setLanguage(QStringLiteral("de"));
    s.setWarRoomRotationSeconds(42);
    s.setWarRoomViews({QStringLiteral("regions")});
    ui::SettingsDialog d(&s);
    QCOMPARE(child<QLineEdit>(d, "prometheusUrl")->text(), QStringLiteral("http://prom:9090"));
    QCOMPARE(child<QPlainTextEdit>(d, "alertmanagerUrls")->toPlainText(),
             QStringLiteral("http://am1:9093\nhttp://am2:9093"));
    QCOMPARE(child<QSpinBox>(d, "refreshInterval")->value(), 2500);
    QCOMPARE(child<QComboBox>(d, "theme")->currentData().toInt(), int(Settings::Theme::Dark));
    QCOMPARE(child<QComboBox>(d, "language")->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(child<QSpinBox>(d, "rotationSeconds")->value(), 42);
    QVERIFY(child<QCheckBox>(d, "view_regions")->isChecked());
    QVERIFY(!child<QCheckBox>(d, "view_overview")->isChecked());
}

void TestSettingsDialog::roundTrip()
{
    {
        QSettings backend(iniPath(), QSettings::IniFormat);
        Settings s(&backend);
        ui::SettingsDialog d(&s);
        QSignalSpy saved(&d, &ui::SettingsDialog::settingsSaved);
        // Defaults: everything from the profile.
        QVERIFY(child<QLineEdit>(d, "prometheusUrl")->text().isEmpty());
        QCOMPARE(child<QSpinBox>(d, "refreshInterval")->value(), 0);
        QCOMPARE(child<QSpinBox>(d, "rotationSeconds")->value(), Settings::DefaultRotationSeconds);

        child<QLineEdit>(d, "prometheusUrl")->setText(QStringLiteral("  https://thanos.example.org/  "));
        child<QPlainTextEdit>(d, "alertmanagerUrls")
            ->setPlainText(QStringLiteral("http://a:9093\n\nhttp://b:9093\n"));
        child<QSpinBox>(d, "refreshInterval")->setValue(1000);
        auto *theme = child<QComboBox>(d, "theme");
        theme->setCurrentIndex(theme->findData(int(Settings::Theme::HighContrast)));
        child<QComboBox>(d, "language")->setEditText(QStringLiteral("pt_BR"));
        child<QSpinBox>(d, "rotationSeconds")->setValue(15);
        child<QCheckBox>(d, "view_alerts")->setChecked(false);
        d.show();
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(saved.count(), 1);
        QVERIFY(d.errorText().isEmpty());
        // The theme is applied on saving.
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 ui::Theme::palette(Settings::Theme::HighContrast).color(QPalette::Window));
    }
    QSettings backend(iniPath(), QSettings::IniFormat);
    Settings s(&backend);
    QCOMPARE(s.prometheusUrl(), QUrl(QStringLiteral("https://thanos.example.org/")));
    QCOMPARE(s.alertmanagerUrls().size(), std::size_t(2));
    QCOMPARE(s.refreshInterval(), 1000ms);
    QCOMPARE(s.theme(), Settings::Theme::HighContrast);
    QCOMPARE(s.language(), QStringLiteral("pt_BR"));
    QCOMPARE(s.warRoomRotationSeconds(), 15);
    QCOMPARE(s.warRoomViews(),
             (QStringList{QStringLiteral("overview"), QStringLiteral("regions"), QStringLiteral("budgets")}));
}

void TestSettingsDialog::refusesInvalidInput_data()
{
    QTest::addColumn<QString>("prometheus");
    QTest::addColumn<QString>("alertmanagers");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("rotation");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addRow("no scheme") << "prom:9090"
                               << "" << 0 << "" << 20 << "prometheusUrl"
                               << "http://";
    QTest::addRow("no host") << "http://"
                             << "" << 0 << "" << 20 << "prometheusUrl"
                             << "Prometheus URL";
    QTest::addRow("password in url") << "https://u:pw@prom/"
                                     << "" << 0 << "" << 20 << "prometheusUrl"
                                     << "keychain";
    QTest::addRow("bad alertmanager") << ""
                                      << "http://ok:9093\nam:9093" << 0 << "" << 20 << "alertmanagerUrls"
                                      << "Alertmanager URL";
    QTest::addRow("interval 150 ms") << ""
                                     << "" << 150 << "" << 20 << "refreshInterval"
                                     << "at least 200 ms";
    QTest::addRow("interval 1 ms") << ""
                                   << "" << 1 << "" << 20 << "refreshInterval"
                                   << "too short";
    QTest::addRow("language") << ""
                              << "" << 0 << "Klingon!" << 20 << "language"
                              << "language code";
    QTest::addRow("rotation 2 s") << ""
                                  << "" << 0 << "" << 2 << "rotationSeconds"
                                  << "between 3 and 3600";
}

void TestSettingsDialog::refusesInvalidInput()
{
    QFETCH(QString, prometheus);
    QFETCH(QString, alertmanagers);
    QFETCH(int, intervalMs);
    QFETCH(QString, language);
    QFETCH(int, rotation);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QSettings backend(iniPath(), QSettings::IniFormat);
    Settings s(&backend);
    ui::SettingsDialog d(&s);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.activateWindow();
    child<QLineEdit>(d, "prometheusUrl")->setText(prometheus);
    child<QPlainTextEdit>(d, "alertmanagerUrls")->setPlainText(alertmanagers);
    child<QSpinBox>(d, "refreshInterval")->setValue(intervalMs);
    if (!language.isEmpty())
        child<QComboBox>(d, "language")->setEditText(language);
    child<QSpinBox>(d, "rotationSeconds")->setValue(rotation);
    QSignalSpy saved(&d, &ui::SettingsDialog::settingsSaved);
    d.accept();
    QCOMPARE(saved.count(), 0);
    QVERIFY(d.isVisible());
    QVERIFY2(d.errorText().contains(message), qPrintable(d.errorText()));
    QVERIFY(!d.errorText().contains(QLatin1String(":pw@")));
    QCOMPARE(d.validate().size(), 1);
    QTRY_COMPARE(QApplication::focusWidget()->objectName().isEmpty()
                     ? QApplication::focusWidget()->parentWidget()->objectName()
                     : QApplication::focusWidget()->objectName(),
                 field);
    // Nothing was written.
    s.sync();
    QVERIFY(QSettings(iniPath(), QSettings::IniFormat).allKeys().isEmpty());
    if (qstrcmp(QTest::currentDataTag(), "interval 150 ms") == 0)
        d.grab().save(QStringLiteral("tst_settingsdialog_invalid.png"));
}

void TestSettingsDialog::keyboardAndNames()
{
    QSettings backend(iniPath(), QSettings::IniFormat);
    Settings s(&backend);
    ui::SettingsDialog d(&s);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    // Every input: a name for screen readers, and a label whose mnemonic reaches it.
    const QList<QWidget *> inputs = {
        child<QWidget>(d, "prometheusUrl"),   child<QWidget>(d, "alertmanagerUrls"),
        child<QWidget>(d, "refreshInterval"), child<QWidget>(d, "theme"),
        child<QWidget>(d, "language"),        child<QWidget>(d, "rotationSeconds"),
    };
    const QList<QLabel *> labels = d.findChildren<QLabel *>();
    QSet<QChar> mnemonics;
    for (QWidget *w : inputs) {
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        const auto it =
            std::find_if(labels.begin(), labels.end(), [w](QLabel *l) { return l->buddy() == w; });
        QVERIFY2(it != labels.end(), qPrintable(w->objectName()));
        const QString text = (*it)->text();
        const int amp = text.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        const QChar key = text.at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(QStringLiteral("mnemonic clash: ") + text));
        mnemonics.insert(key);
    }
    for (QCheckBox *b : d.findChildren<QCheckBox *>()) {
        QVERIFY(b->text().contains(QLatin1Char('&')));
        const QChar key = b->text().at(b->text().indexOf(QLatin1Char('&')) + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(QStringLiteral("mnemonic clash: ") + b->text()));
        mnemonics.insert(key);
    }

    // Tab visits every control, and leaves the multi-line field rather than typing a tab into it.
    QList<QWidget *> controls = inputs;
    for (QCheckBox *b : d.findChildren<QCheckBox *>())
        controls << b;
    for (QPushButton *b : d.findChildren<QPushButton *>())
        if (b->isEnabled())
            controls << b;
    child<QWidget>(d, "prometheusUrl")->setFocus();
    QSet<QWidget *> visited;
    for (int i = 0; i < 40; ++i) {
        QWidget *f = QApplication::focusWidget();
        QVERIFY(f);
        // An editable combo box focuses its line edit.
        visited.insert(f->parentWidget() && qobject_cast<QComboBox *>(f->parentWidget()) ? f->parentWidget()
                                                                                         : f);
        QTest::keyClick(f, Qt::Key_Tab);
    }
    for (QWidget *c : controls)
        QVERIFY2(visited.contains(c) || (c->focusProxy() && visited.contains(c->focusProxy())),
                 qPrintable(c->objectName() + QLatin1Char(' ') +
                            QString::fromLatin1(c->metaObject()->className())));
    QVERIFY(!child<QPlainTextEdit>(d, "alertmanagerUrls")->toPlainText().contains(QLatin1Char('\t')));

    // A mnemonic reaches its field.
    QTest::keyClick(&d, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("refreshInterval"));
}

void TestSettingsDialog::tokenNeedsTheKeychain()
{
    QSettings backend(iniPath(), QSettings::IniFormat);
    Settings s(&backend);
    ui::SettingsDialog d(&s);
    QVERIFY(!child<QPushButton>(d, "setToken")->isEnabled());
    QVERIFY(!child<QLabel>(d, "tokenStatus")->text().isEmpty());
    for (const QString &k : Settings::allKeys())
        QVERIFY(!k.contains(QLatin1String("token"), Qt::CaseInsensitive));
}

void TestSettingsDialog::screenshotInEachTheme()
{
    QSettings backend(iniPath(), QSettings::IniFormat);
    Settings s(&backend);
    s.setPrometheusUrl(QUrl(QStringLiteral("http://127.0.0.1:9090")));
    for (auto [kind, name] :
         {std::pair{Settings::Theme::Light, "light"}, std::pair{Settings::Theme::Dark, "dark"},
          std::pair{Settings::Theme::HighContrast, "high-contrast"}}) {
        ui::Theme::apply(kind);
        ui::SettingsDialog d(&s);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.palette().color(QPalette::Window), ui::Theme::palette(kind).color(QPalette::Window));
        const QImage img = d.grab().toImage();
        QVERIFY(!img.isNull());
        img.save(QStringLiteral("tst_settingsdialog_%1.png").arg(QLatin1String(name)));
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
