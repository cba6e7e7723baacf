#pragma once

#include "core/Result.h"

#include <QStringList>

namespace allot {

class Database;

/// \brief The database engine's integrity check plus the budget's own invariants: account
/// transfers and budget moves come in pairs that cancel out, split parts add up to their split,
/// nothing is orphaned, categories and entries agree on their person; no value Allot would never
/// write (amounts beyond its largest, days that do not exist); no schema object of another
/// program; every undo step can be undone (tried, then rolled back). An empty list means sound.
Result<QStringList> checkBudget(Database& db);

} // namespace allot
