#include "formats/ImportedTransaction.h"

#include <QStringDecoder>

namespace allot::formats {

QString decodeText(const QByteArray& bytes, QString* encodingName)
{
    const auto name = [&](const char* n) {
        if (encodingName)
            *encodingName = QString::fromLatin1(n);
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        name("UTF-16");
        return decoder.decode(bytes.mid(2));
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        name("UTF-8");
        return text;
    }
    // Not UTF-8: the banks' other usual encoding. Windows-1252 is a superset of Latin-1's
    // printable characters, and Qt knows it by this name on every platform.
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid()) {
        name("Windows-1252");
        return cp1252.decode(body);
    }
    name("Latin-1");
    return QString::fromLatin1(body);
}

QByteArray asUtf8(const QByteArray& bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Detect:
    case TextEncoding::Utf8:
        return bytes;
    case TextEncoding::Utf16: {
        // Without a byte-order mark, little-endian: what Windows writes.
        const bool bigEndian = bytes.startsWith("\xFE\xFF");
        const QByteArray body = bytes.startsWith("\xFF\xFE") || bigEndian ? bytes.mid(2) : bytes;
        QStringDecoder decoder(bigEndian ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE);
        return QString(decoder.decode(body)).toUtf8();
    }
    case TextEncoding::Windows1252: {
        QStringDecoder cp1252("windows-1252");
        return cp1252.isValid() ? QString(cp1252.decode(bytes)).toUtf8()
                                : QString::fromLatin1(bytes).toUtf8();
    }
    }
    return bytes;
}

std::optional<TextEncoding> textEncodingFromName(const QString& name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("utf16"))
        return TextEncoding::Utf16;
    if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252") ||
        n == QLatin1String("latin1") || n == QLatin1String("iso88591"))
        return TextEncoding::Windows1252;
    if (n == QLatin1String("detect") || n == QLatin1String("auto"))
        return TextEncoding::Detect;
    return std::nullopt;
}

MinorUnits totalOf(const QVector<ImportedTransaction>& transactions)
{
    MinorUnits total = 0;
    for (const ImportedTransaction& t : transactions)
        total += t.amount;
    return total;
}

} // namespace allot::formats
