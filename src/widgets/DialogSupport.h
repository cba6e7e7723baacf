#pragma once

#include "core/BudgetTypes.h"

class QComboBox;

namespace allot {

class BudgetSession;

/// Fills a combo box with the person's categories (item data: category id). Returns how many.
int fillCategories(QComboBox& combo, BudgetSession& session, RowId personId, RowId selected = 0);
/// Fills a combo box with the accounts (item data: account id), optionally led by "No account".
int fillAccounts(QComboBox& combo, BudgetSession& session, bool allowNone, RowId selected = 0);
/// The id in the combo box's current item, 0 when none.
RowId selectedId(const QComboBox& combo);

} // namespace allot
