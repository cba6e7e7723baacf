#pragma once

#include "actions/ActionRunner.h"
#include "core/BudgetTypes.h"

namespace allot::rows {

/// What a draft refers to, once found in the database and checked to belong together.
struct ResolvedDraft
{
    Person person;
    Category category;
    std::optional<Account> account;
};

constexpr int kMaxTextLength = 500;
/// The longest name of a person, account or category.
constexpr int kMaxNameLength = 100;

/// Payee and memo: at most kMaxTextLength characters and no control characters.
Status checkText(const QString& text, const QString& what);
/// Checks inside the transaction that the person, category and account exist and that the
/// category belongs to the person.
Result<ResolvedDraft> resolveDraft(TransactionEngine& engine, const EntryDraft& draft);
/// Inserts an expense or income row for a checked draft.
Result<RowId> insertEntry(ActionContext& ctx, const EntryDraft& draft);
/// Writes the two linked rows of an account transfer: \a amount (signed, as \a accountId sees
/// it) in \a accountId, the opposite in \a otherAccountId, whose row points at the first. Returns
/// the first row's id.
Result<RowId> insertTransferPair(ActionContext& ctx, RowId accountId, RowId otherAccountId,
                                 const QDate& date, MinorUnits amount, const QString& payee,
                                 const QString& memo, const QString& importKey = {});
/// The rows that stand or fall with \a entry: a split's parts, a transfer's other side when it
/// points at this one. Newest first, so that they can be deleted in this order.
Result<QVector<RowId>> relatedRows(TransactionEngine& engine, const Entry& entry);

} // namespace allot::rows
