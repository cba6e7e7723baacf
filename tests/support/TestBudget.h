#pragma once

#include "core/BudgetTypes.h"
#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace allot::test {

/// \brief A fresh budget file in its own temporary folder, with a small household:
/// Alice (Food 400.00, Fun 100.00, Rent 900.00), Bob (Tools 50.00), accounts Checking
/// (1000.00), Savings (0.00, savings) and Visa (credit).
class TestBudget
{
public:
    /// \a migrations: schema steps instead of Allot's own (a test's own table as one more).
    explicit TestBudget(bool withHousehold = true, const QVector<Migration>* migrations = nullptr);

    Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }

    RowId alice = 0, bob = 0;
    RowId food = 0, fun = 0, rent = 0, tools = 0;
    RowId checking = 0, savings = 0, visa = 0;

    /// Closes and reopens the file (as a restart would).
    void reopen();
    /// Closes the file; the WAL is checkpointed into it, so it can be copied alone.
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    const QVector<Migration>* m_migrations = nullptr;
    std::unique_ptr<Database> m_db;
};

/// Every table with every row and column, plus the header pragmas.
QString dump(Database& db);
/// The dump without the undo log's tables: what the user's data looks like.
QString dataDump(Database& db);

/// Makes the database itself refuse every new entry whose \a column (payee or memo) is
/// \a value: a rule only the database knows, so a row passes every check of Allot's and then
/// fails in the middle of an action.
void refuseEntriesWith(Database& db, const QString& column, const QString& value);

/// Runs \a statements on the file at \a path through a plain Qt connection of its own, as
/// another program would: past Allot's rules (foreign keys are off) and its checks.
void writeAsAnotherProgram(const QString& path, const QStringList& statements);

/// Fails the test unless the budget's invariants all hold (checkBudget() finds no problem).
void expectSound(Database& db);

/// Adds an expense and returns its id (fails the test on error).
RowId addExpense(Database& db, RowId person, RowId category, MinorUnits amount, RowId account = 0,
                 const QDate& date = QDate(2026, 11, 5));

/// Runs \a action, which must fail with \a kind and a message containing \a messagePart, leave
/// no transaction open and the full dump exactly as before.
template <typename Action>
void expectRefusedAndUnchanged(Database& db, Action action, ErrorKind kind,
                               const QString& messagePart)
{
    const QString before = dump(db);
    const auto outcome = action();
    QVERIFY2(!outcome.ok(),
             qPrintable(QStringLiteral("expected a refusal containing: ") + messagePart));
    QVERIFY2(outcome.error().message.contains(messagePart),
             qPrintable(QStringLiteral("message \"%1\" lacks \"%2\"")
                            .arg(outcome.error().message, messagePart)));
    QCOMPARE(outcome.error().kind, kind);
    QVERIFY(!db.engine().inTransaction());
    QCOMPARE(dump(db), before);
}

/// SHA-256 of a file's bytes, for "the file is byte-for-byte unchanged".
QByteArray fileHash(const QString& path);

} // namespace allot::test

/// Checks a Result and prints its error when it failed.
#define ALLOT_VERIFY_OK(result)                                                                    \
    do {                                                                                           \
        const auto& allotResult_ = (result);                                                       \
        if (!allotResult_.ok())                                                                    \
            QFAIL(                                                                                 \
                qPrintable(QStringLiteral("unexpected error: %1 [%2]")                             \
                               .arg(allotResult_.error().message, allotResult_.error().detail)));  \
    } while (false)

/// Inside a body that returns a Result: returns the error of \a expr when it failed.
#define ALLOT_TRY(expr)                                                                            \
    do {                                                                                           \
        if (auto allotTried_ = (expr); !allotTried_.ok())                                          \
            return allotTried_.error();                                                            \
    } while (false)

/// Runs \a action (returning a Result) with a fault forced at statement 1, 2, ... until it runs
/// through without reaching the fault. After each fault the action must fail with the injected
/// error, no transaction may be left open, and the full dump must equal the one from before.
/// Leaves the action done once; stores how many statement positions it tried in \a positions.
#define ALLOT_FAULT_AT_EVERY_STATEMENT(database, action, positions)                                \
    do {                                                                                           \
        bool allotFinished_ = false;                                                               \
        for (int allotN_ = 1; allotN_ < 2000 && !allotFinished_; ++allotN_) {                      \
            const QString allotBefore_ = ::allot::test::dump(database);                            \
            (database).engine().failStatement(allotN_);                                            \
            const auto allotOutcome_ = (action)();                                                 \
            if (!(database).engine().faultFired()) {                                               \
                (database).engine().failStatement(0);                                              \
                ALLOT_VERIFY_OK(allotOutcome_);                                                    \
                positions = allotN_ - 1;                                                           \
                allotFinished_ = true;                                                             \
                break;                                                                             \
            }                                                                                      \
            QVERIFY2(!allotOutcome_.ok(),                                                          \
                     qPrintable(QStringLiteral("fault %1 was swallowed").arg(allotN_)));           \
            QCOMPARE(allotOutcome_.error().kind, ::allot::ErrorKind::Injected);                    \
            QVERIFY(!(database).engine().inTransaction());                                         \
            QCOMPARE(::allot::test::dump(database), allotBefore_);                                 \
        }                                                                                          \
        QVERIFY2(allotFinished_, "the action never ran through");                                  \
        QVERIFY2(positions > 1, "an action runs more than one statement");                         \
    } while (false)
