// allot-cli commands: the text tables people read (names, payees and memos are the user's own
// text and may hold anything, "%1" included), and one user command, one action.

#include "actions/EntryActions.h"
#include "actions/HouseholdActions.h"
#include "support/Programs.h"
#include "support/TestBudget.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace allot;
using namespace allot::test;

class TestCliCommands : public QObject
{
    Q_OBJECT

private:
    Run on(const QString& budget, const QStringList& arguments)
    {
        return runProgram(QStringLiteral(ALLOT_CLI_PATH),
                          QStringList{QStringLiteral("--db"), budget} + arguments);
    }

    static QString lineWith(const QString& text, const QString& part)
    {
        for (const QString& line : text.split(QLatin1Char('\n')))
            if (line.contains(part))
                return line;
        return QStringLiteral("(no line with %1)").arg(part);
    }

private slots:
    // A placeholder in a name stays in the name; every value stays in its column.
    void placeholdersInNamesStayText()
    {
        TestBudget budget;
        const QString category = QStringLiteral("Food %2 %1");
        const QString account = QStringLiteral("Card %3");
        const QString payee = QStringLiteral("Shop %4%5");
        auto food = household::addCategory(budget.db(), budget.alice, category, 40000);
        ALLOT_VERIFY_OK(food);
        auto card = household::addAccount(budget.db(), account, AccountKind::Checking, 0);
        ALLOT_VERIFY_OK(card);
        EntryDraft draft;
        draft.personId = budget.alice;
        draft.categoryId = *food;
        draft.accountId = *card;
        draft.amount = 1234;
        draft.date = QDate(2026, 11, 5);
        draft.payee = payee;
        draft.allowBelowZero = true;
        ALLOT_VERIFY_OK(entries::add(budget.db(), draft));
        budget.close();

        const Run summary = on(budget.path(), {"summary", "--user", "Alice", "--month", "2026-11"});
        QCOMPARE(summary.code, 0);
        QCOMPARE(lineWith(summary.out, QStringLiteral("Food %")).simplified(),
                 QStringLiteral("Food %2 %1 400.00 12.34 0.00 387.66"));

        const Run list = on(budget.path(), {"list", "--user", "Alice", "--month", "2026-11"});
        QCOMPARE(list.code, 0);
        const QString entry = lineWith(list.out, QStringLiteral("Shop")).simplified();
        QVERIFY2(entry.endsWith(QStringLiteral("2026-11-05 Food %2 %1 Card %3 Shop %4%5 -12.34")),
                 qPrintable(entry));

        const Run accounts = on(budget.path(), {"account", "list"});
        QCOMPARE(accounts.code, 0);
        QVERIFY2(lineWith(accounts.out, QStringLiteral("Card")).startsWith(account),
                 qPrintable(accounts.out));

        const Run categoriesList = on(budget.path(), {"category", "list", "--user", "Alice"});
        QCOMPARE(categoriesList.code, 0);
        QCOMPARE(lineWith(categoriesList.out, QStringLiteral("Food %")).simplified(),
                 QStringLiteral("Food %2 %1 400.00"));
    }

    // import --save-mapping saves the mapping in the import's own action: one undo step holds
    // both (tst_import importSavesItsMappingInItsOwnAction: a failed import saves neither).
    void importSavesItsMappingInTheSameAction()
    {
        TestBudget budget;
        budget.close();
        QTemporaryDir dir;
        const QString csv = QDir(dir.path()).filePath(QStringLiteral("bank.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Date,Payee,Amount\n2026-11-02,Bakery,-3.40\n");
        file.close();
        const QStringList import{"import",    csv,        "--user",         "Alice",
                                 "--account", "Checking", "--save-mapping", "My bank"};
        const Run imported = on(budget.path(), import);
        QCOMPARE(imported.code, 0);
        {
            auto db = Database::open(budget.path());
            ALLOT_VERIFY_OK(db);
            QVERIFY(dataDump(*db.value()).contains(QStringLiteral("My bank")));
        }
        QCOMPARE(on(budget.path(), {"undo"}).code, 0);
        auto db = Database::open(budget.path());
        ALLOT_VERIFY_OK(db);
        const QString undone = dataDump(*db.value());
        QVERIFY2(!undone.contains(QStringLiteral("My bank")), "one undo takes back both");
        QVERIFY(!undone.contains(QStringLiteral("Bakery")));
    }

    // split --entry with --user: the person named must own the entry.
    void splitChecksWhoseEntryItIs()
    {
        TestBudget budget;
        auto bobsFood = household::addCategory(budget.db(), budget.bob, QStringLiteral("Food"), 0);
        ALLOT_VERIFY_OK(bobsFood);
        const RowId bobs = addExpense(budget.db(), budget.bob, *bobsFood, 1000, budget.checking);
        const QString before = dump(budget.db());
        budget.close();
        const Run run =
            on(budget.path(), {"split", "--user", "Alice", "--entry", QString::number(bobs),
                               "--part", "Food=4", "--part", "Food=6"});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("belongs to Bob, not to Alice")),
                 qPrintable(run.err));
        auto db = Database::open(budget.path());
        ALLOT_VERIFY_OK(db);
        QCOMPARE(dump(*db.value()), before);
    }

    // A message that starts with the budget's name keeps the name as it was typed.
    void messagesKeepTheBudgetsName()
    {
        QTemporaryDir dir;
        QFile empty(QDir(dir.path()).filePath(QStringLiteral("conc.allot")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const Run run = runProgram(QStringLiteral(ALLOT_CLI_PATH),
                                   {"--db", "conc.allot", "history"}, dir.path());
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.startsWith(QStringLiteral("allot-cli: conc.allot is empty")),
                 qPrintable(run.err));
    }

    // While another program holds the write lock the CLI waits, and says so once on stderr.
    void saysOnceThatItWaitsForAnotherWriter()
    {
        TestBudget budget;
        budget.close();
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(budget.path()).constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QProcess cli;
        cli.start(QStringLiteral(ALLOT_CLI_PATH),
                  {"--db", budget.path(), "expense", "add", "--user", "Alice", "--category", "Food",
                   "--amount", "5", "--date", "2026-11-03"});
        QVERIFY(cli.waitForStarted());
        QTest::qWait(2500);
        QCOMPARE(cli.state(), QProcess::Running);
        QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(other);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(err.count(QStringLiteral("waiting for another program that is writing to")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
