#pragma once

#include "core/BudgetTypes.h"
#include "core/Result.h"

namespace allot {

class Database;

enum class BulkMode {
    AllOrNothing, ///< One bad row refuses the whole batch; nothing is written.
    SkipInvalid,  ///< Each row in its own savepoint; bad rows are reported and left out.
};

/// \brief A row that was left out, with its 1-based number in the batch and why.
struct BulkRejection
{
    int row = 0;
    QString reason;
};

struct BulkReport
{
    QVector<RowId> createdIds;
    QVector<BulkRejection> rejected;
};

namespace bulk {

/// True for a row's own fault (a refusal, something missing, a constraint), which skip-invalid
/// leaves out; any other failure (busy, disk, time limit) ends the whole batch.
bool isRowProblem(const Error& error);

/// Creates many expenses and incomes as one action (one undo step). Failures of the database
/// itself (busy, disk, time limit) roll back everything in either mode.
Result<BulkReport> create(Database& db, const QVector<EntryDraft>& drafts, BulkMode mode,
                          const QString& label = {});

} // namespace bulk
} // namespace allot
