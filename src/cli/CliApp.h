#pragma once

#include <QStringList>
#include <QTextStream>

namespace allot::cli {

/// Exit codes of allot-cli.
enum ExitCode {
    Done = 0,
    Refused = 1, ///< Refused or rolled back; nothing changed.
    BadUsage = 2,
    DatabaseUnusable = 3, ///< Cannot open, still locked after retries, I/O error, corrupt.
};

/// \brief allot-cli: every budget action from the command line, on the same library as the
/// window. Prints to \a out (one JSON value with --json) and one error line to \a err.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace allot::cli
