// allot-cli's text output: the tables people read. Names, payees and memos are the user's
// own text and may hold anything, "%1" included.

#include "actions/EntryActions.h"
#include "actions/HouseholdActions.h"
#include "support/Programs.h"
#include "support/TestBudget.h"

#include <QTest>

using namespace allot;
using namespace allot::test;

class TestCliText : public QObject
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
};

QTEST_GUILESS_MAIN(TestCliText)
#include "tst_clitext.moc"
