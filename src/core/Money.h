#pragma once

#include "core/Result.h"

#include <QString>
#include <QtGlobal>

namespace allot {

/// Money is always an integer number of minor units (cents); never floating point.
using MinorUnits = qint64;

namespace money {

/// The largest amount one entry may carry: 9,999,999,999.99. Sums of a million such
/// amounts still fit in 64 bits.
constexpr MinorUnits kMaxAmount = 999'999'999'999;

/// Parses "12", "12.5", "12.50" or "-3.20" (dot, at most two decimals) into minor units.
/// Refuses empty or non-numeric text, more than two decimals and amounts beyond kMaxAmount,
/// each with a message that says why.
Result<MinorUnits> parse(const QString& text);

/// Parses like parse() and also requires the amount to be above zero.
Result<MinorUnits> parsePositive(const QString& text);

/// Formats minor units as "-1234.50": a dot, always two decimals, no grouping.
QString format(MinorUnits amount);

} // namespace money
} // namespace allot
