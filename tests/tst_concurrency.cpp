// Several worker processes write to one budget file at the same time. Each action must be saved
// whole exactly once: no "database is locked" failures, no lost or doubled transfers.

#include "actions/BudgetCheck.h"
#include "actions/BudgetQueries.h"
#include "support/TestBudget.h"

#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <vector>

using namespace allot;
using namespace allot::test;

namespace {

constexpr int kWorkers = 3;
constexpr int kOpsPerWorker = 1000;
constexpr MinorUnits kOne = 100; // each transfer moves 1.00

QMap<RowId, MinorUnits> balances(Database& db)
{
    QMap<RowId, MinorUnits> out;
    const auto accounts = queries::accounts(db);
    if (!accounts.ok())
        qFatal("cannot read accounts: %s", qPrintable(accounts.error().detail));
    for (const Account& account : *accounts)
        out.insert(account.id, account.balance);
    return out;
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void workersWritingAtOnceLoseNothing()
    {
        TestBudget budget;
        const QString path = budget.path();
        const QMap<RowId, MinorUnits> before = balances(budget.db());
        const qint64 stepsBefore =
            scalar(budget.db(), QStringLiteral("SELECT count(*) FROM action_log"));
        QCOMPARE(scalar(budget.db(), QStringLiteral("SELECT count(*) FROM budget_move")), 0);
        const RowId visa = budget.visa, checking = budget.checking;
        budget.close();

        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int w = 0; w < kWorkers; ++w) {
            auto worker = std::make_unique<QProcess>();
            worker->start(QStringLiteral(ALLOT_WORKER_PATH),
                          {path, QStringLiteral("--seed"), QString::number(7919 * (w + 1)),
                           QStringLiteral("--ops"), QString::number(kOpsPerWorker),
                           QStringLiteral("--only"), QStringLiteral("transfers")});
            workers.push_back(std::move(worker));
        }
        for (const auto& worker : workers)
            QVERIFY2(worker->waitForStarted(10000), qPrintable(worker->errorString()));
        // The event loop reads every worker's output while they run, so no pipe fills up.
        const bool finished = QTest::qWaitFor(
            [&] {
                for (const auto& worker : workers)
                    if (worker->state() != QProcess::NotRunning)
                        return false;
                return true;
            },
            240000);
        if (!finished) {
            for (const auto& worker : workers)
                worker->kill();
            QFAIL("the workers did not finish within four minutes");
        }
        const qint64 elapsed = timer.elapsed();

        int budgetTransfers = 0, accountTransfers = 0;
        QStringList perWorker;
        for (int w = 0; w < kWorkers; ++w) {
            QProcess& worker = *workers[size_t(w)];
            const QString out = QString::fromUtf8(worker.readAllStandardOutput());
            const QString err = QString::fromUtf8(worker.readAllStandardError());
            const QString context = QStringLiteral("worker %1\nstdout (end): %2\nstderr: %3")
                                        .arg(w)
                                        .arg(out.right(2000), err);
            QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
            QVERIFY2(worker.exitCode() == 0, qPrintable(context));
            int budgetCount = 0, accountCount = 0;
            const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString& line : lines) {
                QVERIFY2(!line.startsWith(QLatin1String("failed")), qPrintable(line));
                QVERIFY2(!line.contains(QLatin1String("locked")), qPrintable(line));
                const QStringList words = line.split(QLatin1Char(' '));
                QVERIFY2(words.size() == 3 && words[0] == QLatin1String("committed"),
                         qPrintable(line));
                if (words[2] == QLatin1String("budget-transfer"))
                    ++budgetCount;
                else if (words[2] == QLatin1String("account-transfer"))
                    ++accountCount;
                else
                    QFAIL(qPrintable(QStringLiteral("unexpected line: ") + line));
            }
            // Nothing is refused: overspending is allowed and the source account is a credit one.
            QVERIFY2(budgetCount + accountCount == kOpsPerWorker, qPrintable(context));
            budgetTransfers += budgetCount;
            accountTransfers += accountCount;
            perWorker << QStringLiteral("%1+%2").arg(budgetCount).arg(accountCount);
        }

        auto opened = Database::open(path);
        ALLOT_VERIFY_OK(opened);
        Database& db = **opened;
        {
            QSqlQuery integrity(db.connection());
            QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        }
        const auto problems = checkBudget(db);
        ALLOT_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));

        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM budget_move")),
                 2 * qint64(budgetTransfers));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM budget_move")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM budget_move "
                                           "WHERE amount > 0")),
                 kOne * budgetTransfers);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM entry WHERE kind = 'transfer'")),
                 2 * qint64(accountTransfers));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM action_log WHERE state = 'done'")),
                 stepsBefore + budgetTransfers + accountTransfers);

        const QMap<RowId, MinorUnits> after = balances(db);
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            MinorUnits expected = it.value();
            if (it.key() == visa)
                expected -= kOne * accountTransfers;
            else if (it.key() == checking)
                expected += kOne * accountTransfers;
            QCOMPARE(after.value(it.key()), expected);
        }

        qInfo("%d workers x %d actions in %lld ms: %d budget transfers, %d account transfers "
              "(per worker budget+account: %s), 0 failed",
              kWorkers, kOpsPerWorker, elapsed, budgetTransfers, accountTransfers,
              qPrintable(perWorker.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
