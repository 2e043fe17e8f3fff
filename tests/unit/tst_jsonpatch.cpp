// The simulator's JSON patch (RFC 6902) and merge patch (RFC 7386): what its Kubernetes API applies to
// the Service when kubectl patches it, the planner's test-then-replace patches among them.
#include "jsonpatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {
QJsonValue json(const char *text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + text + "]", &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s: %s", text, qPrintable(e.errorString()));
    return d.array().at(0);
}

QString text(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

const char *kService =
    R"({"kind":"Service","metadata":{"resourceVersion":"7","annotations":{"erlmcp.io/regions":"a,b,c"}},"spec":{"ports":[1,2]}})";
} // namespace

class TestJsonPatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void applies_data();
    void applies();
    void refuses_data();
    void refuses();
    void mergePatch_data();
    void mergePatch();
};

void TestJsonPatch::applies_data()
{
    QTest::addColumn<QString>("doc");
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("result");
    const QString svc = QString::fromLatin1(kService);
    QTest::newRow("test then replace the annotation (the planner's divert)")
        << svc
        << R"([{"op":"test","path":"/metadata/annotations/erlmcp.io~1regions","value":"a,b,c"},)"
           R"({"op":"replace","path":"/metadata/annotations/erlmcp.io~1regions","value":"a,c"}])"
        << R"({"kind":"Service","metadata":{"annotations":{"erlmcp.io/regions":"a,c"},"resourceVersion":"7"},"spec":{"ports":[1,2]}})";
    QTest::newRow("test the resourceVersion then add")
        << R"({"metadata":{"resourceVersion":"7","annotations":{}}})"
        << R"([{"op":"test","path":"/metadata/resourceVersion","value":"7"},{"op":"add","path":"/metadata/annotations/erlmcp.io~1regions","value":"a"}])"
        << R"({"metadata":{"annotations":{"erlmcp.io/regions":"a"},"resourceVersion":"7"}})";
    QTest::newRow("add the annotations object")
        << R"({"metadata":{"resourceVersion":"7"}})"
        << R"([{"op":"add","path":"/metadata/annotations","value":{"x/y":"a"}}])"
        << R"({"metadata":{"annotations":{"x/y":"a"},"resourceVersion":"7"}})";
    QTest::newRow("remove (the rollback to no annotation)")
        << svc
        << R"([{"op":"test","path":"/metadata/annotations/erlmcp.io~1regions","value":"a,b,c"},{"op":"remove","path":"/metadata/annotations/erlmcp.io~1regions"}])"
        << R"({"kind":"Service","metadata":{"annotations":{},"resourceVersion":"7"},"spec":{"ports":[1,2]}})";
    QTest::newRow("tilde escape") << R"({"a~b":1})"
                                  << R"([{"op":"replace","path":"/a~0b","value":2}])"
                                  << R"({"a~b":2})";
    QTest::newRow("array add at index") << R"({"a":[1,3]})"
                                        << R"([{"op":"add","path":"/a/1","value":2}])"
                                        << R"({"a":[1,2,3]})";
    QTest::newRow("array append") << R"({"a":[1]})"
                                  << R"([{"op":"add","path":"/a/-","value":2}])"
                                  << R"({"a":[1,2]})";
    QTest::newRow("array remove") << R"({"a":[1,2,3]})"
                                  << R"([{"op":"remove","path":"/a/0"}])"
                                  << R"({"a":[2,3]})";
    QTest::newRow("move") << R"({"a":1,"b":{}})"
                          << R"([{"op":"move","from":"/a","path":"/b/c"}])"
                          << R"({"b":{"c":1}})";
    QTest::newRow("copy") << R"({"a":[1]})"
                          << R"([{"op":"copy","from":"/a","path":"/b"}])"
                          << R"({"a":[1],"b":[1]})";
    QTest::newRow("whole document") << R"({"a":1})"
                                    << R"([{"op":"replace","path":"","value":[true]}])"
                                    << R"([true])";
    QTest::newRow("empty patch") << svc << "[]" << text(json(kService));
}

void TestJsonPatch::applies()
{
    QFETCH(QString, doc);
    QFETCH(QString, patch);
    QFETCH(QString, result);
    QJsonValue d = json(doc.toUtf8().constData());
    QString error;
    QVERIFY2(jsonpatch::applyJsonPatch(d, json(patch.toUtf8().constData()), &error), qPrintable(error));
    QCOMPARE(text(d), text(json(result.toUtf8().constData())));
}

void TestJsonPatch::refuses_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("error");
    QTest::newRow("test fails (the object changed)")
        << R"([{"op":"test","path":"/metadata/annotations/erlmcp.io~1regions","value":"a,b"},{"op":"replace","path":"/metadata/annotations/erlmcp.io~1regions","value":"a"}])"
        << "test at /metadata/annotations/erlmcp.io~1regions";
    QTest::newRow("stale resourceVersion")
        << R"([{"op":"test","path":"/metadata/resourceVersion","value":"6"}])"
        << "test failed";
    QTest::newRow("test of a missing member") << R"([{"op":"test","path":"/metadata/nope","value":"x"}])"
                                              << "test failed";
    QTest::newRow("replace a missing member") << R"([{"op":"replace","path":"/metadata/nope","value":1}])"
                                              << "no member";
    QTest::newRow("remove a missing member") << R"([{"op":"remove","path":"/nope"}])"
                                             << "no member";
    QTest::newRow("add under a missing parent") << R"([{"op":"add","path":"/a/b/c","value":1}])"
                                                << "no member";
    QTest::newRow("not an array") << R"({"op":"remove","path":"/kind"})"
                                  << "array of operations";
    QTest::newRow("bad pointer") << R"([{"op":"remove","path":"kind"}])"
                                 << "bad path";
    QTest::newRow("no path") << R"([{"op":"remove"}])"
                             << "bad path";
    QTest::newRow("unknown op") << R"([{"op":"frobnicate","path":"/kind"}])"
                                << "unknown operation";
    QTest::newRow("add without value") << R"([{"op":"add","path":"/x"}])"
                                       << "needs a value";
    QTest::newRow("bad index") << R"([{"op":"replace","path":"/spec/ports/01","value":1}])"
                               << "bad array index";
    QTest::newRow("index past the end") << R"([{"op":"remove","path":"/spec/ports/2"}])"
                                        << "bad array index";
    QTest::newRow("into a scalar") << R"([{"op":"add","path":"/kind/x","value":1}])"
                                   << "not inside";
    // The first operations applied, a later one failing: nothing of it stays.
    QTest::newRow("atomic") << R"([{"op":"remove","path":"/kind"},{"op":"remove","path":"/nope"}])"
                            << "no member";
}

void TestJsonPatch::refuses()
{
    QFETCH(QString, patch);
    QFETCH(QString, error);
    QJsonValue d = json(kService);
    const QJsonValue before = d;
    QString why;
    QVERIFY(!jsonpatch::applyJsonPatch(d, json(patch.toUtf8().constData()), &why));
    QVERIFY2(why.contains(error), qPrintable(why));
    QCOMPARE(d, before);
}

void TestJsonPatch::mergePatch_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("result");
    // RFC 7386 appendix A, the cases that matter for objects.
    QTest::newRow("replace member") << R"({"a":"b"})"
                                    << R"({"a":"c"})"
                                    << R"({"a":"c"})";
    QTest::newRow("add member") << R"({"a":"b"})"
                                << R"({"b":"c"})"
                                << R"({"a":"b","b":"c"})";
    QTest::newRow("null removes") << R"({"a":"b","b":"c"})"
                                  << R"({"a":null})"
                                  << R"({"b":"c"})";
    QTest::newRow("arrays are replaced") << R"({"a":[1,2]})"
                                         << R"({"a":[3]})"
                                         << R"({"a":[3]})";
    QTest::newRow("nested") << R"({"a":{"b":"c","d":1}})"
                            << R"({"a":{"b":null,"e":2}})"
                            << R"({"a":{"d":1,"e":2}})";
    QTest::newRow("non-object target") << R"(["x"])"
                                       << R"({"a":1})"
                                       << R"({"a":1})";
    QTest::newRow("non-object patch") << R"({"a":1})"
                                      << R"("text")"
                                      << R"("text")";
    QTest::newRow("the annotation")
        << QString::fromLatin1(kService) << R"({"metadata":{"annotations":{"erlmcp.io/regions":"a"}}})"
        << R"({"kind":"Service","metadata":{"annotations":{"erlmcp.io/regions":"a"},"resourceVersion":"7"},"spec":{"ports":[1,2]}})";
}

void TestJsonPatch::mergePatch()
{
    QFETCH(QString, target);
    QFETCH(QString, patch);
    QFETCH(QString, result);
    QCOMPARE(
        text(jsonpatch::applyMergePatch(json(target.toUtf8().constData()), json(patch.toUtf8().constData()))),
        text(json(result.toUtf8().constData())));
}

QTEST_GUILESS_MAIN(TestJsonPatch)
#include "tst_jsonpatch.moc"
