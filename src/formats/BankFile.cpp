#include "formats/BankFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace allot::formats {

namespace {

// The file's bytes in UTF-8 or its own encoding (asUtf8), refused with a reason when it is a
// folder, unreadable, too large or empty.
Result<QByteArray> bankFileBytes(const QString& path, const BankFileOptions& options)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("allot", text); };
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Error::refused(tr("%1 is a folder, not a bank file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > kMaxBankFileSize)
        return Error::refused(tr("%1 is larger than %2 MB; no bank statement is that large")
                                  .arg(path)
                                  .arg(kMaxBankFileSize / (1024 * 1024)));
    const QByteArray bytes = asUtf8(file.readAll(), options.encoding);
    if (bytes.trimmed().isEmpty())
        return Error::refused(tr("%1 is empty").arg(path));
    return bytes;
}

} // namespace

Result<ReadResult> readBankFile(const QString& path, const BankFileOptions& options,
                                FileFormat* used)
{
    auto bytes = bankFileBytes(path, options);
    if (!bytes)
        return bytes.error();
    const FileFormat format = options.format.value_or(detectFormat(*bytes));
    if (used)
        *used = format;
    Result<ReadResult> read = Error::internal(QString());
    switch (format) {
    case FileFormat::Ofx:
        read = readOfx(*bytes);
        break;
    case FileFormat::Qif:
        read = readQif(*bytes, options.dateOrder, options.decimalSeparator);
        break;
    case FileFormat::Csv:
        read = readCsv(*bytes, options.csvMapping, options.decimalSeparator);
        break;
    }
    if (!read)
        return read.error().withContext(path);
    return read;
}

Result<std::unique_ptr<CsvStream>> openLargeCsvFile(const QString& path,
                                                    const BankFileOptions& options)
{
    if (QFileInfo(path).size() < kLargeCsvFileSize)
        return std::unique_ptr<CsvStream>();
    auto bytes = bankFileBytes(path, options);
    if (!bytes)
        return bytes.error();
    if (options.format.value_or(detectFormat(*bytes)) != FileFormat::Csv)
        return std::unique_ptr<CsvStream>();
    auto stream = CsvStream::open(*bytes, options.csvMapping, CsvStream::kSliceBytes,
                                  options.decimalSeparator);
    if (!stream)
        return stream.error().withContext(path);
    return stream;
}

} // namespace allot::formats
