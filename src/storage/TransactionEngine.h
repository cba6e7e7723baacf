#pragma once

#include "core/Result.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSqlDatabase>

#include <chrono>
#include <functional>
#include <memory>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace allot {

class PreparedStatement;
class SqlDialect;
class Transaction;

/// \brief How long one action may run and how often it is tried when the database is busy.
struct TransactionLimits
{
    int maxAttempts = 6; ///< Whole-action attempts while the database stays busy or locked.
    /// Past this an action is interrupted and rolled back.
    std::chrono::milliseconds timeLimit{30000};
    std::chrono::milliseconds firstBackoff{20}; ///< Doubled after each busy attempt, with jitter.
    /// Asked every few tens of milliseconds while the action runs (a window shows progress and
    /// keeps painting here); returning false cancels the action, which is then rolled back.
    std::function<bool()> keepGoing;
    /// Called once per action when its start has waited about a second for another program
    /// that is writing (a command line program says so instead of seeming to hang).
    std::function<void()> waiting;
};

/// \brief The one way Allot writes: transactions, savepoints, time limits, retries, callbacks.
///
/// The outermost level starts with the dialect's write BEGIN (BEGIN IMMEDIATE on SQLite) and
/// ends with QSqlDatabase::commit() or rollback(); inner levels are SAVEPOINTs. A failed commit
/// is turned into a rollback and an Error, so no code path leaves a transaction open.
class TransactionEngine
{
public:
    TransactionEngine(QSqlDatabase connection, const SqlDialect& dialect);
    ~TransactionEngine();
    TransactionEngine(const TransactionEngine&) = delete;
    TransactionEngine& operator=(const TransactionEngine&) = delete;

    /// Runs \a body (callable as Result<T>(Transaction&)) in a transaction and commits it when
    /// the body succeeds; rolls back when it fails. At the outermost level a busy database
    /// retries the whole body with back-off; called inside another transaction it becomes a
    /// savepoint whose failure undoes only its own work.
    template <typename Body>
    auto atomic(Body&& body, const TransactionLimits& limits)
        -> std::invoke_result_t<Body&, Transaction&>;
    /// atomic() with the engine's default limits.
    template <typename Body> auto atomic(Body&& body) -> std::invoke_result_t<Body&, Transaction&>
    {
        return atomic(std::forward<Body>(body), m_defaultLimits);
    }

    const TransactionLimits& defaultLimits() const { return m_defaultLimits; }
    /// How long one statement waits for another writer (the connection's busy timeout).
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }
    void setDefaultLimits(const TransactionLimits& limits) { m_defaultLimits = limits; }

    int depth() const { return m_depth; }
    /// Asks the database engine itself whether a transaction is open on the connection.
    bool inTransaction() const;

    /// Called after every successful outermost commit (views refresh from this).
    int addCommitListener(std::function<void()> listener);
    void removeCommitListener(int id);

    /// Test hook: the \a n-th statement (1-based; the commit counts as the last statement)
    /// of the next outermost transaction fails with an Injected error. 0 disarms.
    void failStatement(int n);
    /// Whether the armed fault fired in the last outermost transaction.
    bool faultFired() const { return m_faultFired; }
    /// Statements (commit included) counted in the last outermost transaction.
    int lastStatementCount() const { return m_statementCount; }
    /// Attempts the last outermost atomic() needed.
    int lastAttempts() const { return m_lastAttempts; }

    /// Called by SqlStatement before each statement: counts it, fires the test fault, and
    /// refuses to start when the time limit has passed.
    Status beforeStatement(const QString& sql);
    /// Turns a driver error into an Error, reporting a time-limit interrupt as TimedOut.
    Error classify(const QSqlError& error, const QString& sql) const;
    /// The same for an error the dialect already turned into an Error.
    Error classify(Error engineError) const;

    /// A prepared statement for \a sql, one kept from an earlier use when one is free (preparing
    /// costs more than running most of Allot's statements). A statement in use is never handed
    /// out twice, so the same SQL may run nested.
    Result<std::unique_ptr<PreparedStatement>> takeStatement(const QString& sql);
    /// Resets \a statement and keeps it for the next takeStatement() of \a sql.
    void returnStatement(const QString& sql, std::unique_ptr<PreparedStatement> statement);

    QSqlDatabase& connection() { return m_db; }
    const SqlDialect& dialect() const { return m_dialect; }

private:
    friend class Transaction;

    /// Runs a statement that controls the transaction (BEGIN, COMMIT, savepoints); its error
    /// is the dialect's, not yet classified.
    Status runControl(const QString& sql);
    Status beginLevel(const TransactionLimits& limits);
    Status commitLevel();
    void rollbackLevel();
    void endOutermost();
    Error timeLimitError() const;
    Error cancelledError() const;
    /// Asks keepGoing, at most every few tens of milliseconds; true once the user cancelled.
    bool cancelRequested();
    /// Waits before the next attempt; false when keepGoing cancelled the wait.
    bool backoff(int attempt, const TransactionLimits& limits) const;

    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
    TransactionLimits m_defaultLimits;
    int m_depth = 0;
    bool m_broken = false; ///< A savepoint could not be rolled back: the action must fail.
    QDeadlineTimer m_deadline;
    std::chrono::milliseconds m_timeLimit{0};
    std::function<bool()> m_interruptCheck;
    std::function<bool()> m_keepGoing;
    std::function<bool()> m_keepWaiting; ///< For the busy wait of BEGIN: asks keepGoing.
    std::function<void()> m_waiting;     ///< TransactionLimits::waiting of the running action.
    QElapsedTimer m_beginWait;
    bool m_toldWaiting = false;
    int m_busyTimeoutMs = 2000;
    QElapsedTimer m_sinceAsked;
    bool m_cancelled = false;
    std::vector<std::pair<int, std::function<void()>>> m_afterCommit;
    std::vector<std::pair<int, std::function<void()>>> m_listeners;
    int m_nextListenerId = 1;
    int m_failAt = 0;
    bool m_faultFired = false;
    int m_statementCount = 0;
    int m_lastAttempts = 0;
    std::unordered_multimap<QString, std::unique_ptr<PreparedStatement>> m_statements;
};

/// \brief A scoped transaction level: the outermost one or a savepoint inside it.
///
/// Rolls back in its destructor unless commit() succeeded, the way KMyMoney's
/// MyMoneyFileTransaction does.
class Transaction
{
public:
    /// Starts a level with the engine's default limits (the limits matter at the outermost).
    explicit Transaction(TransactionEngine& engine) : Transaction(engine, engine.defaultLimits()) {}
    Transaction(TransactionEngine& engine, const TransactionLimits& limits);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// False when the level could not be started; startError() says why.
    bool isActive() const { return m_active; }
    const Error& startError() const { return m_startError; }
    bool isOutermost() const { return m_level == 1; }
    TransactionEngine& engine() { return m_engine; }

    /// Commits this level (RELEASE for a savepoint). When marked rollback-only it rolls back
    /// instead and still succeeds. On failure the level has been rolled back.
    Status commit();
    /// Rolls this level back. Safe to call more than once.
    void rollback();

    /// Marks the level to be rolled back on commit() without reporting an error.
    void setRollbackOnly() { m_rollbackOnly = true; }
    bool isRollbackOnly() const { return m_rollbackOnly; }
    /// True when the level ended in a rollback (an error or rollback-only).
    bool rolledBack() const { return m_rolledBack; }

    /// Runs \a callback after the outermost commit succeeds; dropped if this level or an
    /// outer one rolls back.
    void afterCommit(std::function<void()> callback);

private:
    TransactionEngine& m_engine;
    int m_level = 0;
    bool m_active = false;
    bool m_rollbackOnly = false;
    bool m_rolledBack = false;
    Error m_startError;
};

template <typename Body>
auto TransactionEngine::atomic(Body&& body, const TransactionLimits& limits)
    -> std::invoke_result_t<Body&, Transaction&>
{
    const bool outermost = m_depth == 0;
    const int attempts = outermost ? std::max(1, limits.maxAttempts) : 1;
    if (outermost)
        m_toldWaiting = false;
    for (int attempt = 1;; ++attempt) {
        if (outermost)
            m_lastAttempts = attempt;
        Error failure;
        {
            Transaction tx(*this, limits);
            if (!tx.isActive()) {
                failure = tx.startError();
            } else {
                auto result = body(tx);
                if (!result.ok()) {
                    failure = result.error();
                    tx.rollback();
                } else if (Status committed = tx.commit(); committed.ok()) {
                    return result;
                } else {
                    failure = committed.error();
                }
            }
        }
        if (!outermost || !failure.isRetryable() || attempt >= attempts) {
            if (failure.isRetryable() && outermost)
                failure.detail += QStringLiteral(" (after %1 attempts)").arg(attempt);
            return failure;
        }
        if (!backoff(attempt, limits))
            return cancelledError();
    }
}

} // namespace allot
