#pragma once

#include "core/BudgetTypes.h"

#include "actions/BelowZero.h"

class QComboBox;
class QWidget;

namespace allot {

class BudgetSession;

/// Fills a combo box with the person's categories (item data: category id). Returns how many.
int fillCategories(QComboBox& combo, BudgetSession& session, RowId personId, RowId selected = 0);
/// Fills a combo box with the accounts (item data: account id), optionally led by "No account".
int fillAccounts(QComboBox& combo, BudgetSession& session, bool allowNone, RowId selected = 0);
/// The id in the combo box's current item, 0 when none.
RowId selectedId(const QComboBox& combo);
/// What the person answered to "this takes an account below zero" (BelowZero.h).
enum class BelowZeroAnswer {
    NotAsked, ///< Nothing to ask (or the balance could not be read: the action decides).
    Record,   ///< Record it anyway: run the action with allowBelowZero.
    Cancel,   ///< Record nothing.
};
/// Asks whether to record an action that takes an account below zero, naming the account, what
/// it has and what it would have.
BelowZeroAnswer askBelowZero(const Result<std::optional<BelowZero>>& below, BudgetSession& session,
                             QWidget* parent);

/// Makes a window at least as high as its layout needs at its present width, word-wrapped labels
/// included (Qt sizes a window by its layout's minimum, which counts a wrapped label as one
/// line, and so cut its text short). Call it when such a label's text or the width changes.
void fitHeightToWrappedText(QWidget& window);

} // namespace allot
