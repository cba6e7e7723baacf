#include "storage/TransactionEngine.h"

#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace allot {

TransactionEngine::TransactionEngine(QSqlDatabase connection, const SqlDialect& dialect)
    : m_db(std::move(connection)), m_dialect(dialect)
{
    m_interruptCheck = [this] {
        return m_depth > 0 && (m_deadline.hasExpired() || cancelRequested());
    };
    m_keepWaiting = [this] {
        if (m_waiting && !m_toldWaiting && m_beginWait.elapsed() >= 1000) {
            m_toldWaiting = true;
            m_waiting();
        }
        return !cancelRequested();
    };
}

TransactionEngine::~TransactionEngine()
{
    // Before the connection closes: SQLite refuses to close a handle with live statements.
    m_statements.clear();
    if (m_db.isOpen())
        m_dialect.setInterruptCheck(m_db, nullptr);
}

bool TransactionEngine::inTransaction() const
{
    return m_dialect.inTransaction(m_db);
}

int TransactionEngine::addCommitListener(std::function<void()> listener)
{
    const int id = m_nextListenerId++;
    m_listeners.emplace_back(id, std::move(listener));
    return id;
}

void TransactionEngine::removeCommitListener(int id)
{
    m_listeners.erase(std::remove_if(m_listeners.begin(), m_listeners.end(),
                                     [id](const auto& l) { return l.first == id; }),
                      m_listeners.end());
}

void TransactionEngine::failStatement(int n)
{
    m_failAt = std::max(0, n);
    m_faultFired = false;
}

Status TransactionEngine::beforeStatement(const QString& sql)
{
    if (m_depth == 0)
        return {};
    // SQLite rolls the whole transaction back by itself on some errors (I/O, disk full);
    // statements after that would run outside any transaction and be saved one by one.
    if (m_broken || !m_dialect.inTransaction(m_db))
        return Error{ErrorKind::Storage,
                     QCoreApplication::translate(
                         "allot", "the database stopped the action after an error and undid it"),
                     QStringLiteral("no transaction is open any more before: %1").arg(sql), 0};
    ++m_statementCount;
    if (m_failAt > 0 && m_statementCount == m_failAt) {
        m_failAt = 0;
        m_faultFired = true;
        return Error{
            ErrorKind::Injected,
            QCoreApplication::translate("allot", "a fault was injected by a test"),
            QStringLiteral("injected fault at statement %1: %2").arg(m_statementCount).arg(sql), 0};
    }
    if (m_deadline.hasExpired())
        return timeLimitError();
    if (cancelRequested())
        return cancelledError();
    return {};
}

bool TransactionEngine::cancelRequested()
{
    if (m_cancelled)
        return true;
    if (!m_keepGoing || (m_sinceAsked.isValid() && m_sinceAsked.elapsed() < 30))
        return false;
    m_sinceAsked.restart();
    m_cancelled = !m_keepGoing();
    return m_cancelled;
}

Error TransactionEngine::cancelledError() const
{
    return Error{
        ErrorKind::Cancelled, QCoreApplication::translate("allot", "it was cancelled"), {}, 0};
}

Error TransactionEngine::classify(const QSqlError& error, const QString& sql) const
{
    return classify(m_dialect.classify(error, m_db, sql));
}

Result<std::unique_ptr<PreparedStatement>> TransactionEngine::takeStatement(const QString& sql)
{
    if (auto kept = m_statements.find(sql); kept != m_statements.end()) {
        std::unique_ptr<PreparedStatement> statement = std::move(kept->second);
        m_statements.erase(kept);
        return Result<std::unique_ptr<PreparedStatement>>(std::move(statement));
    }
    auto prepared = m_dialect.prepare(m_db, sql);
    if (!prepared)
        return classify(prepared.error());
    return prepared;
}

void TransactionEngine::returnStatement(const QString& sql,
                                        std::unique_ptr<PreparedStatement> statement)
{
    constexpr std::size_t kMaxKept = 256;
    if (!statement)
        return;
    statement->reset();
    statement->clearBindings(); // a kept statement must not hold an import's text
    // Statements whose text is built per call (IN lists, migrations) fill the cache; then it
    // starts again, and the statements in use come back to it.
    if (m_statements.size() >= kMaxKept)
        m_statements.clear();
    m_statements.emplace(sql, std::move(statement));
}

Status TransactionEngine::runControl(const QString& sql)
{
    // BEGIN, COMMIT and savepoints run around every action: kept prepared like any statement.
    auto statement = takeStatement(sql);
    if (!statement)
        return statement.error();
    std::unique_ptr<PreparedStatement> control = std::move(statement).value();
    Status outcome;
    if (control->step() == PreparedStatement::Step::Failed)
        outcome = control->lastError(sql);
    returnStatement(sql, std::move(control));
    return outcome;
}

Error TransactionEngine::classify(Error e) const
{
    if (m_cancelled && e.kind == ErrorKind::TimedOut) {
        Error cancelled = cancelledError();
        cancelled.detail = e.detail;
        return cancelled;
    }
    if (e.kind == ErrorKind::TimedOut || (m_depth > 0 && m_deadline.hasExpired())) {
        Error timeout = timeLimitError();
        timeout.detail = e.detail;
        timeout.nativeCode = e.nativeCode;
        return timeout;
    }
    return e;
}

Error TransactionEngine::timeLimitError() const
{
    const auto ms = m_timeLimit.count();
    const QString limit = ms >= 1000 && ms % 1000 == 0
                              ? QCoreApplication::translate("allot", "%1 s").arg(ms / 1000)
                              : QCoreApplication::translate("allot", "%1 ms").arg(ms);
    return Error{
        ErrorKind::TimedOut,
        QCoreApplication::translate("allot", "it took too long (more than %1) and was stopped")
            .arg(limit),
        {},
        0};
}

Status TransactionEngine::beginLevel(const TransactionLimits& limits)
{
    if (m_depth == 0) {
        m_statementCount = 0;
        m_broken = false;
        if (m_failAt == 0)
            m_faultFired = false;
        m_keepGoing = limits.keepGoing;
        m_cancelled = false;
        m_sinceAsked.invalidate();
        // While BEGIN waits for another writer, a window keeps painting and can cancel, and a
        // command line program says that it waits.
        m_waiting = limits.waiting;
        const bool watchWait = m_keepGoing || m_waiting;
        if (watchWait) {
            m_beginWait.start();
            m_dialect.setBusyWait(m_db, m_busyTimeoutMs, &m_keepWaiting);
        }
        Status begun = runControl(m_dialect.beginWriteSql());
        if (!begun)
            begun = classify(begun.error());
        if (watchWait)
            m_dialect.setBusyWait(m_db, m_busyTimeoutMs, nullptr);
        m_waiting = nullptr;
        if (!begun) {
            const bool cancelled = m_cancelled;
            m_keepGoing = nullptr;
            return cancelled ? Status(cancelledError()) : begun;
        }
        // Before anything is written: the files this connection writes to must still be the
        // budget's (another program may have deleted and recreated them).
        if (Status inPlace = m_dialect.checkFilesInPlace(m_db); !inPlace) {
            (void)runControl(QStringLiteral("ROLLBACK"));
            m_keepGoing = nullptr;
            return inPlace;
        }
        m_timeLimit = limits.timeLimit;
        m_deadline = QDeadlineTimer(limits.timeLimit);
        m_dialect.setInterruptCheck(m_db, &m_interruptCheck);
        m_depth = 1;
        return {};
    }
    const QString sql = QStringLiteral("SAVEPOINT allot_%1").arg(m_depth + 1);
    if (Status s = beforeStatement(sql); !s)
        return s;
    if (Status s = runControl(sql); !s)
        return classify(s.error());
    ++m_depth;
    return {};
}

Status TransactionEngine::commitLevel()
{
    if (m_depth > 1) {
        const QString sql = QStringLiteral("RELEASE allot_%1").arg(m_depth);
        if (Status s = beforeStatement(sql); !s) {
            rollbackLevel();
            return s;
        }
        if (Status s = runControl(sql); !s) {
            rollbackLevel();
            return classify(s.error());
        }
        // Callbacks of a released savepoint now stand or fall with the level around it.
        for (auto& callback : m_afterCommit) {
            if (callback.first == m_depth)
                callback.first = m_depth - 1;
        }
        --m_depth;
        return {};
    }

    if (Status s = beforeStatement(QStringLiteral("COMMIT")); !s) {
        rollbackLevel();
        return s;
    }
    // SQLite also asks the progress handler as COMMIT finishes, after the data is saved: an
    // interrupt then would report a saved action as undone. The deadline and Cancel were
    // asked just above, and a commit's fsync cannot be interrupted anyway.
    m_dialect.setInterruptCheck(m_db, nullptr);
    if (Status s = runControl(QStringLiteral("COMMIT")); !s) {
        // A failed COMMIT leaves the transaction open on SQLite. Its own error, never "too
        // long" because the deadline passed while the disk failed.
        rollbackLevel();
        return s;
    }
    endOutermost();
    auto callbacks = std::move(m_afterCommit);
    m_afterCommit.clear();
    for (auto& [level, callback] : callbacks)
        callback();
    const auto listeners = m_listeners;
    for (const auto& [id, listener] : listeners)
        listener();
    return {};
}

void TransactionEngine::rollbackLevel()
{
    if (m_depth == 0)
        return;
    const int level = m_depth;
    m_afterCommit.erase(std::remove_if(m_afterCommit.begin(), m_afterCommit.end(),
                                       [level](const auto& c) { return c.first >= level; }),
                        m_afterCommit.end());
    if (level > 1) {
        const bool undone = runControl(QStringLiteral("ROLLBACK TO allot_%1").arg(level)).ok() &&
                            runControl(QStringLiteral("RELEASE allot_%1").arg(level)).ok();
        --m_depth;
        // When the savepoint could not be undone (SQLite may already have rolled back the whole
        // transaction), nothing the outer levels do may be committed.
        if (!undone)
            m_broken = true;
        return;
    }
    // SQLite may already have rolled back by itself (after an I/O error); then there is nothing
    // left to roll back and the statement's error says so.
    if (m_dialect.inTransaction(m_db))
        (void)runControl(QStringLiteral("ROLLBACK"));
    if (m_dialect.inTransaction(m_db)) {
        // A ROLLBACK can fail while the disk fails; leave nothing open whatever it takes.
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
    m_afterCommit.clear();
    endOutermost();
}

void TransactionEngine::endOutermost()
{
    m_depth = 0;
    m_keepGoing = nullptr;
    m_dialect.setInterruptCheck(m_db, nullptr);
}

bool TransactionEngine::backoff(int attempt, const TransactionLimits& limits) const
{
    const qint64 base = limits.firstBackoff.count() << std::min(attempt - 1, 6);
    const qint64 capped = std::min<qint64>(base, 1000);
    // Jitter keeps two processes that collided from colliding again in step.
    const qint64 jittered = capped / 2 + QRandomGenerator::global()->bounded(capped / 2 + 1);
    // Sleep in slices, asking keepGoing, so that a window stays responsive and can cancel.
    for (qint64 slept = 0; slept < jittered; slept += 20) {
        if (limits.keepGoing && !limits.keepGoing())
            return false;
        QThread::msleep(static_cast<unsigned long>(std::min<qint64>(20, jittered - slept)));
    }
    return true;
}

Transaction::Transaction(TransactionEngine& engine, const TransactionLimits& limits)
    : m_engine(engine)
{
    if (Status s = m_engine.beginLevel(limits); !s) {
        m_startError = s.error();
        return;
    }
    m_level = m_engine.m_depth;
    m_active = true;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::internal(
            QCoreApplication::translate("allot", "the transaction had already ended"));
    if (m_engine.m_depth != m_level) {
        rollback();
        return Error::internal(
            QCoreApplication::translate("allot", "an inner transaction was left open"),
            QStringLiteral("level %1, depth %2").arg(m_level).arg(m_engine.m_depth));
    }
    if (m_rollbackOnly) {
        rollback();
        return {};
    }
    m_active = false;
    Status s = m_engine.commitLevel();
    m_rolledBack = !s.ok();
    return s;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_rolledBack = true;
    // Inner levels left open by mistake are rolled back with this one.
    while (m_engine.m_depth >= m_level && m_engine.m_depth > 0)
        m_engine.rollbackLevel();
}

void Transaction::afterCommit(std::function<void()> callback)
{
    m_engine.m_afterCommit.emplace_back(m_level, std::move(callback));
}

} // namespace allot
