#include "actions/EntryActions.h"
#include "actions/Lookup.h"
#include "formats/BankFile.h"
#include "support/TestBudget.h"
#include "support/TestData.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace allot;
using namespace allot::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
};

Run cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(ALLOT_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

// Evaluates \a runExpression once (it may start a process) and checks its exit code.
#define EXPECT_EXIT(runExpression, expected)                                                       \
    do {                                                                                           \
        const Run checkedRun_ = (runExpression);                                                   \
        QVERIFY2(checkedRun_.code == (expected),                                                   \
                 qPrintable(QStringLiteral("exit %1, expected %2\nstdout: %3\nstderr: %4")         \
                                .arg(checkedRun_.code)                                             \
                                .arg(expected)                                                     \
                                .arg(checkedRun_.out, checkedRun_.err)));                          \
    } while (false)

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_counter = 0;

    // Runs a command on this test's database.
    Run on(QStringList arguments)
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return cli(arguments);
    }
    Run json(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("--json"));
        return on(arguments);
    }
    // A command that must be refused with \a code, one line on stderr containing \a message,
    // and the database exactly as before.
    void refused(const QStringList& arguments, int code, const QString& message)
    {
        QString before;
        {
            auto db = Database::open(m_db);
            ALLOT_VERIFY_OK(db);
            before = dump(*db.value());
        }
        const Run run = on(arguments);
        EXPECT_EXIT(run, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QStringLiteral("allot-cli: ")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        auto db = Database::open(m_db);
        ALLOT_VERIFY_OK(db);
        QCOMPARE(dump(*db.value()), before);
    }

    // Imports \a path into a budget of its own through allot-cli with no mapping. Either it is
    // refused (exit 1; \a refusal is the message), or it imports (exit 0): as many rows, imported
    // or duplicates, as the reader reads, the total the reader finds, nothing more on a second
    // import, and a sound budget.
    void importAlone(const QString& path, QString* refusal)
    {
        m_db = m_dir.filePath(QStringLiteral("file-%1.allot").arg(++m_counter));
        EXPECT_EXIT(on({QStringLiteral("init")}), 0);
        EXPECT_EXIT(on({"user", "add", "Alice"}), 0);
        EXPECT_EXIT(on({"account", "add", "Bank", "--kind", "credit"}), 0);
        const QStringList import{QStringLiteral("import"),    path,
                                 QStringLiteral("--user"),    QStringLiteral("Alice"),
                                 QStringLiteral("--account"), QStringLiteral("Bank")};
        const Run run = json(import);
        QVERIFY2(run.code == 0 || run.code == 1,
                 qPrintable(path + QStringLiteral(": exit %1 %2").arg(run.code).arg(run.err)));
        if (run.code == 1) {
            *refusal = run.err.trimmed();
            return;
        }
        auto read = formats::readBankFile(path, {});
        ALLOT_VERIFY_OK(read);
        const QJsonObject report = run.json().toObject();
        QVERIFY2(report.value(QStringLiteral("imported")).toInt() +
                         report.value(QStringLiteral("duplicates")).toInt() ==
                     int(read->transactions.size()),
                 qPrintable(path + QLatin1Char(' ') + run.out));
        QCOMPARE(report.value(QStringLiteral("total")).toString(),
                 money::format(formats::totalOf(read->transactions)));
        // A second import of the same file adds nothing.
        const Run again = json(import);
        EXPECT_EXIT(again, 0);
        QCOMPARE(again.json().toObject().value(QStringLiteral("imported")).toInt(), 0);
        EXPECT_EXIT(on({QStringLiteral("check")}), 0);
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("cli-%1.allot").arg(++m_counter));
        EXPECT_EXIT(on({QStringLiteral("init")}), 0);
        for (const QStringList& setup :
             {QStringList{"user", "add", "Alice"}, QStringList{"user", "add", "Bob"},
              QStringList{"account", "add", "Checking", "--opening", "1000"},
              QStringList{"account", "add", "Wallet", "--kind", "cash"},
              QStringList{"account", "add", "Visa", "--kind", "credit"},
              QStringList{"category", "add", "Food", "--user", "Alice", "--budget", "400"},
              QStringList{"category", "add", "Fun", "--user", "Alice", "--budget", "100"},
              QStringList{"category", "add", "Tools", "--user", "Bob", "--budget", "50"}}) {
            const Run run = on(setup);
            EXPECT_EXIT(run, 0);
        }
    }

    void helpForEveryCommand()
    {
        const Run general = cli({QStringLiteral("--help")});
        EXPECT_EXIT(general, 0);
        const QStringList commands{"init",         "user add",      "user list",
                                   "user delete",  "account add",   "account list",
                                   "category add", "category list", "category delete",
                                   "expense add",  "income add",    "entry edit",
                                   "entry delete", "transfer",      "transfer-account",
                                   "split",        "merge",         "undo",
                                   "redo",         "history",       "list",
                                   "summary",      "check"};
        for (const QString& command : commands) {
            QVERIFY2(general.out.contains(QStringLiteral("  ") + command + QLatin1Char(' ')),
                     qPrintable(command));
            QStringList args = command.split(QLatin1Char(' '));
            args << QStringLiteral("--help");
            const Run help = cli(args);
            EXPECT_EXIT(help, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: allot-cli [--db PATH] [--json] ") +
                                         command),
                     qPrintable(help.out));
        }
        QVERIFY(cli({QStringLiteral("expense"), QStringLiteral("add"), QStringLiteral("--help")})
                    .out.contains(QStringLiteral("--category <C>")));
    }

    void badUsageExitsWithTwo()
    {
        EXPECT_EXIT(cli({}), 2);
        refused({QStringLiteral("frobnicate")}, 2,
                QStringLiteral("Unknown command \"frobnicate\""));
        refused({QStringLiteral("user")}, 2, QStringLiteral("\"user\" needs a subcommand"));
        refused({"expense", "add", "--user", "Alice", "--amount", "5"}, 2,
                QStringLiteral("--category is required"));
        refused(
            {"expense", "add", "--user", "Alice", "--category", "Food", "--amount", "5.999"}, 2,
            QStringLiteral("--amount: \"5.999\" is not an amount: it has more than two decimals"));
        refused({"expense", "add", "--user", "Alice", "--category", "Food", "--amount", "abc"}, 2,
                QStringLiteral("is not an amount"));
        refused({"expense", "add", "--user", "Alice", "--category", "Food", "--amount", "0"}, 2,
                QStringLiteral("not an amount above zero"));
        refused({"expense", "add", "--user", "Alice", "--category", "Food", "--amount", "5",
                 "--date", "2026-02-30"},
                2, QStringLiteral("--date: \"2026-02-30\" is not a date"));
        refused({"summary", "--user", "Alice", "--month", "2026-13"}, 2, QStringLiteral("--month"));
        refused({"expense", "add", "--user", "Alice", "--bogus"}, 2,
                QStringLiteral("Unknown option 'bogus'"));
        refused({"user", "add"}, 2, QStringLiteral("takes 1 argument(s): NAME"));
        refused({"user", "add", "A", "B"}, 2, QStringLiteral("takes 1 argument(s)"));
        refused({"account", "add", "Jar", "--kind", "piggy"}, 2,
                QStringLiteral("choose checking, savings, cash or credit"));
        refused({"entry", "edit", "x1", "--amount", "3"}, 2, QStringLiteral("is not an entry id"));
        refused({"entry", "edit", "1"}, 2, QStringLiteral("say what to change"));
        refused({"split", "--user", "Alice", "--amount", "10", "--part", "Food:10"}, 2,
                QStringLiteral("CATEGORY=AMOUNT"));
        EXPECT_EXIT(cli({QStringLiteral("--db")}), 2);
    }

    void theDatabaseCannotBeUsedExitsWithThree()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a budget\n");
        }
        const QByteArray hash = fileHash(text);
        Run run = cli({QStringLiteral("--db"), text, QStringLiteral("summary"),
                       QStringLiteral("--user"), QStringLiteral("A")});
        EXPECT_EXIT(run, 3);
        QVERIFY(run.err.contains(text + QStringLiteral(" is not an Allot database")));
        run = cli({QStringLiteral("--db"), text, QStringLiteral("init")});
        EXPECT_EXIT(run, 3);
        QCOMPARE(fileHash(text), hash);
        run = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nowhere/x.allot")),
                   QStringLiteral("init")});
        EXPECT_EXIT(run, 3);
        QVERIFY(run.err.contains(QStringLiteral("does not exist")));
        run = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.allot")),
                   QStringLiteral("user"), QStringLiteral("list")});
        EXPECT_EXIT(run, 3);
        QVERIFY(run.err.contains(QStringLiteral("allot-cli --db FILE init")));
    }

    void aLockedDatabaseIsRetriedThenReported()
    {
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(m_db);
        QVERIFY(holder.open());
        {
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        }
        const Run run =
            on({"expense", "add", "--user", "Alice", "--category", "Food", "--amount", "5"});
        {
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        EXPECT_EXIT(run, 3);
        QVERIFY2(
            run.err.contains(QStringLiteral("Could not add the expense: the database is busy")),
            qPrintable(run.err));
        const Run list = json({"list", "--user", "Alice"});
        QCOMPARE(list.json().toArray().size(), 0);
    }

    void peopleAccountsAndCategories()
    {
        Run run = json({"user", "list"});
        EXPECT_EXIT(run, 0);
        QCOMPARE(run.json().toArray().size(), 2);
        QCOMPARE(run.json().toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Alice"));
        refused({"user", "add", "alice"}, 1, QStringLiteral("already a person called \"alice\""));

        run = json({"account", "list"});
        const QJsonArray accounts = run.json().toArray();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Checking"));
        QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("balance")).toString(),
                 QStringLiteral("1000.00"));
        QCOMPARE(accounts.at(1).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("credit"));

        run = json({"category", "list", "--user", "Alice"});
        QCOMPARE(run.json().toArray().size(), 2);
        QCOMPARE(run.json().toArray().at(0).toObject().value(QStringLiteral("budget")).toString(),
                 QStringLiteral("400.00"));
        refused({"category", "list", "--user", "Nobody"}, 1,
                QStringLiteral("There is no person called \"Nobody\""));
        refused({"category", "add", "Food", "--user", "Alice"}, 1,
                QStringLiteral("Alice already has a category called \"Food\""));

        EXPECT_EXIT(on({"expense", "add", "--user", "Alice", "--category", "Fun", "--amount", "3"}),
                    0);
        refused({"category", "delete", "Fun", "--user", "Alice"}, 1,
                QStringLiteral("\"Fun\" is used by 1 entries"));
        run = on({"category", "delete", "Fun", "--user", "Alice", "--move-to", "Food"});
        EXPECT_EXIT(run, 0);
        QCOMPARE(json({"category", "list", "--user", "Alice"}).json().toArray().size(), 1);

        run = json({"user", "delete", "Alice"});
        EXPECT_EXIT(run, 0);
        QCOMPARE(run.json().toObject().value(QStringLiteral("deleted")).toString(),
                 QStringLiteral("Alice"));
        QCOMPARE(json({"user", "list"}).json().toArray().size(), 1);
    }

    void expensesIncomeEditAndDelete()
    {
        Run run = on({"expense", "add", "--user", "Alice", "--category", "Food", "--amount", "12.5",
                      "--account", "Checking", "--date", "2026-11-03", "--payee", "Market",
                      "--memo", "=SUM(A1)"});
        EXPECT_EXIT(run, 0);
        const QString id = run.out.trimmed();
        QCOMPARE(id, QStringLiteral("1"));
        run = json({"income", "add", "--user", "Alice", "--category", "Fun", "--amount", "2000",
                    "--account", "Checking", "--date", "2026-11-01"});
        EXPECT_EXIT(run, 0);
        QCOMPARE(run.json().toObject().value(QStringLiteral("id")).toInt(), 2);

        run = json({"list", "--user", "Alice", "--month", "2026-11"});
        QJsonArray list = run.json().toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("amount")).toString(),
                 QStringLiteral("-12.50"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("memo")).toString(),
                 QStringLiteral("=SUM(A1)"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("amount")).toString(),
                 QStringLiteral("2000.00"));

        EXPECT_EXIT(
            on({"entry", "edit", id, "--amount", "20", "--category", "Fun", "--payee", "Cinema"}),
            0);
        list = json({"list", "--user", "Alice", "--category", "Fun"}).json().toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("payee")).toString(),
                 QStringLiteral("Cinema"));
        refused({"entry", "edit", "99", "--memo", "x"}, 1,
                QStringLiteral("entry 99 does not exist"));
        refused({"entry", "edit", id, "--category", "Tools"}, 1,
                QStringLiteral("Alice has no category called \"Tools\""));
        refused({"expense", "add", "--user", "Alice", "--category", "Food", "--amount", "1",
                 "--account", "Nope"},
                1, QStringLiteral("there is no account called \"Nope\""));

        EXPECT_EXIT(on({"entry", "delete", id}), 0);
        refused({"entry", "delete", id}, 1, QStringLiteral("does not exist"));
        QCOMPARE(json({"account", "list"})
                     .json()
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("balance"))
                     .toString(),
                 QStringLiteral("3000.00"));
    }

    void budgetAndAccountTransfers()
    {
        Run run = json({"transfer", "--user", "Alice", "--from", "Food", "--to", "Fun", "--amount",
                        "150", "--month", "2026-11"});
        EXPECT_EXIT(run, 0);
        refused({"transfer", "--user", "Alice", "--from", "Fun", "--to", "Food", "--amount",
                 "250.01", "--month", "2026-11"},
                1, QStringLiteral("Fun has only 250.00 available in 2026-11, less than 250.01"));
        refused({"transfer", "--user", "Alice", "--from", "Fun", "--to", "Fun", "--amount", "1"}, 1,
                QStringLiteral("same category"));
        refused({"transfer", "--user", "Alice", "--from", "Fun", "--to", "Tools", "--amount", "1"},
                1, QStringLiteral("Alice has no category called \"Tools\""));
        EXPECT_EXIT(on({"transfer", "--user", "Alice", "--from", "Fun", "--to", "Food", "--amount",
                        "250.01", "--month", "2026-11", "--allow-overspend"}),
                    0);

        const QJsonObject summary =
            json({"summary", "--user", "Alice", "--month", "2026-11"}).json().toObject();
        const QJsonArray categories = summary.value(QStringLiteral("categories")).toArray();
        QCOMPARE(categories.size(), 2);
        const QJsonObject food = categories.at(0).toObject();
        QCOMPARE(food.value(QStringLiteral("name")).toString(), QStringLiteral("Food"));
        QCOMPARE(food.value(QStringLiteral("budget")).toString(), QStringLiteral("400.00"));
        QCOMPARE(food.value(QStringLiteral("spent")).toString(), QStringLiteral("0.00"));
        QCOMPARE(food.value(QStringLiteral("moved")).toString(), QStringLiteral("100.01"));
        QCOMPARE(food.value(QStringLiteral("available")).toString(), QStringLiteral("500.01"));
        QCOMPARE(categories.at(1).toObject().value(QStringLiteral("available")).toString(),
                 QStringLiteral("-0.01"));

        EXPECT_EXIT(
            on({"transfer-account", "--from", "Checking", "--to", "Wallet", "--amount", "200"}), 0);
        refused({"transfer-account", "--from", "Wallet", "--to", "Checking", "--amount", "200.01"},
                1,
                QStringLiteral("the cash account Wallet has only 200.00; this would take it below "
                               "zero, to -0.01. --allow-below-zero records it anyway."));
        // An expense follows the same rule.
        refused({"expense", "add", "--user", "Alice", "--category", "Food", "--amount", "200.01",
                 "--account", "Wallet"},
                1,
                QStringLiteral("the cash account Wallet has only 200.00; this would take it "
                               "below zero, to -0.01. --allow-below-zero"));
        EXPECT_EXIT(
            on({"transfer-account", "--from", "Visa", "--to", "Checking", "--amount", "50"}), 0);
        const QJsonArray accounts = json({"account", "list"}).json().toArray();
        QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("balance")).toString(),
                 QStringLiteral("850.00"));
        QCOMPARE(accounts.at(1).toObject().value(QStringLiteral("balance")).toString(),
                 QStringLiteral("-50.00"));
        QCOMPARE(accounts.at(2).toObject().value(QStringLiteral("balance")).toString(),
                 QStringLiteral("200.00"));
    }

    void splitsMergeUndoRedoAndHistory()
    {
        Run run =
            on({"split", "--user", "Alice", "--amount", "30", "--part", "Food=20", "--part",
                "Fun=10", "--account", "Checking", "--payee", "Store", "--date", "2026-11-10"});
        EXPECT_EXIT(run, 0);
        const QString splitId = run.out.trimmed();
        refused({"split", "--user", "Alice", "--amount", "30", "--part", "Food=20", "--part",
                 "Fun=9.99"},
                1, QStringLiteral("the parts add up to 29.99, not to the total 30.00"));
        QJsonArray list = json({"list", "--user", "Alice"}).json().toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("category")).toString(),
                 QStringLiteral("Split"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("parts")).toArray().size(), 2);

        run = on({"expense", "add", "--user", "Alice", "--category", "Food", "--amount", "9",
                  "--date", "2026-11-11"});
        const QString plain = run.out.trimmed();
        EXPECT_EXIT(on({"split", "--entry", plain, "--part", "Food=4", "--part", "Fun=5"}), 0);
        QCOMPARE(json({"list", "--user", "Alice"})
                     .json()
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("split"));

        run = json({"merge", "--user", "Alice", "--from", "Fun", "--to", "Food"});
        EXPECT_EXIT(run, 0);
        QCOMPARE(json({"category", "list", "--user", "Alice"}).json().toArray().size(), 1);
        refused({"merge", "--user", "Alice", "--from", "Fun", "--to", "Food"}, 1,
                QStringLiteral("no category called \"Fun\""));

        run = json({"history"});
        QJsonArray history = run.json().toArray();
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Merge Fun into Food"));
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("done"));

        run = on({"undo"});
        EXPECT_EXIT(run, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("Undid: Merge Fun into Food"));
        QCOMPARE(json({"category", "list", "--user", "Alice"}).json().toArray().size(), 2);
        run = json({"redo"});
        QCOMPARE(run.json().toObject().value(QStringLiteral("redone")).toString(),
                 QStringLiteral("Merge Fun into Food"));
        refused({"redo"}, 1, QStringLiteral("there is nothing to redo"));
        Q_UNUSED(splitId);
    }

    void undoReachesWhatAnotherProcessDid()
    {
        {
            auto db = Database::open(m_db);
            ALLOT_VERIFY_OK(db);
            auto alice = lookup::personByName(db.value()->engine(), QStringLiteral("Alice"));
            auto food =
                lookup::categoryByName(db.value()->engine(), alice->id, QStringLiteral("Food"));
            addExpense(*db.value(), alice->id, food->id, 4242);
        }
        const Run run = on({"undo"});
        EXPECT_EXIT(run, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("Undid: Expense 42.42 Food"));
    }

    void checkFindsBrokenInvariants()
    {
        Run run = json({"check"});
        EXPECT_EXIT(run, 0);
        QCOMPARE(run.json().toObject().value(QStringLiteral("ok")).toBool(), true);
        {
            // Damage the budget behind Allot's back: half of an account transfer.
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(m_db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO entry (kind, account_id, date, amount) "
                                          "VALUES ('transfer', 1, '2026-11-01', -500)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        run = on({"check"});
        EXPECT_EXIT(run, 1);
        QVERIFY2(run.err.contains(QStringLiteral("account transfer 1 has no matching other side")),
                 qPrintable(run.err));
    }

    // Every sample file of tests/data, through allot-cli with no mapping: the files meant to be
    // refused are, each for its reason; every other one imports as importAlone() checks.
    void importsEverySampleFile()
    {
        // What each refusal says, worked out from the file (a record it cannot read, and how many).
        QMap<QString, QString> expected{
            {"csv/problems-unreadable-rows.csv", "line 3: the date \"31.04.2025\" does not exist"},
            {"csv/refused-budget-summary-no-dates.csv", "No column of the file holds dates"},
            {"csv/refused-calendar-no-amounts.csv", "No column of the file holds amounts"},
            {"csv/refused-empty.csv", "refused-empty.csv is empty"},
            {"csv/refused-header-only.csv", "The file has column names but no records"},
            {"csv/refused-notes-no-columns.csv", "The file has no columns"},
            {"qif/ambiguous-dates-need-an-order.qif",
             "could be day/month or month/day (for example line 11: 02/03/2024)"},
            {"qif/contradictory-dates.qif",
             "day/month (line 2: 13/02/2024) and month/day (line 10: 02/14/2024)"},
            {"qif/empty-file.qif", "empty-file.qif is empty"},
            {"qif/header-only-no-records.qif", "it has no records"},
            {"qif/investment-only-autoswitch.qif", "it holds only lists or investment accounts"},
            {"qif/unreadable-records-unknown-header.qif",
             "line 6: \"6/31/2023\" is not a date (read as month/day/year) (9 record(s)"},
            {"ofx/amount-forms.ofx", "line 5: transaction 5: its amount -2.499 has more than two "
                                     "decimals and would be rounded (1 record(s)"},
            {"ofx/amount-problems.ofx", "line 2: transaction 2: it has no amount (5 record(s)"},
            {"ofx/dates-missing-empty-impossible.ofx",
             "line 2: transaction 2: it has no date (4 record(s)"},
            {"ofx/signon-only-no-statement.ofx", "no statement could be read from it"}};
        QMap<QString, QString> refused;
        for (const QString folder : {"csv", "qif", "ofx"}) {
            const QStringList names = sampleFiles(folder);
            QVERIFY2(!names.isEmpty(), qPrintable(folder + QStringLiteral(" has no samples")));
            for (const QString& name : names) {
                const QString relative = folder + QLatin1Char('/') + name;
                if (folder == QLatin1String("ofx") && !formats::ofxAvailable()) {
                    expected.remove(relative);
                    continue;
                }
                QString refusal;
                importAlone(sampleFile(relative), &refusal);
                if (QTest::currentTestFailed())
                    return;
                if (!refusal.isEmpty())
                    refused.insert(relative, refusal);
            }
        }
        QCOMPARE(refused.keys(), expected.keys());
        for (auto it = refused.cbegin(); it != refused.cend(); ++it)
            QVERIFY2(it.value().contains(expected.value(it.key())),
                     qPrintable(it.key() + QStringLiteral(": ") + it.value()));
    }

    // Every file of the corpus, through allot-cli with no mapping: it imports as importAlone()
    // checks, or it is refused with the line and the problem.
    void importsTheCorpus()
    {
        ALLOT_SKIP_WITHOUT_CORPUS();
        QStringList imported, refused;
        QDirIterator files(corpusFile(QString()),
                           {QStringLiteral("*.csv"), QStringLiteral("*.CSV"),
                            QStringLiteral("*.qif"), QStringLiteral("*.ofx"),
                            QStringLiteral("*.qfx"), QStringLiteral("*.sgml")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QString refusal;
            importAlone(path, &refusal);
            if (QTest::currentTestFailed())
                return;
            if (refusal.isEmpty()) {
                imported << QFileInfo(path).fileName();
                continue;
            }
            refused << QFileInfo(path).fileName();
            QVERIFY2(refusal.contains(QStringLiteral("line")) ||
                         refusal.contains(QStringLiteral("No transaction")) ||
                         refusal.contains(QStringLiteral("date order")) ||
                         refusal.contains(QStringLiteral("could be")),
                     qPrintable(refusal));
        }
        const int total = int(imported.size() + refused.size());
        QVERIFY(total >= 40);
        qInfo("corpus: %d of %d files import with no mapping; refused: %s", int(imported.size()),
              total, qPrintable(refused.join(QStringLiteral(", "))));
        QVERIFY2(imported.size() * 10 >= total * 9, qPrintable(refused.join(QStringLiteral(", "))));
    }

    // A CSV file past kLargeCsvFileSize is read a slice at a time: the same report, duplicates
    // on a second import, and all-or-nothing still refuses it whole for one unreadable record.
    void importsALargeCsvFileInSlices()
    {
        const QByteArray memo(200, 'm');
        QByteArray csv("Date,Payee,Amount,Memo\n");
        qint64 sum = 0;
        int rows = 0;
        while (csv.size() <= formats::kLargeCsvFileSize) {
            const int i = rows++;
            const qint64 cents = -(100 + i % 5000);
            sum += cents;
            csv += "2026-" + QByteArray::number(1 + i % 12).rightJustified(2, '0') + '-' +
                   QByteArray::number(1 + i % 28).rightJustified(2, '0') + ",Shop " +
                   QByteArray::number(i % 300) + ',' + money::format(cents).toUtf8() + ',' + memo +
                   '\n';
        }
        const QString path = m_dir.filePath(QStringLiteral("large.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        // The file takes the sliced path, and reads as the whole file reads.
        auto stream = formats::openLargeCsvFile(path, {});
        ALLOT_VERIFY_OK(stream);
        QVERIFY(*stream);
        auto whole = formats::readBankFile(path, {});
        ALLOT_VERIFY_OK(whole);
        const QStringList import{QStringLiteral("import"),    path,
                                 QStringLiteral("--user"),    QStringLiteral("Alice"),
                                 QStringLiteral("--account"), QStringLiteral("Checking")};
        const Run run = json(import);
        EXPECT_EXIT(run, 0);
        const QJsonObject report = run.json().toObject();
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), rows);
        QCOMPARE(int(whole->transactions.size()), rows);
        QCOMPARE(report.value(QStringLiteral("total")).toString(), money::format(sum));
        QCOMPARE(report.value(QStringLiteral("read")).toString(), whole->description);
        const Run again = json(import);
        EXPECT_EXIT(again, 0);
        QCOMPARE(again.json().toObject().value(QStringLiteral("duplicates")).toInt(), rows);
        EXPECT_EXIT(on({QStringLiteral("check")}), 0);

        // Two unreadable dates far into the file refuse all of it, counted.
        const qsizetype at = csv.indexOf("\n2026-", csv.size() / 2) + 1;
        csv.replace(at, 10, "2026-13-45");
        const qsizetype second = csv.indexOf("\n2026-", at + 100) + 1;
        csv.replace(second, 10, "2026-13-46");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv);
        file.close();
        refused(import, 1, QStringLiteral("(2 record(s) could not be read"));
    }

    void exportsAndImportsAgain()
    {
        EXPECT_EXIT(
            on({"expense", "add", "--user", "Alice", "--category", "Food", "--amount", "12.5",
                "--date", "2026-11-03", "--payee", "=cmd|' /C calc'!A0", "--account", "Checking"}),
            0);
        EXPECT_EXIT(on({"income", "add", "--user", "Alice", "--category", "Fun", "--amount", "99",
                        "--date", "2026-11-04", "--payee", "Employer", "--account", "Checking"}),
                    0);
        const QString csv = m_dir.filePath(QStringLiteral("out-%1.csv").arg(m_counter));
        const Run exported =
            on({QStringLiteral("export"), csv, QStringLiteral("--user"), QStringLiteral("Alice"),
                QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                QStringLiteral("2026-11-30")});
        EXPECT_EXIT(exported, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.contains("'=cmd"), bytes.constData());
        // Importing the export into the same account finds every row already there.
        const Run again =
            json({QStringLiteral("import"), csv, QStringLiteral("--user"), QStringLiteral("Alice"),
                  QStringLiteral("--account"), QStringLiteral("Wallet")});
        EXPECT_EXIT(again, 0);
        QCOMPARE(again.json().toObject().value(QStringLiteral("imported")).toInt(), 2);
        refused({QStringLiteral("export"), m_dir.filePath(QStringLiteral("x.txt")),
                 QStringLiteral("--user"), QStringLiteral("Alice")},
                2, QStringLiteral("choose csv or qif"));
        refused({QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.csv")),
                 QStringLiteral("--user"), QStringLiteral("Alice"), QStringLiteral("--account"),
                 QStringLiteral("Checking")},
                1, QStringLiteral("cannot be read"));
    }

    void backsUpAndRestores()
    {
        const Run backup = json({QStringLiteral("backup")});
        EXPECT_EXIT(backup, 0);
        const QString path = backup.json().toObject().value(QStringLiteral("backup")).toString();
        QVERIFY(QFileInfo::exists(path));
        EXPECT_EXIT(on({"user", "add", "Carol"}), 0);
        EXPECT_EXIT(on({QStringLiteral("restore"), path}), 0);
        QCOMPARE(json({"user", "list"}).json().toArray().size(), 2);
        // Only a budget is ever replaced by a restore.
        const QString text = m_dir.filePath(QStringLiteral("letter-%1.txt").arg(m_counter));
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Dear bank,\n");
        }
        const QByteArray hash = fileHash(text);
        const Run refusedRun = cli({QStringLiteral("--db"), text, QStringLiteral("restore"), path});
        EXPECT_EXIT(refusedRun, 3);
        QVERIFY(refusedRun.err.contains(QStringLiteral("is not an Allot database")));
        QCOMPARE(fileHash(text), hash);
        QCOMPARE(json({QStringLiteral("backup"), QStringLiteral("--list")}).json().toArray().size(),
                 1);
    }

    void jsonErrorsArePrintedToo()
    {
        const Run run = json(
            {"transfer", "--user", "Alice", "--from", "Fun", "--to", "Food", "--amount", "999"});
        EXPECT_EXIT(run, 1);
        QCOMPARE(run.json().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("refused"));
        QVERIFY(run.json()
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("only 100.00 available")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
