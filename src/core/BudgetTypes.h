#pragma once

#include "core/Money.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace allot {

/// Row ids as the database gives them; 0 means "none".
using RowId = qint64;

/// \brief A member of the household; categories and entries belong to a person.
struct Person
{
    RowId id = 0;
    QString name;
};

enum class AccountKind { Checking, Savings, Cash, Credit };

QString accountKindName(AccountKind kind);
std::optional<AccountKind> accountKindFromName(const QString& name);
/// Checking, savings and cash accounts may not go below zero through a transfer.
inline bool mayGoNegative(AccountKind kind)
{
    return kind == AccountKind::Credit;
}

/// \brief A household account with its opening balance and its current balance.
struct Account
{
    RowId id = 0;
    QString name;
    AccountKind kind = AccountKind::Checking;
    MinorUnits openingBalance = 0;
    MinorUnits balance = 0; ///< Opening balance plus every entry in the account.
};

/// \brief A person's envelope: a category with a monthly budget.
struct Category
{
    RowId id = 0;
    RowId personId = 0;
    QString name;
    MinorUnits monthlyBudget = 0;
};

enum class EntryKind {
    Expense,  ///< Money out, negative amount, one category.
    Income,   ///< Money in, positive amount, one category.
    Transfer, ///< One side of a transfer between two accounts; no category.
    Split,    ///< An expense or income whose categories are in its parts.
    Part,     ///< One category's share of a split; belongs to the split row.
};

QString entryKindName(EntryKind kind);
std::optional<EntryKind> entryKindFromName(const QString& name);

/// \brief One row of the register.
struct Entry
{
    RowId id = 0;
    EntryKind kind = EntryKind::Expense;
    RowId personId = 0;
    RowId accountId = 0;
    QString accountName;
    RowId categoryId = 0;
    QString categoryName;
    RowId parentId = 0; ///< The split this part belongs to.
    RowId linkId = 0;   ///< The other side of an account transfer.
    QDate date;
    MinorUnits amount = 0; ///< Negative for money out.
    QString payee;
    QString memo;
    QVector<Entry> parts; ///< Filled for splits by the queries that list entries.
};

/// \brief What the user types for a new expense or income, before it is checked.
struct EntryDraft
{
    RowId personId = 0;
    RowId categoryId = 0;
    RowId accountId = 0; ///< 0: no account.
    QDate date;
    MinorUnits amount = 0; ///< Above zero; the kind decides the sign.
    bool income = false;
    QString payee;
    QString memo;
    QString importKey; ///< Set by imports: what makes a second import of the same row a duplicate.
    bool allowBelowZero =
        false; ///< Confirmed: may take a checking, savings or cash account below 0.
};

/// \brief A person's category for one month, as the envelope view shows it.
struct Envelope
{
    RowId categoryId = 0;
    QString name;
    MinorUnits budget = 0;
    MinorUnits spent = 0;     ///< Money out minus money in, for the month.
    MinorUnits moved = 0;     ///< Budget moved in minus budget moved out.
    MinorUnits available = 0; ///< budget + moved - spent.
};

} // namespace allot
