#include "actions/RegisterQuery.h"

#include "actions/Lookup.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace allot {

namespace {

// The joins, for queries that sort by a joined name without reading whole entries.
const QString kFrom = QStringLiteral(" FROM entry e LEFT JOIN account a ON a.id = e.account_id "
                                     "LEFT JOIN category c ON c.id = e.category_id ");

// Escapes LIKE's wildcards so that a search for "50%" finds "50%", not everything.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

RegisterQuery::RegisterQuery(Database& db, RegisterFilter filter)
    : m_db(db), m_filter(std::move(filter))
{
}

QString RegisterQuery::whereClause() const
{
    // Account transfers belong to the household, so every person's register shows them.
    QString where =
        QStringLiteral("WHERE e.parent_id IS NULL AND (e.person_id = ? OR e.person_id IS NULL) ");
    if (m_filter.month)
        where += QStringLiteral("AND e.date >= ? AND e.date < ? ");
    if (m_filter.categoryId != 0)
        where += QStringLiteral("AND (e.category_id = ? OR e.id IN "
                                "(SELECT p.parent_id FROM entry p WHERE p.category_id = ?)) ");
    if (!m_filter.search.trimmed().isEmpty())
        where += QStringLiteral("AND (e.payee LIKE ? ESCAPE '\\' OR e.memo LIKE ? ESCAPE '\\') ");
    return where;
}

void RegisterQuery::bindFilter(SqlStatement& q) const
{
    q.bind(m_filter.personId);
    if (m_filter.month) {
        q.bindText(m_filter.month->firstDay().toString(Qt::ISODate));
        q.bindText(m_filter.month->firstDayOfNext().toString(Qt::ISODate));
    }
    if (m_filter.categoryId != 0)
        q.bind(m_filter.categoryId).bind(m_filter.categoryId);
    if (!m_filter.search.trimmed().isEmpty()) {
        const QString pattern = likePattern(m_filter.search.trimmed());
        q.bindText(pattern).bindText(pattern);
    }
}

QString RegisterQuery::sortExpression() const
{
    switch (m_filter.sort) {
    case RegisterSort::Date:
        return QStringLiteral("e.date");
    case RegisterSort::Account:
        return QStringLiteral("COALESCE(a.name, '')");
    case RegisterSort::Payee:
        return QStringLiteral("e.payee");
    case RegisterSort::Category:
        return QStringLiteral("COALESCE(c.name, '')");
    case RegisterSort::Amount:
        return QStringLiteral("e.amount");
    case RegisterSort::Memo:
        return QStringLiteral("e.memo");
    }
    return QStringLiteral("e.date");
}

Result<int> RegisterQuery::count()
{
    SqlStatement q(m_db.engine(), QStringLiteral("SELECT count(*) FROM entry e ") + whereClause());
    bindFilter(q);
    auto n = q.integer();
    if (!n)
        return n.error();
    return int(*n);
}

Result<QVector<Entry>> RegisterQuery::page(const std::optional<RegisterKey>& after, int limit)
{
    const QString order = m_filter.descending ? QStringLiteral(" DESC") : QString();
    QString sql = lookup::entrySelect() + whereClause();
    if (after)
        sql += QStringLiteral("AND (%1, e.id) %2 (?, ?) ")
                   .arg(sortExpression(),
                        m_filter.descending ? QStringLiteral("<") : QStringLiteral(">"));
    sql += QStringLiteral("ORDER BY %1%2, e.id%2 LIMIT ?").arg(sortExpression(), order);
    SqlStatement q(m_db.engine(), sql);
    bindFilter(q);
    if (after)
        q.bind(after->value).bind(after->id);
    q.bind(limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Entry> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(lookup::readEntry(q));
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    return rows;
}

Result<RegisterKey> RegisterQuery::keyAt(int offset)
{
    const QString order = m_filter.descending ? QStringLiteral(" DESC") : QString();
    SqlStatement q(
        m_db.engine(),
        QStringLiteral("SELECT %1, e.id").arg(sortExpression()) + kFrom + whereClause() +
            QStringLiteral("ORDER BY %1%2, e.id%2 LIMIT 1 OFFSET ?").arg(sortExpression(), order));
    bindFilter(q);
    q.bind(offset);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status readAll = q.finishReading(); !readAll)
            return readAll.error();
        return Error::notFound(
            QCoreApplication::translate("allot", "the register has no row %1").arg(offset + 1));
    }
    RegisterKey key{q.value(0), q.integerAt(1)};
    q.finish();
    return key;
}

RegisterKey RegisterQuery::keyOf(const Entry& e) const
{
    // A null QString would be bound as NULL, and no row compares greater than NULL.
    const auto text = [](const QString& s) {
        return QVariant(s.isNull() ? QStringLiteral("") : s);
    };
    switch (m_filter.sort) {
    case RegisterSort::Date:
        return {text(e.date.toString(Qt::ISODate)), e.id};
    case RegisterSort::Account:
        return {text(e.accountName), e.id};
    case RegisterSort::Payee:
        return {text(e.payee), e.id};
    case RegisterSort::Category:
        return {text(e.categoryName), e.id};
    case RegisterSort::Amount:
        return {QVariant(e.amount), e.id};
    case RegisterSort::Memo:
        return {text(e.memo), e.id};
    }
    return {text(e.date.toString(Qt::ISODate)), e.id};
}

Result<QVector<Entry>> RegisterQuery::parts(RowId splitId)
{
    SqlStatement q(m_db.engine(),
                   lookup::entrySelect() + QStringLiteral("WHERE e.parent_id = ? ORDER BY e.id"));
    if (Status s = q.bind(splitId).exec(); !s)
        return s.error();
    QVector<Entry> rows;
    while (q.next())
        rows.append(lookup::readEntry(q));
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    return rows;
}

} // namespace allot
