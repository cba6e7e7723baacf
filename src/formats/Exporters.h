#pragma once

#include "core/BudgetTypes.h"

#include <QByteArray>

namespace allot::formats {

/// Writes entries as CSV (RFC 4180, UTF-8, comma, header row): Date (ISO), Account, Payee,
/// Category, Memo, Amount (plain number, dot). A split is written as one row per part. A text
/// cell that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so
/// that spreadsheets do not run it as a formula.
QByteArray writeCsv(const QVector<Entry>& entries);

/// Writes entries as QIF (`!Type:Bank`, ISO dates, splits as S/$ lines, UTF-8).
QByteArray writeQif(const QVector<Entry>& entries);

/// A CSV cell: protected against formula injection and quoted when it must be.
QString csvCell(const QString& text);

} // namespace allot::formats
