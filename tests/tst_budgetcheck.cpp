#include "actions/BudgetCheck.h"
#include "actions/EntryActions.h"
#include "actions/HouseholdActions.h"
#include "actions/UndoHistory.h"
#include "support/TestBudget.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace allot;
using namespace allot::test;

namespace {

QString joined(const Result<QStringList>& problems)
{
    return problems ? problems->join(QLatin1Char('\n')) : problems.error().message;
}

} // namespace

/// What `check` used to miss: values beyond what Allot can store or add up, days that do not
/// exist, and undo steps that can never be undone.
class TestBudgetCheck : public QObject
{
    Q_OBJECT

private slots:
    void reportsWhatAllotWouldNeverWrite_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("reported");
        QTest::newRow("amount beyond the largest")
            << "UPDATE entry SET amount = -9000000000000000000 WHERE id = 1"
            << "entry 1 has an amount beyond";
        QTest::newRow("sum that overflows")
            << "UPDATE entry SET amount = -5000000000000000000 WHERE id IN (1, 2)"
            << "cannot be added up";
        QTest::newRow("opening balance beyond the largest")
            << "UPDATE account SET opening_balance = 1000000000000 WHERE name = 'Savings'"
            << "has an opening balance beyond";
        QTest::newRow("monthly budget beyond the largest")
            << "UPDATE category SET monthly_budget = 1000000000000 WHERE name = 'Fun'"
            << "has a monthly budget beyond";
        QTest::newRow("a day that does not exist")
            << "UPDATE entry SET date = '2026-11-31' WHERE id = 1"
            << "entry 1 is dated 2026-11-31";
        QTest::newRow("year 0") << "UPDATE entry SET date = '0000-05-01' WHERE id = 2"
                                << "entry 2 is dated 0000-05-01";
        QTest::newRow("month 13")
            << "INSERT INTO budget_move (person_id, category_id, month, amount) "
               "SELECT person_id, id, '2026-13', 100 FROM category WHERE name = 'Fun'"
            << "is in the month 2026-13";
    }

    void reportsWhatAllotWouldNeverWrite()
    {
        QFETCH(QString, sql);
        QFETCH(QString, reported);
        TestBudget budget;
        addExpense(budget.db(), budget.alice, budget.food, 1500, budget.checking);
        addExpense(budget.db(), budget.alice, budget.food, 2500, budget.checking);
        expectSound(budget.db());
        budget.close();
        writeAsAnotherProgram(budget.path(), {sql});
        budget.reopen();
        const auto problems = checkBudget(budget.db());
        ALLOT_VERIFY_OK(problems);
        QVERIFY2(joined(problems).contains(reported), qPrintable(joined(problems)));
    }

    // A step whose undo puts back a row that refers to something deleted behind Allot's back
    // can never be undone, and it blocks every older step: check names it, and undo says which
    // step it is and why.
    void reportsAnUndoStepThatCanNeverBeUndone()
    {
        TestBudget budget;
        auto garden =
            household::addCategory(budget.db(), budget.alice, QStringLiteral("Garden"), 0);
        ALLOT_VERIFY_OK(garden);
        const RowId spade = addExpense(budget.db(), budget.alice, *garden, 1200, budget.checking);
        ALLOT_VERIFY_OK(entries::remove(budget.db(), spade));
        expectSound(budget.db());
        budget.close();
        writeAsAnotherProgram(budget.path(),
                              {QStringLiteral("DELETE FROM category WHERE name = 'Garden'")});
        budget.reopen();

        const QString before = dump(budget.db());
        const auto problems = checkBudget(budget.db());
        ALLOT_VERIFY_OK(problems);
        const QString text = joined(problems);
        QVERIFY2(text.contains(QStringLiteral("cannot be undone")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Delete expense")), qPrintable(text));
        QCOMPARE(dump(budget.db()), before); // the trial undo was rolled back

        const auto undone = history::undo(budget.db());
        QVERIFY(!undone.ok());
        QVERIFY2(undone.error().message.contains(QStringLiteral("Delete expense")),
                 qPrintable(undone.error().message));
        QVERIFY2(undone.error().message.contains(QStringLiteral("older step")),
                 qPrintable(undone.error().message));
        QCOMPARE(dump(budget.db()), before);
    }

    void aSoundHistoryIsNotReported()
    {
        TestBudget budget;
        addExpense(budget.db(), budget.alice, budget.food, 1500, budget.checking);
        ALLOT_VERIFY_OK(history::undo(budget.db()));
        addExpense(budget.db(), budget.alice, budget.fun, 700, budget.visa);
        const QString before = dump(budget.db());
        expectSound(budget.db());
        QCOMPARE(dump(budget.db()), before);
    }
};

QTEST_GUILESS_MAIN(TestBudgetCheck)
#include "tst_budgetcheck.moc"
