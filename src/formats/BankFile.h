#pragma once

#include "formats/CsvReader.h"
#include "formats/OfxReader.h"
#include "formats/QifReader.h"

#include <memory>
#include <optional>

namespace allot::formats {

/// \brief How to read a bank file; everything left unset is detected from the content.
struct BankFileOptions
{
    std::optional<FileFormat> format;
    DateOrder dateOrder = DateOrder::Detect;      ///< QIF only.
    std::optional<CsvMapping> csvMapping;         ///< CSV only.
    TextEncoding encoding = TextEncoding::Detect; ///< Detected unless the user chose one.
    QChar decimalSeparator; ///< CSV, QIF: '.' or ',' when the user chose; wins over the mapping's.
};

/// Reads a CSV, QIF or OFX file from disk. The error names the file and what is wrong with it.
Result<ReadResult> readBankFile(const QString& path, const BankFileOptions& options,
                                FileFormat* used = nullptr);

/// The largest file Allot reads (bank statements are far smaller; this keeps memory bounded).
constexpr qint64 kMaxBankFileSize = 256 * 1024 * 1024;

/// CSV files from this size on are read a slice at a time (a few hundred thousand rows).
constexpr qint64 kLargeCsvFileSize = 8 * 1024 * 1024;

/// A large CSV file as a CsvStream, so that its rows are never all held at once; null (no error)
/// when the file is smaller than kLargeCsvFileSize, not CSV, or better read whole (see
/// CsvStream::open()). Refuses what readBankFile() refuses, with the same messages.
Result<std::unique_ptr<CsvStream>> openLargeCsvFile(const QString& path,
                                                    const BankFileOptions& options);

} // namespace allot::formats
