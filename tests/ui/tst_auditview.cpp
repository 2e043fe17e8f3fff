// The audit viewer, offscreen, over a real log written by AuditLog: records and the chain's verdict,
// a broken chain (a record edited) in the banner with every line still listed, the filter, the
// details pane; AuditLog::read keeps unreadable lines. Rendered to audit.png (SLAOPS_UI_SHOTS).
#include "actionfixtures.h"
#include "actions/auditlog.h"
#include "actions/planner.h"
#include "actions/verification.h"
#include "auditmodel.h"
#include "auditview.h"
#include "shotpath.h"
#include "statestyle.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace slaops;
using actions::AuditLog;

namespace {

using slaops::test::shotPath;

// What the runner writes for one action: intent, outcome, verification (plans from the real Planner).
void writeAction(AuditLog &log, const config::Profile &p)
{
    actions::ActionRequest r;
    r.from = QStringLiteral("eu-west-1");
    const actions::Plan plan = actions::Planner::withState(
        actions::Planner::plan(r, test::errorBurst(p).get(), p), test::serviceJson());
    QVERIFY(plan.ready());
    const QString actor = QStringLiteral("erin");
    QVERIFY(log.append(QStringLiteral("intent"), {{QStringLiteral("actor"), actor},
                                                  {QStringLiteral("host"), QStringLiteral("oncall-7")},
                                                  {QStringLiteral("plan"), plan.toJson()}}));
    QVERIFY(log.append(QStringLiteral("outcome"), {{QStringLiteral("actor"), actor},
                                                   {QStringLiteral("plan"), plan.toJson()},
                                                   {QStringLiteral("applied"), true},
                                                   {QStringLiteral("exitCode"), 0},
                                                   {QStringLiteral("ms"), 212}}));
    actions::Verification v;
    v.refreshesSeen = 3;
    v.overall = actions::EffectVerdict::Recovered;
    QVERIFY(log.append(QStringLiteral("verification"), {{QStringLiteral("actor"), actor},
                                                        {QStringLiteral("plan"), plan.toJson()},
                                                        {QStringLiteral("verification"), v.toJson()}}));
}

} // namespace

class TestAuditView : public QObject {
    Q_OBJECT
    config::Profile m_profile;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        qputenv("TZ", "UTC");
        m_profile = test::defaultProfile();
    }

    void readKeepsEveryLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("read.jsonl"));
        QString error;
        QVERIFY(AuditLog::read(path, &error).empty()); // missing: empty, no error
        QVERIFY(error.isEmpty());
        AuditLog log(path);
        writeAction(log, m_profile);
        std::vector<AuditLog::Record> records = AuditLog::read(path, &error);
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[0].seq, 1);
        QCOMPARE(records[0].kind, QStringLiteral("intent"));
        QVERIFY(records[0].at.isValid());
        QCOMPARE(records[2].kind, QStringLiteral("verification"));
        // A line that is not JSON is kept, as text, and the verdict says the chain is broken there.
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("garbage line\n");
        f.close();
        records = AuditLog::read(path, &error);
        QCOMPARE(records.size(), std::size_t(4));
        QCOMPARE(records[3].json.value(QStringLiteral("unreadable")).toString(),
                 QStringLiteral("garbage line"));
        QCOMPARE(AuditLog::verify(path).firstBroken, 4);
    }

    void recordsAndIntactChain()
    {
        const QString path = m_dir.filePath(QStringLiteral("intact.jsonl"));
        AuditLog log(path);
        writeAction(log, m_profile);
        ui::AuditView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setRecords(AuditLog::read(path), AuditLog::verify(path));
        QVERIFY(!view.bannerIsBroken());
        QCOMPARE(view.bannerText(),
                 QStringLiteral("✔ Chain intact: 3 records, each following the one before."));
        QCOMPARE(view.visibleRows(), 3);
        ui::AuditModel *m = view.model();
        QCOMPARE(m->index(0, ui::AuditModel::Actor).data().toString(), QStringLiteral("erin"));
        QCOMPARE(m->index(0, ui::AuditModel::Action).data().toString(),
                 QStringLiteral("Divert traffic away from eu-west-1"));
        QCOMPARE(m->index(0, ui::AuditModel::Target).data().toString(),
                 QStringLiteral("erlmcp-prod/erlmcp/Service/erlmcp-service"));
        QCOMPARE(m->index(0, ui::AuditModel::Result).data().toString(), QStringLiteral("about to run"));
        QCOMPARE(m->index(1, ui::AuditModel::Result).data().toString(), QStringLiteral("applied"));
        QCOMPARE(m->index(2, ui::AuditModel::Result).data().toString(), QStringLiteral("recovered"));
        const QString tip = m->index(0, ui::AuditModel::Time).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("UTC")), qPrintable(tip));
        // Details: the selected record's JSON in full.
        view.selectRow(1);
        QVERIFY(view.detailsText().contains(QStringLiteral("\"kind\": \"outcome\"")));
        QVERIFY(view.detailsText().contains(QStringLiteral("\"stateKey\"")));
    }

    void brokenChainAndFilter()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.jsonl"));
        AuditLog log(path);
        writeAction(log, m_profile);
        writeAction(log, m_profile);
        // Someone edits record 2: the outcome now says it was not applied.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        lines[1].replace("\"applied\":true", "\"applied\":false");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(lines.join('\n'));
        f.close();
        const AuditLog::Verdict verdict = AuditLog::verify(path);
        QVERIFY(!verdict.intact);
        ui::AuditView view;
        view.setRecords(AuditLog::read(path), verdict);
        QVERIFY(view.bannerIsBroken());
        QVERIFY2(view.bannerText().startsWith(QStringLiteral("✖ Chain broken at record 3:")),
                 qPrintable(view.bannerText()));
        QCOMPARE(view.visibleRows(), 6); // every line still shown
        // The row where it breaks is marked, read out, and the one the view opens on.
        auto *table = view.findChild<QTableView *>();
        QVERIFY(table);
        const QModelIndex broken = table->model()->index(2, 0);
        QVERIFY2(broken.data().toString().startsWith(QStringLiteral("✖")),
                 qPrintable(broken.data().toString()));
        QVERIFY(broken.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("broken")));
        QCOMPARE(broken.data(Qt::BackgroundRole).value<QColor>(), ui::StateStyle::colour(sla::State::Breach));
        QVERIFY(!table->model()->index(1, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!table->model()->index(1, 0).data().toString().startsWith(QStringLiteral("✖")));
        QCOMPARE(table->currentIndex().row(), 2);
        QVERIFY(view.detailsText().contains(QStringLiteral("\"kind\": \"verification\"")));
        view.setFilter(QStringLiteral("verification"));
        QCOMPARE(view.visibleRows(), 2);
        view.setFilter(QStringLiteral("NOT APPLIED"));
        QCOMPARE(view.visibleRows(), 1);
        view.setFilter(QString());
        QCOMPARE(view.visibleRows(), 6);
        view.selectRow(1);
        view.resize(1100, 560);
        QVERIFY(view.grab().toImage().save(shotPath(QStringLiteral("audit"))));
    }
};

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
