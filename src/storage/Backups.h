#pragma once

#include "core/Result.h"

#include <QStringList>

namespace allot {

class Database;

/// \brief Copies of a budget file kept beside it: made on demand and before every schema upgrade,
/// the newest few kept, and restored only after they pass a check.
namespace backups {

/// How many backups are kept; the oldest go first.
constexpr int kKept = 5;

/// The folder beside \a databasePath that holds its backups ("budget.allot-backups").
QString folderFor(const QString& databasePath);
/// Writes a backup of the open database and returns its path. Readable by its owner only.
Result<QString> create(Database& db);
/// The backups of a budget file, newest first.
QStringList list(const QString& databasePath);
/// Replaces the budget file with a backup, after checking that the backup is a sound Allot
/// database. Refused (Busy) while any connection, in this process or another, has the budget
/// open: the file is held alone until the new one is in place. Through a symbolic link the
/// file it points to is replaced. Leaves the budget untouched when anything fails.
Status restore(const QString& databasePath, const QString& backupPath);

} // namespace backups
} // namespace allot
