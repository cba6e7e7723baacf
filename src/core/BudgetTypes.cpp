#include "core/BudgetTypes.h"

namespace allot {

QString accountKindName(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Checking:
        return QStringLiteral("checking");
    case AccountKind::Savings:
        return QStringLiteral("savings");
    case AccountKind::Cash:
        return QStringLiteral("cash");
    case AccountKind::Credit:
        return QStringLiteral("credit");
    }
    return QStringLiteral("checking");
}

std::optional<AccountKind> accountKindFromName(const QString& name)
{
    for (auto kind :
         {AccountKind::Checking, AccountKind::Savings, AccountKind::Cash, AccountKind::Credit}) {
        if (accountKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString entryKindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Expense:
        return QStringLiteral("expense");
    case EntryKind::Income:
        return QStringLiteral("income");
    case EntryKind::Transfer:
        return QStringLiteral("transfer");
    case EntryKind::Split:
        return QStringLiteral("split");
    case EntryKind::Part:
        return QStringLiteral("part");
    }
    return QStringLiteral("expense");
}

std::optional<EntryKind> entryKindFromName(const QString& name)
{
    for (auto kind : {EntryKind::Expense, EntryKind::Income, EntryKind::Transfer, EntryKind::Split,
                      EntryKind::Part}) {
        if (entryKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace allot
