#pragma once

#include "core/Result.h"

namespace allot {

class Database;

/// \brief What generate() makes: a household with years of entries, for benchmarks and for
/// trying Allot at scale.
struct GeneratorSettings
{
    int entries = 10000;
    int people = 2;
    int categoriesPerPerson = 12;
    quint32 seed = 1;
};

/// \brief What was written.
struct GeneratedCounts
{
    int entries = 0; ///< Rows in the register (splits count once).
    int splits = 0;
    int budgetTransfers = 0;
    int accountTransfers = 0;
    int months = 0;
};

/// Fills an empty budget with realistic data: several accounts, budgets every month, payees
/// following a long-tailed distribution, budget and account transfers, splits, spread over
/// years of dates. The same settings give the same budget. One undoable action (its rows are
/// logged as id ranges, so it costs little) that ends the redo history like any other. Refused
/// for a budget that has people in it.
Result<GeneratedCounts> generateBudget(Database& db, const GeneratorSettings& settings);

} // namespace allot
