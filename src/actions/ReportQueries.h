#pragma once

#include "core/BudgetTypes.h"
#include "core/Month.h"
#include "core/Result.h"

namespace allot {

class Database;

/// \brief Reads for the Reports tab. One statement per report, read fully and finished, so no
/// read transaction is left open. "Entries" here are the rows with a category: expenses,
/// incomes and the parts of splits (never the split rows themselves, never account transfers).
namespace reports {

/// \brief What a category cost in a month.
struct CategorySpending
{
    QString category;
    MinorUnits spent = 0; ///< Money out minus money in; always above zero.
};

/// The person's categories that cost money in the month (money out minus money in above zero),
/// split parts counted in their own categories; most spent first, then by name.
Result<QVector<CategorySpending>> spendingByCategory(Database& db, RowId personId,
                                                     const Month& month);

/// \brief A category's budget for a month next to what it cost.
struct BudgetAgainstActual
{
    QString category;
    MinorUnits budget = 0; ///< Monthly budget plus budget moved in minus budget moved out.
    MinorUnits actual = 0; ///< Money out minus money in; negative when more came in.
};

/// Every category of the person, by name, with its budget and its spending for the month.
Result<QVector<BudgetAgainstActual>> budgetAgainstActual(Database& db, RowId personId,
                                                         const Month& month);

/// \brief Money in and money out of one month.
struct MonthFlow
{
    Month month;
    MinorUnits income = 0;   ///< Sum of the positive entries.
    MinorUnits spending = 0; ///< Minus the sum of the negative entries (so above zero).
};

/// The person's income and spending per month, oldest first: exactly \a months items ending
/// with \a last, months without entries filled with zeros. Refused when \a months is below 1.
Result<QVector<MonthFlow>> incomeAgainstSpending(Database& db, RowId personId, const Month& last,
                                                 int months = 12);

} // namespace reports
} // namespace allot
