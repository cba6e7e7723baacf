#pragma once

#include "core/Money.h"
#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace allot::formats {

/// \brief One category's share of an imported transaction.
struct ImportedSplit
{
    QString category;      ///< As written in the file ("Food:Groceries"); empty for uncategorised.
    MinorUnits amount = 0; ///< Signed like the transaction.
    QString memo;
};

/// \brief One transaction as a bank file states it, before it is matched to the budget.
struct ImportedTransaction
{
    int line = 0; ///< 1-based line of the file where the record starts.
    QDate date;
    MinorUnits amount = 0; ///< Signed: negative is money out. Never zero.
    QString payee;
    QString memo;
    QString category;    ///< As written in the file; empty when none.
    QString externalId;  ///< The bank's own id (OFX FITID); empty when none.
    QString fileAccount; ///< The account the file names for it, if any (QIF !Account, OFX ACCTID).
    QVector<ImportedSplit> splits; ///< When present, they add up to amount exactly.
};

/// \brief A record that could not be read, and why.
struct ReadProblem
{
    int line = 0;
    QString message;
};

/// \brief What a reader found in a file.
struct ReadResult
{
    QVector<ImportedTransaction> transactions;
    QVector<ReadProblem> problems; ///< Records left out (unreadable dates, amounts ...).
    QStringList warnings;          ///< Things changed to make sense of the file.
    QString description;           ///< How the file was read ("QIF, dates day/month/year").
};

/// Reads text the way bank files come: UTF-16 or UTF-8 with a byte-order mark, UTF-8, else
/// Windows-1252. \a encodingName names what was used.
QString decodeText(const QByteArray& bytes, QString* encodingName = nullptr);

/// Text encodings a user can choose when detection gets a file wrong.
enum class TextEncoding { Detect, Utf8, Utf16, Windows1252 };

/// Re-encodes \a bytes as UTF-8 from the chosen encoding (Detect leaves them as they are), so
/// that the readers' own detection then reads them right.
QByteArray asUtf8(const QByteArray& bytes, TextEncoding encoding);
/// Parses "utf-8", "utf-16", "windows-1252"/"latin-1"/"cp1252"; nullopt for anything else.
std::optional<TextEncoding> textEncodingFromName(const QString& name);

/// The sum of the amounts (for reports and tests).
MinorUnits totalOf(const QVector<ImportedTransaction>& transactions);

} // namespace allot::formats
