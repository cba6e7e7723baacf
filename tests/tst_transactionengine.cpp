#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqliteDialect.h"
#include "support/TestBudget.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <QFile>

#include <atomic>
#include <chrono>
#include <thread>

#include <sqlite3.h>

using namespace allot;
using namespace allot::test;
using namespace std::chrono_literals;

namespace {

Status insertNote(TransactionEngine& engine, const QString& text)
{
    return SqlStatement(engine, QStringLiteral("INSERT INTO note (text) VALUES (?)"))
        .bindText(text)
        .exec();
}

// A note, then about a minute of work in one statement: what time limits and Cancel stop.
Status writeThenCountForAMinute(TransactionEngine& engine)
{
    ALLOT_TRY(insertNote(engine, QStringLiteral("partial")));
    return SqlStatement(engine, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                               "SELECT i + 1 FROM n WHERE i < 2000000000) "
                                               "SELECT count(*) FROM n"))
        .exec();
}

// The engine's tests write notes, in a table made as one more schema step: the budget's
// schema check counts it as the file's own.
const QVector<Migration>& withNotes()
{
    static const QVector<Migration> steps = [] {
        QVector<Migration> own = SqliteDialect().migrations();
        own.append(Migration{own.last().version + 1,
                             QStringLiteral("notes"),
                             {QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, "
                                             "text TEXT NOT NULL UNIQUE)")}});
        return own;
    }();
    return steps;
}

QStringList notes(Database& db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT text FROM note ORDER BY id"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

sqlite3* handleOf(Database& db)
{
    const QVariant v = db.connection().driver()->handle();
    return *static_cast<sqlite3* const*>(v.constData());
}

int liveStatements(sqlite3* handle)
{
    int n = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s))
        ++n;
    return n;
}

// Holds the write lock on \a path from another thread (its own connection) for \a holdFor.
class LockHolder
{
public:
    LockHolder(const QString& path, std::chrono::milliseconds holdFor)
    {
        m_thread = std::thread([this, path, holdFor] {
            const QString name = QStringLiteral("holder-%1").arg(quintptr(this));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                db.open();
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
                m_locked = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                m_ready = true;
                std::this_thread::sleep_for(holdFor);
                q.exec(QStringLiteral("COMMIT"));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        });
        while (!m_ready)
            std::this_thread::sleep_for(1ms);
    }
    ~LockHolder() { m_thread.join(); }
    bool locked() const { return m_locked; }

private:
    std::thread m_thread;
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_locked{false};
};

} // namespace

class TestTransactionEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBudget> m_budget;
    Database& db() { return m_budget->db(); }
    TransactionEngine& engine() { return m_budget->db().engine(); }

private slots:
    void init() { m_budget = std::make_unique<TestBudget>(false, &withNotes()); }
    void cleanup()
    {
        QVERIFY(!engine().inTransaction());
        QCOMPARE(engine().depth(), 0);
        m_budget.reset();
    }

    void commitsWhenTheBodySucceeds()
    {
        int committed = 0;
        const int listener = engine().addCommitListener([&] { ++committed; });
        auto r = engine().atomic(
            [&](Transaction&) -> Status { return insertNote(engine(), QStringLiteral("a")); });
        ALLOT_VERIFY_OK(r);
        QCOMPARE(notes(db()), QStringList{QStringLiteral("a")});
        QCOMPARE(committed, 1);
        engine().removeCommitListener(listener);
    }

    void rollsBackWhenTheBodyFails()
    {
        int committed = 0;
        engine().addCommitListener([&] { ++committed; });
        const QString before = dump(db());
        auto r = engine().atomic([&](Transaction&) -> Status {
            if (Status s = insertNote(engine(), QStringLiteral("a")); !s)
                return s;
            return insertNote(engine(), QStringLiteral("a")); // UNIQUE violation
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Constraint);
        QCOMPARE(r.error().nativeCode, SQLITE_CONSTRAINT_UNIQUE);
        QCOMPARE(dump(db()), before);
        QCOMPARE(committed, 0);
        QCOMPARE(engine().lastAttempts(), 1); // never retried: retrying cannot fix it
    }

    void aGuardLeftUncommittedRollsBack()
    {
        const QString before = dump(db());
        {
            Transaction tx(engine());
            QVERIFY(tx.isActive());
            ALLOT_VERIFY_OK(insertNote(engine(), QStringLiteral("lost")));
            QVERIFY(engine().inTransaction());
        }
        QVERIFY(!engine().inTransaction());
        QCOMPARE(dump(db()), before);
    }

    void innerSavepointRollbackKeepsTheOuterWork()
    {
        auto r = engine().atomic([&](Transaction&) -> Status {
            if (Status s = insertNote(engine(), QStringLiteral("outer")); !s)
                return s;
            auto inner = engine().atomic([&](Transaction& tx) -> Status {
                if (!tx.isOutermost() && engine().depth() == 2) {
                    if (Status s = insertNote(engine(), QStringLiteral("inner")); !s)
                        return s;
                }
                return Error::refused(QStringLiteral("changed my mind"));
            });
            if (inner.ok() || inner.error().message != QStringLiteral("changed my mind"))
                return Error::internal(QStringLiteral("the inner level did not fail as expected"));
            return insertNote(engine(), QStringLiteral("after"));
        });
        ALLOT_VERIFY_OK(r);
        QCOMPARE(notes(db()), (QStringList{QStringLiteral("outer"), QStringLiteral("after")}));
    }

    void innerSavepointCommitIsUndoneByAnOuterRollback()
    {
        const QString before = dump(db());
        auto r = engine().atomic([&](Transaction&) -> Status {
            auto inner = engine().atomic([&](Transaction&) -> Status {
                return insertNote(engine(), QStringLiteral("inner"));
            });
            if (!inner)
                return inner;
            return Error::refused(QStringLiteral("outer fails"));
        });
        QVERIFY(!r.ok());
        QCOMPARE(dump(db()), before);
    }

    void threeLevelsNest()
    {
        auto r = engine().atomic([&](Transaction&) -> Status {
            ALLOT_TRY(insertNote(engine(), QStringLiteral("1")));
            auto second = engine().atomic([&](Transaction&) -> Status {
                ALLOT_TRY(insertNote(engine(), QStringLiteral("2")));
                auto third = engine().atomic([&](Transaction&) -> Status {
                    ALLOT_TRY(insertNote(engine(), QStringLiteral("3")));
                    return Error::refused(QStringLiteral("no 3"));
                });
                return third.ok() ? Error::internal(QStringLiteral("3 should fail")) : Status();
            });
            return second;
        });
        ALLOT_VERIFY_OK(r);
        QCOMPARE(notes(db()), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }

    void rollbackOnlyEndsWithoutAnError()
    {
        int committed = 0;
        engine().addCommitListener([&] { ++committed; });
        const QString before = dump(db());
        bool rolledBack = false;
        auto r = engine().atomic([&](Transaction& tx) -> Status {
            ALLOT_TRY(insertNote(engine(), QStringLiteral("maybe")));
            tx.setRollbackOnly();
            tx.afterCommit([&] { rolledBack = false; });
            return {};
        });
        ALLOT_VERIFY_OK(r);
        QCOMPARE(dump(db()), before);
        QCOMPARE(committed, 0);
        Q_UNUSED(rolledBack);

        Transaction tx(engine());
        ALLOT_VERIFY_OK(insertNote(engine(), QStringLiteral("maybe")));
        tx.setRollbackOnly();
        ALLOT_VERIFY_OK(tx.commit());
        QVERIFY(tx.rolledBack());
        QCOMPARE(dump(db()), before);
    }

    void rollbackOnlyOnASavepointKeepsTheOuterWork()
    {
        auto r = engine().atomic([&](Transaction&) -> Status {
            ALLOT_TRY(insertNote(engine(), QStringLiteral("kept")));
            auto inner = engine().atomic([&](Transaction& tx) -> Status {
                ALLOT_TRY(insertNote(engine(), QStringLiteral("dropped")));
                tx.setRollbackOnly();
                return {};
            });
            return inner;
        });
        ALLOT_VERIFY_OK(r);
        QCOMPARE(notes(db()), QStringList{QStringLiteral("kept")});
    }

    void afterCommitCallbacksRunOnlyAfterTheOutermostCommit()
    {
        QStringList ran;
        auto r = engine().atomic([&](Transaction& tx) -> Status {
            tx.afterCommit([&] { ran << QStringLiteral("outer"); });
            auto kept = engine().atomic([&](Transaction& inner) -> Status {
                inner.afterCommit([&] { ran << QStringLiteral("inner kept"); });
                return {};
            });
            auto dropped = engine().atomic([&](Transaction& inner) -> Status {
                inner.afterCommit([&] { ran << QStringLiteral("inner dropped"); });
                return Error::refused(QStringLiteral("no"));
            });
            if (!ran.isEmpty())
                return Error::internal(QStringLiteral("a callback ran before the commit"));
            return kept.ok() && !dropped.ok() ? Status()
                                              : Error::internal(QStringLiteral("unexpected"));
        });
        ALLOT_VERIFY_OK(r);
        QCOMPARE(ran, (QStringList{QStringLiteral("outer"), QStringLiteral("inner kept")}));

        ran.clear();
        auto failed = engine().atomic([&](Transaction& tx) -> Status {
            tx.afterCommit([&] { ran << QStringLiteral("never"); });
            return Error::refused(QStringLiteral("no"));
        });
        QVERIFY(!failed.ok());
        QVERIFY(ran.isEmpty());
    }

    void aSlowActionIsStoppedAtItsTimeLimit()
    {
        const QString before = dump(db());
        TransactionLimits limits;
        limits.timeLimit = 150ms;
        QElapsedTimer timer;
        timer.start();
        auto r = engine().atomic(
            [&](Transaction&) -> Status { return writeThenCountForAMinute(engine()); }, limits);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::TimedOut);
        QVERIFY2(r.error().message.contains(QStringLiteral("took too long (more than 150 ms)")),
                 qPrintable(r.error().message));
        QCOMPARE(r.error().nativeCode, SQLITE_INTERRUPT);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(dump(db()), before);
        // The connection still works, and the limit is gone with the transaction.
        ALLOT_VERIFY_OK(engine().atomic(
            [&](Transaction&) -> Status { return insertNote(engine(), QStringLiteral("next")); }));
    }

    void aLimitPassedBetweenStatementsStopsTheNextOne()
    {
        const QString before = dump(db());
        TransactionLimits limits;
        limits.timeLimit = 20ms;
        auto r = engine().atomic(
            [&](Transaction&) -> Status {
                ALLOT_TRY(insertNote(engine(), QStringLiteral("first")));
                QThread::msleep(60);
                return insertNote(engine(), QStringLiteral("second"));
            },
            limits);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::TimedOut);
        QCOMPARE(dump(db()), before);
    }

    void keepGoingCanCancelARunningStatement()
    {
        const QString before = dump(db());
        TransactionLimits limits;
        int asked = 0;
        limits.keepGoing = [&] { return ++asked < 3; };
        auto r = engine().atomic(
            [&](Transaction&) -> Status { return writeThenCountForAMinute(engine()); }, limits);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QCOMPARE(r.error().message, QStringLiteral("it was cancelled"));
        QCOMPARE(asked, 3);
        QCOMPARE(engine().lastAttempts(), 1);
        QCOMPARE(dump(db()), before);
    }

    void keepGoingCanCancelBetweenStatements()
    {
        const QString before = dump(db());
        TransactionLimits limits;
        QElapsedTimer running;
        running.start();
        limits.keepGoing = [&] { return running.elapsed() < 100; };
        auto r = engine().atomic(
            [&](Transaction&) -> Status {
                for (int i = 0;; ++i) {
                    ALLOT_TRY(insertNote(engine(), QString::number(i)));
                    if (i % 100 == 0)
                        QThread::msleep(5);
                }
            },
            limits);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QCOMPARE(dump(db()), before);
        ALLOT_VERIFY_OK(engine().atomic(
            [&](Transaction&) -> Status { return insertNote(engine(), QStringLiteral("after")); }));
    }

    void busyDatabaseIsRetriedUntilTheLockIsReleased()
    {
        OpenOptions options;
        options.busyTimeoutMs = 50;
        options.migrations = &withNotes();
        auto second = Database::open(m_budget->path(), options);
        ALLOT_VERIFY_OK(second);
        Database& other = *second.value();
        LockHolder holder(m_budget->path(), 400ms);
        QVERIFY(holder.locked());
        TransactionLimits limits;
        limits.maxAttempts = 30;
        limits.firstBackoff = 20ms;
        auto r = other.engine().atomic(
            [&](Transaction&) -> Status {
                return insertNote(other.engine(), QStringLiteral("patient"));
            },
            limits);
        ALLOT_VERIFY_OK(r);
        QVERIFY2(other.engine().lastAttempts() > 1,
                 "the lock was held, so the first attempt must have failed");
        QCOMPARE(notes(db()), QStringList{QStringLiteral("patient")});
    }

    void busyDatabaseGivesUpAfterTheLastAttempt()
    {
        OpenOptions options;
        options.busyTimeoutMs = 20;
        options.migrations = &withNotes();
        auto second = Database::open(m_budget->path(), options);
        ALLOT_VERIFY_OK(second);
        Database& other = *second.value();
        const QString before = dump(db());
        LockHolder holder(m_budget->path(), 1500ms);
        QVERIFY(holder.locked());
        TransactionLimits limits;
        limits.maxAttempts = 3;
        limits.firstBackoff = 10ms;
        auto r = other.engine().atomic(
            [&](Transaction&) -> Status { return insertNote(other.engine(), QStringLiteral("x")); },
            limits);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Busy);
        QCOMPARE(r.error().nativeCode & 0xff, SQLITE_BUSY);
        QCOMPARE(other.engine().lastAttempts(), 3);
        QVERIFY(r.error().detail.contains(QStringLiteral("after 3 attempts")));
        QVERIFY(r.error().isDatabaseUnusable());
        QVERIFY(!other.engine().inTransaction());
        QCOMPARE(dump(other), before);
    }

    void waitingForABusyDatabaseCanBeCancelled()
    {
        OpenOptions options;
        options.migrations = &withNotes();
        auto second = Database::open(m_budget->path(), options);
        ALLOT_VERIFY_OK(second);
        Database& other = *second.value();
        LockHolder holder(m_budget->path(), 3000ms);
        QVERIFY(holder.locked());
        QElapsedTimer waited;
        waited.start();
        int asked = 0;
        TransactionLimits limits;
        limits.keepGoing = [&] {
            ++asked;
            return waited.elapsed() < 300;
        };
        auto r = other.engine().atomic(
            [&](Transaction&) -> Status { return insertNote(other.engine(), QStringLiteral("x")); },
            limits);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        // Without the question the attempts would wait the busy timeout six times over.
        QVERIFY2(waited.elapsed() < 1500, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(asked > 3);
        QVERIFY(!other.engine().inTransaction());
    }

    // Why write actions start with BEGIN IMMEDIATE: under WAL a deferred transaction that read
    // before another connection committed cannot write, and no busy timeout helps.
    void aDeferredBeginCannotWriteAfterAConcurrentCommit()
    {
        OpenOptions options;
        options.migrations = &withNotes();
        auto second = Database::open(m_budget->path(), options);
        ALLOT_VERIFY_OK(second);
        QSqlDatabase& a = db().connection();
        QVERIFY(a.transaction()); // deferred BEGIN, as QSqlDatabase::transaction() sends
        {
            QSqlQuery read(a);
            QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM note")));
            QVERIFY(read.next());
        }
        ALLOT_VERIFY_OK(second.value()->engine().atomic([&](Transaction&) -> Status {
            return insertNote(second.value()->engine(), QStringLiteral("theirs"));
        }));
        QSqlQuery write(a);
        QVERIFY(!write.exec(QStringLiteral("INSERT INTO note (text) VALUES ('mine')")));
        QCOMPARE(write.lastError().nativeErrorCode(),
                 QStringLiteral("517")); // SQLITE_BUSY_SNAPSHOT
        QVERIFY(a.rollback());

        // Through the engine the same sequence cannot happen: the second writer waits for us.
        ALLOT_VERIFY_OK(engine().atomic([&](Transaction&) -> Status {
            SqlStatement read(engine(), QStringLiteral("SELECT count(*) FROM note"));
            if (auto n = read.integer(); !n)
                return n.error();
            return insertNote(engine(), QStringLiteral("mine"));
        }));
    }

    void aFailedCommitIsRolledBackAndReported()
    {
        // A deferred foreign key is checked at COMMIT, so COMMIT itself fails.
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")));
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
                                  "REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")));
        const QString before = dump(db());
        int committed = 0;
        engine().addCommitListener([&] { ++committed; });
        auto r = engine().atomic([&](Transaction&) -> Status {
            if (Status s = insertNote(engine(), QStringLiteral("with the orphan")); !s)
                return s;
            return SqlStatement(engine(),
                                QStringLiteral("INSERT INTO child (parent_id) VALUES (42)"))
                .exec();
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Constraint);
        QCOMPARE(r.error().nativeCode, SQLITE_CONSTRAINT_FOREIGNKEY);
        QVERIFY(r.error().detail.contains(QStringLiteral("COMMIT")));
        QVERIFY(!engine().inTransaction());
        QCOMPARE(committed, 0);
        QCOMPARE(dump(db()), before);
        ALLOT_VERIFY_OK(engine().atomic(
            [&](Transaction&) -> Status { return insertNote(engine(), QStringLiteral("next")); }));
    }

    void theFaultHookFailsTheNthStatementIncludingTheCommit()
    {
        const auto body = [&](Transaction&) -> Status {
            for (const char* text : {"one", "two", "three"}) {
                if (Status s = insertNote(engine(), QString::fromLatin1(text)); !s)
                    return s;
            }
            return {};
        };
        int positions = 0;
        ALLOT_FAULT_AT_EVERY_STATEMENT(
            db(), [&] { return engine().atomic(body); }, positions);
        QCOMPARE(positions, 4); // three inserts and the commit
        QCOMPARE(engine().lastStatementCount(), 4);
        QCOMPARE(notes(db()).size(), 3);
    }

    void statementsOutsideATransactionAreNotCounted()
    {
        engine().failStatement(1);
        SqlStatement read(engine(), QStringLiteral("SELECT count(*) FROM note"));
        ALLOT_VERIFY_OK(read.integer());
        QVERIFY(!engine().faultFired());
        engine().failStatement(0);
    }

    void bindsValuesNeverPastesThem()
    {
        const QString hostile = QStringLiteral("x'); DROP TABLE note; --");
        ALLOT_VERIFY_OK(
            engine().atomic([&](Transaction&) -> Status { return insertNote(engine(), hostile); }));
        QCOMPARE(notes(db()), QStringList{hostile});
    }

    void aStatementRunForEveryRowIsPreparedOnce()
    {
        ALLOT_VERIFY_OK(insertNote(engine(), QStringLiteral("first")));
        const int before = liveStatements(handleOf(db()));
        ALLOT_VERIFY_OK(engine().atomic([&](Transaction&) -> Status {
            for (int i = 0; i < 200; ++i) {
                if (Status s = insertNote(engine(), QStringLiteral("note %1").arg(i)); !s)
                    return s;
            }
            return {};
        }));
        QCOMPARE(liveStatements(handleOf(db())), before);
        QCOMPARE(notes(db()).size(), 201);
    }

    void theSameStatementCanRunInsideItself()
    {
        for (const char* text : {"a", "b", "c"})
            ALLOT_VERIFY_OK(insertNote(engine(), QString::fromLatin1(text)));
        const QString sql = QStringLiteral("SELECT text FROM note WHERE id >= ? ORDER BY id");
        SqlStatement outer(engine(), sql);
        ALLOT_VERIFY_OK(outer.bindInteger(1).exec());
        QStringList seen;
        while (outer.next()) {
            SqlStatement inner(engine(), sql);
            ALLOT_VERIFY_OK(inner.bindInteger(3).exec());
            QVERIFY(inner.next());
            seen << outer.textAt(0) + inner.textAt(0);
            ALLOT_VERIFY_OK(inner.finishReading());
        }
        ALLOT_VERIFY_OK(outer.finishReading());
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("ac"), QStringLiteral("bc"), QStringLiteral("cc")}));
    }

    void valuesKeepTheirTypes()
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE value_kinds (a, b, c, d, e, f, g)")));
        const QString text = QStringLiteral("Caf\u00e9 \U0001F600 'quoted' %_");
        const QByteArray bytes("\0\x01\xff", 3);
        SqlStatement insert(engine(),
                            QStringLiteral("INSERT INTO value_kinds VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.bindInteger(std::numeric_limits<qint64>::max())
            .bind(QVariant(0.25))
            .bindText(text)
            .bind(QVariant(bytes))
            .bind(QVariant(QString()))
            .bindText(QString())
            .bindId(0);
        ALLOT_VERIFY_OK(insert.exec());
        QCOMPARE(insert.rowsAffected(), 1);
        SqlStatement read(engine(), QStringLiteral("SELECT a, b, c, d, e, f, g, typeof(e), "
                                                   "typeof(f), typeof(g) FROM value_kinds"));
        ALLOT_VERIFY_OK(read.exec());
        QVERIFY(read.next());
        QCOMPARE(read.value(0), QVariant(std::numeric_limits<qint64>::max()));
        QCOMPARE(read.value(1), QVariant(0.25));
        QCOMPARE(read.value(2), QVariant(text));
        QCOMPARE(read.value(3), QVariant(bytes));
        QVERIFY(!read.value(4).isValid());
        QCOMPARE(read.textAt(7), QStringLiteral("null")); // a null QString is NULL
        QCOMPARE(read.textAt(8), QStringLiteral("text")); // bindText makes it ''
        QCOMPARE(read.textAt(9), QStringLiteral("null")); // id 0 is NULL
        QCOMPARE(read.columnNames().first(), QStringLiteral("a"));
        ALLOT_VERIFY_OK(read.finishReading());
        QVERIFY(!read.value(0).isValid()); // no row any more
    }

    void aReadLeftHalfwayDoesNotHoldTheDatabase()
    {
        ALLOT_VERIFY_OK(engine().atomic([&](Transaction&) -> Status {
            for (int i = 0; i < 500; ++i) {
                if (Status s = insertNote(engine(), QStringLiteral("note %1").arg(i)); !s)
                    return s;
            }
            return {};
        }));
        {
            SqlStatement read(engine(), QStringLiteral("SELECT text FROM note ORDER BY id"));
            ALLOT_VERIFY_OK(read.exec());
            QVERIFY(read.next());
        } // left after one row: the kept statement is reset, so no read transaction stays open
        QSqlQuery checkpoint(db().connection());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(checkpoint.next());
        QCOMPARE(checkpoint.value(0).toInt(), 0); // not blocked
        QCOMPARE(checkpoint.value(1).toInt(), 0); // the WAL is empty: everything was copied
    }

    void aStatementRunsOnlyWithAllItsValuesOfThisRun()
    {
        const QString sql = QStringLiteral("INSERT INTO note (text) VALUES (?)");
        SqlStatement insert(engine(), sql);
        ALLOT_VERIFY_OK(insert.bindText(QStringLiteral("once")).exec());
        // Run again without a value: refused, not run with the value of the run before.
        const Status again = insert.exec();
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Internal);
        // Nor does the next user of the kept statement get it.
        ALLOT_VERIFY_OK(insert.bindText(QStringLiteral("twice")).exec());
        QCOMPARE(notes(db()), (QStringList{QStringLiteral("once"), QStringLiteral("twice")}));
        const Status tooMany = SqlStatement(engine(), sql)
                                   .bindText(QStringLiteral("a"))
                                   .bindText(QStringLiteral("b"))
                                   .exec();
        QVERIFY(!tooMany.ok());
        QCOMPARE(notes(db()).size(), 2);
    }

    void onlyOneStatementRunsAtATime()
    {
        ALLOT_VERIFY_OK(insertNote(engine(), QStringLiteral("kept")));
        SqlStatement both(engine(), QStringLiteral("SELECT 1; DELETE FROM note"));
        const Status ran = both.exec();
        QVERIFY(!ran.ok());
        QVERIFY2(ran.error().message.contains(QStringLiteral("More than one statement")),
                 qPrintable(ran.error().message));
        QCOMPARE(notes(db()), QStringList{QStringLiteral("kept")});
    }

    void aReadChangesNoRows()
    {
        ALLOT_VERIFY_OK(insertNote(engine(), QStringLiteral("one")));
        SqlStatement read(engine(), QStringLiteral("SELECT count(*) FROM note"));
        QCOMPARE(read.integer().value(), 1);
        QCOMPARE(read.rowsAffected(), 0);
    }

    void closingTheDatabaseLeavesNoStatementBehind()
    {
        ALLOT_VERIFY_OK(insertNote(engine(), QStringLiteral("kept")));
        const QString path = db().path();
        m_budget->close();
        // Leaving WAL needs the only connection: a handle kept open by a live statement would
        // make this fail with "database is locked".
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        char* error = nullptr;
        const int rc = sqlite3_exec(raw, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &error);
        const QString message = error ? QString::fromUtf8(error) : QString();
        sqlite3_free(error);
        sqlite3_close(raw);
        QVERIFY2(rc == SQLITE_OK, qPrintable(message));
        m_budget->reopen();
        QSqlQuery create(db().connection());
        QVERIFY(create.exec(QStringLiteral("SELECT count(*) FROM note")));
    }
};

QTEST_GUILESS_MAIN(TestTransactionEngine)
#include "tst_transactionengine.moc"
