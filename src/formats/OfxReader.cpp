#include "formats/OfxReader.h"

#include "formats/LongText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cmath>
#include <cstdlib>

#ifdef ALLOT_HAVE_LIBOFX
#include <libofx/libofx.h>
#endif

namespace allot::formats {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("allot", text);
}

#ifdef ALLOT_HAVE_LIBOFX

// libofx delivers text as the file had it after its own charset conversion; entities it left
// in place (the corpus has "&amp;" and even "&amp;lt;") are decoded here, once.
QString cleanString(QString text)
{
    text = text.trimmed();
    for (int pass = 0; pass < 2 && text.contains(QLatin1Char('&')); ++pass) {
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
        text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    }
    return text.simplified();
}

QString cleanText(const char* raw)
{
    return cleanString(decodeText(QByteArray(raw)));
}

struct RawRecord
{
    QString date;   ///< Empty when the element is missing or empty.
    QString amount; ///< Empty when the element is missing or empty.
    QString name;   ///< NAME and MEMO as written (libofx keeps 96 and 390 bytes of them).
    QString memo;
};

struct Collector
{
    ReadResult result;
    int index = 0;
    /// The DTPOSTED and TRNAMT text of each <STMTTRN>, in file order.
    QVector<RawRecord> raw;
};

// libofx turns a missing or empty DTPOSTED into 1970-01-01 and normalises impossible dates
// (20120231 becomes 2012-03-02), both marked valid; it reads a missing, empty or unreadable
// TRNAMT as 0 and "1,234.56" as 1.23. The raw text of each transaction's date and amount is
// checked here so that such records are refused instead of imported on a made-up day or amount.
QVector<RawRecord> rawRecords(const QByteArray& bytes)
{
    const QString text = decodeText(bytes);
    static const QRegularExpression start(QStringLiteral("<STMTTRN>"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression posted(QStringLiteral("<DTPOSTED>([^<\\r\\n]*)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression amount(QStringLiteral("<TRNAMT>([^<\\r\\n]*)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression name(QStringLiteral("<NAME>([^<\\r\\n]*)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression memo(QStringLiteral("<MEMO>([^<\\r\\n]*)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QVector<RawRecord> records;
    const QStringList blocks = text.split(start);
    for (int i = 1; i < blocks.size(); ++i) {
        const QString block = blocks[i].section(QStringLiteral("</STMTTRN>"), 0, 0,
                                                QString::SectionCaseInsensitiveSeps);
        records.append({posted.match(block).captured(1).trimmed(),
                        amount.match(block).captured(1).trimmed(), name.match(block).captured(1),
                        memo.match(block).captured(1)});
    }
    return records;
}

// Where a file that stops before its </OFX> was cut off, or an empty string for a whole file.
// In OFX 1.x SGML leaf tags are never closed and some files leave out </BANKTRANLIST>, but
// <STMTTRN> and <OFX> are always closed: a file without its </OFX> after the last transaction
// was cut off in transfer, and importing what came before would lose the rest without a word.
QString cutOffProblem(const QString& text)
{
    static const QRegularExpression end(QStringLiteral("</OFX\\s*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression open(QStringLiteral("<STMTTRN\\s*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression close(QStringLiteral("</STMTTRN\\s*>"),
                                          QRegularExpression::CaseInsensitiveOption);
    qsizetype lastOpen = -1;
    int opened = 0;
    for (auto it = open.globalMatch(text); it.hasNext(); ++opened)
        lastOpen = it.next().capturedStart();
    qsizetype lastClose = -1;
    int closed = 0;
    for (auto it = close.globalMatch(text); it.hasNext(); ++closed)
        lastClose = it.next().capturedStart();
    qsizetype lastEnd = -1;
    for (auto it = end.globalMatch(text); it.hasNext();)
        lastEnd = it.next().capturedStart();
    if (lastEnd > lastOpen && lastEnd > lastClose)
        return {};
    // The line of the last character that is not a blank (CRLF, LF or CR line ends).
    qsizetype last = text.size() - 1;
    while (last > 0 && text.at(last).isSpace())
        --last;
    int lastLine = 1;
    for (qsizetype i = 0; i < last; ++i) {
        if (text.at(i) == QLatin1Char('\n') ||
            (text.at(i) == QLatin1Char('\r') && text.at(i + 1) != QLatin1Char('\n')))
            ++lastLine;
    }
    if (lastOpen > lastClose)
        return QCoreApplication::translate(
                   "allot", "the file is cut off: it ends on line %1 inside transaction %2, "
                            "without </STMTTRN> and </OFX> (%3 complete transaction(s) before it)")
            .arg(lastLine)
            .arg(opened)
            .arg(opened - 1);
    return QCoreApplication::translate(
               "allot", "the file is cut off: it ends on line %1 without </OFX>, after %2 complete "
                        "transaction(s)")
        .arg(lastLine)
        .arg(closed);
}

// Why a raw OFX date is not a day, or an empty string when it is one.
QString rawDateProblem(const QString& raw)
{
    if (raw.isEmpty())
        return QCoreApplication::translate("allot", "it has no date");
    const QDate day = QDate::fromString(raw.left(8), QStringLiteral("yyyyMMdd"));
    if (!day.isValid())
        return QCoreApplication::translate("allot", "its date %1 does not exist").arg(raw);
    return {};
}

// Why a raw OFX amount is not one (OFX writes no thousands separators, and either decimal mark),
// or an empty string when it is one. Decimals past the cents are refused unless they are zeros
// ("-12.500"): libofx's double would be rounded to the cent ("-0.285" to -0.28) without a word.
QString rawAmountProblem(const QString& raw)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)$"));
    static const QRegularExpression pastCents(QStringLiteral("[.,]\\d\\d0*[1-9]"));
    if (raw.isEmpty())
        return QCoreApplication::translate("allot", "it has no amount");
    if (!number.match(raw).hasMatch())
        return QCoreApplication::translate("allot", "its amount %1 is not a number").arg(raw);
    if (pastCents.match(raw).hasMatch())
        return QCoreApplication::translate(
                   "allot", "its amount %1 has more than two decimals and would be rounded")
            .arg(raw);
    return {};
}

int onTransaction(const struct OfxTransactionData data, void* context)
{
    auto* collector = static_cast<Collector*>(context);
    const int record = ++collector->index;
    if (!data.amount_valid) {
        collector->result.problems.append({record, tr("transaction %1 has no amount").arg(record)});
        return 0;
    }
    if (!data.date_posted_valid) {
        collector->result.problems.append(
            {record, tr("transaction %1 has no valid date").arg(record)});
        return 0;
    }
    // The day as the statement writes it: libofx's time of day in the file's zone, turned into
    // this computer's local time, can fall on the day before or after.
    QDate day = QDateTime::fromSecsSinceEpoch(data.date_posted).date();
    if (record <= collector->raw.size()) {
        const RawRecord& raw = collector->raw[record - 1];
        QString problem = rawDateProblem(raw.date);
        if (problem.isEmpty())
            problem = rawAmountProblem(raw.amount);
        if (!problem.isEmpty()) {
            collector->result.problems.append(
                {record, tr("transaction %1: %2").arg(record).arg(problem)});
            return 0;
        }
        // Records are matched to libofx's by position; an investment transaction has no
        // <STMTTRN> and would shift them, so a day more than one off is libofx's, not this one.
        const QDate written = QDate::fromString(raw.date.left(8), QStringLiteral("yyyyMMdd"));
        if (std::abs(written.daysTo(day)) <= 1)
            day = written;
    }
    // libofx hands amounts over as double: convert once, rounding to the nearest cent, and
    // keep integers from here on.
    const double cents = std::round(data.amount * 100.0);
    if (!std::isfinite(cents) || std::fabs(cents) > double(money::kMaxAmount)) {
        collector->result.problems.append(
            {record, tr("transaction %1 has an amount out of range").arg(record)});
        return 0;
    }
    // Without its raw text (checked above), libofx's number itself must be whole cents.
    if (record > collector->raw.size() && std::fabs(data.amount * 100.0 - cents) > 0.01) {
        collector->result.problems.append(
            {record, tr("transaction %1: %2")
                         .arg(record)
                         .arg(tr("its amount %1 has more than two decimals and would be rounded")
                                  .arg(QString::number(data.amount, 'g', 17)))});
        return 0;
    }
    ImportedTransaction t;
    t.line = record;
    t.amount = static_cast<MinorUnits>(cents);
    t.date = day;
    if (t.amount == 0) {
        collector->result.warnings
            << tr("Transaction %1: the amount is zero; nothing to import").arg(record);
        return 0;
    }
    if (data.name_valid)
        t.payee = cleanText(data.name);
    if (data.memo_valid)
        t.memo = cleanText(data.memo);
    // libofx cuts NAME at 96 bytes and MEMO at 390 (perhaps inside a character): the text as
    // written is taken when libofx's is its beginning.
    if (record <= collector->raw.size()) {
        const RawRecord& raw = collector->raw[record - 1];
        const auto whole = [](const QString& cut, const QString& written) {
            const QString full = cleanString(written);
            return full.size() > cut.size() && full.startsWith(cut.chopped(cut.isEmpty() ? 0 : 1))
                       ? full
                       : cut;
        };
        if (data.name_valid)
            t.payee = whole(t.payee, raw.name);
        if (data.memo_valid)
            t.memo = whole(t.memo, raw.memo);
    }
    // Some banks put the payee in the memo and zeros or nothing in the name.
    static const QRegularExpression onlyZeros(QStringLiteral("^0*$"));
    if (onlyZeros.match(t.payee).hasMatch() && !t.memo.isEmpty())
        std::swap(t.payee, t.memo);
    if (data.fi_id_valid)
        t.externalId = cleanText(data.fi_id);
    if (data.account_id_valid)
        t.fileAccount = cleanText(data.account_id);
    collector->result.transactions.append(t);
    return 0;
}

#endif

} // namespace

bool ofxAvailable()
{
#ifdef ALLOT_HAVE_LIBOFX
    return true;
#else
    return false;
#endif
}

FileFormat detectFormat(const QByteArray& bytes)
{
    const QByteArray head = bytes.left(4096);
    const QString text = decodeText(head);
    if (text.contains(QLatin1String("OFXHEADER"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("<OFX>"), Qt::CaseInsensitive))
        return FileFormat::Ofx;
    static const QRegularExpression qif(QStringLiteral("^\\s*!(Type|Account|Option|Clear)"),
                                        QRegularExpression::MultilineOption |
                                            QRegularExpression::CaseInsensitiveOption);
    if (qif.match(text).hasMatch())
        return FileFormat::Qif;
    return FileFormat::Csv;
}

QString formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Csv:
        return QStringLiteral("csv");
    case FileFormat::Qif:
        return QStringLiteral("qif");
    case FileFormat::Ofx:
        return QStringLiteral("ofx");
    }
    return QStringLiteral("csv");
}

Result<ReadResult> readOfx(const QByteArray& bytes)
{
#ifndef ALLOT_HAVE_LIBOFX
    Q_UNUSED(bytes);
    return Error::refused(
        tr("this build of Allot cannot read OFX files (it was built without libofx)"));
#else
    if (detectFormat(bytes) != FileFormat::Ofx)
        return Error::refused(
            tr("it is not an OFX file: there is no OFX header and no <OFX> element"));
    // libofx reads files, not memory.
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return Error{ErrorKind::Storage, tr("a temporary copy of the file could not be written"),
                     file.errorString(), 0};
    // libofx writes its diagnostics to stderr unless told otherwise.
    ofx_PARSER_msg = ofx_DEBUG_msg = ofx_DEBUG1_msg = ofx_DEBUG2_msg = ofx_DEBUG3_msg = 0;
    ofx_DEBUG4_msg = ofx_DEBUG5_msg = ofx_STATUS_msg = ofx_INFO_msg = ofx_WARNING_msg =
        ofx_ERROR_msg = 0;
    if (const QString cutOff = cutOffProblem(decodeText(bytes)); !cutOff.isEmpty())
        return Error::refused(cutOff);
    Collector collector;
    collector.raw = rawRecords(bytes);
    LibofxContextPtr context = libofx_get_new_context();
    ofx_set_transaction_cb(context, &onTransaction, &collector);
    libofx_proc_file(context, QFile::encodeName(file.fileName()).constData(), OFX);
    libofx_free_context(context);
    if (collector.result.transactions.isEmpty() && collector.result.problems.isEmpty() &&
        !bytes.contains("<STMTRS>") && !bytes.contains("<CCSTMTRS>") && !bytes.contains("<stmtrs>"))
        return Error::refused(tr("no statement could be read from it"));
    noteLongTexts(collector.result.transactions, collector.result.warnings,
                  RecordName::Transaction);
    collector.result.description =
        tr("OFX, %1 transactions").arg(collector.result.transactions.size());
    return collector.result;
#endif
}

} // namespace allot::formats
