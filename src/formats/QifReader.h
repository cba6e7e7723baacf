#pragma once

#include "formats/ImportedTransaction.h"

namespace allot::formats {

/// \brief How to read a QIF file's dates when the file alone cannot tell.
enum class DateOrder { Detect, MonthFirst, DayFirst };

/// Reads a QIF file (Quicken Interchange Format): `!Type:Bank`, `CCard`, `Cash`, `Oth A/L`
/// sections, `!Account` blocks, splits; skips lists, investment and memorised sections.
///
/// Fails (with a message naming the line) only when the file cannot be read as QIF at all, or
/// when \a order is Detect and the dates could be read both ways (the message says so; ask and
/// call again with an order). Records with unreadable dates or amounts are left out and listed
/// in ReadResult::problems, never imported as zero.
///
/// \a decimalSeparator, '.' or ',', is the user's choice; null reads it from the amounts (a
/// point when none tells) and fails, saying so, when amounts read two ways ("1.250") and none
/// tells which.
Result<ReadResult> readQif(const QByteArray& bytes, DateOrder order = DateOrder::Detect,
                           QChar decimalSeparator = QChar());

} // namespace allot::formats
