#pragma once

#include "core/BudgetTypes.h"
#include "core/Result.h"

namespace allot {

class Database;

/// \brief The household's people, accounts and categories: adding them, and deleting a
/// person with everything that is theirs. Each call is one transaction and one undo step.
namespace household {

Result<RowId> addPerson(Database& db, const QString& name);
/// Deletes the person with all their categories, entries and budget moves.
Status deletePerson(Database& db, RowId personId);

Result<RowId> addAccount(Database& db, const QString& name, AccountKind kind,
                         MinorUnits openingBalance);

Result<RowId> addCategory(Database& db, RowId personId, const QString& name,
                          MinorUnits monthlyBudget);

/// The budget's currency as an ISO 4217 code ("EUR"); the system's when none was chosen.
Result<QString> currency(Database& db);
/// Chooses the budget's currency: three letters A-Z.
Status setCurrency(Database& db, const QString& isoCode);

/// Checks a name typed for a person, account or category; \a what names the thing.
Status checkName(const QString& name, const QString& what);

} // namespace household
} // namespace allot
