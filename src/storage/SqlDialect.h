#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>

namespace allot {

/// \brief One statement prepared with the engine's own API, run many times.
///
/// QSqlQuery boxes every value in a QVariant and binds text as UTF-16, which costs more than
/// the statements Allot runs; SqlStatement works on this instead. Indexes are 0-based.
class PreparedStatement
{
public:
    enum class Step { Row, Done, Failed };

    virtual ~PreparedStatement() = default;

    /// How many values a run binds.
    virtual int parameterCount() const = 0;
    virtual void bindNull(int index) = 0;
    virtual void bindInteger(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindText(int index, const QString& value) = 0;
    virtual void bindBlob(int index, const QByteArray& value) = 0;
    /// True when a value since the last clearBindings() could not be bound; lastError() says why.
    virtual bool bindFailed() const = 0;

    virtual Step step() = 0;
    /// Ends the current run, and any read it holds open, keeping the bound values.
    virtual void reset() = 0;
    /// Lets go of every bound value (a statement kept for reuse holds none).
    virtual void clearBindings() = 0;
    /// Rows the last run that reached Done inserted, changed or deleted.
    virtual int changes() const = 0;
    /// The id of the row the last run inserted (an engine without such a call appends
    /// RETURNING to INSERTs it prepares).
    virtual qint64 insertedRowId() const = 0;
    /// What made the last step fail.
    virtual Error lastError(const QString& what) const = 0;

    virtual int columnCount() const = 0;
    virtual QString columnName(int column) const = 0;
    /// The current row's value: qint64, double, QString, QByteArray, or an invalid QVariant for
    /// NULL.
    virtual QVariant value(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
};

/// \brief One step of the schema: applied in order, each in its own transaction.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// \brief Everything that differs between database engines, behind one interface.
///
/// The actions speak portable SQL with bound values through SqlStatement; what only one
/// engine understands (pragmas, how to start a write transaction, error codes, the
/// schema's DDL) lives in an implementation of this class. SQLite is the only one today;
/// PostgreSQL will be a second implementation, not a rewrite of the actions.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;

    /// Checks an existing file right after the driver opened it and before anything reads it
    /// through the connection, so that a file which is not ours is reported without being
    /// changed. It reads through the driver's own file handle: opening the file a second time
    /// would drop the locks another connection of this process holds on it. Returns
    /// CannotOpen/Corrupt errors naming the problem.
    virtual Status inspectOpenedFile(QSqlDatabase& db, const QString& path) const = 0;

    /// Connection settings that write nothing (foreign keys, busy timeout).
    virtual Status prepareConnection(QSqlDatabase& db, int busyTimeoutMs) const = 0;
    /// Reads the file's identity; fails with CannotOpen when it is not an Allot database. With
    /// \a setUpIfEmpty a database without any table is version 0, to be set up.
    virtual Result<int> identifySchemaVersion(QSqlDatabase& db, const QString& path,
                                              bool setUpIfEmpty) const = 0;
    /// Settings that may write to the file (journal mode), applied once it is known to be ours.
    virtual Status configureDurability(QSqlDatabase& db) const = 0;

    virtual QVector<Migration> migrations() const = 0;
    /// The statement that records a schema version inside a migration's transaction.
    virtual QString setSchemaVersionSql(int version) const = 0;
    /// The statement that reads the schema version (one integer).
    virtual QString schemaVersionSql() const = 0;

    /// Prepares one statement for the connection.
    virtual Result<std::unique_ptr<PreparedStatement>> prepare(QSqlDatabase& db,
                                                               const QString& sql) const = 0;

    /// Whether the files the connection works on are still the ones at its path. The first
    /// call (when the database has been opened) notes them; later calls compare. A connection
    /// whose files were deleted or replaced by another program must not write: it would write
    /// into a file nobody will read again, or copy stale pages over newer ones on closing.
    /// Fails with Detached.
    virtual Status checkFilesInPlace(QSqlDatabase& db) const = 0;
    /// Called before closing: when the files at the connection's path are another's now
    /// (replaced under it), closing must neither fold its WAL into them nor delete theirs.
    virtual void keepFilesOnClose(QSqlDatabase& db) const = 0;

    /// The statement that starts the outermost write transaction (ended by COMMIT or ROLLBACK).
    virtual QString beginWriteSql() const = 0;
    /// True while the connection is inside a transaction (asks the engine, not Qt).
    virtual bool inTransaction(const QSqlDatabase& db) const = 0;

    /// Installs a check the engine calls every few thousand steps of a running statement;
    /// returning true interrupts it. The caller owns \a check and removes it with nullptr.
    virtual void setInterruptCheck(QSqlDatabase& db, const std::function<bool()>* check) const = 0;

    /// How a statement waits for another writer: up to \a timeoutMs, and, when \a keepWaiting is
    /// given, only while it returns true (so a window can show progress and be cancelled).
    /// The caller owns \a keepWaiting and calls again with nullptr to go back to a plain timeout.
    virtual void setBusyWait(QSqlDatabase& db, int timeoutMs,
                             const std::function<bool()>* keepWaiting) const = 0;

    /// Turns a driver error into an Error with the engine's real code.
    virtual Error classify(const QSqlError& error, const QSqlDatabase& db,
                           const QString& what) const = 0;
    /// The last error the engine itself reports for the connection (for commit/rollback,
    /// whose QSqlError carries no code).
    virtual Error lastEngineError(const QSqlDatabase& db, const QString& what) const = 0;

    /// Writes a complete, consistent copy of the database to \a path (an empty file that exists,
    /// or none). Runs outside any transaction.
    virtual Status backupTo(QSqlDatabase& db, const QString& path) const = 0;

    /// A number that changes whenever another connection commits to the database (SQLite's
    /// data_version), so a window can notice what other processes wrote.
    virtual Result<qint64> outsideChangeCounter(QSqlDatabase& db) const = 0;

    /// A query for every row of \a table in a stable order (for dumps).
    virtual QString selectAllRowsSql(const QString& table) const = 0;
    /// Every table that holds data, in a stable order (for dumps and checks).
    virtual Result<QStringList> dataTables(QSqlDatabase& db) const = 0;
    /// The engine's own consistency check; an empty list when the file is sound.
    virtual Result<QStringList> integrityProblems(QSqlDatabase& db) const = 0;
    /// How the file's tables, indexes, views and triggers differ from those \a steps make for
    /// its version, by kind and name: another program's object (a trigger could change amounts
    /// unseen), or one of Allot's missing. One sentence each, naming the object; empty when the
    /// file holds Allot's objects and no others.
    virtual Result<QStringList> schemaProblems(QSqlDatabase& db,
                                               const QVector<Migration>& steps) const = 0;
};

} // namespace allot
