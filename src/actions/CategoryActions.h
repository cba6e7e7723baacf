#pragma once

#include "core/BudgetTypes.h"
#include "core/Result.h"

namespace allot {

class Database;

/// \brief What a merge would move, for the dialog that asks before it does.
struct MergePreview
{
    int entries = 0;
    int budgetMoves = 0;
    MinorUnits monthlyBudget = 0;
};

namespace categories {

Result<MergePreview> previewMerge(Database& db, RowId fromCategoryId);

/// Moves every entry, budget move and the monthly budget of \a fromId into \a toId (both the
/// person's), then deletes \a fromId once nothing refers to it any more.
Status merge(Database& db, RowId personId, RowId fromId, RowId toId);

/// Deletes a category. Refused while entries or budget moves use it, unless \a moveToId names
/// another of the person's categories to move them to (its budget is not moved).
Status remove(Database& db, RowId categoryId, RowId moveToId = 0);

} // namespace categories
} // namespace allot
