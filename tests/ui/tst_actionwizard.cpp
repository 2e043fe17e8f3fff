// The containment wizard, offscreen, with plans from the real Planner over hand-made snapshots of the
// default profile: every step, the confirmation rules (typed name in production, a checkbox
// elsewhere, Enter never applies), streaming output, each verdict, the rollback and read-only.
// Pictures of the preview, the confirmation and the verification go to SLAOPS_UI_SHOTS (or the temp dir).
#include "actioncheckspage.h"
#include "actionchoosepage.h"
#include "actionconfirmpage.h"
#include "actionfixtures.h"
#include "actionpreviewpage.h"
#include "actionrunpage.h"
#include "actionstyle.h"
#include "actionverifypage.h"
#include "actionwizard.h"
#include "pixels.h"
#include "shotpath.h"
#include "statestyle.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBlock>
#include <QtTest>

using namespace slaops;
using actions::EffectVerdict;
using Step = ui::ActionWizard::Step;

namespace {

using slaops::test::shotPath;

QPushButton *button(const ui::ActionWizard &w, const char *name)
{
    auto *b = w.findChild<QPushButton *>(QString::fromLatin1(name));
    Q_ASSERT(b);
    return b;
}

bool reachable(QPushButton *b)
{
    return b->isVisibleTo(b->window()) && b->isEnabled();
}

actions::ActionRequest divertFromEu()
{
    actions::ActionRequest r;
    r.kind = actions::ActionKind::DivertTraffic;
    r.from = QStringLiteral("eu-west-1");
    return r;
}

// What the runner sends back for a plan: the state read, the plan completed, the server's dry run.
actions::Preview previewOf(const actions::Plan &plan, bool dryRunOk = true)
{
    actions::Preview p;
    const QByteArray state = test::serviceJson();
    p.plan = actions::Planner::withState(plan, state);
    p.read.command = plan.read;
    p.read.ran = true;
    p.read.exitCode = 0;
    p.read.out = state;
    p.read.ms = 84;
    p.dryRun.command = p.plan.dryRun;
    p.dryRun.ran = true;
    p.dryRun.ms = 131;
    if (dryRunOk) {
        p.dryRun.exitCode = 0;
        p.diff = QStringLiteral("--- Service erlmcp/erlmcp-service (now)\n"
                                "+++ Service erlmcp/erlmcp-service (after the action, server dry run)\n"
                                "@@ metadata.annotations @@\n"
                                "-  erlmcp.io/regions: us-east-1,eu-west-1,ap-southeast-1\n"
                                "+  erlmcp.io/regions: us-east-1,ap-southeast-1\n"
                                "   resourceVersion: \"4711\"");
    } else {
        p.dryRun.exitCode = 1;
        p.dryRun.err = "Error from server (Forbidden): services \"erlmcp-service\" is forbidden: User "
                       "\"slaops\" cannot patch resource \"services\" in the namespace \"erlmcp\"";
        p.dryRun.error = QString::fromUtf8(p.dryRun.err);
        p.error = QStringLiteral("the server refused the dry run");
    }
    p.clusterServer = QStringLiteral("https://127.0.0.1:6443");
    return p;
}

} // namespace

class TestActionWizard : public QObject {
    Q_OBJECT

    config::Profile m_profile;

    // Opens the wizard on the error burst and walks it to `step` (up to Confirm), as a person would.
    void walkTo(ui::ActionWizard &w, Step step, bool dryRunOk = true)
    {
        w.setSnapshot(test::errorBurst(m_profile));
        w.start(divertFromEu());
        if (step == Step::Choose)
            return;
        QVERIFY2(reachable(button(w, "next")), qPrintable(w.blockedReason()));
        QTest::mouseClick(button(w, "next"), Qt::LeftButton);
        QCOMPARE(w.step(), Step::Checks);
        if (step == Step::Checks)
            return;
        QVERIFY2(reachable(button(w, "next")), qPrintable(w.blockedReason()));
        QTest::mouseClick(button(w, "next"), Qt::LeftButton);
        QCOMPARE(w.step(), Step::Preview);
        w.showPreview(previewOf(w.plan(), dryRunOk));
        if (step == Step::Preview)
            return;
        QTest::mouseClick(button(w, "next"), Qt::LeftButton);
        QCOMPARE(w.step(), Step::Confirm);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_profile = test::defaultProfile();
    }

    void choosePrefilledFromPlanner()
    {
        ui::ActionWizard w(m_profile);
        w.setSnapshot(test::errorBurst(m_profile));
        actions::ActionRequest r; // nothing given: the planner picks the region in trouble
        w.start(r);
        QCOMPARE(w.step(), Step::Choose);
        QCOMPARE(w.plan().title, QStringLiteral("Divert traffic away from eu-west-1"));
        auto *from = w.findChild<QComboBox *>(QStringLiteral("fromRegion"));
        QCOMPARE(from->currentText(), QStringLiteral("eu-west-1"));
        // The request stays empty: the planner keeps choosing on every refresh.
        QVERIFY(w.choosePage()->request().from.isEmpty());
        QVERIFY(reachable(button(w, "next")));
        QVERIFY(!button(w, "apply")->isVisibleTo(&w));
    }

    void failingChecksKeepNextDisabled()
    {
        ui::ActionWizard w(m_profile);
        walkTo(w, Step::Checks);
        QVERIFY(w.plan().checksPass());
        QVERIFY(reachable(button(w, "next")));
        // The burst is over: eu-west-1 is no longer in trouble, the checks follow the new figures.
        w.setSnapshot(test::actionSnapshot(m_profile, 8));
        QVERIFY(!w.plan().checksPass());
        QVERIFY(!button(w, "next")->isEnabled());
        QVERIFY2(w.blockedReason().contains(QStringLiteral("Next is disabled while a check fails")),
                 qPrintable(w.blockedReason()));
        auto *verdict = w.findChild<QLabel *>(QStringLiteral("checksVerdict"));
        QCOMPARE(verdict->text(), w.blockedReason());
        QSignalSpy preview(&w, &ui::ActionWizard::previewRequested);
        w.next(); // the slot refuses too, not only the button
        QCOMPARE(preview.count(), 0);
        QCOMPARE(w.step(), Step::Checks);
        // Back in trouble: Next again.
        w.setSnapshot(test::errorBurst(m_profile, 9));
        QVERIFY(button(w, "next")->isEnabled());
    }

    void previewShowsCommandAndDiff()
    {
        ui::ActionWizard w(m_profile);
        walkTo(w, Step::Checks);
        QSignalSpy requested(&w, &ui::ActionWizard::previewRequested);
        QTest::mouseClick(button(w, "next"), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        const auto plan = requested.at(0).at(0).value<actions::Plan>();
        QCOMPARE(plan.title, w.plan().title);
        QCOMPARE(w.previewPage()->dryRunText(), QStringLiteral("Waiting for the server's dry run…"));
        QVERIFY(!button(w, "next")->isEnabled());
        // A snapshot now does not change the plan being previewed.
        w.setSnapshot(test::actionSnapshot(m_profile, 10));
        QCOMPARE(w.plan().title, plan.title);

        const actions::Preview p = previewOf(plan);
        w.showPreview(p);
        QVERIFY(!p.plan.apply.isNull());
        QCOMPARE(w.previewPage()->commandText(), p.plan.apply.display());
        QVERIFY2(w.previewPage()->commandText().startsWith(QStringLiteral("kubectl --context erlmcp-prod")),
                 qPrintable(w.previewPage()->commandText()));
        QVERIFY(w.previewPage()->diffText().contains(
            QStringLiteral("+  erlmcp.io/regions: us-east-1,ap-southeast-1")));
        QVERIFY(w.previewPage()->dryRunText().contains(QStringLiteral("accepted the dry run")));
        QVERIFY(reachable(button(w, "next")));
        // The + and - lines carry their colours.
        auto *diff = w.findChild<QTextEdit *>(QStringLiteral("diff"));
        bool plusColoured = false, minusColoured = false;
        for (QTextBlock b = diff->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                const QColor c = f.charFormat().foreground().color();
                if (f.text().contains(QStringLiteral("+  erlmcp.io/regions")))
                    plusColoured = c.rgb() == ui::ActionStyle::okColour().rgb();
                if (f.text().contains(QStringLiteral("-  erlmcp.io/regions")))
                    minusColoured = c.rgb() == ui::ActionStyle::errorColour().rgb();
            }
        }
        QVERIFY(plusColoured);
        QVERIFY(minusColoured);
        // Copy puts the exact command on the clipboard, where the platform keeps one (offscreen may not).
        QGuiApplication::clipboard()->setText(QStringLiteral("probe"));
        if (QGuiApplication::clipboard()->text() == QStringLiteral("probe")) {
            w.findChild<QPushButton *>(QStringLiteral("copyCommand"))->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), p.plan.apply.display());
        } else {
            qWarning("this platform keeps no clipboard: Copy is not checked here");
        }

        w.resize(900, 700);
        const QImage shot = w.grab().toImage();
        QVERIFY(shot.save(shotPath(QStringLiteral("action-preview"))));
    }

    void failedDryRunBlocks()
    {
        ui::ActionWizard w(m_profile);
        walkTo(w, Step::Preview, false);
        QVERIFY(!button(w, "next")->isEnabled());
        QVERIFY2(w.previewPage()->dryRunText().contains(QStringLiteral("Forbidden")),
                 qPrintable(w.previewPage()->dryRunText()));
        QVERIFY(w.blockedReason().contains(QStringLiteral("refused the dry run")));
        w.next();
        QCOMPARE(w.step(), Step::Preview);
    }

    void productionNeedsTheNameTyped()
    {
        ui::ActionWizard w(m_profile);
        walkTo(w, Step::Confirm);
        QSignalSpy applied(&w, &ui::ActionWizard::applyRequested);
        auto *typed = w.findChild<QLineEdit *>(QStringLiteral("typedName"));
        QVERIFY(typed->isVisibleTo(&w));
        QVERIFY(!w.findChild<QCheckBox *>(QStringLiteral("confirmCheck"))->isVisibleTo(&w));
        QCOMPARE(typed->placeholderText(), QStringLiteral("Type erlmcp-service to confirm"));
        const QString banner = w.confirmPage()->bannerText();
        for (const char *part :
             {"PRODUCTION", "Context: erlmcp-prod", "Namespace: erlmcp", "Service: erlmcp-service"})
            QVERIFY2(banner.contains(QString::fromUtf8(part)), qPrintable(banner));
        QCOMPARE(w.confirmPage()->bannerColour(), QColor(QStringLiteral("#c62828")));
        auto *apply = button(w, "apply");
        QVERIFY(!apply->isDefault());
        QVERIFY(!apply->autoDefault());
        for (const char *wrong :
             {"", "erlmcp", "erlmcp-servic", "Erlmcp-service", "erlmcp-service ", " erlmcp-service"}) {
            typed->setText(QString::fromLatin1(wrong));
            QVERIFY2(!apply->isEnabled(), wrong);
        }
        typed->clear();
        typed->setFocus();
        QTest::keyClicks(typed, QStringLiteral("erlmcp-service"));
        QVERIFY(apply->isEnabled());
        // Enter in the line edit, and on the dialog, does not apply.
        QTest::keyClick(typed, Qt::Key_Return);
        QTest::keyClick(&w, Qt::Key_Enter);
        apply->setFocus();
        QTest::keyClick(apply, Qt::Key_Return);
        QCOMPARE(applied.count(), 0);
        QCOMPARE(w.step(), Step::Confirm);

        w.resize(900, 700);
        QVERIFY(w.grab().toImage().save(shotPath(QStringLiteral("action-confirm"))));

        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        const auto preview = applied.at(0).at(0).value<actions::Preview>();
        QCOMPARE(preview.plan.stateKey, previewOf(w.plan()).plan.stateKey);
        QCOMPARE(preview.plan.apply.args, previewOf(w.plan()).plan.apply.args);
        QCOMPARE(w.step(), Step::Run);
        // Once running, Apply is gone: one click, one action.
        QVERIFY(!apply->isVisibleTo(&w));
    }

    void stagingNeedsACheckbox()
    {
        ui::ActionWizard w(m_profile);
        w.setSnapshot(test::errorBurst(m_profile));
        actions::ActionRequest r = divertFromEu();
        r.context = QStringLiteral("erlmcp-staging");
        w.start(r);
        w.next();
        w.next();
        QCOMPARE(w.step(), Step::Preview);
        QCOMPARE(w.plan().target.context, QStringLiteral("erlmcp-staging"));
        w.showPreview(previewOf(w.plan()));
        w.next();
        QCOMPARE(w.step(), Step::Confirm);
        QVERIFY(!w.confirmPage()->production());
        auto *check = w.findChild<QCheckBox *>(QStringLiteral("confirmCheck"));
        QVERIFY(check->isVisibleTo(&w));
        QVERIFY(!w.findChild<QLineEdit *>(QStringLiteral("typedName"))->isVisibleTo(&w));
        QCOMPARE(w.confirmPage()->bannerColour(), QColor(QStringLiteral("#2e7d32")));
        QVERIFY(w.confirmPage()->bannerText().startsWith(QStringLiteral("Not production")));
        QVERIFY(!button(w, "apply")->isEnabled());
        check->setChecked(true);
        QVERIFY(button(w, "apply")->isEnabled());
        check->setChecked(false);
        QVERIFY(!button(w, "apply")->isEnabled());
    }

    void productionWithoutColourUsesBreachColour()
    {
        actions::Target t;
        t.production = true;
        QCOMPARE(ui::ActionStyle::bannerColour(t), ui::StateStyle::colour(sla::State::Breach));
        t.production = false;
        QVERIFY(!ui::ActionStyle::bannerColour(t).isValid());
        t.colour = QStringLiteral("#123456");
        QCOMPARE(ui::ActionStyle::bannerColour(t), QColor(0x12, 0x34, 0x56));
    }

    void runStreamsOutputAndOutcomes_data()
    {
        QTest::addColumn<int>("kind"); // 0 applied, 1 refused, 2 changed since preview
        QTest::addRow("applied") << 0;
        QTest::addRow("refused") << 1;
        QTest::addRow("changed") << 2;
    }

    void runStreamsOutputAndOutcomes()
    {
        QFETCH(int, kind);
        ui::ActionWizard w(m_profile);
        walkTo(w, Step::Confirm);
        w.findChild<QLineEdit *>(QStringLiteral("typedName"))->setText(QStringLiteral("erlmcp-service"));
        QTest::mouseClick(button(w, "apply"), Qt::LeftButton);
        QCOMPARE(w.step(), Step::Run);
        QVERIFY(reachable(button(w, "cancel")));
        QVERIFY(!button(w, "close")->isVisibleTo(&w));
        w.showProgress(QStringLiteral("Patching Service erlmcp/erlmcp-service…"));
        QCOMPARE(w.runPage()->progressText(), QStringLiteral("Patching Service erlmcp/erlmcp-service…"));
        w.appendOutput(QStringLiteral("service/erlmcp-"), false);
        w.appendOutput(QStringLiteral("service patched\n"), false);
        w.appendOutput(QStringLiteral("Warning: deprecated flag\n"), true);
        QCOMPARE(w.runPage()->outputText(),
                 QStringLiteral("service/erlmcp-service patched\nWarning: deprecated flag\n"));
        auto *out = w.findChild<QPlainTextEdit *>(QStringLiteral("output"));
        const QTextBlock second = out->document()->findBlockByNumber(1);
        QCOMPARE(second.begin().fragment().charFormat().foreground().color(), ui::ActionStyle::errorColour());
        QVERIFY(out->document()->firstBlock().begin().fragment().charFormat().foreground().color() !=
                ui::ActionStyle::errorColour());
        // Cancel while running asks the runner and keeps the window for the outcome.
        QSignalSpy cancelled(&w, &ui::ActionWizard::cancelRequested);
        w.reject();
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(w.step(), Step::Run);

        actions::Outcome o;
        o.plan = previewOf(w.plan()).plan;
        o.ms = 212;
        if (kind == 0) {
            o.applied = true;
            o.result.ran = true;
            o.result.exitCode = 0;
        } else if (kind == 1) {
            o.result.ran = true;
            o.result.exitCode = 1;
            o.error = QStringLiteral("Error from server (Conflict): the object has been modified");
        } else {
            o.changedSincePreview = true;
            o.error = QStringLiteral("resourceVersion 4711 became 4712");
        }
        w.showOutcome(o);
        const QString text = w.runPage()->outcomeText();
        if (kind == 0) {
            QVERIFY2(text.startsWith(QStringLiteral("✔ Applied")), qPrintable(text));
            QVERIFY(reachable(button(w, "next")));
            QTest::mouseClick(button(w, "next"), Qt::LeftButton);
            QCOMPARE(w.step(), Step::Verify);
        } else if (kind == 1) {
            QVERIFY2(
                text.contains(QStringLiteral("Refused, nothing was applied: Error from server (Conflict)")),
                qPrintable(text));
            QVERIFY(!button(w, "next")->isVisibleTo(&w));
            QVERIFY(reachable(button(w, "back")));
        } else {
            QVERIFY2(text.contains(QStringLiteral("changed since the preview: nothing was applied")),
                     qPrintable(text));
            QVERIFY(!button(w, "next")->isVisibleTo(&w));
            QTest::mouseClick(button(w, "back"), Qt::LeftButton);
            QCOMPARE(w.step(), Step::Checks); // planned again from the newest figures
        }
        QVERIFY(reachable(button(w, "close")) || w.step() == Step::Checks);
    }

    void verdicts_data()
    {
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("text");
        QTest::addRow("recovered") << int(EffectVerdict::Recovered) << QStringLiteral("✔ Recovered");
        QTest::addRow("not yet") << int(EffectVerdict::NotYet) << QStringLiteral("▲ Not yet");
        QTest::addRow("worse") << int(EffectVerdict::Worse) << QStringLiteral("✖ Worse");
        QTest::addRow("unknown") << int(EffectVerdict::Unknown) << QStringLiteral("? Unknown");
        QTest::addRow("pending") << int(EffectVerdict::Pending) << QStringLiteral("… Waiting for a refresh");
    }

    void verdicts()
    {
        QFETCH(int, verdict);
        QFETCH(QString, text);
        const auto v = EffectVerdict(verdict);
        ui::ActionVerifyPage page(m_profile);
        actions::Verification ver;
        ver.refreshesWanted = 6;
        ver.refreshesSeen = v == EffectVerdict::Pending ? 0 : 2;
        actions::EffectCheck c;
        c.effect = {QStringLiteral("error_rate"), {}, QStringLiteral("error rate back under 0.01 %")};
        c.before = 0.0079;
        c.now = v == EffectVerdict::Recovered ? 0.00005 : 0.0071;
        c.verdict = v;
        ver.checks.push_back(c);
        ver.overall = v;
        page.setVerification(ver);
        QCOMPARE(page.rowCount(), 1);
        QCOMPARE(page.cellText(0, ui::ActionVerifyPage::VerdictColumn), text);
        QCOMPARE(page.cellText(0, ui::ActionVerifyPage::FigureColumn), QStringLiteral("Error rate (fleet)"));
        QVERIFY2(page.cellText(0, ui::ActionVerifyPage::ValuesColumn).startsWith(QStringLiteral("0.79")),
                 qPrintable(page.cellText(0, ui::ActionVerifyPage::ValuesColumn)));
        QCOMPARE(page.refreshText(), QStringLiteral("Refresh %1 of 6").arg(ver.refreshesSeen));
        // Never green unless recovered: the hue of the state's green is only ever Recovered's.
        const QColor colour = page.verdictColour(0);
        const bool green = colour == ui::ActionStyle::okColour();
        QCOMPARE(green, v == EffectVerdict::Recovered);
        const QColor okHue = ui::StateStyle::colour(sla::State::Ok);
        if (v != EffectVerdict::Recovered)
            QVERIFY(std::abs(colour.hue() - okHue.hue()) > 20 || colour.saturation() < 60);
        if (v == EffectVerdict::Recovered)
            QCOMPARE(page.summaryText(), QStringLiteral("Every affected figure is back within its target."));
    }

    void verificationAndRollback()
    {
        ui::ActionWizard w(m_profile);
        walkTo(w, Step::Confirm);
        w.findChild<QLineEdit *>(QStringLiteral("typedName"))->setText(QStringLiteral("erlmcp-service"));
        QTest::mouseClick(button(w, "apply"), Qt::LeftButton);
        actions::Outcome o;
        o.plan = previewOf(w.plan()).plan;
        o.applied = true;
        o.ms = 212;
        w.showOutcome(o);
        w.next();
        QCOMPARE(w.step(), Step::Verify);
        QCOMPARE(w.verifyPage()->rowCount(), int(o.plan.effects.size()));
        QVERIFY(w.verifyPage()->rowCount() > 0);
        // The lead feeds the verification from the engine's snapshots, with the real Verifier.
        const engine::SnapshotPtr before = test::errorBurst(m_profile, 7);
        actions::Verification v = actions::Verifier::start(o.plan, before.get(), 6);
        v = actions::Verifier::update(v, *test::errorBurst(m_profile, 8), before->generation);
        w.showVerification(v);
        QCOMPARE(w.verifyPage()->refreshText(), QStringLiteral("Refresh 1 of 6"));
        bool someNotRecovered = false;
        for (int r = 0; r < w.verifyPage()->rowCount(); ++r) {
            QCOMPARE(w.verifyPage()->cellText(r, ui::ActionVerifyPage::VerdictColumn),
                     ui::ActionStyle::verdictText(v.checks[std::size_t(r)].verdict));
            someNotRecovered =
                someNotRecovered || v.checks[std::size_t(r)].verdict != EffectVerdict::Recovered;
        }
        QVERIFY(someNotRecovered); // the burst goes on: the fleet's error rate is still past its SLA
        // Refresh 2: the errors are gone, the latency is still coming down.
        v = actions::Verifier::update(
            v, *test::actionSnapshot(m_profile, 9, {{QStringLiteral("response_time_p95@"), 104.0}}),
            before->generation);
        w.showVerification(v);
        QCOMPARE(w.verifyPage()->refreshText(), QStringLiteral("Refresh 2 of 6"));
        w.resize(900, 520);
        QVERIFY(w.grab().toImage().save(shotPath(QStringLiteral("action-verify"))));
        v = actions::Verifier::update(v, *test::actionSnapshot(m_profile, 10), before->generation);
        w.showVerification(v);
        QVERIFY2(w.verifyPage()->summaryText().contains(QStringLiteral("back within")),
                 qPrintable(w.verifyPage()->summaryText()));

        QVERIFY(reachable(button(w, "rollback")));
        QVERIFY(reachable(button(w, "close")));
        QTest::mouseClick(button(w, "rollback"), Qt::LeftButton);
        QCOMPARE(w.step(), Step::Checks);
        QVERIFY(w.isRollback());
        QVERIFY(w.plan().isRollback);
        QVERIFY2(w.windowTitle().startsWith(QStringLiteral("Rollback")), qPrintable(w.windowTitle()));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("stepLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Rollback · Step 2 of 6")));
        QVERIFY(!button(w, "back")->isVisibleTo(&w));
        QSignalSpy requested(&w, &ui::ActionWizard::previewRequested);
        w.next();
        // The fixture's figures let the rollback's pre-checks pass; if they did not, this must fail.
        QVERIFY2(w.plan().checksPass(), qPrintable(w.blockedReason()));
        QCOMPARE(requested.count(), 1);
        QVERIFY(requested.at(0).at(0).value<actions::Plan>().isRollback);
    }

    void readOnlyHidesApply()
    {
        ui::ActionWizard w(m_profile);
        w.setReadOnly(true);
        walkTo(w, Step::Confirm);
        QSignalSpy applied(&w, &ui::ActionWizard::applyRequested);
        w.findChild<QLineEdit *>(QStringLiteral("typedName"))->setText(QStringLiteral("erlmcp-service"));
        QVERIFY(!button(w, "apply")->isVisibleTo(&w));
        QVERIFY(!button(w, "apply")->isEnabled());
        QVERIFY(w.blockedReason().startsWith(QStringLiteral("Read-only")));
        w.apply();
        QCOMPARE(applied.count(), 0);
        w.setReadOnly(false);
        QVERIFY(reachable(button(w, "apply")));
    }
};

QTEST_MAIN(TestActionWizard)
#include "tst_actionwizard.moc"
