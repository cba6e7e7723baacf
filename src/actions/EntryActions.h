#pragma once

#include "core/BudgetTypes.h"
#include "core/Result.h"

#include <optional>

namespace allot {

class Database;

/// \brief The fields of an entry that an edit changes; unset fields stay as they are.
struct EntryChanges
{
    std::optional<QDate> date;
    std::optional<MinorUnits> amount; ///< Above zero; the entry's kind keeps the sign.
    std::optional<RowId> categoryId;
    std::optional<RowId> accountId; ///< 0 removes the account.
    std::optional<QString> payee;
    std::optional<QString> memo;
    bool allowBelowZero = false; ///< Confirmed: may take an account below zero (BelowZero.h).
};

/// \brief Adding, editing and deleting one expense or income.
namespace entries {

/// Checks what can be checked without the database: date, amount, text lengths.
Status checkDraft(const EntryDraft& draft);

Result<RowId> add(Database& db, const EntryDraft& draft);
/// Edits an expense or income. Splits and account transfers allow date, payee and memo only
/// (the date moves with their parts or their other side).
Status edit(Database& db, RowId entryId, const EntryChanges& changes);
/// Deletes an expense or income; a split with its parts; an account transfer with its other side.
Status remove(Database& db, RowId entryId);

} // namespace entries
} // namespace allot
