#pragma once

#include "formats/ImportedTransaction.h"

namespace allot::formats {

/// True when this build reads OFX (it needs libofx, which some Windows and macOS builds lack).
bool ofxAvailable();

/// Reads an OFX or QFX file, SGML (1.x) or XML (2.x), through libofx. Transactions without a
/// valid amount or date are left out and listed in problems; a transaction's date is the day its
/// DTPOSTED writes, whatever the time zone of the file or of this computer. Fails when the file
/// holds no OFX at all, or when this build has no OFX support (the message says so).
Result<ReadResult> readOfx(const QByteArray& bytes);

/// \brief The formats Allot imports.
enum class FileFormat { Csv, Qif, Ofx };

/// Tells the format from the content, not the name: OFX by its header or <OFX> element, QIF by
/// its "!Type:"/"!Account"/"!Option" lines, otherwise CSV.
FileFormat detectFormat(const QByteArray& bytes);
QString formatName(FileFormat format);

} // namespace allot::formats
