#pragma once

#include "core/Result.h"

#include <QJsonValue>
#include <QPair>
#include <QString>
#include <QVariant>
#include <QVector>

#include <memory>

namespace allot {

class SqlStatement;
class TransactionEngine;

using ColumnValues = QVector<QPair<QString, QVariant>>;

/// \brief Writes rows for an action and remembers what it takes to undo them.
///
/// Each change is kept as the state to swap back in: for a row, its whole image (or "absent");
/// for a column rewritten across many rows (a merge), the row ids and the old and new value;
/// for rows inserted one after another with consecutive ids (an import), only the id range,
/// whose images are read when it is first undone. Undo swaps the changes back in reverse order,
/// redo swaps them in again in order, so both pass through exactly the states the action did. Table
/// and column names are constants of the actions, never user input; every value is bound.
class ChangeRecorder
{
public:
    explicit ChangeRecorder(TransactionEngine& engine) : m_engine(engine) {}

    Result<qint64> insert(const QString& table, const ColumnValues& values);

    /// \brief Inserts row after row into one table through one prepared statement, recorded
    /// like insert() (an import's rows: no column list and no SQL text built per row).
    class Inserter
    {
    public:
        Inserter(ChangeRecorder& recorder, const QString& table, const QStringList& columns);
        ~Inserter();
        Inserter(const Inserter&) = delete;
        Inserter& operator=(const Inserter&) = delete;

        /// The statement to bind the next row's values on, in the order of the columns.
        SqlStatement& row() { return *m_statement; }
        /// Inserts the bound row and returns its id.
        Result<qint64> insert();

    private:
        ChangeRecorder& m_recorder;
        QString m_table;
        std::unique_ptr<SqlStatement> m_statement;
    };

    Status update(const QString& table, qint64 id, const ColumnValues& values);
    Status remove(const QString& table, qint64 id);
    /// UPDATE table SET column = to WHERE column = from, remembering which rows changed.
    Result<int> reassign(const QString& table, const QString& column, qint64 from, qint64 to);

    /// A point to return to when a savepoint is rolled back (see BulkCreate).
    struct Mark
    {
        int changes = 0;
        qint64 lastRowId = 0; ///< Where the last change's id range ended.
    };
    Mark mark() const;
    void rewind(const Mark& mark);
    bool isEmpty() const { return m_changes.isEmpty(); }

    /// Writes the action's log entry and its changes, and drops the redo history.
    Result<qint64> writeLog(const QString& label);

    /// Undoes (or with \a redo, redoes) one logged action; both run inside the caller's
    /// transaction.
    static Status replay(TransactionEngine& engine, qint64 actionId, bool redo);

private:
    /// Remembers that \a id was inserted into \a table.
    void recordInsert(const QString& table, qint64 id);

    struct Change
    {
        bool column = false;
        QString table;
        qint64 rowId = 0;
        qint64 lastRowId = 0; ///< Row changes: the range rowId..lastRowId (inserts only).
        QString columnName;
        QJsonValue image; ///< Row: its image or null. Column: [from, to].
        QVector<qint64> rowIds;
    };

    TransactionEngine& m_engine;
    QVector<Change> m_changes;
};

} // namespace allot
