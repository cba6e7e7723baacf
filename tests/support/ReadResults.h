#pragma once

#include "formats/ImportedTransaction.h"
#include "formats/QifReader.h"

#include <QStringList>
#include <QtGlobal>

#include <utility>

namespace allot::test {

/// Reads QIF bytes that must be readable; stops the test run with the reader's message if not.
inline formats::ReadResult readQifOk(const QByteArray& bytes,
                                     formats::DateOrder order = formats::DateOrder::Detect)
{
    auto result = formats::readQif(bytes, order);
    if (!result.ok())
        qFatal("readQif failed: %s", qPrintable(result.error().message));
    return std::move(result).value();
}

/// The sum of a transaction's split parts.
inline MinorUnits splitSum(const formats::ImportedTransaction& t)
{
    MinorUnits sum = 0;
    for (const formats::ImportedSplit& s : t.splits)
        sum += s.amount;
    return sum;
}

/// The problems ("line N: message") and then the warnings, a line each, for messages on failure.
inline QString problemsAndWarnings(const formats::ReadResult& r)
{
    QStringList lines;
    for (const formats::ReadProblem& p : r.problems)
        lines << QStringLiteral("line %1: %2").arg(p.line).arg(p.message);
    lines << r.warnings;
    return lines.join(QLatin1Char('\n'));
}

} // namespace allot::test
