#include "actions/BudgetCheck.h"
#include "actions/BudgetQueries.h"
#include "actions/CategoryActions.h"
#include "actions/DemoBudget.h"
#include "actions/EntryActions.h"
#include "actions/GeneratedBudget.h"
#include "actions/HouseholdActions.h"
#include "actions/Lookup.h"
#include "actions/RegisterQuery.h"
#include "actions/SplitEntry.h"
#include "actions/Transfers.h"
#include "support/TestBudget.h"

#include <QTest>

using namespace allot;
using namespace allot::test;

namespace {

const Month kNovember{2026, 11};

MinorUnits available(Database& db, RowId category, const Month& month = kNovember)
{
    auto c = lookup::categoryById(db.engine(), category);
    return c ? lookup::categoryAvailable(db.engine(), *c, month).value() : -1;
}

MinorUnits balance(Database& db, RowId account)
{
    return lookup::accountBalance(db.engine(), account).value();
}

EntryDraft expenseDraft(const TestBudget& b, MinorUnits amount)
{
    EntryDraft d;
    d.personId = b.alice;
    d.categoryId = b.food;
    d.accountId = b.checking;
    d.date = QDate(2026, 11, 3);
    d.amount = amount;
    d.payee = QStringLiteral("Market");
    d.memo = QStringLiteral("weekly shop");
    return d;
}

} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBudget> m_budget;
    TestBudget& b() { return *m_budget; }
    Database& db() { return m_budget->db(); }

private slots:
    void init() { m_budget = std::make_unique<TestBudget>(); }
    void cleanup()
    {
        if (!QTest::currentTestFailed())
            expectSound(db());
        m_budget.reset();
    }

    // ---- expense and income ----------------------------------------------------------------

    void addsAnExpense()
    {
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return entries::add(db(), expenseDraft(b(), 1250)); }, positions);
        QVERIFY(positions >= 5);
        QCOMPARE(available(db(), b().food), 40000 - 1250);
        QCOMPARE(balance(db(), b().checking), 100000 - 1250);
        auto list = queries::entries(db(), b().alice, kNovember);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).amount, -1250);
        QCOMPARE(list->at(0).payee, QStringLiteral("Market"));
        QCOMPARE(list->at(0).kind, EntryKind::Expense);
    }

    void addsAnIncome()
    {
        EntryDraft d = expenseDraft(b(), 300000);
        d.income = true;
        auto id = entries::add(db(), d);
        ALLOT_VERIFY_OK(id);
        QCOMPARE(balance(db(), b().checking), 100000 + 300000);
        QCOMPARE(lookup::entryById(db().engine(), *id)->amount, 300000);
    }

    void refusesBadExpenses()
    {
        const auto tryAdd = [&](EntryDraft d) {
            return [this, d] { return entries::add(db(), d); };
        };
        EntryDraft zero = expenseDraft(b(), 0);
        expectRefusedAndUnchanged(db(), tryAdd(zero), ErrorKind::Refused,
                                  QStringLiteral("above zero"));
        EntryDraft huge = expenseDraft(b(), money::kMaxAmount + 1);
        expectRefusedAndUnchanged(db(), tryAdd(huge), ErrorKind::Refused,
                                  QStringLiteral("larger than"));
        EntryDraft noDate = expenseDraft(b(), 100);
        noDate.date = QDate();
        expectRefusedAndUnchanged(db(), tryAdd(noDate), ErrorKind::Refused,
                                  QStringLiteral("not a valid day"));
        EntryDraft otherPerson = expenseDraft(b(), 100);
        otherPerson.categoryId = b().tools; // Bob's
        expectRefusedAndUnchanged(db(), tryAdd(otherPerson), ErrorKind::Refused,
                                  QStringLiteral("\"Tools\" does not belong to Alice"));
        EntryDraft noCategory = expenseDraft(b(), 100);
        noCategory.categoryId = 9999;
        expectRefusedAndUnchanged(db(), tryAdd(noCategory), ErrorKind::NotFound,
                                  QStringLiteral("category 9999 does not exist"));
        EntryDraft noAccount = expenseDraft(b(), 100);
        noAccount.accountId = 9999;
        expectRefusedAndUnchanged(db(), tryAdd(noAccount), ErrorKind::NotFound,
                                  QStringLiteral("account 9999"));
        EntryDraft noPerson = expenseDraft(b(), 100);
        noPerson.personId = 9999;
        expectRefusedAndUnchanged(db(), tryAdd(noPerson), ErrorKind::NotFound,
                                  QStringLiteral("person 9999"));
        EntryDraft control = expenseDraft(b(), 100);
        control.payee = QStringLiteral("bad\x01name");
        expectRefusedAndUnchanged(db(), tryAdd(control), ErrorKind::Refused,
                                  QStringLiteral("control character"));
        EntryDraft longMemo = expenseDraft(b(), 100);
        longMemo.memo = QString(600, QLatin1Char('m'));
        expectRefusedAndUnchanged(db(), tryAdd(longMemo), ErrorKind::Refused,
                                  QStringLiteral("longer than 500"));
    }

    void editsAnExpense()
    {
        const RowId id = addExpense(db(), b().alice, b().food, 1000, b().checking);
        EntryChanges changes;
        changes.amount = 2500;
        changes.categoryId = b().fun;
        changes.accountId = b().visa;
        changes.payee = QStringLiteral("Cinema");
        changes.date = QDate(2026, 11, 20);
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return entries::edit(db(), id, changes); }, positions);
        auto e = lookup::entryById(db().engine(), id);
        QCOMPARE(e->amount, -2500);
        QCOMPARE(e->categoryId, b().fun);
        QCOMPARE(e->accountId, b().visa);
        QCOMPARE(e->payee, QStringLiteral("Cinema"));
        QCOMPARE(e->date, QDate(2026, 11, 20));
        QCOMPARE(balance(db(), b().checking), 100000);
        QCOMPARE(available(db(), b().food), 40000);
        QCOMPARE(available(db(), b().fun), 10000 - 2500);
    }

    void refusesBadEdits()
    {
        const RowId id = addExpense(db(), b().alice, b().food, 1000, b().checking);
        EntryChanges toBob;
        toBob.categoryId = b().tools;
        expectRefusedAndUnchanged(
            db(), [&] { return entries::edit(db(), id, toBob); }, ErrorKind::Refused,
            QStringLiteral("does not belong to Alice"));
        EntryChanges zero;
        zero.amount = 0;
        expectRefusedAndUnchanged(
            db(), [&] { return entries::edit(db(), id, zero); }, ErrorKind::Refused,
            QStringLiteral("above zero"));
        EntryChanges payee;
        payee.payee = QStringLiteral("x");
        expectRefusedAndUnchanged(
            db(), [&] { return entries::edit(db(), 4242, payee); }, ErrorKind::NotFound,
            QStringLiteral("entry 4242 does not exist"));
    }

    void deletesAnExpense()
    {
        const RowId id = addExpense(db(), b().alice, b().food, 1000, b().checking);
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return entries::remove(db(), id); }, positions);
        QVERIFY(!lookup::entryById(db().engine(), id).ok());
        QCOMPARE(balance(db(), b().checking), 100000);
        expectRefusedAndUnchanged(
            db(), [&] { return entries::remove(db(), id); }, ErrorKind::NotFound,
            QStringLiteral("does not exist"));
    }

    // ---- budget transfer -------------------------------------------------------------------

    void transfersBudgetBetweenCategories()
    {
        const BudgetTransfer t{b().alice, b().food, b().fun, 15000, kNovember, false};
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return transfers::moveBudget(db(), t); }, positions);
        QVERIFY(positions >= 7);
        QCOMPARE(available(db(), b().food), 40000 - 15000);
        QCOMPARE(available(db(), b().fun), 10000 + 15000);
        QCOMPARE(available(db(), b().food, Month{2026, 12}), 40000); // only that month
        auto summary = queries::monthSummary(db(), b().alice, kNovember);
        QCOMPARE(summary->at(0).name, QStringLiteral("Food"));
        QCOMPARE(summary->at(0).moved, -15000);
        QCOMPARE(summary->at(1).moved, 15000);
    }

    void refusesBudgetTransfersBeyondWhatIsAvailable()
    {
        addExpense(db(), b().alice, b().fun, 9000);
        const BudgetTransfer tooMuch{b().alice, b().fun, b().food, 1001, kNovember, false};
        expectRefusedAndUnchanged(
            db(), [&] { return transfers::moveBudget(db(), tooMuch); }, ErrorKind::Refused,
            QStringLiteral("Fun has only 10.00 available in 2026-11, less than 10.01"));
        BudgetTransfer allowed = tooMuch;
        allowed.allowOverspend = true;
        ALLOT_VERIFY_OK(transfers::moveBudget(db(), allowed));
        QCOMPARE(available(db(), b().fun), -1);
        const BudgetTransfer exact{b().alice, b().food, b().fun, 40000 + 1001, kNovember, false};
        ALLOT_VERIFY_OK(transfers::moveBudget(db(), exact));
        QCOMPARE(available(db(), b().food), 0);
    }

    void refusesBadBudgetTransfers()
    {
        const auto tryMove = [&](BudgetTransfer t) {
            return [this, t] { return transfers::moveBudget(db(), t); };
        };
        expectRefusedAndUnchanged(db(),
                                  tryMove({b().alice, b().food, b().food, 100, kNovember, false}),
                                  ErrorKind::Refused, QStringLiteral("same category"));
        expectRefusedAndUnchanged(db(),
                                  tryMove({b().alice, b().food, b().fun, 0, kNovember, false}),
                                  ErrorKind::Refused, QStringLiteral("above zero"));
        expectRefusedAndUnchanged(db(),
                                  tryMove({b().alice, b().food, b().fun, -5, kNovember, false}),
                                  ErrorKind::Refused, QStringLiteral("above zero"));
        expectRefusedAndUnchanged(db(),
                                  tryMove({b().alice, b().food, b().tools, 100, kNovember, false}),
                                  ErrorKind::Refused, QStringLiteral("does not belong to Alice"));
        expectRefusedAndUnchanged(db(),
                                  tryMove({b().bob, b().food, b().tools, 100, kNovember, false}),
                                  ErrorKind::Refused, QStringLiteral("does not belong to Bob"));
        expectRefusedAndUnchanged(db(), tryMove({b().alice, 777, b().fun, 100, kNovember, false}),
                                  ErrorKind::NotFound, QStringLiteral("category 777"));
        expectRefusedAndUnchanged(db(),
                                  tryMove({b().alice, b().food, b().fun, 100, Month{}, false}),
                                  ErrorKind::Refused, QStringLiteral("no month"));
    }

    // ---- account transfer ------------------------------------------------------------------

    void transfersBetweenAccounts()
    {
        const AccountTransfer t{b().checking, b().savings, 40000, QDate(2026, 11, 1),
                                QStringLiteral("rainy day")};
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return transfers::betweenAccounts(db(), t); }, positions);
        QCOMPARE(balance(db(), b().checking), 60000);
        QCOMPARE(balance(db(), b().savings), 40000);
    }

    void refusesAccountTransfersBelowZero()
    {
        expectRefusedAndUnchanged(
            db(),
            [&] {
                return transfers::betweenAccounts(
                    db(), {b().checking, b().savings, 100001, QDate(2026, 11, 1), {}});
            },
            ErrorKind::Refused, QStringLiteral("the checking account Checking has only 1000.00"));
        expectRefusedAndUnchanged(
            db(),
            [&] {
                return transfers::betweenAccounts(
                    db(), {b().savings, b().checking, 1, QDate(2026, 11, 1), {}});
            },
            ErrorKind::Refused,
            QStringLiteral("the savings account Savings has only 0.00; this would take it below "
                           "zero, to -0.01"));
        // Confirmed, it is recorded.
        ALLOT_VERIFY_OK(transfers::betweenAccounts(
            db(), {b().savings, b().checking, 1, QDate(2026, 11, 1), {}, true}));
        QCOMPARE(balance(db(), b().savings), -1);
        // A credit card may go below zero.
        ALLOT_VERIFY_OK(transfers::betweenAccounts(
            db(), {b().visa, b().checking, 5000, QDate(2026, 11, 1), {}}));
        QCOMPARE(balance(db(), b().visa), -5000);
        expectRefusedAndUnchanged(
            db(),
            [&] {
                return transfers::betweenAccounts(db(),
                                                  {b().visa, b().visa, 1, QDate(2026, 11, 1), {}});
            },
            ErrorKind::Refused, QStringLiteral("same account"));
        expectRefusedAndUnchanged(
            db(),
            [&] {
                return transfers::betweenAccounts(db(), {b().visa, 404, 1, QDate(2026, 11, 1), {}});
            },
            ErrorKind::NotFound, QStringLiteral("account 404"));
    }

    // An expense, an edit and a transfer follow one rule: an account that cannot owe is not
    // taken below zero unless the person confirmed it (the same amount as a transfer was refused
    // while an expense went through).
    void expensesBelowZeroFollowTheTransfersRule()
    {
        EntryDraft draft = expenseDraft(b(), 100001); // Checking has 1000.00
        expectRefusedAndUnchanged(
            db(), [&] { return entries::add(db(), draft); }, ErrorKind::Refused,
            QStringLiteral("the checking account Checking has only 1000.00; this would take it "
                           "below zero, to -0.01"));
        draft.amount = 100000; // to exactly zero
        auto all = entries::add(db(), draft);
        ALLOT_VERIFY_OK(all);
        QCOMPARE(balance(db(), b().checking), 0);
        // An edit that takes more: refused, unless confirmed.
        EntryChanges more;
        more.amount = 100050;
        expectRefusedAndUnchanged(
            db(), [&] { return entries::edit(db(), *all, more); }, ErrorKind::Refused,
            QStringLiteral("this would take it below zero, to -0.50"));
        // One that takes less, or only renames, is not asked.
        EntryChanges less;
        less.amount = 99000;
        ALLOT_VERIFY_OK(entries::edit(db(), *all, less));
        more.allowBelowZero = true;
        ALLOT_VERIFY_OK(entries::edit(db(), *all, more));
        QCOMPARE(balance(db(), b().checking), -50);
        EntryChanges payee;
        payee.payee = QStringLiteral("Landlord");
        ALLOT_VERIFY_OK(entries::edit(db(), *all, payee));
        // Confirmed, a new one is recorded; on a credit card none is asked.
        EntryDraft confirmed = expenseDraft(b(), 500);
        confirmed.allowBelowZero = true;
        ALLOT_VERIFY_OK(entries::add(db(), confirmed));
        QCOMPARE(balance(db(), b().checking), -550);
        EntryDraft card = expenseDraft(b(), 900000);
        card.accountId = b().visa;
        ALLOT_VERIFY_OK(entries::add(db(), card));
    }

    void deletesAnAccountTransferFromEitherSide()
    {
        auto first = transfers::betweenAccounts(
            db(), {b().checking, b().savings, 100, QDate(2026, 11, 1), {}});
        ALLOT_VERIFY_OK(first);
        const RowId receiving = *first + 1;
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return entries::remove(db(), receiving); }, positions);
        QCOMPARE(balance(db(), b().checking), 100000);
        QCOMPARE(balance(db(), b().savings), 0);
        auto second = transfers::betweenAccounts(
            db(), {b().checking, b().savings, 100, QDate(2026, 11, 1), {}});
        ALLOT_VERIFY_OK(entries::remove(db(), *second));
        QCOMPARE(balance(db(), b().savings), 0);
    }

    void editsTheDateOfATransferOnBothSides()
    {
        auto id = transfers::betweenAccounts(
            db(), {b().checking, b().savings, 100, QDate(2026, 11, 1), {}});
        EntryChanges c;
        c.date = QDate(2026, 11, 9);
        ALLOT_VERIFY_OK(entries::edit(db(), *id, c));
        QCOMPARE(lookup::entryById(db().engine(), *id + 1)->date, QDate(2026, 11, 9));
        EntryChanges amount;
        amount.amount = 5;
        expectRefusedAndUnchanged(
            db(), [&] { return entries::edit(db(), *id, amount); }, ErrorKind::Refused,
            QStringLiteral("cannot be edited"));
    }

    // ---- split -----------------------------------------------------------------------------

    void splitsANewExpense()
    {
        NewSplit s;
        s.personId = b().alice;
        s.accountId = b().checking;
        s.date = QDate(2026, 11, 12);
        s.total = 10000;
        s.payee = QStringLiteral("Department store");
        s.parts = {{b().food, 6000, QStringLiteral("groceries")},
                   {b().fun, 2500, {}},
                   {b().rent, 1500, {}}};
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return splits::add(db(), s); }, positions);
        QVERIFY(positions >= 8);
        QCOMPARE(balance(db(), b().checking), 90000);
        QCOMPARE(available(db(), b().food), 34000);
        QCOMPARE(available(db(), b().fun), 7500);
        QCOMPARE(available(db(), b().rent), 88500);
        auto list = queries::entries(db(), b().alice, kNovember);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).kind, EntryKind::Split);
        QCOMPARE(list->at(0).parts.size(), 3);
    }

    void refusesSplitsThatDoNotAddUp()
    {
        NewSplit s;
        s.personId = b().alice;
        s.date = QDate(2026, 11, 12);
        s.total = 10000;
        s.parts = {{b().food, 6000, {}}, {b().fun, 3999, {}}};
        expectRefusedAndUnchanged(
            db(), [&] { return splits::add(db(), s); }, ErrorKind::Refused,
            QStringLiteral("the parts add up to 99.99, not to the total 100.00 (short by 0.01)"));
        s.parts = {{b().food, 6000, {}}, {b().fun, 4001, {}}};
        expectRefusedAndUnchanged(
            db(), [&] { return splits::add(db(), s); }, ErrorKind::Refused,
            QStringLiteral("over by 0.01"));
        s.parts = {{b().food, 10000, {}}};
        expectRefusedAndUnchanged(
            db(), [&] { return splits::add(db(), s); }, ErrorKind::Refused,
            QStringLiteral("two or more parts"));
        s.parts = {{b().food, 10000, {}}, {b().fun, 0, {}}};
        expectRefusedAndUnchanged(
            db(), [&] { return splits::add(db(), s); }, ErrorKind::Refused,
            QStringLiteral("part 2 must be above zero"));
        // The last part belongs to Bob: the parts already written are rolled back too.
        s.parts = {{b().food, 5000, {}}, {b().fun, 3000, {}}, {b().tools, 2000, {}}};
        expectRefusedAndUnchanged(
            db(), [&] { return splits::add(db(), s); }, ErrorKind::Refused,
            QStringLiteral("\"Tools\" does not belong to Alice"));
    }

    void splitsAnExistingExpense()
    {
        const RowId id = addExpense(db(), b().alice, b().food, 9000, b().checking);
        const QVector<SplitPart> parts{{b().food, 4000, {}}, {b().fun, 5000, {}}};
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return splits::splitExisting(db(), id, parts); }, positions);
        QCOMPARE(lookup::entryById(db().engine(), id)->kind, EntryKind::Split);
        QCOMPARE(available(db(), b().food), 36000);
        QCOMPARE(available(db(), b().fun), 5000);
        QCOMPARE(balance(db(), b().checking), 91000);
        // Splitting again replaces the parts.
        ALLOT_VERIFY_OK(
            splits::splitExisting(db(), id, {{b().rent, 1000, {}}, {b().fun, 8000, {}}}));
        QCOMPARE(available(db(), b().food), 40000);
        QCOMPARE(available(db(), b().rent), 89000);
        expectRefusedAndUnchanged(
            db(),
            [&] {
                return splits::splitExisting(db(), id, {{b().rent, 1000, {}}, {b().fun, 1000, {}}});
            },
            ErrorKind::Refused, QStringLiteral("not to the total 90.00"));
        // Deleting the split deletes its parts.
        ALLOT_VERIFY_OK(entries::remove(db(), id));
        QCOMPARE(available(db(), b().rent), 90000);
        QCOMPARE(balance(db(), b().checking), 100000);
    }

    void refusesEditingOrDeletingAPartAlone()
    {
        NewSplit s;
        s.personId = b().alice;
        s.date = QDate(2026, 11, 12);
        s.total = 300;
        s.parts = {{b().food, 100, {}}, {b().fun, 200, {}}};
        auto id = splits::add(db(), s);
        ALLOT_VERIFY_OK(id);
        expectRefusedAndUnchanged(
            db(), [&] { return entries::remove(db(), *id + 1); }, ErrorKind::Refused,
            QStringLiteral("delete the split instead"));
        EntryChanges c;
        c.memo = QStringLiteral("x");
        expectRefusedAndUnchanged(
            db(), [&] { return entries::edit(db(), *id + 1, c); }, ErrorKind::Refused,
            QStringLiteral("edit the split instead"));
        auto transfer = transfers::betweenAccounts(
            db(), {b().checking, b().savings, 100, QDate(2026, 11, 1), {}});
        expectRefusedAndUnchanged(
            db(),
            [&] {
                return splits::splitExisting(db(), *transfer,
                                             {{b().food, 50, {}}, {b().fun, 50, {}}});
            },
            ErrorKind::Refused, QStringLiteral("a transfer cannot be split"));
    }

    // ---- merge and delete categories -------------------------------------------------------

    void mergesCategories()
    {
        addExpense(db(), b().alice, b().fun, 1000);
        addExpense(db(), b().alice, b().fun, 2000);
        addExpense(db(), b().alice, b().food, 500);
        ALLOT_VERIFY_OK(
            transfers::moveBudget(db(), {b().alice, b().rent, b().fun, 3000, kNovember, false}));
        auto preview = categories::previewMerge(db(), b().fun);
        QCOMPARE(preview->entries, 2);
        QCOMPARE(preview->budgetMoves, 1);
        QCOMPARE(preview->monthlyBudget, 10000);
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return categories::merge(db(), b().alice, b().fun, b().food); }, positions);
        QVERIFY(!lookup::categoryById(db().engine(), b().fun).ok());
        auto food = lookup::categoryById(db().engine(), b().food);
        QCOMPARE(food->monthlyBudget, 50000);
        QCOMPARE(available(db(), b().food), 50000 - 3500 + 3000);
    }

    void refusesBadMerges()
    {
        expectRefusedAndUnchanged(
            db(), [&] { return categories::merge(db(), b().alice, b().fun, b().fun); },
            ErrorKind::Refused, QStringLiteral("into itself"));
        expectRefusedAndUnchanged(
            db(), [&] { return categories::merge(db(), b().alice, b().fun, b().tools); },
            ErrorKind::Refused, QStringLiteral("does not belong to Alice"));
        expectRefusedAndUnchanged(
            db(), [&] { return categories::merge(db(), b().alice, 555, b().food); },
            ErrorKind::NotFound, QStringLiteral("category 555"));
    }

    void deletesAnUnusedCategory()
    {
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return categories::remove(db(), b().rent); }, positions);
        QVERIFY(!lookup::categoryById(db().engine(), b().rent).ok());
    }

    void refusesDeletingAUsedCategoryUnlessMoved()
    {
        addExpense(db(), b().alice, b().fun, 1000);
        expectRefusedAndUnchanged(
            db(), [&] { return categories::remove(db(), b().fun); }, ErrorKind::Refused,
            QStringLiteral("\"Fun\" is used by 1 entries and 0 budget moves"));
        expectRefusedAndUnchanged(
            db(), [&] { return categories::remove(db(), b().fun, b().tools); }, ErrorKind::Refused,
            QStringLiteral("does not belong to Alice"));
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return categories::remove(db(), b().fun, b().food); }, positions);
        QCOMPARE(available(db(), b().food), 39000);
        QCOMPARE(lookup::categoryById(db().engine(), b().food)->monthlyBudget,
                 40000); // budget not moved
    }

    // ---- people, accounts, categories ------------------------------------------------------

    void addsPeopleAccountsAndCategories()
    {
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return household::addPerson(db(), QStringLiteral("Carol")); }, positions);
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(),
            [&] {
                return household::addAccount(db(), QStringLiteral("Wallet"), AccountKind::Cash,
                                             2000);
            },
            positions);
        auto carol =
            lookup::personByName(db().engine(), QStringLiteral("carol")); // names ignore case
        ALLOT_VERIFY_OK(carol);
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(),
            [&] { return household::addCategory(db(), carol->id, QStringLiteral("Books"), 2500); },
            positions);
        QCOMPARE(queries::categories(db(), carol->id)->size(), 1);
    }

    void refusesDuplicateAndBadNames()
    {
        expectRefusedAndUnchanged(
            db(), [&] { return household::addPerson(db(), QStringLiteral(" alice ")); },
            ErrorKind::Refused, QStringLiteral("already a person called \"alice\""));
        expectRefusedAndUnchanged(
            db(), [&] { return household::addPerson(db(), QStringLiteral("   ")); },
            ErrorKind::Refused, QStringLiteral("needs a name"));
        expectRefusedAndUnchanged(
            db(),
            [&] {
                return household::addAccount(db(), QStringLiteral("checking"), AccountKind::Cash,
                                             0);
            },
            ErrorKind::Refused, QStringLiteral("already an account"));
        expectRefusedAndUnchanged(
            db(),
            [&] {
                return household::addAccount(db(), QStringLiteral("Overdrawn"),
                                             AccountKind::Savings, -1);
            },
            ErrorKind::Refused, QStringLiteral("cannot open below zero"));
        expectRefusedAndUnchanged(
            db(),
            [&] { return household::addCategory(db(), b().alice, QStringLiteral("FOOD"), 0); },
            ErrorKind::Refused, QStringLiteral("Alice already has a category called \"FOOD\""));
        expectRefusedAndUnchanged(
            db(),
            [&] {
                return household::addCategory(db(), b().alice, QStringLiteral("Negative"), -100);
            },
            ErrorKind::Refused, QStringLiteral("between 0.00 and"));
        expectRefusedAndUnchanged(
            db(), [&] { return household::addCategory(db(), 31337, QStringLiteral("Ghost"), 0); },
            ErrorKind::NotFound, QStringLiteral("person 31337"));
        // Bob may have his own Food.
        ALLOT_VERIFY_OK(household::addCategory(db(), b().bob, QStringLiteral("Food"), 0));
    }

    void deletesAPersonWithAllTheirData()
    {
        addExpense(db(), b().alice, b().food, 1000, b().checking);
        ALLOT_VERIFY_OK(
            transfers::moveBudget(db(), {b().alice, b().food, b().fun, 500, kNovember, false}));
        NewSplit s;
        s.personId = b().alice;
        s.date = QDate(2026, 11, 12);
        s.total = 300;
        s.parts = {{b().food, 100, {}}, {b().fun, 200, {}}};
        ALLOT_VERIFY_OK(splits::add(db(), s));
        const RowId bobsExpense = addExpense(db(), b().bob, b().tools, 700, b().checking);
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return household::deletePerson(db(), b().alice); }, positions);
        QVERIFY(!lookup::personById(db().engine(), b().alice).ok());
        QCOMPARE(queries::categories(db(), b().alice)->size(), 0);
        QVERIFY(lookup::entryById(db().engine(), bobsExpense).ok());
        QCOMPARE(balance(db(), b().checking), 100000 - 700);
        const QString remaining = dataDump(db());
        QVERIFY(!remaining.contains(QStringLiteral("person_id=i:%1|").arg(b().alice)));
    }

    void theRegisterMergesAPersonsRowsWithTheHouseholdsInOrder()
    {
        for (int day : {1, 3, 5})
            addExpense(db(), b().alice, b().food, 100 * day, b().checking, QDate(2026, 11, day));
        addExpense(db(), b().bob, b().tools, 999, b().checking, QDate(2026, 11, 2));
        for (int day : {2, 4})
            ALLOT_VERIFY_OK(transfers::betweenAccounts(
                db(), {b().checking, b().savings, 10 * day, QDate(2026, 11, day), {}}));
        for (const bool descending : {false, true}) {
            RegisterQuery query(
                db(), RegisterFilter{b().alice, kNovember, 0, {}, RegisterSort::Date, descending});
            QCOMPARE(*query.count(),
                     7); // Alice's three and both rows of the two transfers, not Bob's
            QVector<Entry> walked;
            std::optional<RegisterKey> after;
            for (;;) {
                auto page = query.page(after, 2);
                ALLOT_VERIFY_OK(page);
                if (page->isEmpty())
                    break;
                walked += *page;
                after = query.keyOf(page->last());
            }
            QCOMPARE(walked.size(), 7);
            for (int i = 1; i < walked.size(); ++i) {
                const auto before = std::make_pair(walked[i - 1].date, walked[i - 1].id);
                const auto here = std::make_pair(walked[i].date, walked[i].id);
                QVERIFY(descending ? before > here : before < here);
            }
            // From the start, and with the count from whichever end is nearer.
            for (int row = 0; row < walked.size(); ++row) {
                QCOMPARE(query.keyAt(row)->id, walked[row].id);
                QCOMPARE(query.keyAt(row, int(walked.size()))->id, walked[row].id);
            }
            QVERIFY(!query.keyAt(int(walked.size()), int(walked.size())).ok());
        }
    }

    void generatedBudgetsAreSoundAndRepeatable()
    {
        TestBudget first(false);
        TestBudget second(false);
        const GeneratorSettings settings{3000, 3, 8, 42};
        auto counts = generateBudget(first.db(), settings);
        ALLOT_VERIFY_OK(counts);
        QCOMPARE(counts->entries, 3000);
        QVERIFY(counts->splits > 0 && counts->accountTransfers > 0 && counts->budgetTransfers > 0);
        expectSound(first.db());
        ALLOT_VERIFY_OK(generateBudget(second.db(), settings));
        // The data is the same; the undo log's step carries the time it was made.
        QCOMPARE(dataDump(second.db()), dataDump(first.db()));
        expectRefusedAndUnchanged(
            first.db(), [&] { return generateBudget(first.db(), settings); }, ErrorKind::Refused,
            QStringLiteral("already has people"));
    }

    void theDemoBudgetIsSoundAndOnlyFillsAnEmptyBudget()
    {
        TestBudget empty(false);
        ALLOT_VERIFY_OK(fillDemoBudget(empty.db(), QDate(2026, 11, 21)));
        expectSound(empty.db());
        const auto people = queries::people(empty.db());
        QCOMPARE(people->size(), 2);
        const auto entries = queries::entries(empty.db(), people->at(0).id, Month{2026, 11});
        QVERIFY(entries->size() > 10);
        for (const Entry& e : *entries)
            QVERIFY(e.date <= QDate(2026, 11, 21));
        const auto accounts = queries::accounts(empty.db());
        ALLOT_VERIFY_OK(accounts);
        for (const Account& a : *accounts)
            QVERIFY2(a.kind == AccountKind::Credit || a.balance >= 0, qPrintable(a.name));
        // The refusal names the reason and leaves the budget as it is.
        expectRefusedAndUnchanged(
            empty.db(), [&] { return fillDemoBudget(empty.db(), QDate(2026, 11, 21)); },
            ErrorKind::Refused, QStringLiteral("already has people"));
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
