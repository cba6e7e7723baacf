#pragma once

#include "core/Result.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <optional>

namespace allot {

class TransactionEngine;

/// \brief One prepared statement with bound values, run through the transaction engine.
///
/// Every statement an action runs goes through here, so the engine can count it (for the
/// fault hook), stop it at the time limit, and turn its failure into an Error. Values are
/// always bound; nothing a user typed is ever part of the SQL text.
class SqlStatement
{
public:
    SqlStatement(TransactionEngine& engine, const QString& sql);

    SqlStatement& bind(const QVariant& value);
    /// Binds text; a null QString is bound as '' (the driver would bind NULL).
    SqlStatement& bindText(const QString& text);
    /// Binds a row id; 0 is bound as NULL.
    SqlStatement& bindId(qint64 id);

    /// Runs the statement with the values bound since the last exec().
    Status exec();
    /// Runs it and returns the first column of the first row (invalid QVariant when no row).
    Result<QVariant> scalar();
    /// Runs it and returns the first column of the first row as an integer (0 when no row/NULL).
    Result<qint64> integer();

    /// Steps to the next row. False at the end, and also when stepping failed: call
    /// finishReading() after the loop to tell the two apart.
    bool next();
    /// Ends reading and reports whether every row could be read (an I/O error or a damaged page
    /// while stepping would otherwise look like the end of the rows).
    [[nodiscard]] Status finishReading();
    QVariant value(int column) const { return m_query.value(column); }
    qint64 integerAt(int column) const { return m_query.value(column).toLongLong(); }
    QString textAt(int column) const { return m_query.value(column).toString(); }
    QSqlRecord record() const { return m_query.record(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    /// Ends reading so that no read transaction is kept open.
    void finish() { m_query.finish(); }

private:
    TransactionEngine& m_engine;
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    int m_nextBind = 0;
    std::optional<Error> m_stepError;
};

} // namespace allot
