// allot-cli import refuses a bank file it cannot read without guessing, or that is not whole:
// exit 1, one message naming the file and where, and the budget exactly as it was.

#include "formats/OfxReader.h"
#include "support/Programs.h"
#include "support/TestBudget.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace allot;
using namespace allot::test;

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = QDir(m_dir.path()).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(bytes);
        return path;
    }

    // Imports \a path into a fresh budget's Checking account; \a extra are more options.
    // Returns what allot-cli did; *unchanged tells whether the full dump is as before.
    Run import(const QString& path, const QStringList& extra, bool* unchanged,
               QString* afterDump = nullptr)
    {
        TestBudget budget;
        const QString before = dump(budget.db());
        budget.close();
        const Run run = runProgram(QStringLiteral(ALLOT_CLI_PATH),
                                   QStringList{"--json", "--db", budget.path(), "import", path,
                                               "--user", "Alice", "--account", "Checking"} +
                                       extra);
        auto db = Database::open(budget.path());
        const QString after = db ? dump(*db.value()) : QString();
        *unchanged = db && after == before;
        if (afterDump)
            *afterDump = after;
        return run;
    }

    static QJsonObject report(const Run& run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private slots:
    // An OFX file cut off inside a transaction was "0 transactions, imported 0" with exit 0.
    void refusesAnOfxFileCutOff()
    {
        if (!formats::ofxAvailable())
            QSKIP("this build has no libofx");
        const QByteArray whole = sampleBytes(QStringLiteral("ofx/sgml-102-unclosed-tags.ofx"));
        const qsizetype cut = whole.indexOf("<TRNAMT>-64.") + 12;
        const QString path = writeFile(QStringLiteral("cut.ofx"), whole.left(cut));
        bool unchanged = false;
        const Run run = import(path, {}, &unchanged);
        QVERIFY2(run.code == 1,
                 qPrintable(QStringLiteral("exit %1: %2 %3").arg(run.code).arg(run.out, run.err)));
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(path)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("the file is cut off: it ends on line 54 inside "
                                                 "transaction 2")),
                 qPrintable(run.err));
        QVERIFY(unchanged);
        // The whole file imports.
        const Run whole3 =
            import(sampleFile(QStringLiteral("ofx/sgml-102-unclosed-tags.ofx")), {}, &unchanged);
        QCOMPARE(whole3.code, 0);
        QCOMPARE(report(whole3).value(QStringLiteral("imported")).toInt(), 3);
    }

    // Amounts like "1.250" and "-2.500" read as 1.25 or as 1250 and nothing in the file tells:
    // refused, naming the file, the column, a value and the option; --decimal chooses.
    void refusesACsvFileWhoseAmountsReadTwoWays()
    {
        const QString path = writeFile(
            QStringLiteral("two-ways.csv"),
            "Date,Payee,Amount\n2025-01-02,Corner shop,1.250\n2025-01-03,Bakery,-2.500\n");
        bool unchanged = false;
        const Run run = import(path, {}, &unchanged);
        QVERIFY2(run.code == 1,
                 qPrintable(QStringLiteral("exit %1: %2 %3").arg(run.code).arg(run.out, run.err)));
        for (const QString& part :
             {QDir::toNativeSeparators(path), QStringLiteral("column 3 (\"Amount\")"),
              QStringLiteral("\"1.250\" on line 2"),
              QStringLiteral("--decimal point or --decimal comma chooses the reading")})
            QVERIFY2(run.err.contains(part), qPrintable(run.err));
        QVERIFY(unchanged);

        const Run comma = import(path, {"--decimal", "comma"}, &unchanged);
        QCOMPARE(comma.code, 0);
        QCOMPARE(report(comma).value(QStringLiteral("total")).toString(),
                 QStringLiteral("-1250.00"));
        const Run point = import(path, {"--decimal", "point"}, &unchanged);
        QCOMPARE(point.code, 0);
        QCOMPARE(report(point).value(QStringLiteral("total")).toString(), QStringLiteral("-1.25"));
        QCOMPARE(import(path, {"--decimal", "semicolon"}, &unchanged).code, 2);
        QVERIFY(unchanged);
    }

    // The same for a QIF file: refused naming the file, the line and the value, then read as
    // --decimal says.
    void refusesAQifFileWhoseAmountsReadTwoWays()
    {
        const QString path = writeFile(QStringLiteral("two-ways.qif"),
                                       "!Type:Bank\nD2025-01-02\nPCorner shop\nT-1.250\n^\n"
                                       "D2025-01-03\nPBakery\nT-2\n^\n");
        bool unchanged = false;
        const Run run = import(path, {}, &unchanged);
        QVERIFY2(run.code == 1,
                 qPrintable(QStringLiteral("exit %1: %2 %3").arg(run.code).arg(run.out, run.err)));
        for (const QString& part :
             {QDir::toNativeSeparators(path), QStringLiteral("\"-1.250\" on line 4"),
              QStringLiteral("--decimal point or --decimal comma chooses the reading")})
            QVERIFY2(run.err.contains(part), qPrintable(run.err));
        QVERIFY(unchanged);
        const Run comma = import(path, {"--decimal", "comma"}, &unchanged);
        QCOMPARE(comma.code, 0);
        QCOMPARE(report(comma).value(QStringLiteral("total")).toString(),
                 QStringLiteral("-1252.00"));
    }

    // A payee of 20 MB was cut to 500 characters without a word: the report says so, per row.
    void saysWhichPayeesAreCut()
    {
        const QString path = writeFile(QStringLiteral("long-payee.csv"),
                                       "Date,Payee,Amount\n2025-01-02,Bakery,-4.20\n2025-01-03," +
                                           QByteArray(20 * 1024 * 1024, 'x') + ",-7.50\n");
        bool unchanged = false;
        const Run run = import(path, {}, &unchanged);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(report(run).value(QStringLiteral("imported")).toInt(), 2);
        QVERIFY2(report(run)
                     .value(QStringLiteral("warnings"))
                     .toArray()
                     .contains(QStringLiteral("Line 3: the payee is 20971520 characters long; "
                                              "only its first 500 are kept.")),
                 qPrintable(run.out.left(2000)));
    }

    // The file: "-0.750" was imported as -750.00. A group of thousands never starts
    // with a zero, so only the decimal point reads it: -0.75.
    void readsLeadingZeroAmountsWithADecimalPoint()
    {
        const QString path = writeFile(
            QStringLiteral("leading-zero.csv"),
            "Date,Payee,Amount\n2025-01-02,Corner shop,-0.750\n2025-01-03,Bakery,-1.250\n");
        bool unchanged = false;
        const Run run = import(path, {}, &unchanged);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(report(run).value(QStringLiteral("total")).toString(), QStringLiteral("-2.00"));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
