#include "formats/BankFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace allot::formats {

Result<ReadResult> readBankFile(const QString& path, const BankFileOptions& options,
                                FileFormat* used)
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
    const FileFormat format = options.format.value_or(detectFormat(bytes));
    if (used)
        *used = format;
    Result<ReadResult> read = Error::internal(QString());
    switch (format) {
    case FileFormat::Ofx:
        read = readOfx(bytes);
        break;
    case FileFormat::Qif:
        read = readQif(bytes, options.dateOrder);
        break;
    case FileFormat::Csv:
        read = readCsv(bytes, options.csvMapping);
        break;
    }
    if (!read)
        return read.error().withContext(path);
    return read;
}

} // namespace allot::formats
