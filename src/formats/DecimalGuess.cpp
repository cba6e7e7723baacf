#include "formats/DecimalGuess.h"

#include <QCoreApplication>

namespace allot::formats {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

DecimalEvidence decimalEvidenceOf(const QString& value)
{
    // Longer cells are text, not amounts (as the reader's own limit).
    if (value.size() > 64)
        return {};
    int dots = 0;
    int commas = 0;
    qsizetype lastDot = -1;
    qsizetype lastComma = -1;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'.') {
            ++dots;
            lastDot = i;
        } else if (value.at(i) == u',') {
            ++commas;
            lastComma = i;
        }
    }
    if (dots > 0 && commas > 0)
        return {lastDot > lastComma ? QChar(u'.') : QChar(u','), {}};
    if (dots + commas == 0)
        return {};
    const QChar separator = dots > 0 ? QChar(u'.') : QChar(u',');
    const QChar other = dots > 0 ? QChar(u',') : QChar(u'.');
    if (dots + commas > 1)
        return {other, {}}; // "1,234,567": only grouping repeats
    const qsizetype at = dots > 0 ? lastDot : lastComma;
    int after = 0;
    for (qsizetype k = at + 1; k < value.size() && isDigit(value.at(k)); ++k)
        ++after;
    int before = 0;
    qsizetype first = at;
    for (qsizetype k = at - 1; k >= 0 && isDigit(value.at(k)); --k) {
        ++before;
        first = k;
    }
    if (after == 0)
        return {};
    if (after != 3)
        return {separator, {}}; // "12.5", "12.50", "1.2345": grouping has three digits
    // Three digits after: grouped thousands only when one to three digits come before and the
    // first is not a zero ("0.750" is no way to write 750).
    if (before == 0 || before > 3 || value.at(first) == u'0')
        return {separator, {}};
    return {{}, separator};
}

QString decimalDoubtMessage(const DecimalDoubt& doubt)
{
    const QString column =
        doubt.columnName.isEmpty()
            ? QCoreApplication::translate("allot", "column %1").arg(doubt.column + 1)
            : QCoreApplication::translate("allot", "column %1 (\"%2\")")
                  .arg(doubt.column + 1)
                  .arg(doubt.columnName);
    const QString reading =
        doubt.separator == u','
            ? QCoreApplication::translate("allot", "with a decimal comma and three decimals, or "
                                                   "with a comma between the thousands")
            : QCoreApplication::translate("allot", "with a decimal point and three decimals, or "
                                                   "with a point between the thousands");
    if (doubt.column < 0)
        return QCoreApplication::translate(
                   "allot", "The amounts read two ways: \"%1\" on line %2 reads %3, and no "
                            "amount in the file tells which; choose the decimal mark.")
            .arg(doubt.example, QString::number(doubt.line), reading);
    return QCoreApplication::translate(
               "allot", "The amounts of %1 read two ways: \"%2\" on line %3 reads %4, and no "
                        "amount in the file tells which; choose the decimal mark.")
        .arg(column, doubt.example, QString::number(doubt.line), reading);
}

void DecimalVote::add(const QString& value, int column, const QString& columnName, int line,
                      bool balance)
{
    const DecimalEvidence evidence = decimalEvidenceOf(value.trimmed());
    const int kind = balance ? 1 : 0;
    if (evidence.decides == u'.')
        ++m_points[kind];
    else if (evidence.decides == u',')
        ++m_commas[kind];
    else if (!evidence.ambiguous.isNull() && !balance && !m_firstAmbiguous)
        m_firstAmbiguous =
            DecimalDoubt{column, columnName, line, value.trimmed(), evidence.ambiguous};
}

QChar DecimalVote::separator() const
{
    for (int kind = 0; kind < 2; ++kind) {
        if (m_points[kind] + m_commas[kind] > 0)
            return m_commas[kind] > m_points[kind] ? QChar(u',') : QChar(u'.');
    }
    return m_firstAmbiguous ? QChar() : QChar(u'.');
}

std::optional<DecimalDoubt> DecimalVote::doubt() const
{
    if (!separator().isNull())
        return std::nullopt;
    return m_firstAmbiguous;
}

} // namespace allot::formats
