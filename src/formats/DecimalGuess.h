#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace allot::formats {

/// \brief What one written amount says about its decimal separator.
///
/// "12.50", "1,234.56", "1.234,56", "12,5" decide it. "1.250" and "12,345" do not: one separator
/// with three digits after it and one to three before reads as three decimals or as a thousands
/// separator. "0.750", ".750", "1234.567" and "1.2345" cannot be grouped thousands (a group of
/// thousands never starts with 0 or has other than three digits): they decide it too.
struct DecimalEvidence
{
    QChar decides;   ///< '.' or ',': the decimal separator this value proves; null when none.
    QChar ambiguous; ///< '.' or ',': the separator of a value that reads both ways; else null.
};
DecimalEvidence decimalEvidenceOf(const QString& value);

/// \brief A column whose amounts read two ways, and one of them.
struct DecimalDoubt
{
    int column = -1;    ///< 0-based; -1 in a file without columns (QIF).
    QString columnName; ///< Its header; empty when the file has none.
    int line = 0;       ///< 1-based line of the example.
    QString example;    ///< An amount as written, "-0.750" or "1.250".
    QChar separator;    ///< The example's separator.
};

/// Why a file's decimal separator must be chosen: the column (CSV), a value, both readings.
QString decimalDoubtMessage(const DecimalDoubt& doubt);

/// \brief Gathers the evidence of a file's amounts (and, when they decide nothing, of its
/// balances) and settles the decimal separator, or says that nothing in the file settles it.
class DecimalVote
{
public:
    /// An amount cell (\a balance: a running balance, which decides only when no amount does).
    void add(const QString& value, int column, const QString& columnName, int line,
             bool balance = false);
    /// The decimal separator the values prove (the majority when they disagree); '.' when they
    /// tell nothing; null when an amount reads both ways and nothing decides (see doubt()).
    QChar separator() const;
    /// The first amount that reads both ways, when separator() is null.
    std::optional<DecimalDoubt> doubt() const;

private:
    int m_points[2] = {0, 0}; ///< Deciding values: amounts, balances.
    int m_commas[2] = {0, 0};
    std::optional<DecimalDoubt> m_firstAmbiguous;
};

} // namespace allot::formats
