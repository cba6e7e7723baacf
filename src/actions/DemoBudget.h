#pragma once

#include "core/Result.h"

#include <QDate>

namespace allot {

class Database;

/// \brief Fills an empty budget with a household and a few months of realistic entries, for
/// trying Allot and for screenshots. The same \a today and \a seed give the same budget.
/// Refused when the budget already has people in it.
Status fillDemoBudget(Database& db, const QDate& today, quint32 seed = 2026);

} // namespace allot
