#include "actions/BudgetQueries.h"
#include "actions/BulkCreate.h"
#include "actions/HouseholdActions.h"
#include "actions/UndoHistory.h"
#include "support/TestBudget.h"

#include <QTest>

using namespace allot;
using namespace allot::test;

namespace {

QVector<EntryDraft> drafts(const TestBudget& b, int count)
{
    QVector<EntryDraft> out;
    for (int i = 1; i <= count; ++i) {
        EntryDraft d;
        d.personId = b.alice;
        d.categoryId = i % 3 == 0 ? b.fun : b.food;
        d.accountId = b.checking;
        d.date = QDate(2026, 11, 1 + i % 28);
        d.amount = 100 + i;
        d.income = i % 10 == 0;
        d.payee = QStringLiteral("Payee %1").arg(i);
        out << d;
    }
    return out;
}

int entryCount(Database& db, RowId person)
{
    return int(queries::entries(db, person, std::nullopt)->size());
}

} // namespace

class TestBulkCreate : public QObject
{
    Q_OBJECT

private slots:
    void createsEveryRowAsOneUndoStep()
    {
        TestBudget b;
        const QString before = dataDump(b.db());
        auto report = bulk::create(b.db(), drafts(b, 250), BulkMode::AllOrNothing);
        ALLOT_VERIFY_OK(report);
        QCOMPARE(report->createdIds.size(), 250);
        QVERIFY(report->rejected.isEmpty());
        QCOMPARE(entryCount(b.db(), b.alice), 250);
        QCOMPARE(history::nextUndo(b.db())->value_or(QString()),
                 QStringLiteral("Create 250 entries"));
        ALLOT_VERIFY_OK(history::undo(b.db()));
        QCOMPARE(dataDump(b.db()), before);
    }

    void allOrNothingRefusesTheBatchNamingTheRow()
    {
        TestBudget b;
        auto batch = drafts(b, 40);
        batch[16].amount = 0; // row 17
        expectRefusedAndUnchanged(
            b.db(), [&] { return bulk::create(b.db(), batch, BulkMode::AllOrNothing); },
            ErrorKind::Refused, QStringLiteral("row 17: the amount must be above zero"));
        batch[16].amount = 5;
        batch[33].categoryId = b.tools; // row 34, found only inside the transaction
        expectRefusedAndUnchanged(
            b.db(), [&] { return bulk::create(b.db(), batch, BulkMode::AllOrNothing); },
            ErrorKind::Refused,
            QStringLiteral("row 34: the category \"Tools\" does not belong to Alice"));
        batch[33].categoryId = b.food;
        batch[39].accountId = 999; // the last row
        expectRefusedAndUnchanged(
            b.db(), [&] { return bulk::create(b.db(), batch, BulkMode::AllOrNothing); },
            ErrorKind::NotFound, QStringLiteral("row 40: account 999 does not exist"));
    }

    void skipInvalidReportsEveryRejectedRow()
    {
        TestBudget b;
        auto batch = drafts(b, 30);
        batch[0].amount = -5;                            // row 1: checked before the database
        batch[9].categoryId = b.tools;                   // row 10: Bob's category
        batch[19].date = QDate();                        // row 20
        batch[24].accountId = 4040;                      // row 25
        batch[29].memo = QString(501, QLatin1Char('x')); // row 30
        auto report = bulk::create(b.db(), batch, BulkMode::SkipInvalid);
        ALLOT_VERIFY_OK(report);
        QCOMPARE(report->createdIds.size(), 25);
        QCOMPARE(entryCount(b.db(), b.alice), 25);
        QCOMPARE(report->rejected.size(), 5);
        const QVector<int> rows{1, 10, 20, 25, 30};
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(report->rejected[i].row, rows[i]);
        QVERIFY(report->rejected[0].reason.contains(QStringLiteral("above zero")));
        QVERIFY(report->rejected[1].reason.contains(QStringLiteral("does not belong to Alice")));
        QVERIFY(report->rejected[2].reason.contains(QStringLiteral("not a valid day")));
        QVERIFY(report->rejected[3].reason.contains(QStringLiteral("account 4040 does not exist")));
        QVERIFY(report->rejected[4].reason.contains(QStringLiteral("longer than 500")));
        // Undo takes back exactly the rows that were created.
        ALLOT_VERIFY_OK(history::undo(b.db()));
        QCOMPARE(entryCount(b.db(), b.alice), 0);
    }

    void skipInvalidKeepsGoodRowsWhenTheDatabaseRefusesOne()
    {
        TestBudget b;
        // A rule only the database knows: the row passes every check of ours, the insert fails.
        refuseEntriesWith(b.db(), QStringLiteral("payee"), QStringLiteral("Refused"));
        auto batch = drafts(b, 5);
        batch[2].payee = QStringLiteral("Refused");
        auto report = bulk::create(b.db(), batch, BulkMode::SkipInvalid);
        ALLOT_VERIFY_OK(report);
        QCOMPARE(report->createdIds.size(), 4);
        QCOMPARE(report->rejected.size(), 1);
        QCOMPARE(report->rejected[0].row, 3);
        QVERIFY2(report->rejected[0].reason.contains(QStringLiteral("breaks a rule")),
                 qPrintable(report->rejected[0].reason));
        QCOMPARE(entryCount(b.db(), b.alice), 4);
        // In all-or-nothing mode the same row refuses the whole batch.
        expectRefusedAndUnchanged(
            b.db(), [&] { return bulk::create(b.db(), batch, BulkMode::AllOrNothing); },
            ErrorKind::Constraint, QStringLiteral("row 3: a value breaks a rule"));
    }

    void refusesDatesTheBudgetCannotStore()
    {
        TestBudget b;
        auto batch = drafts(b, 3);
        batch[1].date = QDate(12345, 1, 1);
        expectRefusedAndUnchanged(
            b.db(), [&] { return bulk::create(b.db(), batch, BulkMode::AllOrNothing); },
            ErrorKind::Refused, QStringLiteral("row 2: the date is not a valid day"));
    }

    void aFaultInEitherModeChangesNothing()
    {
        TestBudget b;
        auto batch = drafts(b, 6);
        batch[3].categoryId = b.tools;
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            b.db(), [&] { return bulk::create(b.db(), batch, BulkMode::SkipInvalid); }, positions);
        QVERIFY(positions > 10);
        QCOMPARE(entryCount(b.db(), b.alice), 5);
        batch[3].categoryId = b.food;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            b.db(), [&] { return bulk::create(b.db(), batch, BulkMode::AllOrNothing); }, positions);
        QCOMPARE(entryCount(b.db(), b.alice), 11);
    }

    void anEmptyBatchWritesNothing()
    {
        TestBudget b;
        const QString before = dump(b.db());
        auto report = bulk::create(b.db(), {}, BulkMode::AllOrNothing);
        ALLOT_VERIFY_OK(report);
        QVERIFY(report->createdIds.isEmpty());
        QCOMPARE(dump(b.db()), before);
    }
};

QTEST_GUILESS_MAIN(TestBulkCreate)
#include "tst_bulkcreate.moc"
