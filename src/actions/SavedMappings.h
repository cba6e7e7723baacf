#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace allot {

class Database;
struct ActionContext;

/// \brief CSV column mappings saved under a name (one per bank), kept in the budget file.
namespace mappings {

/// Saves (or replaces) a mapping under \a name; one undoable action.
Status save(Database& db, const QString& name, const QJsonObject& mapping);
/// save() as part of another action (an import that saves the mapping it used).
Status saveIn(ActionContext& ctx, const QString& name, const QJsonObject& mapping);
Result<QJsonObject> load(Database& db, const QString& name);
Result<QStringList> names(Database& db);

} // namespace mappings
} // namespace allot
