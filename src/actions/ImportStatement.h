#pragma once

#include "actions/BulkCreate.h"
#include "core/BudgetTypes.h"
#include "formats/ImportedTransaction.h"

#include <QHash>
#include <QJsonObject>

#include <optional>
#include <utility>

namespace allot {

class Database;
namespace formats {
class CsvStream;
}

/// \brief How an import fits a bank file's transactions into the budget.
struct ImportOptions
{
    RowId personId = 0;
    RowId accountId = 0;
    BulkMode mode = BulkMode::AllOrNothing;
    /// Category names of the file the person has no category for: put them in the person's
    /// "Uncategorised" category, or create them.
    bool createUnknownCategories = false;
    /// Unknown category names (compared without case) to create even when the others go to
    /// "Uncategorised" (the import dialog asks per name).
    QStringList categoriesToCreate;
    /// File category name (compared without case) to one of the person's categories; wins over
    /// matching by name.
    QHash<QString, RowId> categoryMap;
    QString label; ///< The undo step's name ("Import bank.ofx").
    /// A CSV mapping to save under a name in the same action (both, or neither).
    std::optional<std::pair<QString, QJsonObject>> mappingToSave;
};

/// \brief What an import did.
struct ImportReport
{
    int imported = 0;
    int duplicates = 0;              ///< Rows already in the account from an earlier import.
    QVector<BulkRejection> rejected; ///< Rows refused (row = the file's line or record number).
    QStringList createdCategories;
    QStringList warnings;
};

namespace imports {

/// The file's category names that the person has no category for, in order of appearance.
Result<QStringList> unknownCategories(Database& db, RowId personId,
                                      const formats::ReadResult& file);

/// Writes the file's transactions into the account as one action (one undo step). A row is a
/// duplicate when the account already holds its bank id (OFX FITID) or, without one, its
/// fingerprint (date, amount, payee and how often that combination occurs in the file), so
/// importing the same file twice adds nothing the second time. All-or-nothing refuses the whole
/// file at the first bad row, naming its line; skip-invalid takes each row in a savepoint.
Result<ImportReport> importStatement(Database& db, const formats::ReadResult& file,
                                     const ImportOptions& options);

/// importStatement() for a CSV file read a slice at a time, for files too large to hold whole:
/// the same rows, checks, keys and report. The stream's problems and warnings are complete once
/// it returns. All-or-nothing refuses the file at its first bad row, after writing the rows
/// before it (rolled back); records the reader could not read are the stream's problems, not
/// refusals: to refuse a file for them before writing, read the stream to the end first and
/// restart it, as allot-cli does.
Result<ImportReport> importStream(Database& db, formats::CsvStream& stream,
                                  const ImportOptions& options);

/// The fingerprint key of each transaction, in order (exposed for tests).
QStringList importKeys(const QVector<formats::ImportedTransaction>& transactions);

} // namespace imports
} // namespace allot
