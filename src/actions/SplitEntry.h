#pragma once

#include "core/BudgetTypes.h"
#include "core/Result.h"

namespace allot {

class Database;

/// \brief One category's share of a split.
struct SplitPart
{
    RowId categoryId = 0;
    MinorUnits amount = 0; ///< Above zero; the split's kind decides the sign.
    QString memo;
};

/// \brief A new expense (or income) spread over two or more categories.
struct NewSplit
{
    RowId personId = 0;
    RowId accountId = 0;
    QDate date;
    MinorUnits total = 0; ///< Above zero; the parts must add up to it exactly.
    bool income = false;
    QString payee;
    QString memo;
    QVector<SplitPart> parts;
};

namespace splits {

/// Checks the parts against the total: two or more, each above zero, adding up exactly.
Status checkParts(MinorUnits total, const QVector<SplitPart>& parts);

/// Saves the split and all of its parts, or nothing. Returns the split's id.
Result<RowId> add(Database& db, const NewSplit& split);
/// Turns an existing expense or income (or split, whose parts are replaced) into a split.
Status splitExisting(Database& db, RowId entryId, const QVector<SplitPart>& parts);

} // namespace splits
} // namespace allot
