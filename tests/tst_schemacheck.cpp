#include "actions/BudgetCheck.h"
#include "storage/Database.h"
#include "storage/SqliteDialect.h"
#include "support/Programs.h"
#include "support/TestBudget.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace allot;
using namespace allot::test;

namespace {

const QString kDoubling =
    QStringLiteral("CREATE TRIGGER double_amounts AFTER INSERT ON entry BEGIN "
                   "UPDATE entry SET amount = amount * 2 WHERE id = new.id; END");

} // namespace

/// A budget's schema is Allot's and only Allot's: a file carrying another program's trigger
/// (one that doubles every amount, say), table, view or index, or one of Allot's objects
/// changed or missing, is refused on opening without a change, and `check` reports it.
class TestSchemaCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A sound budget with entries, closed, copied to \a name.
    QString budgetFile(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        TestBudget budget;
        addExpense(budget.db(), budget.alice, budget.food, 1500, budget.checking);
        budget.close();
        if (!QFile::copy(budget.path(), path))
            qFatal("cannot copy the budget");
        return path;
    }

private slots:
    void refusesWhatAllotDidNotMake_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("named");
        QTest::newRow("trigger") << QStringList{kDoubling} << "double_amounts";
        QTest::newRow("table") << QStringList{QStringLiteral("CREATE TABLE notes (t TEXT)")}
                               << "notes";
        QTest::newRow("view") << QStringList{QStringLiteral(
                                     "CREATE VIEW big AS SELECT * FROM entry WHERE amount > 100")}
                              << "big";
        QTest::newRow("index") << QStringList{QStringLiteral(
                                      "CREATE INDEX entry_by_memo ON entry (memo)")}
                               << "entry_by_memo";
        QTest::newRow("Allot's index missing")
            << QStringList{QStringLiteral("DROP INDEX budget_move_by_person")}
            << "budget_move_by_person";
    }

    void refusesWhatAllotDidNotMake()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, named);
        const QString path = budgetFile(QStringLiteral("foreign-%1.allot").arg(named));
        writeAsAnotherProgram(path, statements);
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::CannotOpen);
        const QString message = db.error().message;
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QLatin1Char('"') + named + QLatin1Char('"')),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("nothing in it was changed")),
                 qPrintable(message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        // allot-cli check says the same and changes nothing either.
        const Run check = runProgram(QStringLiteral(ALLOT_CLI_PATH),
                                     {QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(check.code, 3);
        QVERIFY2(check.err.contains(QLatin1Char('"') + named + QLatin1Char('"')),
                 qPrintable(check.err));
        QCOMPARE(fileHash(path), before);
    }

    // Earlier builds wrote some of Allot's own objects differently (a CHECK, an index's
    // columns): those budgets open; Allot's objects count by kind and name.
    void allotsOwnObjectsWrittenDifferentlyStillOpen()
    {
        const QString path = budgetFile(QStringLiteral("older-build.allot"));
        writeAsAnotherProgram(path,
                              {QStringLiteral("DROP INDEX entry_by_link"),
                               QStringLiteral("CREATE INDEX entry_by_link ON entry (amount)")});
        auto db = Database::open(path);
        ALLOT_VERIFY_OK(db);
        auto problems = checkBudget(*db.value());
        ALLOT_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void aBudgetAsAllotMadeItOpens()
    {
        const QString path = budgetFile(QStringLiteral("sound.allot"));
        auto db = Database::open(path);
        ALLOT_VERIFY_OK(db);
        auto problems = checkBudget(*db.value());
        ALLOT_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    // A trigger added while the budget is open: the next check reports it.
    void checkFindsAnObjectAddedWhileOpen()
    {
        TestBudget budget;
        writeAsAnotherProgram(budget.path(), {kDoubling});
        auto problems = checkBudget(budget.db());
        ALLOT_VERIFY_OK(problems);
        QVERIFY2(problems->join(QLatin1Char('\n')).contains(QStringLiteral("\"double_amounts\"")),
                 qPrintable(problems->join(QLatin1Char('\n'))));
    }

    // Two inits at once on a new file: each migration step ran twice ("table setting already
    // exists"), or the second found the first's file still empty and refused it.
    void twoInitsAtOnceBothSucceed()
    {
        for (int round = 0; round < 8; ++round) {
            const QString path = m_dir.filePath(QStringLiteral("twice-%1.allot").arg(round));
            QProcess first;
            QProcess second;
            for (QProcess* p : {&first, &second})
                p->start(QStringLiteral(ALLOT_CLI_PATH),
                         {QStringLiteral("--db"), path, QStringLiteral("init")});
            for (QProcess* p : {&first, &second}) {
                QVERIFY(p->waitForFinished(60000));
                QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                         qPrintable(QString::fromUtf8(p->readAllStandardError())));
            }
            auto db = Database::open(path);
            ALLOT_VERIFY_OK(db);
            auto problems = checkBudget(*db.value());
            ALLOT_VERIFY_OK(problems);
            QVERIFY(problems->isEmpty());
        }
    }

    // A released migration step is never edited: budgets it already upgraded would differ from
    // budgets made new, and the schema check would refuse one or the other. A schema change is
    // a new step; this list grows by one line for it.
    void releasedMigrationsNeverChange()
    {
        const QMap<int, QByteArray> released{
            // version, the start of the SHA-256 of its statements joined by line feeds
            {1, "af45abb3002885ba"}, {2, "88ecc8a96d1058f3"}, {3, "d8d0ff3507992d77"},
            {4, "b82a680e967e2160"}, {5, "393744b02989c641"},
        };
        const QVector<Migration> steps = SqliteDialect().migrations();
        QVERIFY(!steps.isEmpty());
        QStringList actual;
        for (const Migration& step : steps) {
            const QByteArray hash =
                QCryptographicHash::hash(step.statements.join(QLatin1Char('\n')).toUtf8(),
                                         QCryptographicHash::Sha256)
                    .toHex()
                    .left(16);
            actual
                << QStringLiteral("{%1, \"%2\"},").arg(step.version).arg(QString::fromLatin1(hash));
            if (released.contains(step.version))
                QVERIFY2(released.value(step.version) == hash,
                         qPrintable(QStringLiteral("migration step %1 (%2) was edited after its "
                                                   "release; add a new step instead")
                                        .arg(step.version)
                                        .arg(step.description)));
        }
        // Every step is pinned.
        QVERIFY2(released.size() == steps.size(), qPrintable(actual.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestSchemaCheck)
#include "tst_schemacheck.moc"
