#pragma once

#include "formats/ImportedTransaction.h"

#include <QJsonObject>
#include <optional>

namespace allot::formats {

/// \brief Which columns of a CSV file hold what, and how its dates and numbers are written.
/// Found by detectCsvMapping(), shown and changed in the import dialog, saved per bank.
struct CsvMapping
{
    QChar delimiter = QLatin1Char(',');
    int headerRow = -1;   ///< 0-based row of the column names; -1 when the file has none.
    int firstDataRow = 0; ///< 0-based row of the first record (after preamble and header).
    int dateColumn = -1;
    int amountColumn = -1;      ///< One signed amount; or debit and credit columns instead.
    int debitColumn = -1;       ///< Money out, written positive (or negative: the sign is ignored).
    int creditColumn = -1;      ///< Money in.
    int creditDebitColumn = -1; ///< A "CR"/"DR" marker column, when the amount has no sign.
    int payeeColumn = -1;
    int memoColumn = -1;
    int categoryColumn = -1;
    QString
        dateFormat; ///< A QDate format: "yyyy-MM-dd", "dd.MM.yy", "d-MMM-yyyy", "MM/dd/yyyy" ...
    QChar decimalSeparator = QLatin1Char('.');
    bool negateAmounts = false; ///< For files whose amounts are written from the bank's side.

    QJsonObject toJson() const;
    static Result<CsvMapping> fromJson(const QJsonObject& json);
};

/// Splits CSV text into rows of fields (RFC 4180: quotes, doubled quotes, embedded newlines;
/// CRLF, LF, CR or "\r\r\n" line endings). Each row keeps the 1-based line it starts on.
struct CsvRow
{
    int line = 0;
    QStringList fields;
};
QVector<CsvRow> splitCsv(const QString& text, QChar delimiter);

/// Looks at the file and proposes a mapping: delimiter (comma, semicolon, tab), preamble and
/// header rows (headers in English, German, French, Dutch ...), which columns are dates and
/// amounts, the date format and the decimal separator. Fails with a message saying what it
/// could not find when the file cannot be understood without help.
Result<CsvMapping> detectCsvMapping(const QByteArray& bytes);

/// Reads the records with a mapping (detected when none is given). Rows whose date or amount
/// cannot be read (a "Pending" date, "n/a" amount) are left out and listed in problems.
Result<ReadResult> readCsv(const QByteArray& bytes,
                           const std::optional<CsvMapping>& mapping = std::nullopt);

/// Parses an amount as banks write it: "1,234.56", "1.234,56", "11'373.94", "-36,99", "£1,183.23",
/// "+ £1,100.00", "(12.50)", "12.50-"; \a decimalSeparator decides between "." and ",".
Result<MinorUnits> parseBankAmount(const QString& text, QChar decimalSeparator);

} // namespace allot::formats
