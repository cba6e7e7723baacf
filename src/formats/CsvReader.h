#pragma once

#include "formats/DecimalGuess.h"
#include "formats/ImportedTransaction.h"

#include <QJsonObject>

#include <memory>
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
    /// Null after detection when the amounts read two ways and nothing tells (decimalDoubt).
    QChar decimalSeparator = QLatin1Char('.');
    /// Set by detection when every amount that has a separator reads two ways ("1.250": 1.25 or
    /// 1250) and no value of the file tells which; the user must choose. Never saved.
    std::optional<DecimalDoubt> decimalDoubt;
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
/// amounts, the date format and the decimal separator (null, with decimalDoubt set, when the
/// amounts read two ways). Fails with a message saying what it could not find when the file
/// cannot be understood without help.
Result<CsvMapping> detectCsvMapping(const QByteArray& bytes);

/// Reads the records with a mapping (detected when none is given). Rows whose date or amount
/// cannot be read (a "Pending" date, "n/a" amount) are left out and listed in problems.
/// \a decimalSeparator, when not null, is the user's choice and wins over the mapping's; a file
/// whose amounts read two ways (CsvMapping::decimalDoubt) is refused without one, saying why.
Result<ReadResult> readCsv(const QByteArray& bytes,
                           const std::optional<CsvMapping>& mapping = std::nullopt,
                           QChar decimalSeparator = QChar());

/// Parses an amount as banks write it: "1,234.56", "1.234,56", "11'373.94", "-36,99", "£1,183.23",
/// "+ £1,100.00", "(12.50)", "12.50-"; \a decimalSeparator decides between "." and ",".
Result<MinorUnits> parseBankAmount(const QString& text, QChar decimalSeparator);

/// \brief Reads a large CSV file a slice at a time, so that its rows are never all held at once:
/// the columns are found on the first slice, then each slice is decoded, split and read.
///
/// It reads the records readCsv() reads, for files whose first slice settles how they are
/// written; open() answers null for the others, which are read whole.
class CsvStream
{
public:
    /// Null (and no error) when the file is better read whole: UTF-16, or dates in the first
    /// slice that read both with the day and with the month first. \a sliceBytes is how much of
    /// the file is read at once (at least, up to the end of a row).
    /// \a decimalSeparator as for readCsv().
    static Result<std::unique_ptr<CsvStream>>
    open(const QByteArray& bytes, const std::optional<CsvMapping>& mapping = std::nullopt,
         qsizetype sliceBytes = kSliceBytes, QChar decimalSeparator = QChar());
    static constexpr qsizetype kSliceBytes = 1024 * 1024;
    ~CsvStream();
    CsvStream(const CsvStream&) = delete;
    CsvStream& operator=(const CsvStream&) = delete;

    /// The next records, in file order; empty once every record was read.
    QVector<ImportedTransaction> next();
    /// Reads from the first record again.
    void restart();
    /// What was read so far: description, warnings and problems (complete once next() came
    /// back empty); its transactions stay empty.
    const ReadResult& progress() const { return m_read; }
    /// The sum of the records read so far.
    MinorUnits total() const { return m_total; }

private:
    struct State;
    CsvStream(QByteArray body, bool utf8, const CsvMapping& mapping, QStringList warnings,
              QString description, qsizetype sliceBytes);

    QByteArray m_body; ///< The file without its byte-order mark.
    bool m_utf8 = true;
    CsvMapping m_mapping;
    QStringList m_detectionWarnings;
    QString m_description;
    qsizetype m_sliceBytes = 0;
    ReadResult m_read;
    MinorUnits m_total = 0;
    std::unique_ptr<State> m_state;
};

} // namespace allot::formats
