#pragma once

#include "core/Result.h"

#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace allot {

class PreparedStatement;
class TransactionEngine;

/// \brief One prepared statement with bound values, run through the transaction engine.
///
/// Every statement an action runs goes through here, so the engine can count it (for the
/// fault hook), stop it at the time limit, and turn its failure into an Error. Values are
/// always bound; nothing a user typed is ever part of the SQL text. The prepared statement
/// comes from the engine's cache and goes back to it when this object ends, so a statement
/// run once per row is prepared once.
class SqlStatement
{
public:
    SqlStatement(TransactionEngine& engine, const QString& sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    /// Binds the next value: integers, doubles, text, bytes; an invalid QVariant or a null
    /// QString is NULL; anything else is bound as its text.
    SqlStatement& bind(const QVariant& value);
    SqlStatement& bindInteger(qint64 value);
    /// Binds text; a null QString is bound as '' (bind() would bind NULL).
    SqlStatement& bindText(const QString& text);
    /// Binds a row id; 0 is bound as NULL.
    SqlStatement& bindId(qint64 id);

    /// Runs the statement with the values bound since the last exec().
    Status exec();
    /// Runs it and returns the first column of the first row (invalid QVariant when no row).
    Result<QVariant> scalar();
    /// Runs it and returns the first column of the first row as an integer (0 when no row/NULL).
    Result<qint64> integer();
    /// Runs an INSERT of one row and returns the new row's id.
    Result<qint64> insert();

    /// Steps to the next row. False at the end, and also when stepping failed: call
    /// finishReading() after the loop to tell the two apart.
    bool next();
    /// Ends reading and reports whether every row could be read (an I/O error or a damaged page
    /// while stepping would otherwise look like the end of the rows).
    [[nodiscard]] Status finishReading();
    /// The current row's values (see PreparedStatement::value()).
    QVariant value(int column) const;
    qint64 integerAt(int column) const;
    QString textAt(int column) const;
    /// The result's column names, in order.
    QStringList columnNames() const;
    /// Rows the last exec() of an INSERT, UPDATE or DELETE touched.
    int rowsAffected() const { return m_changes; }
    /// Ends reading so that no read transaction is kept open.
    void finish();

private:
    /// Makes the statement ready to be bound and run again.
    void rewind();

    TransactionEngine& m_engine;
    QString m_sql;
    std::unique_ptr<PreparedStatement> m_statement;
    std::optional<Error> m_prepareError;
    int m_nextBind = 0;
    bool m_running = false;    ///< Stepped since the last reset.
    bool m_pendingRow = false; ///< exec() stepped onto the first row; next() hands it out.
    bool m_onRow = false;      ///< The values of a row can be read.
    int m_changes = 0;
    qint64 m_insertedRowId = 0;
    std::optional<Error> m_stepError;
};

} // namespace allot
