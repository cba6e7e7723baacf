#pragma once

#include <QString>

class QWidget;

namespace allot::filedialogs {

/// What a file is chosen for; each has its own title, filters and remembered folder.
enum class Purpose {
    OpenBudget,
    NewBudget,
    ImportBankFile,
    ExportEntries,
};

/// Asks for a file for \a purpose, starting in \a folder (or the folder last used for it when
/// \a folder is empty). Returns the chosen path, or an empty string when cancelled.
///
/// Every file dialog of the window goes through here: the dialog tells file types by their
/// names alone. A dialog that reads files to guess their type opens and closes the open
/// budget, and on POSIX systems closing any descriptor of a file drops every lock the process
/// holds on it: SQLite's locks included, after which another process may delete the WAL the
/// window still writes to.
QString choose(QWidget* parent, Purpose purpose, const QString& folder = {});

} // namespace allot::filedialogs
