#pragma once

#include "core/Result.h"

#include <QString>

namespace allot {

class Database;

/// \brief A complete, stable text dump of every table: the proof that a failed action
/// changed nothing. Each value is written with its storage type, so 1 and '1' differ.
Result<QString> dumpDatabase(Database& db);

} // namespace allot
