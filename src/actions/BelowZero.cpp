#include "actions/BelowZero.h"

#include "actions/EntryActions.h"
#include "actions/Lookup.h"
#include "actions/Transfers.h"
#include "core/Money.h"

#include <QCoreApplication>

namespace allot::belowzero {

namespace {

// Recognises the refusal without parsing its (translated) message.
const QString kDetail = QStringLiteral("below zero: not confirmed");

QString tr(const char* text)
{
    return QCoreApplication::translate("allot::belowzero", text);
}

Result<std::optional<BelowZero>> forAccount(TransactionEngine& engine, RowId accountId,
                                            MinorUnits delta)
{
    if (accountId == 0 || delta >= 0)
        return std::optional<BelowZero>();
    auto account = lookup::accountById(engine, accountId);
    if (!account)
        return account.error();
    return check(*account, delta);
}

} // namespace

std::optional<BelowZero> check(const Account& account, MinorUnits delta)
{
    if (delta >= 0 || mayGoNegative(account.kind) || account.balance + delta >= 0)
        return std::nullopt;
    return BelowZero{account, account.balance + delta};
}

Result<std::optional<BelowZero>> afterAdd(TransactionEngine& engine, const EntryDraft& draft)
{
    return forAccount(engine, draft.accountId, draft.income ? draft.amount : -draft.amount);
}

Result<std::optional<BelowZero>> afterEdit(TransactionEngine& engine, RowId entryId,
                                           const EntryChanges& changes)
{
    auto entry = lookup::entryById(engine, entryId);
    if (!entry)
        return entry.error();
    if (entry->kind != EntryKind::Expense && entry->kind != EntryKind::Income)
        return std::optional<BelowZero>(); // their amount and account are not edited
    const RowId account = changes.accountId.value_or(entry->accountId);
    const MinorUnits signedAmount =
        changes.amount ? (entry->kind == EntryKind::Income ? *changes.amount : -*changes.amount)
                       : entry->amount;
    // In the same account only the difference moves; in another, all of it.
    const MinorUnits delta =
        account == entry->accountId ? signedAmount - entry->amount : signedAmount;
    return forAccount(engine, account, delta);
}

Result<std::optional<BelowZero>> afterTransfer(TransactionEngine& engine,
                                               const AccountTransfer& transfer)
{
    return forAccount(engine, transfer.fromAccountId, -transfer.amount);
}

QString accountText(const Account& account)
{
    QString kind;
    switch (account.kind) {
    case AccountKind::Checking:
        kind = tr("the checking account %1");
        break;
    case AccountKind::Savings:
        kind = tr("the savings account %1");
        break;
    case AccountKind::Cash:
        kind = tr("the cash account %1");
        break;
    case AccountKind::Credit:
        kind = tr("the credit card %1");
        break;
    }
    return kind.arg(account.name);
}

QString describe(const BelowZero& below)
{
    return tr("%1 has only %2; this would take it below zero, to %3")
        .arg(accountText(below.account), money::format(below.account.balance),
             money::format(below.after));
}

Error refusal(const BelowZero& below)
{
    Error e = Error::refused(describe(below));
    e.detail = kDetail;
    return e;
}

bool isRefusal(const Error& error)
{
    return error.kind == ErrorKind::Refused && error.detail == kDetail;
}

} // namespace allot::belowzero
