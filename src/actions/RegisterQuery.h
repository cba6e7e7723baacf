#pragma once

#include "core/BudgetTypes.h"
#include "core/Month.h"
#include "core/Result.h"

#include <QVariant>
#include <optional>

namespace allot {

class Database;

/// \brief The columns the register can be sorted by.
enum class RegisterSort { Date, Account, Payee, Category, Amount, Memo };

/// \brief Which entries the register shows: a person's entries (and the household's account
/// transfers) for a month, optionally only those in a category or matching a search text.
struct RegisterFilter
{
    RowId personId = 0;
    std::optional<Month> month;
    RowId categoryId = 0; ///< Entries in the category, and splits with a part in it.
    QString search;       ///< Matches payee or memo, case-insensitively.
    RegisterSort sort = RegisterSort::Date;
    bool descending = false;
};

/// \brief Where a page starts: the sort value and id of the row before it.
struct RegisterKey
{
    QVariant value;
    RowId id = 0;
};

/// \brief Reads the register a page at a time with keyset queries over (sort value, id), so
/// that no query stays open between pages and a page costs the same anywhere in a million rows.
class RegisterQuery
{
public:
    RegisterQuery(Database& db, RegisterFilter filter);

    const RegisterFilter& filter() const { return m_filter; }

    Result<int> count();
    /// Up to \a limit top-level rows after \a after (from the start when none).
    Result<QVector<Entry>> page(const std::optional<RegisterKey>& after, int limit);
    /// The key of the row at \a offset (0-based), to start a page anywhere without reading
    /// the rows before it. Given the register's \a count, a row in the second half is found
    /// from the end, so that jumping to the last rows costs as little as to the first.
    Result<RegisterKey> keyAt(int offset, int count = -1);
    /// The key a following page starts after.
    RegisterKey keyOf(const Entry& entry) const;
    /// The 0-based row at which the top-level entry \a id is shown; none when the filter does
    /// not show it (another month, another person, a search it does not match).
    Result<std::optional<int>> rowOf(RowId id);
    /// The parts of a split, in order.
    Result<QVector<Entry>> parts(RowId splitId);

private:
    // The register is the person's rows and the household's (account transfers): two branches,
    // each served in order by the (person, date, id) index, merged by a UNION ALL.
    QString branchWhere(bool household) const;
    QString sortExpression() const;
    void bindBranch(class SqlStatement& q, bool household) const;

    Database& m_db;
    RegisterFilter m_filter;
};

} // namespace allot
