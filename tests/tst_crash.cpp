// A worker process doing random actions on one budget file is killed (SIGKILL) at random
// moments, again and again on the same file, so damage would accumulate. After each kill the
// file must open, be sound (integrity check, the budget's invariants, balances), and its undo
// log must hold every action the worker reported as saved, with at most one more that it saved
// but did not get to report.

#include "actions/BudgetCheck.h"
#include "actions/BudgetQueries.h"
#include "support/TestBudget.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace allot;
using namespace allot::test;

namespace {

// The undo log: step id -> undone.
using Log = QMap<RowId, bool>;

QString describe(const Log& log)
{
    QStringList parts;
    for (auto it = log.cbegin(); it != log.cend(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value() ? "undone" : "done");
    // The newest steps are the interesting ones.
    if (parts.size() > 12)
        parts = parts.mid(parts.size() - 12);
    return parts.join(QLatin1Char(' '));
}

// What history::undo / redo / a new action do to the log.
bool undoNewest(Log& log, RowId* id = nullptr)
{
    for (auto it = log.end(); it != log.begin();) {
        --it;
        if (!it.value()) {
            it.value() = true;
            if (id)
                *id = it.key();
            return true;
        }
    }
    return false;
}

bool redoOldest(Log& log, RowId* id = nullptr)
{
    for (auto it = log.begin(); it != log.end(); ++it) {
        if (it.value()) {
            it.value() = false;
            if (id)
                *id = it.key();
            return true;
        }
    }
    return false;
}

void dropRedo(Log& log)
{
    for (auto it = log.begin(); it != log.end();)
        it = it.value() ? log.erase(it) : std::next(it);
}

struct Kill
{
    QStringList lines; ///< Whole lines the worker printed.
    QString err;
};

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    int m_committed = 0, m_undone = 0, m_redone = 0, m_failed = 0;
    int m_silentKills = 0; ///< Killed before it reported anything.
    int m_unreported = 0;  ///< The file held one action more than the worker reported.
    int m_unchanged = 0;   ///< The log was exactly as reported.

    static Log readLog(Database& db)
    {
        Log log;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT id, state FROM action_log")))
            qFatal("cannot read action_log: %s", qPrintable(q.lastError().text()));
        while (q.next())
            log.insert(q.value(0).toLongLong(), q.value(1).toString() == QLatin1String("undone"));
        return log;
    }

    // Applies the worker's report to the expected log, checking each line against it.
    void apply(Log& log, const QString& line)
    {
        const QStringList words = line.split(QLatin1Char(' '));
        QVERIFY2(words.size() >= 2, qPrintable(line));
        if (words[0] == QLatin1String("failed")) {
            ++m_failed;
            return;
        }
        bool ok = false;
        const RowId id = words[1].toLongLong(&ok);
        QVERIFY2(ok, qPrintable(line));
        const QString why =
            QStringLiteral("line \"%1\" does not fit the log %2").arg(line, describe(log));
        if (words[0] == QLatin1String("committed")) {
            ++m_committed;
            dropRedo(log);
            QVERIFY2(log.isEmpty() || id > log.lastKey(), qPrintable(why));
            log.insert(id, false);
        } else if (words[0] == QLatin1String("undone")) {
            ++m_undone;
            RowId expected = 0;
            QVERIFY2(undoNewest(log, &expected) && expected == id, qPrintable(why));
        } else if (words[0] == QLatin1String("redone")) {
            ++m_redone;
            RowId expected = 0;
            QVERIFY2(redoOldest(log, &expected) && expected == id, qPrintable(why));
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected line: ") + line));
        }
    }

    // The file's log must be the reported one, or that one plus one action (saved, then killed
    // before the line was printed).
    void compareLog(const Log& expected, const Log& actual)
    {
        if (actual == expected) {
            ++m_unchanged;
            return;
        }
        Log candidate = expected;
        if (undoNewest(candidate) && actual == candidate) {
            ++m_unreported;
            return;
        }
        candidate = expected;
        if (redoOldest(candidate) && actual == candidate) {
            ++m_unreported;
            return;
        }
        candidate = expected;
        dropRedo(candidate);
        if (!actual.isEmpty() && !actual.last() &&
            (candidate.isEmpty() || actual.lastKey() > candidate.lastKey())) {
            candidate.insert(actual.lastKey(), false);
            if (actual == candidate) {
                ++m_unreported;
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("the undo log does not match what the worker reported:\n"
                                        "reported: %1\nin the file: %2")
                             .arg(describe(expected), describe(actual))));
    }

    // Opens the file after a kill and checks everything; \a log is the expected undo log.
    void checkFile(const QString& path, Log& log)
    {
        auto opened = Database::open(path);
        ALLOT_VERIFY_OK(opened);
        Database& db = **opened;

        QSqlQuery integrity(db.connection());
        QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(integrity.next());
        QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(!integrity.next());
        integrity.finish();

        const auto problems = checkBudget(db);
        ALLOT_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));

        // Each account's balance as the product computes it, against its opening balance plus
        // the sum of its entries, each read with its own SQL.
        const auto accounts = queries::accounts(db);
        ALLOT_VERIFY_OK(accounts);
        QVERIFY(!accounts->isEmpty());
        for (const Account& account : *accounts) {
            QSqlQuery opening(db.connection());
            QVERIFY(opening.prepare(
                QStringLiteral("SELECT opening_balance FROM account WHERE id = ?")));
            opening.addBindValue(account.id);
            QVERIFY(opening.exec() && opening.next());
            QSqlQuery sum(db.connection());
            QVERIFY(sum.prepare(
                QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM entry WHERE account_id = ?")));
            sum.addBindValue(account.id);
            QVERIFY(sum.exec() && sum.next());
            QCOMPARE(account.balance, opening.value(0).toLongLong() + sum.value(0).toLongLong());
        }

        const Log actual = readLog(db);
        compareLog(log, actual);
        if (QTest::currentTestFailed())
            return;
        log = actual;
    }

    // Starts a worker, lets it run for a random moment, kills it and collects what it printed.
    void runAndKill(QRandomGenerator& random, const QString& path, quint32 seed, Kill& kill)
    {
        QProcess worker;
        worker.start(QStringLiteral(ALLOT_WORKER_PATH),
                     {path, QStringLiteral("--seed"), QString::number(seed),
                      QStringLiteral("--ops"), QStringLiteral("100000")});
        QVERIFY2(worker.waitForStarted(10000), qPrintable(worker.errorString()));
        QByteArray out;
        if (random.bounded(2) == 0) {
            // Sometimes first wait until it has saved something.
            QDeadlineTimer deadline(20000);
            while (!out.startsWith("committed ") && !out.contains("\ncommitted ")) {
                QVERIFY2(!deadline.hasExpired() && worker.state() == QProcess::Running,
                         qPrintable(QStringLiteral("the worker saved nothing: %1 %2")
                                        .arg(QString::fromUtf8(out),
                                             QString::fromUtf8(worker.readAllStandardError()))));
                worker.waitForReadyRead(50);
                out += worker.readAllStandardOutput();
            }
        }
        QThread::msleep(5 + random.bounded(76u));
        QVERIFY2(worker.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the worker ended by itself: %1")
                                .arg(QString::fromUtf8(worker.readAllStandardError()))));
        worker.kill();
        QVERIFY(worker.waitForFinished(10000));
        QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
        out += worker.readAllStandardOutput();
        kill.err = QString::fromUtf8(worker.readAllStandardError());
        // A line without its newline was not finished; the log comparison allows for it.
        const int end = int(out.lastIndexOf('\n'));
        if (end >= 0)
            kill.lines = QString::fromUtf8(out.left(end)).split(QLatin1Char('\n'));
    }

private slots:
    void killedAtRandomMomentsLosesNothing()
    {
        const int kills = qEnvironmentVariableIsSet("ALLOT_CRASH_KILLS")
                              ? qEnvironmentVariableIntValue("ALLOT_CRASH_KILLS")
                              : 200;
        const quint32 testSeed = qEnvironmentVariableIsSet("ALLOT_CRASH_SEED")
                                     ? quint32(qEnvironmentVariableIntValue("ALLOT_CRASH_SEED"))
                                     : QRandomGenerator::global()->generate() % 1000000u;
        qInfo("ALLOT_CRASH_SEED=%u ALLOT_CRASH_KILLS=%d", testSeed, kills);
        QRandomGenerator random(testSeed);

        TestBudget budget;
        const QString path = budget.path();
        Log log = readLog(budget.db());
        budget.close();

        QElapsedTimer timer;
        timer.start();
        for (int k = 0; k < kills; ++k) {
            const quint32 seed = testSeed * 1000u + quint32(k);
            Kill kill;
            runAndKill(random, path, seed, kill);
            if (QTest::currentTestFailed())
                return;
            if (kill.lines.isEmpty())
                ++m_silentKills;
            const int failedBefore = m_failed;
            for (const QString& line : qAsConst(kill.lines)) {
                apply(log, line);
                if (QTest::currentTestFailed()) {
                    qWarning("kill %d (worker --seed %u), stderr:\n%s", k, seed,
                             qPrintable(kill.err));
                    return;
                }
            }
            // One writer alone: undo and redo always fit, so nothing may fail.
            QVERIFY2(m_failed == failedBefore,
                     qPrintable(QStringLiteral("kill %1 (worker --seed %2):\n%3")
                                    .arg(k)
                                    .arg(seed)
                                    .arg(kill.lines.join(QLatin1Char('\n')))));
            checkFile(path, log);
            if (QTest::currentTestFailed()) {
                qWarning(
                    "after kill %d (worker --seed %u); last lines: %s", k, seed,
                    qPrintable(kill.lines.mid(kill.lines.size() - 5).join(QLatin1String(" | "))));
                return;
            }
        }
        qInfo("%d kills in %lld ms: %d committed, %d undone, %d redone, %d failed; %d kills "
              "before anything was reported, %d with one saved action not yet reported, %d "
              "exactly as reported; %lld steps in the undo log",
              kills, timer.elapsed(), m_committed, m_undone, m_redone, m_failed, m_silentKills,
              m_unreported, m_unchanged, qint64(log.size()));
        QVERIFY(m_committed > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
