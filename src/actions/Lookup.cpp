#include "actions/Lookup.h"

#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace allot::lookup {

namespace {

const QString kPersonColumns = QStringLiteral("SELECT id, name FROM person ");
const QString kAccountColumns =
    QStringLiteral("SELECT id, name, kind, opening_balance FROM account ");
const QString kCategoryColumns =
    QStringLiteral("SELECT id, person_id, name, monthly_budget FROM category ");

Result<Person> readPerson(SqlStatement& q, const QString& missing)
{
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status readAll = q.finishReading(); !readAll)
            return readAll.error();
        return Error::notFound(missing);
    }
    return Person{q.integerAt(0), q.textAt(1)};
}

Result<Account> readAccount(TransactionEngine& engine, SqlStatement& q, const QString& missing)
{
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status readAll = q.finishReading(); !readAll)
            return readAll.error();
        return Error::notFound(missing);
    }
    Account a{q.integerAt(0), q.textAt(1),
              accountKindFromName(q.textAt(2)).value_or(AccountKind::Checking), q.integerAt(3), 0};
    q.finish();
    auto balance = accountBalance(engine, a.id);
    if (!balance)
        return balance.error();
    a.balance = *balance;
    return a;
}

Result<Category> readCategory(SqlStatement& q, const QString& missing)
{
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status readAll = q.finishReading(); !readAll)
            return readAll.error();
        return Error::notFound(missing);
    }
    return Category{q.integerAt(0), q.integerAt(1), q.textAt(2), q.integerAt(3)};
}

} // namespace

Result<Person> personByName(TransactionEngine& engine, const QString& name)
{
    SqlStatement q(engine, kPersonColumns + QStringLiteral("WHERE name = ?"));
    q.bindText(name.trimmed());
    return readPerson(
        q, QCoreApplication::translate("allot", "there is no person called \"%1\"").arg(name));
}

Result<Person> personById(TransactionEngine& engine, RowId id)
{
    SqlStatement q(engine, kPersonColumns + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    return readPerson(q, QCoreApplication::translate("allot", "person %1 does not exist").arg(id));
}

Result<Account> accountByName(TransactionEngine& engine, const QString& name)
{
    SqlStatement q(engine, kAccountColumns + QStringLiteral("WHERE name = ?"));
    q.bindText(name.trimmed());
    return readAccount(
        engine, q,
        QCoreApplication::translate("allot", "there is no account called \"%1\"").arg(name));
}

Result<Account> accountById(TransactionEngine& engine, RowId id)
{
    SqlStatement q(engine, kAccountColumns + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    return readAccount(engine, q,
                       QCoreApplication::translate("allot", "account %1 does not exist").arg(id));
}

Result<Category> categoryByName(TransactionEngine& engine, RowId personId, const QString& name)
{
    SqlStatement q(engine, kCategoryColumns + QStringLiteral("WHERE person_id = ? AND name = ?"));
    q.bind(personId).bindText(name.trimmed());
    return readCategory(q, QCoreApplication::translate(
                               "allot", "there is no category called \"%1\" for this person")
                               .arg(name));
}

Result<Category> categoryById(TransactionEngine& engine, RowId id)
{
    SqlStatement q(engine, kCategoryColumns + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    return readCategory(q,
                        QCoreApplication::translate("allot", "category %1 does not exist").arg(id));
}

Result<Category> categoryOf(TransactionEngine& engine, const Person& person, RowId categoryId)
{
    auto category = categoryById(engine, categoryId);
    if (!category)
        return category;
    if (category->personId != person.id)
        return Error::refused(
            QCoreApplication::translate("allot", "the category \"%1\" does not belong to %2")
                .arg(category->name, person.name));
    return category;
}

QString entryColumns()
{
    return QStringLiteral("e.id, e.kind, e.person_id, e.account_id, a.name, e.category_id, c.name, "
                          "e.parent_id, e.link_id, e.date, e.amount, e.payee, e.memo");
}

QString entryFrom()
{
    return QStringLiteral(" FROM entry e LEFT JOIN account a ON a.id = e.account_id "
                          "LEFT JOIN category c ON c.id = e.category_id ");
}

QString entrySelect()
{
    return QStringLiteral("SELECT ") + entryColumns() + entryFrom();
}

Entry readEntry(const SqlStatement& q)
{
    Entry e;
    e.id = q.integerAt(0);
    e.kind = entryKindFromName(q.textAt(1)).value_or(EntryKind::Expense);
    e.personId = q.integerAt(2);
    e.accountId = q.integerAt(3);
    e.accountName = q.textAt(4);
    e.categoryId = q.integerAt(5);
    e.categoryName = q.textAt(6);
    e.parentId = q.integerAt(7);
    e.linkId = q.integerAt(8);
    e.date = QDate::fromString(q.textAt(9), Qt::ISODate);
    e.amount = q.integerAt(10);
    e.payee = q.textAt(11);
    e.memo = q.textAt(12);
    return e;
}

Result<Entry> entryById(TransactionEngine& engine, RowId id)
{
    SqlStatement q(engine, entrySelect() + QStringLiteral("WHERE e.id = ?"));
    if (Status s = q.bind(id).exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status readAll = q.finishReading(); !readAll)
            return readAll.error();
        return Error::notFound(
            QCoreApplication::translate("allot", "entry %1 does not exist").arg(id));
    }
    return readEntry(q);
}

Result<MinorUnits> accountBalance(TransactionEngine& engine, RowId accountId)
{
    SqlStatement q(engine,
                   QStringLiteral("SELECT (SELECT opening_balance FROM account WHERE id = ?) "
                                  "+ COALESCE((SELECT SUM(amount) FROM entry "
                                  "WHERE account_id = ?), 0)"));
    return q.bind(accountId).bind(accountId).integer();
}

Result<MinorUnits> categoryAvailable(TransactionEngine& engine, const Category& category,
                                     const Month& month)
{
    SqlStatement q(engine,
                   QStringLiteral("SELECT COALESCE((SELECT SUM(amount) FROM budget_move "
                                  "WHERE category_id = ? AND month = ?), 0) "
                                  "+ COALESCE((SELECT SUM(amount) FROM entry WHERE category_id = ? "
                                  "AND date >= ? AND date < ?), 0)"));
    q.bind(category.id).bindText(month.toString()).bind(category.id);
    q.bindText(month.firstDay().toString(Qt::ISODate));
    q.bindText(month.endText());
    auto flows = q.integer();
    if (!flows)
        return flows;
    return category.monthlyBudget + *flows;
}

} // namespace allot::lookup
