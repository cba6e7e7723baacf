// Power loss, simulated the way SQLite's crash tests do it: the faulty VFS remembers every write
// that no sync has made durable yet; at a random moment (between two actions, or at the n-th
// write or sync in the middle of one) the machine stops and every later I/O call fails; then the
// writes that were not synced are taken back (all of them, all but a random first few, or with
// one of them torn in half) and the -shm file is deleted. After reopening, every action that
// returned success must be there, and nothing of one that did not.
//
// Each round runs its random actions twice from the same seed on a copy of the same budget: once
// without a power loss (the dry run: the state after every action, and how many writes and syncs
// the round makes, so that the power loss can strike at any one of them), then again with it.
//
// ALLOT_POWERLOSS_ROUNDS (default 120) sets the number of rounds; ALLOT_POWERLOSS_SEED reruns a
// run, and with ALLOT_POWERLOSS_ROUND only one round of it.

#include "actions/BudgetCheck.h"
#include "actions/BulkCreate.h"
#include "actions/CategoryActions.h"
#include "actions/EntryActions.h"
#include "actions/HouseholdActions.h"
#include "actions/SplitEntry.h"
#include "actions/Transfers.h"
#include "actions/UndoHistory.h"
#include "storage/SqlStatement.h"
#include "support/FaultyVfs.h"
#include "support/TestBudget.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace allot;
using namespace allot::test;

namespace {

struct Household
{
    RowId alice = 0, bob = 0;
    RowId food = 0, fun = 0, rent = 0, tools = 0;
    RowId checking = 0, savings = 0, visa = 0;
};

struct Outcome
{
    QString what;
    bool ok = false;
};

template <typename T> Outcome outcome(const QString& what, const Result<T>& result)
{
    return {what, result.ok()};
}

// The full dump (the undo log included) with the times the log records masked: the dry run and
// the run with the power loss write the same rows at different times.
QString stableDump(Database& db)
{
    static const QRegularExpression times(QStringLiteral("created_at=[^|\\n]*"));
    return dump(db).replace(times, QStringLiteral("created_at=*"));
}

QString firstDifference(const QString& actual, const QString& expected)
{
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QString left = i < a.size() ? a[i] : QStringLiteral("(end)");
        const QString right = i < e.size() ? e[i] : QStringLiteral("(end)");
        if (left != right)
            return QStringLiteral("line %1: got \"%2\", expected \"%3\"")
                .arg(i + 1)
                .arg(left, right);
    }
    return QStringLiteral("(no difference)");
}

qint64 newestId(Database& db, const QString& sql, RowId bound = 0)
{
    SqlStatement q(db.engine(), sql);
    if (bound)
        q.bindId(bound);
    auto id = q.integer();
    q.finish();
    return id.ok() ? *id : 0;
}

EntryDraft randomDraft(const Household& h, QRandomGenerator& random, const QString& payee)
{
    EntryDraft d;
    const bool bob = random.bounded(4) == 0;
    const RowId aliceCategories[] = {h.food, h.fun, h.rent};
    const RowId accounts[] = {0, h.checking, h.savings, h.visa};
    d.personId = bob ? h.bob : h.alice;
    d.categoryId = bob ? h.tools : aliceCategories[random.bounded(3)];
    d.accountId = accounts[random.bounded(4)];
    d.amount = 1 + random.bounded(qint64(30000));
    d.income = random.bounded(6) == 0;
    d.date = QDate(2026, 1, 1).addDays(random.bounded(365));
    d.payee = payee;
    return d;
}

// One random action; the same generator on the same budget makes the same one.
Outcome randomAction(Database& db, const Household& h, QRandomGenerator& random, int index)
{
    const RowId aliceCategories[] = {h.food, h.fun, h.rent};
    const RowId accounts[] = {h.checking, h.savings, h.visa};
    const int roll = random.bounded(100);
    if (roll < 24) {
        EntryDraft d = randomDraft(h, random, QStringLiteral("Shop %1").arg(index));
        return outcome(d.income ? QStringLiteral("income") : QStringLiteral("expense"),
                       entries::add(db, d));
    }
    if (roll < 36) {
        BudgetTransfer t;
        t.personId = h.alice;
        t.fromCategoryId = aliceCategories[random.bounded(3)];
        t.toCategoryId = aliceCategories[random.bounded(3)]; // the same one is refused
        t.amount = 1 + random.bounded(qint64(60000));
        t.month = Month{2026, 1 + random.bounded(12)};
        t.allowOverspend = random.bounded(2) == 0;
        return outcome(QStringLiteral("budget transfer"), transfers::moveBudget(db, t));
    }
    if (roll < 48) {
        AccountTransfer t;
        t.fromAccountId = accounts[random.bounded(3)];
        t.toAccountId = accounts[random.bounded(3)];
        t.amount = 1 + random.bounded(qint64(80000)); // below zero is refused but for Visa
        t.date = QDate(2026, 1, 1).addDays(random.bounded(365));
        t.memo = QStringLiteral("transfer %1").arg(index);
        return outcome(QStringLiteral("account transfer"), transfers::betweenAccounts(db, t));
    }
    if (roll < 56) {
        NewSplit s;
        s.personId = h.alice;
        s.accountId = random.bounded(2) ? h.checking : 0;
        s.date = QDate(2026, 1, 1).addDays(random.bounded(365));
        s.income = random.bounded(5) == 0;
        s.payee = QStringLiteral("Split %1").arg(index);
        const int parts = 2 + random.bounded(2);
        for (int i = 0; i < parts; ++i) {
            const MinorUnits amount = 1 + random.bounded(qint64(20000));
            s.parts.append(SplitPart{aliceCategories[i], amount, QString()});
            s.total += amount;
        }
        return outcome(QStringLiteral("split"), splits::add(db, s));
    }
    if (roll < 66) {
        // Merges a category of Alice's made by an earlier action into one of hers; without one,
        // makes one.
        const RowId extra = newestId(db,
                                     QStringLiteral("SELECT coalesce(max(id), 0) FROM category "
                                                    "WHERE person_id = ? AND id > %1")
                                         .arg(h.tools),
                                     h.alice);
        if (extra == 0) {
            return outcome(QStringLiteral("add category"),
                           household::addCategory(
                               db, h.alice,
                               QStringLiteral("Extra %1-%2").arg(index).arg(random.bounded(100000)),
                               random.bounded(qint64(20000))));
        }
        const Status merged =
            categories::merge(db, h.alice, extra, aliceCategories[random.bounded(3)]);
        return {QStringLiteral("merge"), merged.ok()};
    }
    if (roll < 71) {
        QVector<EntryDraft> drafts;
        for (int i = 0; i < 50; ++i)
            drafts << randomDraft(h, random, QStringLiteral("Bulk %1 row %2").arg(index).arg(i));
        return outcome(QStringLiteral("bulk create of 50"),
                       bulk::create(db, drafts, BulkMode::AllOrNothing));
    }
    if (roll < 83)
        return outcome(QStringLiteral("undo"), history::undo(db));
    if (roll < 93)
        return outcome(QStringLiteral("redo"), history::redo(db));
    const RowId newest = newestId(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM entry"));
    const RowId entry =
        newest <= 0
            ? 0
            : newestId(db,
                       QStringLiteral("SELECT coalesce(min(id), 0) FROM entry WHERE id >= ? "
                                      "AND (kind IN ('expense', 'income', 'split') OR "
                                      "(kind = 'transfer' AND link_id IS NULL))"),
                       1 + random.bounded(newest));
    const Status removed = entries::remove(db, entry);
    return {QStringLiteral("delete entry"), removed.ok()};
}

void setAutoCheckpoint(Database& db, int pages)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages)))
        qFatal("could not set wal_autocheckpoint");
}

void removeFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

const char* modeName(FaultyVfs::PowerLoss mode)
{
    switch (mode) {
    case FaultyVfs::PowerLoss::Lost:
        return "lost";
    case FaultyVfs::PowerLoss::Partial:
        return "partly written";
    case FaultyVfs::PowerLoss::Torn:
        return "torn";
    }
    return "?";
}

struct Stats
{
    int rounds = 0;
    int actions = 0;          ///< Actions performed before the power went off (or completed).
    int succeeded = 0;        ///< Of them, the ones that returned success.
    int betweenActions = 0;   ///< Power losses between two actions.
    int midAction = 0;        ///< Power losses in the middle of an action.
    int midReturnedOk = 0;    ///< Of them: the action had committed (its sync done) and succeeded.
    int midFoundBefore = 0;   ///< Failed actions found not done after the power loss.
    int midFoundAfter = 0;    ///< Failed actions found done (the commit reached the disk, its
                              ///< sync did not return).
    int withCheckpoints = 0;  ///< Rounds with a small wal_autocheckpoint.
    int unsynced = 0;         ///< Unsynced writes at the power losses.
    int undone = 0;           ///< Of them, taken back.
    int torn = 0;             ///< Of them, torn.
    int modes[3] = {0, 0, 0}; ///< Power losses by FaultyVfs::PowerLoss.
};

} // namespace

class TestPowerLoss : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;
    Household m_h;

    // The dry run's view of the round.
    struct DryRun
    {
        QString initial;
        QVector<bool> ok;
        QVector<QString> after; ///< The dump after each action (the one before when it failed).
        int operations = 0;     ///< Writes, truncations and syncs of the whole run.
    };

    std::unique_ptr<Database> openCopy(const QString& path, int checkpointPages)
    {
        removeFiles(path);
        if (!QFile::copy(m_base, path))
            qFatal("could not copy the base budget");
        auto db = Database::open(path);
        if (!db.ok())
            qFatal("could not open the copy: %s", qPrintable(db.error().message));
        if (checkpointPages > 0)
            setAutoCheckpoint(*db.value(), checkpointPages);
        return std::move(db).value();
    }

    void runRound(quint32 seed, const QString& where, Stats& stats)
    {
        QRandomGenerator plan(seed);
        const int count = 1 + plan.bounded(20);
        // Half of the rounds checkpoint every few pages, so that power losses also strike
        // checkpoints (the app's default, 1000 pages, is rarely reached in a round).
        const int checkpointPages = plan.bounded(2) == 0 ? 1 + plan.bounded(24) : 0;
        const auto mode = static_cast<FaultyVfs::PowerLoss>(plan.bounded(3));
        const bool midAction = plan.bounded(10) < 8;
        const quint32 actionSeed = plan.generate();
        const quint32 lossSeed = plan.generate();

        // The dry run.
        DryRun dry;
        const QString dryPath = m_dir.filePath(QStringLiteral("dry.allot"));
        {
            auto db = openCopy(dryPath, checkpointPages);
            FaultyVfs::startJournaling();
            dry.initial = stableDump(*db);
            QRandomGenerator random(actionSeed);
            for (int i = 0; i < count; ++i) {
                const Outcome done = randomAction(*db, m_h, random, i);
                dry.ok << done.ok;
                dry.after << stableDump(*db);
            }
            dry.operations = FaultyVfs::diskOperations();
            FaultyVfs::stopJournaling();
        }
        removeFiles(dryPath);

        // Where the power goes off: at a write or sync of the round, or after an action.
        const bool strikeAtOperation = midAction && dry.operations > 0;
        const int strikeAt = strikeAtOperation ? 1 + plan.bounded(dry.operations) : 0;
        const int strikeAfter = strikeAtOperation ? -1 : plan.bounded(count + 1);

        const QString path = m_dir.filePath(QStringLiteral("round.allot"));
        auto db = openCopy(path, checkpointPages);
        FaultyVfs::startJournaling();
        FaultyVfs::armPowerLoss(strikeAt);
        QString lastSaved = stableDump(*db);
        QVERIFY2(lastSaved == dry.initial, qPrintable(where));
        QRandomGenerator random(actionSeed);
        int struckIn = -1;
        Outcome interrupted;
        QStringList done;
        for (int i = 0; i < count; ++i) {
            if (i == strikeAfter)
                break;
            const Outcome o = randomAction(*db, m_h, random, i);
            ++stats.actions;
            if (FaultyVfs::poweredOff()) {
                struckIn = i;
                interrupted = o;
                stats.succeeded += o.ok ? 1 : 0;
                done << QStringLiteral("%1 (%2, power off)")
                            .arg(o.what, o.ok ? QStringLiteral("ok") : QStringLiteral("failed"));
                break;
            }
            done << QStringLiteral("%1 (%2)").arg(o.what, o.ok ? QStringLiteral("ok")
                                                               : QStringLiteral("refused"));
            // Until the power goes off, the round does what the dry run did.
            QVERIFY2(o.ok == dry.ok[i], qPrintable(where + QStringLiteral(": not reproducible")));
            const QString now = stableDump(*db);
            QVERIFY2(now == dry.after[i],
                     qPrintable(where + QStringLiteral(": not reproducible: ") +
                                firstDifference(now, dry.after[i])));
            if (o.ok) {
                ++stats.succeeded;
                lastSaved = now;
            }
        }
        if (!FaultyVfs::poweredOff())
            FaultyVfs::powerOff();
        // Closing cannot checkpoint or delete anything: every I/O call fails now.
        db.reset();
        const auto report = FaultyVfs::simulatePowerLoss(mode, lossSeed);

        const QString context =
            QStringLiteral("%1: %2 actions, wal_autocheckpoint %3, power off %4, unsynced writes "
                           "%5 (%6 undone, %7 torn, %8); actions: %9")
                .arg(where)
                .arg(count)
                .arg(checkpointPages ? QString::number(checkpointPages) : QStringLiteral("1000"))
                .arg(struckIn >= 0 ? QStringLiteral("in action %1 at disk operation %2")
                                         .arg(struckIn + 1)
                                         .arg(strikeAt)
                     : strikeAt > 0 ? QStringLiteral("after the last action")
                                    : QStringLiteral("after action %1").arg(done.size()))
                .arg(report.unsynced)
                .arg(report.undone)
                .arg(report.torn)
                .arg(QString::fromLatin1(modeName(mode)))
                .arg(done.join(QStringLiteral(", ")));

        auto reopened = Database::open(path);
        QVERIFY2(reopened.ok(),
                 qPrintable(context + QStringLiteral("\nreopening failed: ") +
                            (reopened.ok() ? QString()
                                           : reopened.error().message + QStringLiteral(" [") +
                                                 reopened.error().detail + QLatin1Char(']'))));
        Database& after = *reopened.value();
        {
            QSqlQuery q(after.connection());
            QVERIFY2(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next(),
                     qPrintable(context));
            QVERIFY2(q.value(0).toString() == QLatin1String("ok"),
                     qPrintable(context + QStringLiteral("\nintegrity_check: ") +
                                q.value(0).toString()));
        }
        auto problems = checkBudget(after);
        QVERIFY2(problems.ok(), qPrintable(context));
        QVERIFY2(problems->isEmpty(),
                 qPrintable(context + QLatin1Char('\n') + problems->join(QLatin1Char('\n'))));
        const QString found = stableDump(after);

        ++stats.rounds;
        ++stats.modes[static_cast<int>(mode)];
        stats.withCheckpoints += checkpointPages ? 1 : 0;
        stats.unsynced += report.unsynced;
        stats.undone += report.undone;
        stats.torn += report.torn;
        if (struckIn < 0) {
            ++stats.betweenActions;
            QVERIFY2(found == lastSaved,
                     qPrintable(context +
                                QStringLiteral("\nnot the state after the last saved "
                                               "action: ") +
                                firstDifference(found, lastSaved)));
            return;
        }
        ++stats.midAction;
        const QString& afterInterrupted = dry.after[struckIn];
        if (interrupted.ok) {
            // It returned success: its commit was synced before the power went off.
            ++stats.midReturnedOk;
            QVERIFY2(found == afterInterrupted,
                     qPrintable(context +
                                QStringLiteral("\nan action that returned success was "
                                               "lost: ") +
                                firstDifference(found, afterInterrupted)));
            return;
        }
        if (found == lastSaved) {
            ++stats.midFoundBefore;
            return;
        }
        QVERIFY2(found == afterInterrupted,
                 qPrintable(context +
                            QStringLiteral("\nneither the state before the interrupted "
                                           "action (") +
                            firstDifference(found, lastSaved) +
                            QStringLiteral(") nor the one after it (") +
                            firstDifference(found, afterInterrupted) + QLatin1Char(')')));
        ++stats.midFoundAfter;
    }

private slots:
    void initTestCase()
    {
        FaultyVfs::install();
        m_base = m_dir.filePath(QStringLiteral("base.allot"));
        TestBudget b;
        m_h = Household{b.alice, b.bob,      b.food,    b.fun, b.rent,
                        b.tools, b.checking, b.savings, b.visa};
        for (int i = 0; i < 30; ++i)
            addExpense(b.db(), b.alice, i % 2 ? b.food : b.rent, 1000 + i, b.checking,
                       QDate(2026, 11, 1 + i % 28));
        b.close(); // checkpointed: the file alone is the budget
        QVERIFY(QFile::copy(b.path(), m_base));
    }

    void everySavedActionSurvivesAPowerLoss()
    {
        const int rounds = qEnvironmentVariableIsSet("ALLOT_POWERLOSS_ROUNDS")
                               ? qEnvironmentVariableIntValue("ALLOT_POWERLOSS_ROUNDS")
                               : 120;
        const quint32 testSeed = qEnvironmentVariableIsSet("ALLOT_POWERLOSS_SEED")
                                     ? quint32(qEnvironmentVariableIntValue("ALLOT_POWERLOSS_SEED"))
                                     : QRandomGenerator::global()->generate() % 1000000u;
        const int only = qEnvironmentVariableIsSet("ALLOT_POWERLOSS_ROUND")
                             ? qEnvironmentVariableIntValue("ALLOT_POWERLOSS_ROUND")
                             : -1;
        qInfo("ALLOT_POWERLOSS_SEED=%u ALLOT_POWERLOSS_ROUNDS=%d", testSeed, rounds);
        Stats stats;
        QElapsedTimer timer;
        timer.start();
        for (int r = 0; r < rounds; ++r) {
            if (only >= 0 && r != only)
                continue;
            const QString where = QStringLiteral("ALLOT_POWERLOSS_SEED=%1 ALLOT_POWERLOSS_ROUND=%2")
                                      .arg(testSeed)
                                      .arg(r);
            runRound(testSeed * 1000u + quint32(r), where, stats);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d rounds in %lld ms: %d actions (%d succeeded); %d power losses, %d between two "
              "actions and %d in the middle of one (%d after its commit was synced, so it "
              "returned success; of the others, %d found not done and %d found done); %d rounds "
              "with checkpoints every few pages; unsynced writes at the power losses: %d, %d of "
              "them lost, %d torn; modes: %d lost, %d partly written, %d torn",
              stats.rounds, static_cast<long long>(timer.elapsed()), stats.actions, stats.succeeded,
              stats.rounds, stats.betweenActions, stats.midAction, stats.midReturnedOk,
              stats.midFoundBefore, stats.midFoundAfter, stats.withCheckpoints, stats.unsynced,
              stats.undone, stats.torn, stats.modes[0], stats.modes[1], stats.modes[2]);
        QVERIFY(stats.rounds > 0);
    }

    // The app closing when the power goes off: the last connection's close checkpoints the WAL
    // into the file (the file grows), then deletes the WAL. The power goes off at each disk
    // operation of that close in turn, and the writes not synced are lost, partly written or
    // torn: every saved action must be there and the file must open.
    void aPowerLossWhileClosingLosesNothing()
    {
        const QString snapshot = m_dir.filePath(QStringLiteral("snapshot.allot"));
        QString expected;
        {
            // Two bulk creates in the WAL, and the files as the disk has them (all synced)
            // before closing checkpoints them.
            const QString prepared = m_dir.filePath(QStringLiteral("prepared.allot"));
            auto db = openCopy(prepared, 0);
            QRandomGenerator random(1);
            for (int b = 0; b < 2; ++b) {
                QVector<EntryDraft> drafts;
                for (int i = 0; i < 50; ++i)
                    drafts << randomDraft(m_h, random,
                                          QStringLiteral("Bulk %1 row %2").arg(b).arg(i));
                ALLOT_VERIFY_OK(bulk::create(*db, drafts, BulkMode::AllOrNothing));
            }
            expected = stableDump(*db);
            removeFiles(snapshot);
            for (const char* suffix : {"", "-wal"})
                QVERIFY(QFile::copy(prepared + QString::fromLatin1(suffix),
                                    snapshot + QString::fromLatin1(suffix)));
            db.reset();
            removeFiles(prepared);
        }
        const QString path = m_dir.filePath(QStringLiteral("closing.allot"));
        const auto openSnapshot = [&] {
            removeFiles(path);
            for (const char* suffix : {"", "-wal"}) {
                if (!QFile::copy(snapshot + QString::fromLatin1(suffix),
                                 path + QString::fromLatin1(suffix)))
                    qFatal("could not copy the snapshot");
            }
            auto db = Database::open(path);
            if (!db.ok())
                qFatal("could not open the snapshot: %s", qPrintable(db.error().message));
            return std::move(db).value();
        };
        int operations = 0;
        {
            auto db = openSnapshot();
            FaultyVfs::startJournaling();
            db.reset();
            operations = FaultyVfs::diskOperations();
            FaultyVfs::stopJournaling();
        }
        QVERIFY2(operations > 2, "closing checkpoints the WAL");

        const QList<QPair<FaultyVfs::PowerLoss, quint32>> losses{{FaultyVfs::PowerLoss::Lost, 0},
                                                                 {FaultyVfs::PowerLoss::Partial, 1},
                                                                 {FaultyVfs::PowerLoss::Partial, 2},
                                                                 {FaultyVfs::PowerLoss::Torn, 3},
                                                                 {FaultyVfs::PowerLoss::Torn, 4}};
        int simulated = 0;
        int unsynced = 0;
        for (int at = 1; at <= operations; ++at) {
            for (const auto& [mode, seed] : losses) {
                auto db = openSnapshot();
                FaultyVfs::startJournaling();
                FaultyVfs::armPowerLoss(at);
                db.reset();
                QVERIFY(FaultyVfs::poweredOff());
                const auto report = FaultyVfs::simulatePowerLoss(mode, quint32(at) * 10u + seed);
                ++simulated;
                unsynced += report.unsynced;
                const QString context =
                    QStringLiteral(
                        "power off at disk operation %1 of %2 of closing, unsynced writes "
                        "%3 (%4 undone, %5 torn, %6, seed %7)")
                        .arg(at)
                        .arg(operations)
                        .arg(report.unsynced)
                        .arg(report.undone)
                        .arg(report.torn)
                        .arg(QString::fromLatin1(modeName(mode)))
                        .arg(quint32(at) * 10u + seed);
                auto reopened = Database::open(path);
                QVERIFY2(reopened.ok(),
                         qPrintable(context + QStringLiteral("\nreopening failed: ") +
                                    (reopened.ok() ? QString() : reopened.error().message)));
                auto problems = checkBudget(*reopened.value());
                QVERIFY2(problems.ok(), qPrintable(context));
                QVERIFY2(problems->isEmpty(), qPrintable(context + QLatin1Char('\n') +
                                                         problems->join(QLatin1Char('\n'))));
                const QString found = stableDump(*reopened.value());
                QVERIFY2(found == expected, qPrintable(context + QStringLiteral("\n") +
                                                       firstDifference(found, expected)));
            }
        }
        qInfo("closing: power lost at each of its %d disk operations, %d power losses (%d "
              "unsynced writes); every time the file opened with everything saved",
              operations, simulated, unsynced);
    }
};

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
