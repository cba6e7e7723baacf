// allot-cli import refuses a bank file it cannot read without guessing, or that is not whole:
// exit 1, one message naming the file and where, and the budget exactly as it was.

#include "formats/OfxReader.h"
#include "support/Programs.h"
#include "support/TestBudget.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
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
                                   QStringList{"--db", budget.path(), "import", path, "--user",
                                               "Alice", "--account", "Checking"} +
                                       extra);
        auto db = Database::open(budget.path());
        const QString after = db ? dump(*db.value()) : QString();
        *unchanged = db && after == before;
        if (afterDump)
            *afterDump = after;
        return run;
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
        QVERIFY(run.out.isEmpty());
        QVERIFY(unchanged);
        // The whole file imports.
        const Run whole3 =
            import(sampleFile(QStringLiteral("ofx/sgml-102-unclosed-tags.ofx")), {}, &unchanged);
        QCOMPARE(whole3.code, 0);
        QVERIFY2(whole3.out.contains(QStringLiteral("imported 3")), qPrintable(whole3.out));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
