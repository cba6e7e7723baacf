#include "actions/BudgetQueries.h"

#include "actions/Lookup.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QHash>

namespace allot::queries {

Result<QVector<Person>> people(Database& db)
{
    SqlStatement q(db.engine(), QStringLiteral("SELECT id, name FROM person ORDER BY name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Person> out;
    while (q.next())
        out.append(Person{q.integerAt(0), q.textAt(1)});
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    return out;
}

Result<QVector<Account>> accounts(Database& db)
{
    SqlStatement q(db.engine(),
                   QStringLiteral("SELECT a.id, a.name, a.kind, a.opening_balance, "
                                  "a.opening_balance + COALESCE((SELECT SUM(e.amount) FROM entry e "
                                  "WHERE e.account_id = a.id), 0) FROM account a ORDER BY a.name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Account> out;
    while (q.next()) {
        out.append(Account{q.integerAt(0), q.textAt(1),
                           accountKindFromName(q.textAt(2)).value_or(AccountKind::Checking),
                           q.integerAt(3), q.integerAt(4)});
    }
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    return out;
}

Result<QVector<Category>> categories(Database& db, RowId personId)
{
    SqlStatement q(db.engine(),
                   QStringLiteral("SELECT id, person_id, name, monthly_budget FROM category "
                                  "WHERE person_id = ? ORDER BY name"));
    if (Status s = q.bind(personId).exec(); !s)
        return s.error();
    QVector<Category> out;
    while (q.next())
        out.append(Category{q.integerAt(0), q.integerAt(1), q.textAt(2), q.integerAt(3)});
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    return out;
}

Result<QVector<Envelope>> monthSummary(Database& db, RowId personId, const Month& month)
{
    SqlStatement q(
        db.engine(),
        QStringLiteral("SELECT c.id, c.name, c.monthly_budget, "
                       "COALESCE((SELECT SUM(e.amount) FROM entry e WHERE e.category_id = c.id "
                       "AND e.date >= ? AND e.date < ?), 0), "
                       "COALESCE((SELECT SUM(m.amount) FROM budget_move m "
                       "WHERE m.category_id = c.id AND m.month = ?), 0) "
                       "FROM category c WHERE c.person_id = ? ORDER BY c.name"));
    q.bindText(month.firstDay().toString(Qt::ISODate));
    q.bindText(month.endText());
    q.bindText(month.toString()).bind(personId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Envelope> out;
    while (q.next()) {
        Envelope e;
        e.categoryId = q.integerAt(0);
        e.name = q.textAt(1);
        e.budget = q.integerAt(2);
        e.spent = -q.integerAt(3);
        e.moved = q.integerAt(4);
        e.available = e.budget + e.moved - e.spent;
        out.append(e);
    }
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    return out;
}

Result<QVector<Entry>> entries(Database& db, RowId personId, std::optional<Month> month,
                               RowId categoryId)
{
    if (!month)
        return entriesBetween(db, personId, std::nullopt, std::nullopt, categoryId);
    return entriesBetween(db, personId, month->firstDay(), month->lastDay(), categoryId);
}

Result<QVector<Entry>> entriesBetween(Database& db, RowId personId, std::optional<QDate> from,
                                      std::optional<QDate> to, RowId categoryId)
{
    QString sql = lookup::entrySelect() + QStringLiteral("WHERE e.person_id = ? ");
    if (categoryId != 0)
        sql += QStringLiteral("AND e.category_id = ? ");
    if (from)
        sql += QStringLiteral("AND e.date >= ? ");
    if (to)
        sql += QStringLiteral("AND e.date <= ? ");
    sql += QStringLiteral("ORDER BY e.date, e.id");
    SqlStatement q(db.engine(), sql);
    q.bind(personId);
    if (categoryId != 0)
        q.bind(categoryId);
    if (from)
        q.bindText(from->toString(Qt::ISODate));
    if (to)
        q.bindText(to->toString(Qt::ISODate));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Entry> all;
    while (q.next())
        all.append(lookup::readEntry(q));
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    if (categoryId != 0)
        return all;
    // Without a category filter, parts are shown under their split.
    QVector<Entry> top;
    QHash<RowId, int> splitIndex;
    for (const Entry& e : all) {
        if (e.kind == EntryKind::Part)
            continue;
        if (e.kind == EntryKind::Split)
            splitIndex.insert(e.id, int(top.size()));
        top.append(e);
    }
    for (const Entry& e : all) {
        if (e.kind == EntryKind::Part && splitIndex.contains(e.parentId))
            top[splitIndex.value(e.parentId)].parts.append(e);
    }
    return top;
}

} // namespace allot::queries
