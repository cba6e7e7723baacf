#include "actions/RegisterQuery.h"

#include "actions/Lookup.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace allot {

namespace {

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

QString RegisterQuery::branchWhere(bool household) const
{
    // Account transfers belong to the household, so every person's register shows them.
    QString where = household ? QStringLiteral("WHERE e.parent_id IS NULL AND e.person_id IS NULL ")
                              : QStringLiteral("WHERE e.parent_id IS NULL AND e.person_id = ? ");
    if (m_filter.month)
        where += QStringLiteral("AND e.date >= ? AND e.date < ? ");
    if (m_filter.categoryId != 0)
        where += QStringLiteral("AND (e.category_id = ? OR e.id IN "
                                "(SELECT p.parent_id FROM entry p WHERE p.category_id = ?)) ");
    if (!m_filter.search.trimmed().isEmpty())
        where += QStringLiteral("AND (e.payee LIKE ? ESCAPE '\\' OR e.memo LIKE ? ESCAPE '\\') ");
    return where;
}

void RegisterQuery::bindBranch(SqlStatement& q, bool household) const
{
    if (!household)
        q.bind(m_filter.personId);
    if (m_filter.month) {
        q.bindText(m_filter.month->firstDay().toString(Qt::ISODate));
        q.bindText(m_filter.month->endText());
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
    SqlStatement q(m_db.engine(), QStringLiteral("SELECT (SELECT count(*) FROM entry e ") +
                                      branchWhere(false) +
                                      QStringLiteral(") + (SELECT count(*) FROM entry e ") +
                                      branchWhere(true) + QStringLiteral(")"));
    bindBranch(q, false);
    bindBranch(q, true);
    auto n = q.integer();
    if (!n)
        return n.error();
    return int(*n);
}

Result<QVector<Entry>> RegisterQuery::page(const std::optional<RegisterKey>& after, int limit)
{
    const QString order = m_filter.descending ? QStringLiteral(" DESC") : QString();
    const QString keyset =
        after ? QStringLiteral("AND (%1, e.id) %2 (?, ?) ")
                    .arg(sortExpression(),
                         m_filter.descending ? QStringLiteral("<") : QStringLiteral(">"))
              : QString();
    // The sort key is the 14th column, after the 13 that readEntry() reads.
    const QString columns = QStringLiteral("SELECT ") + lookup::entryColumns() +
                            QStringLiteral(", %1").arg(sortExpression()) + lookup::entryFrom();
    const QString sql = columns + branchWhere(false) + keyset + QStringLiteral("UNION ALL ") +
                        columns + branchWhere(true) + keyset +
                        QStringLiteral("ORDER BY 14%1, 1%1 LIMIT ?").arg(order);
    SqlStatement q(m_db.engine(), sql);
    for (const bool household : {false, true}) {
        bindBranch(q, household);
        if (after)
            q.bind(after->value).bind(after->id);
    }
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

Result<RegisterKey> RegisterQuery::keyAt(int offset, int count)
{
    // OFFSET walks the keys one by one: walk from the nearer end of the index.
    const bool fromEnd = count > 0 && offset < count && offset >= count / 2;
    const bool descending = m_filter.descending != fromEnd;
    const QString order = descending ? QStringLiteral(" DESC") : QString();
    const QString keys =
        QStringLiteral("SELECT %1, e.id").arg(sortExpression()) + lookup::entryFrom();
    SqlStatement q(m_db.engine(),
                   keys + branchWhere(false) + QStringLiteral("UNION ALL ") + keys +
                       branchWhere(true) +
                       QStringLiteral("ORDER BY 1%1, 2%1 LIMIT 1 OFFSET ?").arg(order));
    bindBranch(q, false);
    bindBranch(q, true);
    q.bind(fromEnd ? count - 1 - offset : offset);
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

Result<std::optional<int>> RegisterQuery::rowOf(RowId id)
{
    const QString keys =
        QStringLiteral("SELECT %1, e.id").arg(sortExpression()) + lookup::entryFrom();
    SqlStatement find(m_db.engine(), keys + branchWhere(false) + QStringLiteral("AND e.id = ? ") +
                                         QStringLiteral("UNION ALL ") + keys + branchWhere(true) +
                                         QStringLiteral("AND e.id = ?"));
    for (const bool household : {false, true}) {
        bindBranch(find, household);
        find.bind(id);
    }
    if (Status s = find.exec(); !s)
        return s.error();
    if (!find.next()) {
        if (Status readAll = find.finishReading(); !readAll)
            return readAll.error();
        return std::optional<int>();
    }
    const QVariant value = find.value(0);
    find.finish();
    // The rows before it in the register's order, as page() walks them.
    const QString before =
        QStringLiteral("AND (%1, e.id) %2 (?, ?)")
            .arg(sortExpression(), m_filter.descending ? QStringLiteral(">") : QStringLiteral("<"));
    const QString counted = QStringLiteral("SELECT count(*)") + lookup::entryFrom();
    SqlStatement q(m_db.engine(), QStringLiteral("SELECT (") + counted + branchWhere(false) +
                                      before + QStringLiteral(") + (") + counted +
                                      branchWhere(true) + before + QStringLiteral(")"));
    for (const bool household : {false, true}) {
        bindBranch(q, household);
        q.bind(value).bind(id);
    }
    auto n = q.integer();
    if (!n)
        return n.error();
    return std::optional<int>(int(*n));
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
