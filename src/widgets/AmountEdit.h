#pragma once

#include "core/Money.h"

#include <QLocale>
#include <QString>

namespace allot {

/// Reads an amount typed in a dialog: the dot or the locale's decimal separator, at most two
/// decimals, no thousands separators (which would be ambiguous between locales).
Result<MinorUnits> parseTypedAmount(const QString& text, const QLocale& locale);

/// Shows an amount for editing: the locale's decimal separator, no grouping.
QString amountForEditing(MinorUnits amount, const QLocale& locale);

} // namespace allot
