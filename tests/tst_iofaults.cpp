#include "actions/BudgetCheck.h"
#include "actions/BulkCreate.h"
#include "actions/CategoryActions.h"
#include "actions/HouseholdActions.h"
#include "actions/SplitEntry.h"
#include "actions/Transfers.h"
#include "actions/UndoHistory.h"
#include "support/FaultyVfs.h"
#include "support/TestBudget.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

using namespace allot;
using namespace allot::test;

Q_DECLARE_METATYPE(std::function<Status(Database&)>)
Q_DECLARE_METATYPE(allot::test::FaultyVfs::Operation)

namespace {

using Action = std::function<Status(Database&)>;

template <typename T> Status asStatus(const Result<T>& r)
{
    return r.ok() ? Status() : Status(r.error());
}

// A budget with enough rows that reading it takes many pages, and some history to undo.
QString makeBase(const QString& folder)
{
    const QString path = folder + QStringLiteral("/base.allot");
    TestBudget b;
    QVector<EntryDraft> drafts;
    for (int i = 0; i < 150; ++i) {
        EntryDraft d;
        d.personId = b.alice;
        d.categoryId = i % 2 ? b.food : b.rent;
        d.accountId = b.checking;
        d.date = QDate(2026, 11, 1 + i % 28);
        d.amount = 100 + i;
        d.payee =
            QStringLiteral("A payee with a long enough name to fill pages %1 ").arg(i).repeated(4);
        drafts << d;
    }
    if (!categories::merge(b.db(), b.alice, b.fun, b.rent).ok())
        qFatal("could not merge in the base budget");
    // The last step is big, so undoing it reads many pages of the log and of the entries.
    if (!bulk::create(b.db(), drafts, BulkMode::AllOrNothing).ok())
        qFatal("could not build the base budget");
    b.close();
    QFile::remove(path);
    QFile::copy(b.path(), path);
    return path;
}

} // namespace

class TestIoFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;

private slots:
    void initTestCase()
    {
        FaultyVfs::install();
        m_base = makeBase(m_dir.path());
    }

    void aFailedReadWriteOrSyncChangesNothing_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<FaultyVfs::Operation>("operation");
        QTest::addColumn<bool>("persistent");
        const QList<QPair<const char*, Action>> actions{
            {"undo a bulk create", [](Database& db) { return asStatus(history::undo(db)); }},
            {"delete person", [](Database& db) { return household::deletePerson(db, 1); }},
            {"budget transfer",
             [](Database& db) {
                 return asStatus(transfers::moveBudget(db, {1, 1, 3, 500, Month{2026, 11}, true}));
             }},
            {"merge", [](Database& db) { return categories::merge(db, 1, 1, 3); }},
            {"account transfer",
             [](Database& db) {
                 return asStatus(
                     transfers::betweenAccounts(db, {3, 1, 700, QDate(2026, 11, 4), {}}));
             }},
            {"bulk create",
             [](Database& db) {
                 QVector<EntryDraft> drafts;
                 for (int i = 0; i < 40; ++i) {
                     EntryDraft d;
                     d.personId = 1;
                     d.categoryId = 1;
                     d.accountId = 1;
                     d.date = QDate(2026, 11, 1 + i % 28);
                     d.amount = 100 + i;
                     drafts << d;
                 }
                 return asStatus(bulk::create(db, drafts, BulkMode::SkipInvalid));
             }},
            {"split",
             [](Database& db) {
                 NewSplit s;
                 s.personId = 1;
                 s.date = QDate(2026, 11, 3);
                 s.total = 300;
                 s.parts = {{1, 100, {}}, {3, 200, {}}};
                 return asStatus(splits::add(db, s));
             }},
        };
        for (const auto& [name, action] : actions) {
            for (const auto& [opName, op] :
                 {qMakePair("read", FaultyVfs::Operation::Read),
                  qMakePair("write", FaultyVfs::Operation::Write),
                  qMakePair("sync", FaultyVfs::Operation::Sync),
                  qMakePair("disk-full write", FaultyVfs::Operation::DiskFull),
                  qMakePair("lock", FaultyVfs::Operation::Lock)}) {
                QTest::addRow("%s, %s fails once", name, opName) << action << op << false;
                QTest::addRow("%s, every %s fails", name, opName) << action << op << true;
            }
        }
    }

    void aFailedReadWriteOrSyncChangesNothing()
    {
        QFETCH(Action, action);
        QFETCH(FaultyVfs::Operation, operation);
        QFETCH(bool, persistent);
        const QString work = m_dir.filePath(QStringLiteral("work.allot"));
        int faults = 0;
        for (int n = 1; n < 5000; ++n) {
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(work + QString::fromLatin1(suffix));
            QVERIFY(QFile::copy(m_base, work));
            QString before;
            {
                auto db = Database::open(work);
                ALLOT_VERIFY_OK(db);
                before = dump(*db.value());
            }
            Status outcome;
            bool fired = false;
            {
                // A connection of its own, so that its page cache is cold and pages are read
                // from the file (through the faulty VFS) while the action runs.
                auto db = Database::open(work);
                ALLOT_VERIFY_OK(db);
                FaultyVfs::arm(operation, n, persistent);
                outcome = action(*db.value());
                FaultyVfs::disarm();
                fired = FaultyVfs::fired();
                QVERIFY2(!db.value()->engine().inTransaction(), "a transaction was left open");
                if (fired && !outcome.ok()) {
                    QVERIFY2(outcome.error().kind == ErrorKind::Storage ||
                                 outcome.error().kind == ErrorKind::Corrupt,
                             qPrintable(outcome.error().message + QStringLiteral(" / ") +
                                        outcome.error().detail));
                }
                // A full disk says so: which folder, how much is free, what to do.
                if (fired && !outcome.ok() && operation == FaultyVfs::Operation::DiskFull &&
                    outcome.error().kind == ErrorKind::Storage) {
                    const QString message = outcome.error().message;
                    QVERIFY2(message.contains(QStringLiteral("the disk holding %1 is full")
                                                  .arg(QDir::toNativeSeparators(m_dir.path()))) &&
                                 message.contains(QStringLiteral("free some space"),
                                                  Qt::CaseInsensitive),
                             qPrintable(message));
                    // What SQLite and the system said is kept for a report.
                    const QString detail = outcome.error().detail;
                    QVERIFY2(detail.contains(QStringLiteral("SQLite error")) &&
                                 detail.contains(QStringLiteral("the system said:")) &&
                                 detail.contains(QStringLiteral("Allot said:")),
                             qPrintable(detail));
                }
            }
            auto reopened = Database::open(work);
            ALLOT_VERIFY_OK(reopened);
            auto problems = checkBudget(*reopened.value());
            ALLOT_VERIFY_OK(problems);
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
            if (!fired) {
                ALLOT_VERIFY_OK(outcome);
                qInfo("%s: %d faults injected; after each the file was sound, and an action that "
                      "failed had changed nothing",
                      QTest::currentDataTag(), faults);
                QVERIFY(faults > 0 || operation != FaultyVfs::Operation::Read);
                return;
            }
            ++faults;
            if (!outcome.ok())
                QCOMPARE(dump(*reopened.value()), before);
        }
        QFAIL("the action never ran through");
    }
};

QTEST_GUILESS_MAIN(TestIoFaults)
#include "tst_iofaults.moc"
