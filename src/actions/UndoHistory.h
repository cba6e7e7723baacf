#pragma once

#include "core/BudgetTypes.h"
#include "core/Result.h"

#include <QDateTime>
#include <optional>

namespace allot {

class Database;

/// \brief One step of the persistent undo log.
struct HistoryStep
{
    RowId id = 0;
    QString label;
    bool undone = false;
    QDateTime at;
};

/// \brief Undo and redo from the action log in the database, so that they survive a restart
/// and work across processes. Each undo or redo is one transaction.
namespace history {

/// Undoes the newest action that is not undone; returns its label.
Result<QString> undo(Database& db);
/// Redoes the oldest undone action; returns its label.
Result<QString> redo(Database& db);
/// The label the next undo / redo would name, if there is one.
Result<std::optional<QString>> nextUndo(Database& db);
Result<std::optional<QString>> nextRedo(Database& db);
/// The log, newest first.
Result<QVector<HistoryStep>> steps(Database& db, int limit = 200);

} // namespace history
} // namespace allot
