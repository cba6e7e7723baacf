#pragma once

#include "core/BudgetTypes.h"
#include "core/Month.h"
#include "core/Result.h"

namespace allot {

class Database;

/// \brief Moving budget from one of a person's categories to another for a month.
struct BudgetTransfer
{
    RowId personId = 0;
    RowId fromCategoryId = 0;
    RowId toCategoryId = 0;
    MinorUnits amount = 0;
    Month month;
    bool allowOverspend = false; ///< Move more than the source has available.
};

/// \brief Moving money from one account to another.
struct AccountTransfer
{
    RowId fromAccountId = 0;
    RowId toAccountId = 0;
    MinorUnits amount = 0;
    QDate date;
    QString memo;
    bool allowBelowZero = false; ///< Confirmed: may take the source below zero (BelowZero.h).
};

namespace transfers {

/// Two linked budget moves, minus in the source and plus in the destination. Refused when the
/// source has less available than the amount, unless overspending is allowed. Returns the id of
/// the source's move.
Result<RowId> moveBudget(Database& db, const BudgetTransfer& transfer);

/// Two linked entries, minus in one account and plus in the other. Refused when a checking,
/// savings or cash account would go below zero. Returns the id of the source's entry.
Result<RowId> betweenAccounts(Database& db, const AccountTransfer& transfer);

} // namespace transfers
} // namespace allot
