#pragma once

#include "core/BudgetTypes.h"
#include "core/Month.h"
#include "core/Result.h"

namespace allot {

class SqlStatement;
class TransactionEngine;

/// \brief Reads of single things by name or id, shared by the actions and the queries.
/// Each refuses with NotFound and a message that names what is missing.
namespace lookup {

Result<Person> personByName(TransactionEngine& engine, const QString& name);
Result<Person> personById(TransactionEngine& engine, RowId id);
Result<Account> accountByName(TransactionEngine& engine, const QString& name);
Result<Account> accountById(TransactionEngine& engine, RowId id);
Result<Category> categoryByName(TransactionEngine& engine, RowId personId, const QString& name);
Result<Category> categoryById(TransactionEngine& engine, RowId id);
/// The category, refused unless it belongs to \a person.
Result<Category> categoryOf(TransactionEngine& engine, const Person& person, RowId categoryId);
Result<Entry> entryById(TransactionEngine& engine, RowId id);

/// "SELECT <every column of an Entry> FROM entry e LEFT JOIN account a ... LEFT JOIN category c "
/// (ending in a space): add a WHERE clause and read each row with readEntry().
QString entrySelect();
/// The two halves of entrySelect(): the 13 columns, and " FROM ... " with its joins.
QString entryColumns();
QString entryFrom();
/// The Entry on the current row of a query that starts with entrySelect().
Entry readEntry(const SqlStatement& q);

/// Opening balance plus every entry in the account.
Result<MinorUnits> accountBalance(TransactionEngine& engine, RowId accountId);
/// Budget + moved in - moved out + the month's entries in the category.
Result<MinorUnits> categoryAvailable(TransactionEngine& engine, const Category& category,
                                     const Month& month);

} // namespace lookup
} // namespace allot
