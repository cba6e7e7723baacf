#pragma once

#include "core/BudgetTypes.h"
#include "core/Error.h"
#include "core/Result.h"

#include <optional>

namespace allot {

class TransactionEngine;
struct AccountTransfer;
struct EntryChanges;

/// \brief An action that would take an account that cannot owe (checking, savings, cash) below
/// zero. One rule for expenses, edits, new splits and account transfers: the action is refused
/// unless the person confirmed it (the window asks; the CLI takes --below-zero). Credit cards
/// may go below zero; imports record what the bank says and are not asked.
struct BelowZero
{
    Account account;
    MinorUnits after = 0; ///< The balance the action would leave.
};

namespace belowzero {

/// What money out of \a delta (negative) does to \a account.
std::optional<BelowZero> check(const Account& account, MinorUnits delta);
/// For a new expense or income (and a new split: \a draft.amount is its total).
Result<std::optional<BelowZero>> afterAdd(TransactionEngine& engine, const EntryDraft& draft);
/// For an edit of entry \a entryId.
Result<std::optional<BelowZero>> afterEdit(TransactionEngine& engine, RowId entryId,
                                           const EntryChanges& changes);
/// For an account transfer.
Result<std::optional<BelowZero>> afterTransfer(TransactionEngine& engine,
                                               const AccountTransfer& transfer);

/// The account in words: "the checking account Checking", "the credit card Visa".
QString accountText(const Account& account);
/// Why it is asked, the refusal's reason: "the checking account Checking has only 20.00; this
/// would take it below zero, to -30.00".
QString describe(const BelowZero& below);
/// The refusal of an action that was not confirmed; isRefusal() recognises it.
Error refusal(const BelowZero& below);
bool isRefusal(const Error& error);

} // namespace belowzero
} // namespace allot
