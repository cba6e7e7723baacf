#include "actions/BudgetCheck.h"
#include "actions/BulkCreate.h"
#include "actions/CategoryActions.h"
#include "actions/EntryActions.h"
#include "actions/GeneratedBudget.h"
#include "actions/HouseholdActions.h"
#include "actions/ImportStatement.h"
#include "actions/SplitEntry.h"
#include "actions/Transfers.h"
#include "actions/UndoHistory.h"
#include "support/TestBudget.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace allot;
using namespace allot::test;

Q_DECLARE_METATYPE(std::function<Status(TestBudget&)>)

namespace {

using Action = std::function<Status(TestBudget&)>;

template <typename T> Status asStatus(const Result<T>& r)
{
    return r.ok() ? Status() : Status(r.error());
}

// A budget with some history of its own, so that undo has neighbours to leave alone.
void addHistory(TestBudget& b)
{
    addExpense(b.db(), b.alice, b.food, 1500, b.checking);
    addExpense(b.db(), b.alice, b.fun, 700, b.visa);
    addExpense(b.db(), b.bob, b.tools, 2200, b.checking);
    ALLOT_VERIFY_OK(
        transfers::betweenAccounts(b.db(), {b.checking, b.savings, 10000, QDate(2026, 11, 2), {}}));
}

} // namespace

class TestUndoHistory : public QObject
{
    Q_OBJECT

private slots:
    void undoAndRedoRestoreEveryAction_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("label");
        QTest::newRow("add expense") << Action([](TestBudget& b) {
            return asStatus(Result<RowId>(addExpense(b.db(), b.alice, b.rent, 90000, b.checking)));
        }) << "Expense 900.00 Rent";
        QTest::newRow("edit expense") << Action([](TestBudget& b) {
            EntryChanges c;
            c.amount = 1;
            c.categoryId = b.rent;
            c.payee = QStringLiteral("Changed");
            return entries::edit(b.db(), 1, c);
        }) << "Edit expense 1";
        QTest::newRow("delete expense")
            << Action([](TestBudget& b) { return entries::remove(b.db(), 2); })
            << "Delete expense -7.00 Corner shop";
        QTest::newRow("budget transfer") << Action([](TestBudget& b) {
            return asStatus(transfers::moveBudget(
                b.db(), {b.alice, b.food, b.fun, 10000, Month{2026, 11}, false}));
        }) << "Transfer 100.00 from Food to Fun";
        QTest::newRow("account transfer") << Action([](TestBudget& b) {
            return asStatus(transfers::betweenAccounts(
                b.db(), {b.checking, b.savings, 25000, QDate(2026, 11, 2), {}}));
        }) << "Transfer 250.00 from account Checking to Savings";
        QTest::newRow("delete account transfer")
            << Action([](TestBudget& b) { return entries::remove(b.db(), 5); })
            << "Delete transfer 100.00 Transfer";
        QTest::newRow("new split") << Action([](TestBudget& b) {
            NewSplit s;
            s.personId = b.alice;
            s.accountId = b.checking;
            s.date = QDate(2026, 11, 4);
            s.total = 5000;
            s.parts = {{b.food, 3000, {}}, {b.fun, 2000, {}}};
            return asStatus(splits::add(b.db(), s));
        }) << "Split 50.00 across Food, Fun";
        QTest::newRow("split existing") << Action([](TestBudget& b) {
            return splits::splitExisting(b.db(), 1, {{b.food, 500, {}}, {b.rent, 1000, {}}});
        }) << "Split entry 1 across Food, Rent";
        QTest::newRow("merge") << Action([](TestBudget& b) {
            return categories::merge(b.db(), b.alice, b.fun, b.food);
        }) << "Merge Fun into Food";
        QTest::newRow("delete category moving entries")
            << Action([](TestBudget& b) { return categories::remove(b.db(), b.food, b.rent); })
            << "Delete category Food, moving its entries to Rent";
        QTest::newRow("delete person")
            << Action([](TestBudget& b) { return household::deletePerson(b.db(), b.alice); })
            << "Delete person Alice with all their data";
        QTest::newRow("add category") << Action([](TestBudget& b) {
            return asStatus(household::addCategory(b.db(), b.bob, QStringLiteral("Garden"), 1234));
        }) << "Add category Garden for Bob";
        QTest::newRow("bulk create") << Action([](TestBudget& b) {
            QVector<EntryDraft> drafts;
            for (int i = 1; i <= 20; ++i) {
                EntryDraft d;
                d.personId = b.alice;
                d.categoryId = i % 2 ? b.food : b.fun;
                d.accountId = b.checking;
                d.date = QDate(2026, 11, i);
                d.amount = 100 * i;
                drafts << d;
            }
            return asStatus(bulk::create(b.db(), drafts, BulkMode::AllOrNothing,
                                         QStringLiteral("Import 20 entries")));
        }) << "Import 20 entries";
    }

    void undoAndRedoRestoreEveryAction()
    {
        QFETCH(Action, action);
        QFETCH(QString, label);
        TestBudget b;
        addHistory(b);
        const QString before = dataDump(b.db());
        ALLOT_VERIFY_OK(action(b));
        const QString after = dataDump(b.db());
        QVERIFY(after != before);
        QCOMPARE(history::nextUndo(b.db())->value_or(QString()), label);

        auto undone = history::undo(b.db());
        ALLOT_VERIFY_OK(undone);
        QCOMPARE(*undone, label);
        QCOMPARE(dataDump(b.db()), before);
        expectSound(b.db());
        QCOMPARE(history::nextRedo(b.db())->value_or(QString()), label);

        // The history lives in the file: redo after a restart.
        b.reopen();
        auto redone = history::redo(b.db());
        ALLOT_VERIFY_OK(redone);
        QCOMPARE(*redone, label);
        QCOMPARE(dataDump(b.db()), after);
        expectSound(b.db());

        ALLOT_VERIFY_OK(history::undo(b.db()));
        QCOMPARE(dataDump(b.db()), before);
        ALLOT_VERIFY_OK(history::redo(b.db()));
        QCOMPARE(dataDump(b.db()), after);
    }

    void aRunOfInsertedRowsIsOneUndoRecordEvenAroundRefusedRows()
    {
        TestBudget b;
        addHistory(b);
        // Only the database knows this rule: a split's part is refused after its parent row
        // was written, so the savepoint takes back the parent and the record must shrink too.
        refuseEntriesWith(b.db(), QStringLiteral("memo"), QStringLiteral("Refused"));
        formats::ReadResult file;
        for (int i = 1; i <= 30; ++i) {
            formats::ImportedTransaction t;
            t.line = i;
            t.date = QDate(2026, 10, 1 + i % 28);
            t.amount = -100 * i;
            t.payee = QStringLiteral("Shop %1").arg(i);
            t.category = QStringLiteral("Food");
            if (i % 10 == 5) // lines 5, 15, 25: splits; the one on line 15 is refused
                t.splits = {{QStringLiteral("Food"), -50 * i, {}},
                            {QStringLiteral("Fun"), -50 * i,
                             i == 15 ? QStringLiteral("Refused") : QString()}};
            file.transactions << t;
        }
        const QString before = dataDump(b.db());
        ImportOptions options;
        options.personId = b.alice;
        options.accountId = b.checking;
        options.mode = BulkMode::SkipInvalid;
        auto report = imports::importStatement(b.db(), file, options);
        ALLOT_VERIFY_OK(report);
        QCOMPARE(report->imported, 29);
        QCOMPARE(report->rejected.size(), 1);
        QCOMPARE(report->rejected.first().row, 15);
        const QString after = dataDump(b.db());
        // 29 entries and 4 parts, one after another: one record for all of them.
        QSqlQuery q(b.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, last_row_id - row_id + 1 FROM action_change "
                                      "WHERE action_id = (SELECT max(id) FROM action_log)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("rows"));
        QCOMPARE(q.value(1).toInt(), 33);
        QVERIFY(!q.next());

        ALLOT_VERIFY_OK(history::undo(b.db()));
        QCOMPARE(dataDump(b.db()), before);
        expectSound(b.db());
        b.reopen();
        ALLOT_VERIFY_OK(history::redo(b.db()));
        QCOMPARE(dataDump(b.db()), after);
        expectSound(b.db());
        ALLOT_VERIFY_OK(history::undo(b.db()));
        QCOMPARE(dataDump(b.db()), before);
    }

    void aDamagedRangeRecordIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown column")
            << QStringLiteral("UPDATE action_change SET image = replace(image, '\"payee\"', "
                              "'\"payee; DROP TABLE entry\"') WHERE kind = 'rows'")
            << QStringLiteral("payee; DROP TABLE entry");
        QTest::newRow("unreadable names")
            << QStringLiteral("UPDATE action_change SET image = 'names' || "
                              "substr(image, instr(image, char(10))) WHERE kind = 'rows'")
            << QStringLiteral("unreadable column names");
        QTest::newRow("a row outside the range")
            << QStringLiteral("UPDATE action_change SET image = replace(image, "
                              "'[\"i:' || row_id || '\"', '[\"i:999999\"') WHERE kind = 'rows'")
            << QStringLiteral("row 999999 outside rows");
    }

    void aDamagedRangeRecordIsRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, named);
        TestBudget b;
        QVector<EntryDraft> drafts;
        for (int i = 1; i <= 3; ++i)
            drafts << EntryDraft{b.alice, b.food, b.checking, QDate(2026, 11, i), 100 * i, false,
                                 {},      {},     {}};
        ALLOT_VERIFY_OK(bulk::create(b.db(), drafts, BulkMode::AllOrNothing));
        ALLOT_VERIFY_OK(history::undo(b.db()));
        // The images written at undo time name a column the entry table does not have.
        QSqlQuery q(b.db().connection());
        QVERIFY(q.exec(damage));
        QCOMPARE(q.numRowsAffected(), 1);
        const QString before = dump(b.db());
        auto redone = history::redo(b.db());
        QVERIFY(!redone.ok());
        QCOMPARE(redone.error().kind, ErrorKind::Corrupt);
        QVERIFY2(redone.error().message.contains(named), qPrintable(redone.error().message));
        QCOMPARE(dump(b.db()), before);
    }

    void undoesStepByStepBackToTheStart()
    {
        TestBudget b(false);
        QStringList dumps{dataDump(b.db())};
        auto alice = household::addPerson(b.db(), QStringLiteral("Alice"));
        dumps << dataDump(b.db());
        auto food = household::addCategory(b.db(), *alice, QStringLiteral("Food"), 100);
        dumps << dataDump(b.db());
        auto fun = household::addCategory(b.db(), *alice, QStringLiteral("Fun"), 100);
        dumps << dataDump(b.db());
        ALLOT_VERIFY_OK(
            transfers::moveBudget(b.db(), {*alice, *food, *fun, 50, Month{2026, 11}, false}));
        dumps << dataDump(b.db());
        ALLOT_VERIFY_OK(categories::merge(b.db(), *alice, *fun, *food));
        dumps << dataDump(b.db());
        for (int i = int(dumps.size()) - 2; i >= 0; --i) {
            ALLOT_VERIFY_OK(history::undo(b.db()));
            QCOMPARE(dataDump(b.db()), dumps[i]);
        }
        const QString full = dump(b.db());
        expectRefusedAndUnchanged(
            b.db(), [&] { return history::undo(b.db()); }, ErrorKind::Refused,
            QStringLiteral("nothing to undo"));
        for (int i = 1; i < dumps.size(); ++i) {
            ALLOT_VERIFY_OK(history::redo(b.db()));
            QCOMPARE(dataDump(b.db()), dumps[i]);
        }
        expectRefusedAndUnchanged(
            b.db(), [&] { return history::redo(b.db()); }, ErrorKind::Refused,
            QStringLiteral("nothing to redo"));
        Q_UNUSED(full);
    }

    void aNewActionEndsTheRedoHistory()
    {
        TestBudget b;
        addExpense(b.db(), b.alice, b.food, 100);
        ALLOT_VERIFY_OK(history::undo(b.db()));
        QVERIFY(history::nextRedo(b.db())->has_value());
        addExpense(b.db(), b.alice, b.fun, 200);
        QVERIFY(!history::nextRedo(b.db())->has_value());
        auto steps = history::steps(b.db());
        QCOMPARE(steps->first().label, QStringLiteral("Expense 2.00 Fun"));
        QVERIFY(!steps->first().undone);
    }

    void aFaultDuringUndoOrRedoChangesNothing()
    {
        TestBudget b;
        addHistory(b);
        ALLOT_VERIFY_OK(categories::merge(b.db(), b.alice, b.fun, b.food));
        const QString merged = dataDump(b.db());
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            b.db(), [&] { return history::undo(b.db()); }, positions);
        QVERIFY(positions > 5);
        const QString unmerged = dataDump(b.db());
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            b.db(), [&] { return history::redo(b.db()); }, positions);
        QCOMPARE(dataDump(b.db()), merged);
        ALLOT_VERIFY_OK(history::undo(b.db()));
        QCOMPARE(dataDump(b.db()), unmerged);
        expectSound(b.db());
    }

    void aRefusedActionLeavesNoHistory()
    {
        TestBudget b;
        const auto before = history::steps(b.db());
        auto refused =
            transfers::moveBudget(b.db(), {b.alice, b.fun, b.food, 999999, Month{2026, 11}, false});
        QVERIFY(!refused.ok());
        QCOMPARE(history::steps(b.db())->size(), before->size());
    }

    // generate wrote straight into the tables: it could not be undone, and a redo after it
    // replayed an older step over the generated rows (a person's id taken twice).
    void generateIsOneStepAndEndsTheRedoHistory()
    {
        TestBudget b(false);
        const QString empty = dataDump(b.db());
        ALLOT_VERIFY_OK(household::addPerson(b.db(), QStringLiteral("Carol")));
        ALLOT_VERIFY_OK(history::undo(b.db()));
        QCOMPARE(dataDump(b.db()), empty);
        auto counts = generateBudget(b.db(), GeneratorSettings{400, 2, 4, 7});
        ALLOT_VERIFY_OK(counts);
        const QString generated = dataDump(b.db());
        expectRefusedAndUnchanged(
            b.db(), [&] { return history::redo(b.db()); }, ErrorKind::Refused,
            QStringLiteral("redo"));
        auto undone = history::undo(b.db());
        ALLOT_VERIFY_OK(undone);
        QVERIFY2(undone->contains(QStringLiteral("400")), qPrintable(*undone));
        QCOMPARE(dataDump(b.db()), empty);
        ALLOT_VERIFY_OK(history::redo(b.db()));
        QCOMPARE(dataDump(b.db()), generated);
        expectSound(b.db());
    }
};

QTEST_GUILESS_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"
