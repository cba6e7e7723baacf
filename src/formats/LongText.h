#pragma once

#include "formats/ImportedTransaction.h"

namespace allot::formats {

/// The longest payee or memo the budget keeps (rows::kMaxTextLength); an import cuts longer
/// ones to this.
constexpr int kMaxImportedText = 500;

/// A payee or memo as the budget keeps it, before it is cut: control characters as blanks,
/// runs of blanks as one, none at either end.
QString cleanImportedText(const QString& text);

/// \brief How a reader names a record in a warning.
enum class RecordName { Line, Transaction };

/// Appends to \a warnings, for every payee, memo and split memo that is longer than the budget
/// keeps once cleaned, one line naming the record, the field and its length as written
/// ("Line 3: the payee is 20971520 characters long; only its first 500 are kept.").
void noteLongTexts(const QVector<ImportedTransaction>& transactions, QStringList& warnings,
                   RecordName name = RecordName::Line);

} // namespace allot::formats
