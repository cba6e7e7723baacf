#pragma once

#include "core/BudgetTypes.h"
#include "core/Month.h"
#include "core/Result.h"

#include <optional>

namespace allot {

class Database;

/// \brief Reads for views and the CLI. Each reads its rows and finishes its statement, so
/// no read transaction is left open.
namespace queries {

Result<QVector<Person>> people(Database& db);
Result<QVector<Account>> accounts(Database& db);
Result<QVector<Category>> categories(Database& db, RowId personId);
/// The person's envelopes for a month, by category name.
Result<QVector<Envelope>> monthSummary(Database& db, RowId personId, const Month& month);
/// The person's entries, oldest first; splits carry their parts. With a category, only the
/// entries and parts in it.
Result<QVector<Entry>> entries(Database& db, RowId personId, std::optional<Month> month,
                               RowId categoryId = 0);
/// The same for a range of days (both ends included; either may be open).
Result<QVector<Entry>> entriesBetween(Database& db, RowId personId, std::optional<QDate> from,
                                      std::optional<QDate> to, RowId categoryId = 0);

} // namespace queries
} // namespace allot
