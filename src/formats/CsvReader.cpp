#include "formats/CsvReader.h"

#include "core/Month.h"
#include "formats/DecimalGuess.h"
#include "formats/LongText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <climits>
#include <functional>
#include <optional>
#include <utility>

namespace allot::formats {

namespace {

// ---------------------------------------------------------------------------------------------
// Limits that keep detection cheap on hostile input.

constexpr qsizetype kDelimiterSampleRows = 200; ///< Rows split per candidate delimiter.
constexpr int kHeaderSearchRows = 30;           ///< Rows looked at for the column names.
constexpr qsizetype kSampleRows = 500;          ///< Data rows whose cells are classified.
constexpr int kMaxDetectColumns = 256;          ///< Columns looked at by detection.
constexpr int kMaxColumns = 10000;              ///< Largest column index a mapping may name.
constexpr int kMaxRowIndex = 100000000;         ///< Largest row index a mapping may name.
constexpr qsizetype kMaxCellForValue = 64;      ///< Longer cells are never dates or amounts.
constexpr qsizetype kMaxCellForName = 100;      ///< Longer cells are never column names.
constexpr int kMaxDistinct = 1000;              ///< Distinct values counted per column.

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

/// Text of a cell for a message: not longer than 40 characters.
QString shown(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() <= 40)
        return trimmed;
    return trimmed.left(40) + QChar(0x2026);
}

// ---------------------------------------------------------------------------------------------
// Splitting

/// Length of the line break at \a p (LF, CRLF, CR or CR CR LF), 0 when there is none.
qsizetype lineBreakAt(const QChar* s, qsizetype n, qsizetype p)
{
    if (s[p] == u'\n')
        return 1;
    if (s[p] != u'\r')
        return 0;
    if (p + 1 < n && s[p + 1] == u'\n')
        return 2;
    if (p + 2 < n && s[p + 1] == u'\r' && s[p + 2] == u'\n')
        return 3;
    return 1;
}

/// RFC 4180 with the leniency bank files need: a quote inside an unquoted field is text, text
/// after a closing quote belongs to the same field, and a quote that never closes is text.
/// \a maxRows < 0 reads every row.
QVector<CsvRow> splitRows(const QString& text, QChar delimiter, qsizetype maxRows)
{
    QVector<CsvRow> rows;
    if (maxRows < 0)
        rows.reserve(text.count(u'\n') + 1);
    const QChar* s = text.constData();
    const qsizetype n = text.size();
    const bool quoting = delimiter != u'"';
    qsizetype pos = 0;
    int line = 1;
    while (pos < n && (maxRows < 0 || rows.size() < maxRows)) {
        CsvRow row;
        row.line = line;
        for (;;) {
            QString field;
            if (quoting && pos < n && s[pos] == u'"') {
                QString content;
                qsizetype q = pos + 1;
                int breaks = 0;
                bool closed = false;
                while (q < n) {
                    if (s[q] == u'"') {
                        if (q + 1 < n && s[q + 1] == u'"') {
                            content += u'"';
                            q += 2;
                            continue;
                        }
                        closed = true;
                        ++q;
                        break;
                    }
                    const qsizetype lineBreak = lineBreakAt(s, n, q);
                    if (lineBreak > 0) {
                        content += u'\n';
                        q += lineBreak;
                        ++breaks;
                        continue;
                    }
                    content += s[q];
                    ++q;
                }
                // A quote that never closes is read as text, from the quote on. Every quote
                // after it pairs up, so this happens at most once per file (no quadratic time).
                if (closed) {
                    field = std::move(content);
                    pos = q;
                    line += breaks;
                }
            }
            qsizetype end = pos;
            while (end < n && s[end] != delimiter && lineBreakAt(s, n, end) == 0)
                ++end;
            field.append(s + pos, end - pos);
            pos = end;
            row.fields.append(field);
            if (pos >= n)
                break;
            if (s[pos] == delimiter) {
                ++pos;
                continue;
            }
            pos += lineBreakAt(s, n, pos);
            ++line;
            break;
        }
        rows.append(std::move(row));
    }
    return rows;
}

bool isBlank(const CsvRow& row)
{
    return std::all_of(row.fields.cbegin(), row.fields.cend(),
                       [](const QString& field) { return field.trimmed().isEmpty(); });
}

QString cellAt(const CsvRow& row, int column)
{
    if (column < 0 || column >= row.fields.size())
        return {};
    return row.fields.at(column).trimmed();
}

// ---------------------------------------------------------------------------------------------
// Dates

enum class DatePart { Day, Month, MonthName, Year2, Year4, Literal };

struct DateToken
{
    DatePart part = DatePart::Literal;
    QChar literal;
    bool padded = false; ///< dd / MM (two digits); for MonthName: the full name (MMMM).
};
using DateFormat = QVector<DateToken>;

bool isNumeric(DatePart part)
{
    return part != DatePart::MonthName && part != DatePart::Literal;
}

/// Understands d, dd, M, MM, MMM, MMMM, yy, yyyy and separators; exactly one day, month, year.
std::optional<DateFormat> compileDateFormat(const QString& format)
{
    if (format.isEmpty() || format.size() > 40)
        return std::nullopt;
    DateFormat tokens;
    int days = 0;
    int months = 0;
    int years = 0;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        if (c == u'd') {
            if (run > 2)
                return std::nullopt;
            tokens.append({DatePart::Day, QChar(), run == 2});
            ++days;
        } else if (c == u'M') {
            if (run > 4)
                return std::nullopt;
            tokens.append(run <= 2 ? DateToken{DatePart::Month, QChar(), run == 2}
                                   : DateToken{DatePart::MonthName, QChar(), run == 4});
            ++months;
        } else if (c == u'y') {
            if (run != 2 && run != 4)
                return std::nullopt;
            tokens.append({run == 2 ? DatePart::Year2 : DatePart::Year4, QChar(), false});
            ++years;
        } else if (c.isLetterOrNumber() || c == u'\'') {
            return std::nullopt;
        } else {
            for (qsizetype k = 0; k < run; ++k)
                tokens.append({DatePart::Literal, c, false});
        }
        i += run;
    }
    if (days != 1 || months != 1 || years != 1)
        return std::nullopt;
    return tokens;
}

QString formatName(const DateFormat& tokens)
{
    QString name;
    for (const DateToken& token : tokens) {
        switch (token.part) {
        case DatePart::Day:
            name += token.padded ? QStringLiteral("dd") : QStringLiteral("d");
            break;
        case DatePart::Month:
            name += token.padded ? QStringLiteral("MM") : QStringLiteral("M");
            break;
        case DatePart::MonthName:
            name += token.padded ? QStringLiteral("MMMM") : QStringLiteral("MMM");
            break;
        case DatePart::Year2:
            name += QStringLiteral("yy");
            break;
        case DatePart::Year4:
            name += QStringLiteral("yyyy");
            break;
        case DatePart::Literal:
            name += token.literal;
            break;
        }
    }
    return name;
}

int monthFromName(const QString& word)
{
    static const char* const names[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
    const QString lower = word.toLower();
    if (lower.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const QLatin1String full(names[m]);
        if (lower == full || lower == full.left(3))
            return m + 1;
    }
    if (lower == QLatin1String("sept"))
        return 9;
    return 0;
}

enum class DateStatus { Ok, NoMatch, NoSuchDay };

/// Reads \a input with \a tokens. Day and month take one or two digits (exactly two when
/// \a strictWidth and the token is padded, or when another number follows without a separator).
/// A time after the date ("2019-04-19 10:22") is allowed.
DateStatus parseDate(const QString& input, const DateFormat& tokens, bool strictWidth, QDate* out)
{
    const QString text = input.trimmed();
    const qsizetype n = text.size();
    if (n == 0 || n > kMaxCellForValue)
        return DateStatus::NoMatch;
    qsizetype p = 0;
    int day = 0;
    int month = 0;
    int year = 0;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const DateToken& token = tokens.at(t);
        const bool numberFollows = t + 1 < tokens.size() && isNumeric(tokens.at(t + 1).part);
        switch (token.part) {
        case DatePart::Literal:
            if (token.literal == u' ') {
                if (p >= n || !text.at(p).isSpace())
                    return DateStatus::NoMatch;
                while (p < n && text.at(p).isSpace())
                    ++p;
            } else {
                if (p >= n || text.at(p) != token.literal)
                    return DateStatus::NoMatch;
                ++p;
            }
            break;
        case DatePart::Day:
        case DatePart::Month:
        case DatePart::Year2:
        case DatePart::Year4: {
            int minWidth = 1;
            int maxWidth = 2;
            if (token.part == DatePart::Year2)
                minWidth = 2;
            else if (token.part == DatePart::Year4)
                minWidth = maxWidth = 4;
            else if (numberFollows || (strictWidth && token.padded))
                minWidth = 2;
            int value = 0;
            int width = 0;
            while (width < maxWidth && p < n && isAsciiDigit(text.at(p))) {
                value = value * 10 + digitValue(text.at(p));
                ++p;
                ++width;
            }
            if (width < minWidth || (!numberFollows && p < n && isAsciiDigit(text.at(p))))
                return DateStatus::NoMatch;
            if (token.part == DatePart::Day)
                day = value;
            else if (token.part == DatePart::Month)
                month = value;
            else if (token.part == DatePart::Year4)
                year = value;
            else
                year = value < 70 ? 2000 + value : 1900 + value;
            break;
        }
        case DatePart::MonthName: {
            const qsizetype start = p;
            while (p < n && isAsciiLetter(text.at(p)))
                ++p;
            month = monthFromName(text.mid(start, p - start));
            if (month == 0)
                return DateStatus::NoMatch;
            break;
        }
        }
    }
    if (p < n) {
        // Only a time of day may follow: "10:22", "T10:22:33".
        if (!text.at(p).isSpace() && text.at(p) != u'T')
            return DateStatus::NoMatch;
        const QString rest = text.mid(p + 1).trimmed();
        qsizetype k = 0;
        while (k < rest.size() && k < 2 && isAsciiDigit(rest.at(k)))
            ++k;
        if (k == 0 || k >= rest.size() || rest.at(k) != u':')
            return DateStatus::NoMatch;
    }
    const QDate date(year, month, day);
    if (!isStorableDate(date))
        return DateStatus::NoSuchDay;
    if (out)
        *out = date;
    return DateStatus::Ok;
}

/// The formats detection tries, in order of preference (day before month when both fit).
const QVector<DateFormat>& candidateDateFormats()
{
    static const QVector<DateFormat> formats = [] {
        static const char* const names[] = {
            "yyyy-M-d",   "yyyy/M/d",   "yyyy.M.d",   "yyyy.M.d.",   "yyyyMMdd",    "d.M.yyyy",
            "d.M.yy",     "d/M/yyyy",   "M/d/yyyy",   "d/M/yy",      "M/d/yy",      "d-M-yyyy",
            "M-d-yyyy",   "d-M-yy",     "M-d-yy",     "d-MMM-yyyy",  "d-MMM-yy",    "d MMM yyyy",
            "d MMM yy",   "d/MMM/yyyy", "d.MMM.yyyy", "d. MMM yyyy", "MMM d, yyyy", "MMM d yyyy",
            "yyyy-MMM-d", "d/M yyyy"};
        QVector<DateFormat> result;
        for (const char* name : names)
            result.append(*compileDateFormat(QLatin1String(name)));
        return result;
    }();
    return formats;
}

bool looksLikeDate(const QString& value)
{
    if (value.isEmpty() || value.size() > kMaxCellForValue)
        return false;
    if (std::none_of(value.cbegin(), value.cend(), isAsciiDigit))
        return false;
    for (const DateFormat& format : candidateDateFormats())
        if (parseDate(value, format, false, nullptr) == DateStatus::Ok)
            return true;
    return false;
}

// ---------------------------------------------------------------------------------------------
// Amounts

struct ParsedAmount
{
    MinorUnits value = 0;
    bool explicitSign = false; ///< Written with + or -, parentheses, CR or DR.
};

bool isSign(QChar c)
{
    return c == u'+' || c == u'-' || c == QChar(0x2212);
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x02BC);
}

Result<ParsedAmount> parseAmount(const QString& input, QChar decimal)
{
    const auto refuse = [&](const QString& why) {
        return Error::refused(QCoreApplication::translate("allot", "\"%1\" is not an amount: %2")
                                  .arg(shown(input), why));
    };
    if (decimal != u'.' && decimal != u',')
        return Error::refused(
            QCoreApplication::translate("allot", "The decimal separator must be a dot or a comma"));
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error::refused(QCoreApplication::translate("allot", "The amount is empty"));

    int signs = 0;
    bool negative = false;
    bool openParen = false;
    bool closeParen = false;
    qsizetype begin = 0;
    qsizetype end = text.size();
    // Before the number: spaces, currency symbols and codes, one sign, an opening parenthesis.
    while (begin < end) {
        const QChar c = text.at(begin);
        if (c.isSpace() || c.category() == QChar::Symbol_Currency) {
            ++begin;
        } else if (isSign(c)) {
            ++signs;
            negative = negative || c != u'+';
            ++begin;
        } else if (c == u'(') {
            if (openParen)
                return refuse(QCoreApplication::translate("allot", "it has two parentheses"));
            openParen = true;
            ++signs;
            negative = true;
            ++begin;
        } else if (isAsciiLetter(c)) {
            qsizetype k = begin;
            while (k < end && isAsciiLetter(text.at(k)))
                ++k;
            if (k - begin < 2 || k - begin > 3)
                return refuse(QCoreApplication::translate("allot", "unexpected character '%1'")
                                  .arg(text.at(begin)));
            begin = k;
        } else {
            break;
        }
    }
    // After the number: spaces, currency, a trailing sign ("12.50-"), ")", "CR" or "DR".
    while (end > begin) {
        const QChar c = text.at(end - 1);
        if (c.isSpace() || c.category() == QChar::Symbol_Currency) {
            --end;
        } else if (isSign(c)) {
            ++signs;
            negative = negative || c != u'+';
            --end;
        } else if (c == u')') {
            if (!openParen || closeParen)
                return refuse(QCoreApplication::translate("allot", "its parentheses do not match"));
            closeParen = true;
            --end;
        } else if (isAsciiLetter(c)) {
            qsizetype k = end;
            while (k > begin && isAsciiLetter(text.at(k - 1)))
                --k;
            const QString word = text.mid(k, end - k).toUpper();
            if (word == QLatin1String("CR")) {
                ++signs;
            } else if (word == QLatin1String("DR")) {
                ++signs;
                negative = true;
            } else if (word.size() < 2 || word.size() > 3) {
                return refuse(QCoreApplication::translate("allot", "unexpected character '%1'")
                                  .arg(text.at(k)));
            }
            end = k;
        } else {
            break;
        }
    }
    if (openParen && !closeParen)
        return refuse(QCoreApplication::translate("allot", "its parentheses do not match"));
    if (signs > 1)
        return refuse(QCoreApplication::translate("allot", "it has more than one sign"));

    // The number: digits grouped by the other separator, an apostrophe or spaces, then at most
    // one decimal separator and two decimals. Integers only.
    const QChar group = decimal == u'.' ? QChar(u',') : QChar(u'.');
    qsizetype decimalAt = -1;
    for (qsizetype k = begin; k < end; ++k) {
        if (text.at(k) == decimal) {
            if (decimalAt >= 0)
                return refuse(
                    QCoreApplication::translate("allot", "it has more than one decimal separator"));
            decimalAt = k;
        }
    }
    const qsizetype wholeEnd = decimalAt >= 0 ? decimalAt : end;
    MinorUnits units = 0;
    int digits = 0;
    int groupDigits = 0;
    bool grouped = false;
    const auto misplaced = [&] {
        return refuse(
            QCoreApplication::translate("allot", "a thousands separator is in the wrong place"));
    };
    for (qsizetype k = begin; k < wholeEnd; ++k) {
        const QChar c = text.at(k);
        if (isAsciiDigit(c)) {
            units = units * 10 + digitValue(c);
            ++digits;
            ++groupDigits;
            if (units > money::kMaxAmount / 100)
                return refuse(
                    QCoreApplication::translate("allot", "it is larger than the largest amount, %1")
                        .arg(money::format(money::kMaxAmount)));
        } else if (c == group || isApostrophe(c) || c.isSpace()) {
            // Groups of three (two in the Indian style, "1,00,000"), never empty; the first
            // never starts with a zero ("0.750" is no way to write 750).
            if (groupDigits == 0 || (grouped && groupDigits != 3 && groupDigits != 2) ||
                (!grouped && (groupDigits > 3 || text.at(k - groupDigits) == u'0')))
                return misplaced();
            grouped = true;
            groupDigits = 0;
        } else {
            return refuse(QCoreApplication::translate("allot", "unexpected character '%1'").arg(c));
        }
    }
    if (grouped && groupDigits != 3)
        return misplaced();
    MinorUnits fraction = 0;
    int decimals = 0;
    if (decimalAt >= 0) {
        for (qsizetype k = decimalAt + 1; k < end; ++k) {
            const QChar c = text.at(k);
            if (!isAsciiDigit(c))
                return refuse(
                    QCoreApplication::translate("allot", "unexpected character '%1'").arg(c));
            // Zeros past the cents change nothing ("-0.750"); other digits would be rounded.
            if (++decimals > 2) {
                if (c != u'0')
                    return refuse(
                        QCoreApplication::translate("allot", "it has more than two decimals"));
                continue;
            }
            fraction = fraction * 10 + digitValue(c);
        }
    }
    if (digits == 0 && decimals == 0)
        return refuse(QCoreApplication::translate("allot", "it has no digits"));
    if (decimals == 1)
        fraction *= 10;
    const MinorUnits amount = units * 100 + fraction;
    if (amount > money::kMaxAmount)
        return refuse(
            QCoreApplication::translate("allot", "it is larger than the largest amount, %1")
                .arg(money::format(money::kMaxAmount)));
    return ParsedAmount{negative ? -amount : amount, signs > 0};
}

bool looksLikeAmount(const QString& value)
{
    if (value.isEmpty() || value.size() > kMaxCellForValue)
        return false;
    return parseAmount(value, QLatin1Char('.')).ok() || parseAmount(value, QLatin1Char(',')).ok();
}

/// What one amount says about the decimal separator: '.', ',' or nothing (QChar()); a value that
/// reads both ways ("1.250") leans to grouping, for the column statistics only.
QChar decimalEvidence(const QString& value)
{
    const DecimalEvidence evidence = decimalEvidenceOf(value);
    if (!evidence.decides.isNull() || evidence.ambiguous.isNull())
        return evidence.decides;
    return evidence.ambiguous == u'.' ? QChar(u',') : QChar(u'.');
}

// ---------------------------------------------------------------------------------------------
// Credit / debit markers

enum class Marker { None, Credit, Debit, Unknown };

Marker markerOf(const QString& value)
{
    if (value.size() > 12)
        return value.trimmed().isEmpty() ? Marker::None : Marker::Unknown;
    static const QStringList credits = {
        QStringLiteral("cr"),     QStringLiteral("credit"),     QStringLiteral("crédit"),
        QStringLiteral("inflow"), QStringLiteral("haben"),      QStringLiteral("bij"),
        QStringLiteral("in"),     QStringLiteral("gutschrift"), QStringLiteral("c/r")};
    static const QStringList debits = {QStringLiteral("dr"),          QStringLiteral("debit"),
                                       QStringLiteral("débit"),       QStringLiteral("debet"),
                                       QStringLiteral("outflow"),     QStringLiteral("soll"),
                                       QStringLiteral("af"),          QStringLiteral("out"),
                                       QStringLiteral("lastschrift"), QStringLiteral("d/r")};
    const QString v = value.trimmed().toLower();
    if (v.isEmpty())
        return Marker::None;
    if (credits.contains(v))
        return Marker::Credit;
    if (debits.contains(v))
        return Marker::Debit;
    return Marker::Unknown;
}

// ---------------------------------------------------------------------------------------------
// Column names

enum class Role {
    Date,
    ValueDate,
    Amount,
    Debit,
    Credit,
    Payee,
    Memo,
    Category,
    Balance,
    Marker,
    Other,
    Count
};
constexpr int kRoleCount = static_cast<int>(Role::Count);

struct HeaderName
{
    const char* name; ///< Normalised: lower case, no accents, punctuation as single spaces.
    Role role;
    int priority;
};

// Names banks give their columns, in English, German, French, Dutch, Spanish, Italian and
// Hungarian. A name may serve two roles ("description" is a payee when nothing better exists,
// else a memo).
constexpr HeaderName kHeaderNames[] = {
    {"date", Role::Date, 10},
    {"datum", Role::Date, 10},
    {"buchungstag", Role::Date, 10},
    {"buchungsdatum", Role::Date, 10},
    {"transaction date", Role::Date, 10},
    {"trans date", Role::Date, 10},
    {"posted date", Role::Date, 10},
    {"posting date", Role::Date, 10},
    {"post date", Role::Date, 10},
    {"booking date", Role::Date, 10},
    {"date processed", Role::Date, 10},
    {"completed date", Role::Date, 9},
    {"started date", Role::Date, 8},
    {"date de transaction", Role::Date, 10},
    {"date d operation", Role::Date, 10},
    {"date operation", Role::Date, 10},
    {"date de comptabilisation", Role::Date, 10},
    {"boekdatum", Role::Date, 10},
    {"transactiedatum", Role::Date, 10},
    {"fecha", Role::Date, 10},
    {"fecha operacion", Role::Date, 10},
    {"data", Role::Date, 9},
    {"data operazione", Role::Date, 10},
    {"tranzakcio datuma", Role::Date, 10},
    {"konyvelesi datum", Role::Date, 10},

    {"valuta", Role::ValueDate, 10},
    {"valutadatum", Role::ValueDate, 10},
    {"wertstellung", Role::ValueDate, 10},
    {"value date", Role::ValueDate, 10},
    {"date de valeur", Role::ValueDate, 10},
    {"valeur", Role::ValueDate, 9},
    {"rentedatum", Role::ValueDate, 10},
    {"fecha valor", Role::ValueDate, 10},
    {"data valuta", Role::ValueDate, 10},
    {"erteknap", Role::ValueDate, 10},

    {"amount", Role::Amount, 10},
    {"transaction amount", Role::Amount, 10},
    {"betrag", Role::Amount, 10},
    {"umsatz", Role::Amount, 9},
    {"montant", Role::Amount, 10},
    {"bedrag", Role::Amount, 10},
    {"importe", Role::Amount, 10},
    {"importo", Role::Amount, 10},
    {"tranzakcio osszege", Role::Amount, 10},
    {"osszeg", Role::Amount, 10},

    {"debit", Role::Debit, 10},
    {"debit amount", Role::Debit, 10},
    {"withdrawal", Role::Debit, 10},
    {"withdrawals", Role::Debit, 10},
    {"paid out", Role::Debit, 10},
    {"money out", Role::Debit, 10},
    {"outflow", Role::Debit, 10},
    {"soll", Role::Debit, 10},
    {"belastung", Role::Debit, 10},
    {"ausgang", Role::Debit, 9},
    {"debet", Role::Debit, 10},
    {"cargo", Role::Debit, 9},

    {"credit", Role::Credit, 10},
    {"credit amount", Role::Credit, 10},
    {"deposit", Role::Credit, 10},
    {"deposits", Role::Credit, 10},
    {"paid in", Role::Credit, 10},
    {"money in", Role::Credit, 10},
    {"inflow", Role::Credit, 10},
    {"haben", Role::Credit, 10},
    {"gutschrift", Role::Credit, 10},
    {"eingang", Role::Credit, 9},
    {"abono", Role::Credit, 9},

    {"payee", Role::Payee, 12},
    {"payee name", Role::Payee, 12},
    {"beguenstigter zahlungspflichtiger", Role::Payee, 11},
    {"begunstigter zahlungspflichtiger", Role::Payee, 11},
    {"auftraggeber empfanger", Role::Payee, 11},
    {"auftraggeber empfaenger", Role::Payee, 11},
    {"empfanger", Role::Payee, 11},
    {"empfaenger", Role::Payee, 11},
    {"zahlungsempfanger", Role::Payee, 11},
    {"name", Role::Payee, 10},
    {"counterparty", Role::Payee, 10},
    {"counterparty name", Role::Payee, 10},
    {"beneficiary", Role::Payee, 10},
    {"beneficiaire", Role::Payee, 10},
    {"merchant", Role::Payee, 10},
    {"merchant name", Role::Payee, 10},
    {"naam tegenpartij", Role::Payee, 10},
    {"naam omschrijving", Role::Payee, 10},
    {"tegenpartij", Role::Payee, 9},
    {"auftraggeber", Role::Payee, 9},
    {"recipient", Role::Payee, 9},
    {"naam", Role::Payee, 8},
    {"nom", Role::Payee, 8},
    // Hungarian exports put the merchant in "Részletek" (details) for card payments.
    {"reszletek", Role::Payee, 9},
    {"partner neve", Role::Payee, 8},
    // UBS (Switzerland) puts the counterparty in "Description 2", the kind in "Description 1".
    {"description 2", Role::Payee, 6},
    {"libelle", Role::Payee, 5},
    {"description", Role::Payee, 4},
    {"transaction description", Role::Payee, 4},
    {"beschreibung", Role::Payee, 4},
    {"concepto", Role::Payee, 4},

    {"memo", Role::Memo, 10},
    {"verwendungszweck", Role::Memo, 10},
    {"purpose", Role::Memo, 9},
    {"notes", Role::Memo, 9},
    {"note", Role::Memo, 9},
    {"omschrijving 1", Role::Memo, 9},
    {"details", Role::Memo, 8},
    {"reference", Role::Memo, 8},
    {"mededelingen", Role::Memo, 8},
    {"omschrijving", Role::Memo, 8},
    {"kozlemeny", Role::Memo, 8},
    {"comments", Role::Memo, 7},
    {"comment", Role::Memo, 7},
    {"remarque", Role::Memo, 7},
    {"communication", Role::Memo, 7},
    {"vwz1", Role::Memo, 7},
    {"vwz 1", Role::Memo, 7},
    {"description 1", Role::Memo, 6},
    {"description", Role::Memo, 5},
    {"transaction description", Role::Memo, 5},
    {"libelle", Role::Memo, 4},
    {"partner neve", Role::Memo, 4},

    {"category", Role::Category, 10},
    {"category name", Role::Category, 10},
    {"kategorie", Role::Category, 10},
    {"categorie", Role::Category, 10},
    {"categoria", Role::Category, 10},

    {"balance", Role::Balance, 10},
    {"running balance", Role::Balance, 10},
    {"runningbalance", Role::Balance, 10},
    {"available balance", Role::Balance, 10},
    {"ledger balance", Role::Balance, 10},
    {"saldo", Role::Balance, 10},
    {"saldo na trn", Role::Balance, 10},
    {"kontostand", Role::Balance, 10},
    {"solde", Role::Balance, 10},
    {"egyenleg", Role::Balance, 10},

    {"cr dr", Role::Marker, 10},
    {"dr cr", Role::Marker, 10},
    {"debit credit", Role::Marker, 10},
    {"credit debit", Role::Marker, 10},
    {"credit debit indicator", Role::Marker, 10},
    {"af bij", Role::Marker, 10},
    {"soll haben", Role::Marker, 10},
    {"bevetel kiadas", Role::Marker, 10},

    {"currency", Role::Other, 1},
    {"waehrung", Role::Other, 1},
    {"wahrung", Role::Other, 1},
    {"munt", Role::Other, 1},
    {"monn", Role::Other, 1},
    {"devise", Role::Other, 1},
    {"devizanem", Role::Other, 1},
    {"tranzakcio devizaneme", Role::Other, 1},
    {"ccy", Role::Other, 1},
    {"status", Role::Other, 1},
    {"type", Role::Other, 1},
    {"transaction type", Role::Other, 1},
    {"tranzakcio tipusa", Role::Other, 1},
    {"code", Role::Other, 1},
    {"check number", Role::Other, 1},
    {"checknumber", Role::Other, 1},
    {"account", Role::Other, 1},
    {"auftragskonto", Role::Other, 1},
    {"kontonummer", Role::Other, 1},
    {"blz", Role::Other, 1},
    {"iban", Role::Other, 1},
    {"bic", Role::Other, 1},
    {"iban bban", Role::Other, 1},
    {"tegenrekening iban bban", Role::Other, 1},
    {"bic tegenpartij", Role::Other, 1},
    {"info", Role::Other, 1},
    {"buchungstext", Role::Other, 1},
    {"produit", Role::Other, 1},
    {"n de transaction", Role::Other, 1},
    {"transaction id", Role::Other, 1},
    {"volgnr", Role::Other, 1},
    {"batch id", Role::Other, 1},
    {"kartyaszam", Role::Other, 1},
    {"szamla neve", Role::Other, 1},
    {"szamlaszam", Role::Other, 1},
    {"partner szamlaszama", Role::Other, 1},
};

/// Lower case, accents removed, every run of punctuation or spaces one space.
QString normalizeName(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    bool gap = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (gap && !out.isEmpty())
                out += u' ';
            gap = false;
            out += c;
        } else {
            gap = true;
        }
    }
    return out;
}

/// How well a column name fits each role (0 = not at all). Exact names beat a known name
/// followed by more words ("Withdrawals (SGD)"), which beat "... date".
std::array<int, kRoleCount> roleScores(const QString& cell)
{
    std::array<int, kRoleCount> exact{};
    std::array<int, kRoleCount> prefix{};
    if (cell.size() > kMaxCellForName)
        return exact;
    const QString name = normalizeName(cell);
    if (name.isEmpty())
        return exact;
    bool anyExact = false;
    bool anyPrefix = false;
    for (const HeaderName& known : kHeaderNames) {
        const QLatin1String candidate(known.name);
        const auto role = static_cast<size_t>(known.role);
        if (name == candidate) {
            exact[role] = std::max(exact[role], 100 + known.priority);
            anyExact = true;
        } else if (name.size() > candidate.size() && name.startsWith(candidate) &&
                   name.at(candidate.size()) == u' ') {
            prefix[role] = std::max(prefix[role], 50 + known.priority);
            anyPrefix = true;
        }
    }
    if (anyExact)
        return exact;
    if (anyPrefix)
        return prefix;
    if (name.endsWith(QLatin1String(" date")) || name.endsWith(QLatin1String("datum")))
        prefix[static_cast<size_t>(Role::Date)] = 40;
    return prefix;
}

// ---------------------------------------------------------------------------------------------
// Detection

struct ColumnStats
{
    int nonEmpty = 0;
    int dates = 0;
    int amounts = 0;
    int withCents = 0;
    int negatives = 0;
    int markers = 0;  ///< Values that are CR/DR words.
    int lettered = 0; ///< Values with a letter in them.
    qint64 totalLength = 0;
    QSet<size_t> distinct;
};

struct Detection
{
    CsvMapping mapping;
    QStringList warnings;
    bool ambiguousDates = false; ///< The dates read both with the day and the month first.
};

QString delimiterName(QChar delimiter)
{
    if (delimiter == u',')
        return QCoreApplication::translate("allot", "comma-separated");
    if (delimiter == u';')
        return QCoreApplication::translate("allot", "semicolon-separated");
    if (delimiter == u'\t')
        return QCoreApplication::translate("allot", "tab-separated");
    if (delimiter == u'|')
        return QCoreApplication::translate("allot", "separated by |");
    return QCoreApplication::translate("allot", "separated by \"%1\"").arg(delimiter);
}

/// Chooses among the delimiters the one that splits the most lines into the same number of
/// fields (two or more); more fields win a tie.
std::optional<QChar> detectDelimiter(const QString& text)
{
    std::optional<QChar> best;
    int bestRows = 0;
    qsizetype bestWidth = 0;
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        QHash<qsizetype, int> widths;
        for (const CsvRow& row : splitRows(text, delimiter, kDelimiterSampleRows))
            if (row.fields.size() >= 2 && !isBlank(row))
                ++widths[row.fields.size()];
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            if (it.value() > bestRows || (it.value() == bestRows && it.key() > bestWidth)) {
                best = delimiter;
                bestRows = it.value();
                bestWidth = it.key();
            }
        }
    }
    return best;
}

/// The format under which the most dates read (then: the one that keeps the rows in order,
/// then the first in candidateDateFormats()), named with dd/MM when every value is padded.
struct DateChoice
{
    QString format;
    int parsed = 0;
    bool ambiguous = false; ///< Another format with day and month swapped read as many.
};

DateChoice detectDateFormat(const QStringList& values)
{
    const QVector<DateFormat>& candidates = candidateDateFormats();
    int bestCount = 0;
    QVector<int> counts(candidates.size(), 0);
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        for (const QString& value : values)
            if (parseDate(value, candidates.at(c), false, nullptr) == DateStatus::Ok)
                ++counts[c];
        bestCount = std::max(bestCount, counts.at(c));
    }
    DateChoice choice;
    if (bestCount == 0)
        return choice;
    qsizetype best = -1;
    int bestOrder = -1;
    int tied = 0;
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        if (counts.at(c) != bestCount)
            continue;
        ++tied;
        // How many neighbouring dates are in order (rising or falling, whichever is more).
        QVector<QDate> dates;
        for (const QString& value : values) {
            QDate date;
            if (parseDate(value, candidates.at(c), false, &date) == DateStatus::Ok)
                dates.append(date);
        }
        int rising = 0;
        int falling = 0;
        for (qsizetype i = 1; i < dates.size(); ++i) {
            rising += dates.at(i - 1) <= dates.at(i) ? 1 : 0;
            falling += dates.at(i - 1) >= dates.at(i) ? 1 : 0;
        }
        const int order = std::max(rising, falling);
        if (order > bestOrder) {
            best = c;
            bestOrder = order;
        }
    }
    choice.parsed = bestCount;
    choice.ambiguous = tied > 1;
    DateFormat tokens = candidates.at(best);
    DateFormat padded = tokens;
    for (DateToken& token : padded)
        if (token.part == DatePart::Day || token.part == DatePart::Month)
            token.padded = true;
    const bool allPadded = std::all_of(values.cbegin(), values.cend(), [&](const QString& value) {
        return parseDate(value, tokens, false, nullptr) != DateStatus::Ok ||
               parseDate(value, padded, true, nullptr) == DateStatus::Ok;
    });
    choice.format = formatName(allPadded ? padded : tokens);
    return choice;
}

bool mostly(int part, int whole)
{
    return whole > 0 && part * 2 >= whole;
}

Result<Detection> detectRows(const QString& text, QVector<CsvRow>* rowsOut)
{
    if (text.trimmed().isEmpty())
        return Error::refused(QCoreApplication::translate("allot", "The file is empty."));
    const std::optional<QChar> delimiter = detectDelimiter(text);
    if (!delimiter)
        return Error::refused(QCoreApplication::translate(
            "allot", "The file has no columns: no line is divided by commas, semicolons or tabs."));
    Detection detection;
    CsvMapping& m = detection.mapping;
    m.delimiter = *delimiter;
    QVector<CsvRow> rows = splitRows(text, m.delimiter, -1);
    const int rowCount = static_cast<int>(std::min<qsizetype>(rows.size(), kMaxRowIndex));

    // The column names: the first row among the first few whose cells name the most roles,
    // one of them a date or an amount. Lines before it (account, balance) are a preamble.
    QVector<std::array<int, kRoleCount>> names;
    int bestNamed = 0;
    for (int r = 0; r < std::min(rowCount, kHeaderSearchRows); ++r) {
        int named = 0;
        bool key = false;
        QVector<std::array<int, kRoleCount>> scores;
        const qsizetype width = std::min<qsizetype>(rows.at(r).fields.size(), kMaxDetectColumns);
        for (qsizetype c = 0; c < width; ++c) {
            const auto score = roleScores(rows.at(r).fields.at(c));
            scores.append(score);
            if (std::any_of(score.cbegin(), score.cend(), [](int s) { return s > 0; }))
                ++named;
            for (Role role : {Role::Date, Role::ValueDate, Role::Amount, Role::Debit, Role::Credit})
                key = key || score[static_cast<size_t>(role)] > 0;
        }
        if (key && named >= 2 && named > bestNamed) {
            bestNamed = named;
            m.headerRow = r;
            names = scores;
        }
    }

    // Where the records start: after the names, else at the first row as wide as most rows.
    if (m.headerRow >= 0) {
        m.firstDataRow = m.headerRow + 1;
    } else {
        QHash<qsizetype, int> widths;
        for (int r = 0; r < std::min<int>(rowCount, static_cast<int>(kDelimiterSampleRows)); ++r)
            if (!isBlank(rows.at(r)))
                ++widths[rows.at(r).fields.size()];
        qsizetype commonWidth = 0;
        int commonCount = 0;
        for (auto it = widths.cbegin(); it != widths.cend(); ++it)
            if (it.value() > commonCount || (it.value() == commonCount && it.key() > commonWidth)) {
                commonWidth = it.key();
                commonCount = it.value();
            }
        m.firstDataRow = 0;
        while (m.firstDataRow < rowCount && (isBlank(rows.at(m.firstDataRow)) ||
                                             rows.at(m.firstDataRow).fields.size() != commonWidth))
            ++m.firstDataRow;
        // A first row of words only, above rows with dates, holds names we do not know.
        if (m.firstDataRow < rowCount) {
            const CsvRow& first = rows.at(m.firstDataRow);
            const auto firstEnd =
                first.fields.cbegin() + std::min<qsizetype>(first.fields.size(), kMaxDetectColumns);
            const bool wordsOnly =
                std::none_of(first.fields.cbegin(), firstEnd, [](const QString& field) {
                    return looksLikeDate(field.trimmed()) || looksLikeAmount(field.trimmed());
                });
            bool datesBelow = false;
            for (int r = m.firstDataRow + 1; r < std::min(rowCount, m.firstDataRow + 20); ++r) {
                const QStringList& fields = rows.at(r).fields;
                for (qsizetype c = 0; c < std::min<qsizetype>(fields.size(), kMaxDetectColumns);
                     ++c)
                    datesBelow = datesBelow || looksLikeDate(fields.at(c).trimmed());
            }
            if (wordsOnly && datesBelow) {
                m.headerRow = m.firstDataRow;
                ++m.firstDataRow;
            }
        }
    }

    // What the cells of each column look like.
    QVector<ColumnStats> stats;
    QVector<int> sampleRows;
    for (int r = m.firstDataRow; r < rowCount && sampleRows.size() < kSampleRows; ++r) {
        const CsvRow& row = rows.at(r);
        if (isBlank(row))
            continue;
        sampleRows.append(r);
        const qsizetype width = std::min<qsizetype>(row.fields.size(), kMaxDetectColumns);
        if (stats.size() < width)
            stats.resize(width);
        for (qsizetype c = 0; c < width; ++c) {
            const QString value = row.fields.at(c).trimmed();
            if (value.isEmpty())
                continue;
            ColumnStats& s = stats[c];
            ++s.nonEmpty;
            s.totalLength += std::min<qsizetype>(value.size(), 1000);
            if (s.distinct.size() < kMaxDistinct)
                s.distinct.insert(qHash(value));
            if (std::any_of(value.cbegin(), value.cend(), [](QChar ch) { return ch.isLetter(); }))
                ++s.lettered;
            if (looksLikeDate(value))
                ++s.dates;
            if (looksLikeAmount(value)) {
                ++s.amounts;
                const auto parsed = parseAmount(
                    value, decimalEvidence(value) == u',' ? QLatin1Char(',') : QLatin1Char('.'));
                if (parsed && parsed->value < 0)
                    ++s.negatives;
                if (!decimalEvidence(value).isNull())
                    ++s.withCents;
            }
            const Marker marker = markerOf(value);
            if (marker == Marker::Credit || marker == Marker::Debit)
                ++s.markers;
        }
    }
    const int columns = static_cast<int>(stats.size());
    if (columns == 0)
        return Error::refused(
            QCoreApplication::translate("allot", "The file has column names but no records."));
    const auto statsOf = [&](int c) -> const ColumnStats& { return stats.at(c); };
    const auto score = [&](int c, Role role) {
        return c < names.size() ? names.at(c)[static_cast<size_t>(role)] : 0;
    };
    QSet<int> used;
    // The named column that fits best and whose cells pass \a fits.
    const auto pickNamed = [&](Role role, const std::function<bool(int)>& fits) {
        int best = -1;
        for (int c = 0; c < columns; ++c)
            if (!used.contains(c) && score(c, role) > 0 && fits(c) &&
                (best < 0 || score(c, role) > score(best, role)))
                best = c;
        if (best >= 0)
            used.insert(best);
        return best;
    };
    const auto hasDates = [&](int c) { return mostly(statsOf(c).dates, statsOf(c).nonEmpty); };
    // A column named for its role needs less proof: some of its cells must fit.
    const auto someFit = [](int part, int whole) { return part > 0 && part * 5 >= whole; };
    const auto hasSomeDates = [&](int c) { return someFit(statsOf(c).dates, statsOf(c).nonEmpty); };
    const auto hasAmounts = [&](int c) {
        return statsOf(c).nonEmpty == 0 || mostly(statsOf(c).amounts, statsOf(c).nonEmpty);
    };
    const auto hasText = [&](int c) {
        const ColumnStats& s = statsOf(c);
        const bool constant = s.nonEmpty >= 3 && s.distinct.size() == 1;
        return s.nonEmpty > 0 && !constant;
    };

    // Dates: a booking date by name, else a value date, else the first column of dates.
    m.dateColumn = pickNamed(Role::Date, hasSomeDates);
    if (m.dateColumn < 0)
        m.dateColumn = pickNamed(Role::ValueDate, hasSomeDates);
    if (m.dateColumn < 0) {
        for (int c = 0; c < columns && m.dateColumn < 0; ++c)
            if (hasDates(c) && statsOf(c).dates > 0 && score(c, Role::ValueDate) == 0)
                m.dateColumn = c;
        if (m.dateColumn < 0)
            return Error::refused(QCoreApplication::translate(
                "allot", "No column of the file holds dates, so it cannot be read without help."));
        used.insert(m.dateColumn);
    }

    // Amounts: one signed amount, or money out and money in.
    m.amountColumn = pickNamed(
        Role::Amount, [&](int c) { return someFit(statsOf(c).amounts, statsOf(c).nonEmpty); });
    if (m.amountColumn < 0) {
        m.debitColumn = pickNamed(Role::Debit, hasAmounts);
        m.creditColumn = pickNamed(Role::Credit, hasAmounts);
        if (m.debitColumn >= 0 && m.creditColumn >= 0 &&
            statsOf(m.debitColumn).amounts + statsOf(m.creditColumn).amounts == 0) {
            used.remove(m.debitColumn);
            used.remove(m.creditColumn);
            m.debitColumn = m.creditColumn = -1;
        }
    }
    if (m.amountColumn < 0 && m.debitColumn < 0 && m.creditColumn < 0) {
        // By content: columns of amounts that are not dates, balances or other known columns.
        QVector<int> found;
        for (int c = 0; c < columns; ++c) {
            const ColumnStats& s = statsOf(c);
            if (used.contains(c) || s.amounts == 0 || s.amounts * 10 < s.nonEmpty * 8 ||
                mostly(s.dates, s.nonEmpty) || score(c, Role::Balance) > 0 ||
                score(c, Role::Other) > 0 || score(c, Role::ValueDate) > 0)
                continue;
            found.append(c);
        }
        // Identifiers are whole numbers; when some column has cents, those without are not money.
        if (std::any_of(found.cbegin(), found.cend(),
                        [&](int c) { return statsOf(c).withCents > 0; }))
            found.erase(std::remove_if(found.begin(), found.end(),
                                       [&](int c) { return statsOf(c).withCents == 0; }),
                        found.end());
        if (found.isEmpty())
            return Error::refused(QCoreApplication::translate(
                "allot",
                "No column of the file holds amounts, so it cannot be read without help."));
        bool pair = false;
        if (found.size() >= 2) {
            // Two columns never filled in the same row: money out and money in.
            const int a = found.at(0);
            const int b = found.at(1);
            int both = 0;
            for (int r : sampleRows)
                both +=
                    (!cellAt(rows.at(r), a).isEmpty() && !cellAt(rows.at(r), b).isEmpty()) ? 1 : 0;
            pair = both == 0;
            if (pair) {
                // The column with minus signs, else the one filled more often, is money out.
                const bool aOut = statsOf(a).negatives != statsOf(b).negatives
                                      ? statsOf(a).negatives > statsOf(b).negatives
                                      : statsOf(a).nonEmpty >= statsOf(b).nonEmpty;
                m.debitColumn = aOut ? a : b;
                m.creditColumn = aOut ? b : a;
                used.insert(a);
                used.insert(b);
                detection.warnings.append(
                    QCoreApplication::translate("allot",
                                                "Columns %1 and %2 have no names: column %3 was "
                                                "read as money out and column %4 as money in.")
                        .arg(a + 1)
                        .arg(b + 1)
                        .arg(m.debitColumn + 1)
                        .arg(m.creditColumn + 1));
            }
        }
        if (!pair) {
            m.amountColumn = found.at(0);
            used.insert(m.amountColumn);
        }
    }

    // Payee, memo and category by name; a payee by content when nothing is named.
    m.payeeColumn = pickNamed(Role::Payee, hasText);
    m.memoColumn = pickNamed(Role::Memo, hasText);
    m.categoryColumn = pickNamed(Role::Category, [&](int c) { return statsOf(c).nonEmpty > 0; });
    if (m.payeeColumn < 0 && m.memoColumn >= 0) {
        m.payeeColumn = m.memoColumn;
        m.memoColumn = -1;
    }
    if (m.payeeColumn < 0) {
        int best = -1;
        for (int c = 0; c < columns; ++c) {
            const ColumnStats& s = statsOf(c);
            if (used.contains(c) || !hasText(c) || !mostly(s.lettered, s.nonEmpty) ||
                mostly(s.dates, s.nonEmpty) || s.markers == s.nonEmpty || score(c, Role::Other) > 0)
                continue;
            const auto average = [](const ColumnStats& x) { return x.totalLength / x.nonEmpty; };
            if (best < 0 || s.distinct.size() > statsOf(best).distinct.size() ||
                (s.distinct.size() == statsOf(best).distinct.size() &&
                 average(s) > average(statsOf(best))))
                best = c;
        }
        m.payeeColumn = best;
        if (best >= 0)
            used.insert(best);
    }

    // A column of CR/DR words next to an unsigned amount.
    if (m.amountColumn >= 0) {
        const auto isMarkerColumn = [&](int c) {
            return statsOf(c).markers > 0 && statsOf(c).markers == statsOf(c).nonEmpty;
        };
        m.creditDebitColumn = pickNamed(Role::Marker, isMarkerColumn);
        for (int c = 0; c < columns && m.creditDebitColumn < 0; ++c)
            if (!used.contains(c) && isMarkerColumn(c))
                m.creditDebitColumn = c;
        if (m.creditDebitColumn >= 0) {
            used.insert(m.creditDebitColumn);
            bool debits = false;
            for (int r : sampleRows)
                debits =
                    debits || markerOf(cellAt(rows.at(r), m.creditDebitColumn)) == Marker::Debit;
            if (!debits)
                detection.warnings.append(QCoreApplication::translate(
                    "allot", "Amounts without a sign or a CR mark were read as money out."));
        }
    }

    // The decimal separator, from the amounts (else the balances) of every row, not only the
    // sample: one "12,50" far into the file decides it. A dot when nothing tells; undecided when
    // amounts read both ways ("1.250") and nothing else tells.
    DecimalVote decimals;
    const auto vote = [&](int c, bool balance) {
        if (c < 0)
            return;
        const QString name =
            m.headerRow >= 0 ? cellAt(rows.at(m.headerRow), c).trimmed() : QString();
        for (int r = m.firstDataRow; r < rowCount; ++r) {
            const QString value = cellAt(rows.at(r), c);
            if (looksLikeAmount(value))
                decimals.add(value, c, name, rows.at(r).line, balance);
        }
    };
    vote(m.amountColumn, false);
    vote(m.debitColumn, false);
    vote(m.creditColumn, false);
    for (int c = 0; c < columns; ++c)
        if (score(c, Role::Balance) > 0 && c != m.amountColumn && c != m.debitColumn &&
            c != m.creditColumn)
            vote(c, true);
    m.decimalSeparator = decimals.separator();
    m.decimalDoubt = decimals.doubt();

    // The date format, from every value of the date column.
    QStringList dateValues;
    for (int r = m.firstDataRow; r < rowCount; ++r)
        if (const QString value = cellAt(rows.at(r), m.dateColumn); !value.isEmpty())
            dateValues.append(value);
    const DateChoice dates = detectDateFormat(dateValues);
    if (dates.format.isEmpty())
        return Error::refused(QCoreApplication::translate(
            "allot", "The dates of the file are in a format Allot does not know."));
    m.dateFormat = dates.format;
    detection.ambiguousDates = dates.ambiguous;
    if (dates.ambiguous)
        detection.warnings.append(QCoreApplication::translate(
                                      "allot", "The dates could be read with the day or the month "
                                               "first; they were read as %1.")
                                      .arg(m.dateFormat));
    if (m.headerRow > 0)
        detection.warnings.append(
            QCoreApplication::translate("allot",
                                        "Lines 1 to %1, before the column names, were skipped.")
                .arg(rows.at(m.headerRow).line - 1));

    if (rowsOut)
        *rowsOut = std::move(rows);
    return detection;
}

// The decimal separator the user chose wins; without one, a detected mapping whose amounts read
// two ways is refused, saying so, rather than read with a guess.
Status chooseDecimal(CsvMapping& m, QChar chosen)
{
    if (!chosen.isNull()) {
        m.decimalSeparator = chosen;
        m.decimalDoubt.reset();
    }
    if (m.decimalSeparator.isNull() && m.decimalDoubt)
        return Error::refused(decimalDoubtMessage(*m.decimalDoubt));
    return {};
}

Status validate(const CsvMapping& m)
{
    const auto refuse = [](const QString& why) {
        return Error::refused(
            QCoreApplication::translate("allot", "The CSV column settings cannot be used: %1")
                .arg(why));
    };
    if (m.delimiter == u'"' || m.delimiter == u'\r' || m.delimiter == u'\n' || m.delimiter.isNull())
        return refuse(QCoreApplication::translate(
            "allot", "the separator cannot be a quote or a line break"));
    if (m.decimalSeparator != u'.' && m.decimalSeparator != u',')
        return refuse(
            QCoreApplication::translate("allot", "the decimal separator must be a dot or a comma"));
    if (m.headerRow < -1 || m.headerRow > kMaxRowIndex || m.firstDataRow < 0 ||
        m.firstDataRow > kMaxRowIndex || (m.headerRow >= 0 && m.headerRow >= m.firstDataRow))
        return refuse(
            QCoreApplication::translate("allot", "the records must start after the column names"));
    const int columns[] = {m.dateColumn,        m.amountColumn, m.debitColumn, m.creditColumn,
                           m.creditDebitColumn, m.payeeColumn,  m.memoColumn,  m.categoryColumn};
    for (int c : columns)
        if (c < -1 || c >= kMaxColumns)
            return refuse(QCoreApplication::translate("allot", "a column number is out of range"));
    if (m.dateColumn < 0)
        return refuse(QCoreApplication::translate("allot", "no column holds the dates"));
    const bool debitCredit = m.debitColumn >= 0 || m.creditColumn >= 0;
    if ((m.amountColumn >= 0) == debitCredit)
        return refuse(QCoreApplication::translate(
            "allot", "choose either one amount column or money out and money in columns"));
    if (m.creditDebitColumn >= 0 && m.amountColumn < 0)
        return refuse(
            QCoreApplication::translate("allot", "a CR/DR column needs an amount column"));
    const int money[] = {m.dateColumn, m.amountColumn, m.debitColumn, m.creditColumn,
                         m.creditDebitColumn};
    for (int i = 0; i < 5; ++i)
        for (int j = i + 1; j < 5; ++j)
            if (money[i] >= 0 && money[i] == money[j])
                return refuse(QCoreApplication::translate(
                    "allot", "the date and amount columns must be different columns"));
    if (!compileDateFormat(m.dateFormat))
        return refuse(QCoreApplication::translate("allot", "\"%1\" is not a date format")
                          .arg(shown(m.dateFormat)));
    return {};
}

QString describe(const CsvMapping& m, const QVector<CsvRow>& rows)
{
    const QString header = m.headerRow >= 0 && m.headerRow < rows.size()
                               ? QCoreApplication::translate("allot", "header on line %1")
                                     .arg(rows.at(m.headerRow).line)
                               : QCoreApplication::translate("allot", "no header");
    const QString decimal = m.decimalSeparator == u','
                                ? QCoreApplication::translate("allot", "decimal comma")
                                : QCoreApplication::translate("allot", "decimal point");
    return QCoreApplication::translate("allot", "CSV, %1, %2, dates %3, %4")
        .arg(delimiterName(m.delimiter), header, m.dateFormat, decimal);
}

// Turns rows into records one at a time, keeping what spans rows: a row without a date and an
// amount continues the record above it, so the last record stays open until the next one starts.
class RecordReader
{
public:
    RecordReader(const CsvMapping& mapping, ReadResult& into)
        : m(mapping), result(into), format(*compileDateFormat(mapping.dateFormat))
    {
    }

    void read(const CsvRow& row)
    {
        if (isBlank(row))
            return;
        const QString dateText = cellAt(row, m.dateColumn);
        const QString amountText = cellAt(row, m.amountColumn);
        const QString debitText = cellAt(row, m.debitColumn);
        const QString creditText = cellAt(row, m.creditColumn);
        const bool noAmount = amountText.isEmpty() && debitText.isEmpty() && creditText.isEmpty();
        if (dateText.isEmpty() && noAmount) {
            if (attachTo >= 0) {
                // A second line of the record above (its description goes on).
                QStringList parts;
                for (const QString& field : row.fields)
                    if (!field.trimmed().isEmpty())
                        parts.append(field.simplified());
                ImportedTransaction& t = result.transactions[attachTo];
                const QString more = parts.join(u' ');
                t.memo = t.memo.isEmpty() ? more : t.memo + u' ' + more;
                if (t.payee.isEmpty())
                    t.payee = more;
                ++continued;
                return;
            }
            // Text alone (a note, a separator line) is not a transaction: a note, not a problem.
            result.warnings << QCoreApplication::translate(
                                   "allot", "Line %1 has no date and no amount; left out")
                                   .arg(row.line);
            return;
        }
        attachTo = -1;
        // Card statements list unposted rows with "Pending" for a date: they are not
        // transactions yet, and will come again, booked, in a later statement.
        if (dateText.compare(QLatin1String("pending"), Qt::CaseInsensitive) == 0) {
            result.warnings << QCoreApplication::translate("allot",
                                                           "Line %1 is still pending; left out")
                                   .arg(row.line);
            return;
        }
        if (dateText.isEmpty()) {
            problem(row, QCoreApplication::translate("allot", "the row has no date"));
            return;
        }
        QDate date;
        const DateStatus status = parseDate(dateText, format, false, &date);
        if (status == DateStatus::NoMatch && noAmount) {
            // Neither a date nor an amount: a line of text in the middle of the records.
            result.warnings << QCoreApplication::translate(
                                   "allot", "Line %1 has no date and no amount; left out")
                                   .arg(row.line);
            return;
        }
        if (status == DateStatus::NoMatch) {
            problem(row, QCoreApplication::translate("allot", "\"%1\" is not a date written as %2")
                             .arg(shown(dateText), m.dateFormat));
            return;
        }
        if (status == DateStatus::NoSuchDay) {
            problem(row, QCoreApplication::translate("allot", "the date \"%1\" does not exist")
                             .arg(shown(dateText)));
            return;
        }
        MinorUnits amount = 0;
        if (m.amountColumn >= 0) {
            if (amountText.isEmpty()) {
                problem(row, QCoreApplication::translate("allot", "the row has no amount"));
                return;
            }
            const auto parsed = readAmount(amountText);
            if (!parsed) {
                problem(row, parsed.error().message);
                return;
            }
            amount = parsed->value;
            if (m.creditDebitColumn >= 0) {
                const MinorUnits magnitude = amount < 0 ? -amount : amount;
                switch (markerOf(cellAt(row, m.creditDebitColumn))) {
                case Marker::Credit:
                    amount = magnitude;
                    break;
                case Marker::Debit:
                    amount = -magnitude;
                    break;
                case Marker::None:
                    if (!parsed->explicitSign)
                        amount = -magnitude;
                    break;
                case Marker::Unknown:
                    break;
                }
            }
        } else {
            if (noAmount) {
                problem(row, QCoreApplication::translate("allot", "the row has no amount"));
                return;
            }
            MinorUnits debit = 0;
            MinorUnits credit = 0;
            if (!debitText.isEmpty()) {
                const auto parsed = readAmount(debitText);
                if (!parsed) {
                    problem(row, parsed.error().message);
                    return;
                }
                debit = parsed->value < 0 ? -parsed->value : parsed->value;
            }
            if (!creditText.isEmpty()) {
                const auto parsed = readAmount(creditText);
                if (!parsed) {
                    problem(row, parsed.error().message);
                    return;
                }
                credit = parsed->value;
            }
            amount = credit - debit;
            if (amount > money::kMaxAmount || amount < -money::kMaxAmount) {
                problem(row, QCoreApplication::translate("allot", "the amount is too large"));
                return;
            }
        }
        if (m.negateAmounts)
            amount = -amount;
        if (amount == 0) {
            result.warnings << QCoreApplication::translate(
                                   "allot", "Line %1: the amount is zero; nothing to import")
                                   .arg(row.line);
            return;
        }
        ImportedTransaction t;
        t.line = row.line;
        t.date = date;
        t.amount = amount;
        t.memo = cellAt(row, m.memoColumn).simplified();
        t.payee = cellAt(row, m.payeeColumn).simplified();
        if (t.payee.isEmpty())
            t.payee = t.memo;
        t.category = cellAt(row, m.categoryColumn);
        result.transactions.append(std::move(t));
        attachTo = result.transactions.size() - 1;
    }

    /// Moves out the records no later row can change: all but the last.
    QVector<ImportedTransaction> takeSettled()
    {
        QVector<ImportedTransaction> settled;
        if (result.transactions.size() <= 1)
            return settled;
        ImportedTransaction last = std::move(result.transactions.last());
        result.transactions.removeLast();
        settled = std::move(result.transactions);
        result.transactions = QVector<ImportedTransaction>();
        result.transactions.append(std::move(last));
        if (attachTo >= 0)
            attachTo = 0;
        return settled;
    }

    void finish()
    {
        if (continued > 0)
            result.warnings.append(QCoreApplication::translate(
                                       "allot", "%1 rows without a date or an amount were added to "
                                                "the memo of the record above them.")
                                       .arg(continued));
        continued = 0;
    }

private:
    void problem(const CsvRow& row, const QString& message)
    {
        result.problems.append({row.line, message});
    }
    Result<ParsedAmount> readAmount(const QString& text) const
    {
        return parseAmount(text, m.decimalSeparator);
    }

    const CsvMapping& m;
    ReadResult& result;
    const DateFormat format;
    int continued = 0;
    qsizetype attachTo = -1; // the record that rows without a date and amount continue
};

// Takes the rows and lets each go once it is read, so that a large file is not held twice.
ReadResult readRows(QVector<CsvRow> rows, const CsvMapping& m, const QStringList& warnings)
{
    ReadResult result;
    result.transactions.reserve(std::max<qsizetype>(0, rows.size() - m.firstDataRow));
    result.warnings = warnings;
    result.description = describe(m, rows);
    RecordReader reader(m, result);
    for (qsizetype r = m.firstDataRow; r < rows.size(); ++r) {
        if (r > m.firstDataRow)
            rows[r - 1] = CsvRow();
        reader.read(rows.at(r));
    }
    noteLongTexts(result.transactions, result.warnings);
    reader.finish();
    return result;
}

} // namespace

// -------------------------------------------------------------------------------------------------
// Public API

QJsonObject CsvMapping::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("delimiter"), QString(delimiter));
    json.insert(QStringLiteral("headerRow"), headerRow);
    json.insert(QStringLiteral("firstDataRow"), firstDataRow);
    json.insert(QStringLiteral("dateColumn"), dateColumn);
    json.insert(QStringLiteral("amountColumn"), amountColumn);
    json.insert(QStringLiteral("debitColumn"), debitColumn);
    json.insert(QStringLiteral("creditColumn"), creditColumn);
    json.insert(QStringLiteral("creditDebitColumn"), creditDebitColumn);
    json.insert(QStringLiteral("payeeColumn"), payeeColumn);
    json.insert(QStringLiteral("memoColumn"), memoColumn);
    json.insert(QStringLiteral("categoryColumn"), categoryColumn);
    json.insert(QStringLiteral("dateFormat"), dateFormat);
    json.insert(QStringLiteral("decimalSeparator"), QString(decimalSeparator));
    json.insert(QStringLiteral("negateAmounts"), negateAmounts);
    return json;
}

Result<CsvMapping> CsvMapping::fromJson(const QJsonObject& json)
{
    const auto refuse = [](const QString& why) {
        return Error::refused(
            QCoreApplication::translate("allot", "The CSV column settings cannot be used: %1")
                .arg(why));
    };
    CsvMapping m;
    const auto readChar = [&](const char* key, QChar* out) -> bool {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isString() || value.toString().size() != 1)
            return false;
        *out = value.toString().at(0);
        return true;
    };
    const auto readInt = [&](const char* key, int* out) -> bool {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        const qint64 number = value.toInteger(LLONG_MIN);
        if (!value.isDouble() || number == LLONG_MIN || number < -1 || number > kMaxRowIndex)
            return false;
        *out = static_cast<int>(number);
        return true;
    };
    if (!json.contains(QLatin1String("dateColumn")) || !json.contains(QLatin1String("dateFormat")))
        return refuse(
            QCoreApplication::translate("allot", "the date column or its format is missing"));
    if (!readChar("delimiter", &m.delimiter))
        return refuse(QCoreApplication::translate("allot", "the separator must be one character"));
    if (!readChar("decimalSeparator", &m.decimalSeparator))
        return refuse(
            QCoreApplication::translate("allot", "the decimal separator must be a dot or a comma"));
    const std::pair<const char*, int*> ints[] = {{"headerRow", &m.headerRow},
                                                 {"firstDataRow", &m.firstDataRow},
                                                 {"dateColumn", &m.dateColumn},
                                                 {"amountColumn", &m.amountColumn},
                                                 {"debitColumn", &m.debitColumn},
                                                 {"creditColumn", &m.creditColumn},
                                                 {"creditDebitColumn", &m.creditDebitColumn},
                                                 {"payeeColumn", &m.payeeColumn},
                                                 {"memoColumn", &m.memoColumn},
                                                 {"categoryColumn", &m.categoryColumn}};
    for (const auto& [key, target] : ints)
        if (!readInt(key, target))
            return refuse(QCoreApplication::translate("allot", "\"%1\" must be a whole number")
                              .arg(QLatin1String(key)));
    const QJsonValue format = json.value(QLatin1String("dateFormat"));
    if (!format.isString())
        return refuse(QCoreApplication::translate("allot", "the date format must be text"));
    m.dateFormat = format.toString();
    const QJsonValue negate = json.value(QLatin1String("negateAmounts"));
    if (!negate.isUndefined() && !negate.isBool())
        return refuse(
            QCoreApplication::translate("allot", "\"negateAmounts\" must be true or false"));
    m.negateAmounts = negate.toBool(false);
    if (const Status valid = validate(m); !valid)
        return valid.error();
    return m;
}

QVector<CsvRow> splitCsv(const QString& text, QChar delimiter)
{
    return splitRows(text, delimiter, -1);
}

Result<CsvMapping> detectCsvMapping(const QByteArray& bytes)
{
    auto detection = detectRows(decodeText(bytes), nullptr);
    if (!detection)
        return detection.error();
    return detection->mapping;
}

Result<ReadResult> readCsv(const QByteArray& bytes, const std::optional<CsvMapping>& mapping,
                           QChar decimalSeparator)
{
    // The rows hold their own copies of the fields: the decoded text goes before they are read.
    QString text = decodeText(bytes);
    if (mapping) {
        CsvMapping m = *mapping;
        if (const Status chosen = chooseDecimal(m, decimalSeparator); !chosen)
            return chosen.error();
        if (const Status valid = validate(m); !valid)
            return valid.error();
        QVector<CsvRow> rows = splitRows(text, m.delimiter, -1);
        text = QString();
        return readRows(std::move(rows), m, {});
    }
    QVector<CsvRow> rows;
    auto detection = detectRows(text, &rows);
    text = QString();
    if (!detection)
        return detection.error();
    CsvMapping m = detection->mapping;
    if (const Status chosen = chooseDecimal(m, decimalSeparator); !chosen)
        return chosen.error();
    return readRows(std::move(rows), m, detection->warnings);
}

namespace {

// Where the next slice of a file ends: at least \a want bytes on, at the end of a row, found the
// way splitRows() reads quotes (a quote opens a field only at its start, "" inside is a quote),
// or at the end of the file. A slice starts at the start of a row.
qsizetype sliceEnd(const QByteArray& bytes, qsizetype from, qsizetype want, char delimiter)
{
    const qsizetype n = bytes.size();
    const char* s = bytes.constData();
    bool fieldStart = true;
    bool quoted = false;
    for (qsizetype i = from; i < n; ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < n && s[i + 1] == '"')
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == '"' && fieldStart && delimiter != '"') {
            quoted = true;
            fieldStart = false;
        } else if (c == '\n') {
            if (i + 1 - from >= want)
                return i + 1;
            fieldStart = true;
        } else {
            fieldStart = c == delimiter || c == '\r';
        }
    }
    return n;
}

// detectDateFormat() over the distinct values of a date column and how often each occurs, for a
// file read in slices; nullopt when two formats read as many dates (then the order of the rows
// decides, which is not kept).
std::optional<QString> untiedDateFormat(const QHash<QString, int>& values)
{
    const QVector<DateFormat>& candidates = candidateDateFormats();
    QVector<qint64> counts(candidates.size(), 0);
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (parseDate(it.key(), candidates.at(c), false, nullptr) == DateStatus::Ok)
                counts[c] += it.value();
    }
    const qint64 best = *std::max_element(counts.cbegin(), counts.cend());
    if (best == 0 || std::count(counts.cbegin(), counts.cend(), best) != 1)
        return std::nullopt;
    const DateFormat tokens = candidates.at(counts.indexOf(best));
    DateFormat padded = tokens;
    for (DateToken& token : padded)
        if (token.part == DatePart::Day || token.part == DatePart::Month)
            token.padded = true;
    bool allPadded = true;
    for (auto it = values.cbegin(); it != values.cend() && allPadded; ++it)
        allPadded = parseDate(it.key(), tokens, false, nullptr) != DateStatus::Ok ||
                    parseDate(it.key(), padded, true, nullptr) == DateStatus::Ok;
    return formatName(allPadded ? padded : tokens);
}

// How many rows a text advances, counted the way splitRows() counts them.
int lineBreaks(const QString& text)
{
    int breaks = 0;
    const QChar* s = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const qsizetype length = lineBreakAt(s, n, i);
        if (length > 0) {
            ++breaks;
            i += length;
        } else {
            ++i;
        }
    }
    return breaks;
}

// A slice in the file's encoding (UTF-8, else Windows-1252 as decodeText() falls back); a slice
// ends at a line end, so no character is cut.
QString decodeSlice(const QByteArray& slice, bool utf8)
{
    if (utf8)
        return QString::fromUtf8(slice);
    QStringDecoder cp1252("windows-1252");
    return cp1252.isValid() ? cp1252.decode(slice) : QString::fromLatin1(slice);
}

} // namespace

struct CsvStream::State
{
    State(const CsvMapping& mapping, ReadResult& read) : reader(mapping, read) {}
    RecordReader reader;
    qsizetype position = 0;
    qsizetype rowsSeen = 0;
    int lineOffset = 0;
    bool done = false;
};

Result<std::unique_ptr<CsvStream>> CsvStream::open(const QByteArray& bytes,
                                                   const std::optional<CsvMapping>& mapping,
                                                   qsizetype sliceBytes, QChar decimalSeparator)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return std::unique_ptr<CsvStream>();
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    // The encoding of the whole file, as decodeText() decides it, without keeping the text: in
    // pieces cut after a line feed, which never falls inside a UTF-8 sequence.
    bool utf8 = true;
    for (qsizetype at = 0; at < body.size() && utf8;) {
        const qsizetype newline = body.indexOf('\n', std::min(body.size(), at + (1 << 20)));
        const qsizetype end = newline < 0 ? body.size() : newline + 1;
        QStringDecoder check(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString piece = check.decode(QByteArrayView(body.constData() + at, end - at));
        utf8 = !check.hasError();
        at = end;
    }
    const qsizetype slice = std::max<qsizetype>(1, sliceBytes);
    CsvMapping m;
    QStringList warnings;
    QString description;
    {
        // The first part of the file, at least a megabyte (tens of thousands of rows), settles
        // the columns. The separator is not known yet: the part ends at a line end as commas
        // would read the quotes; a wrong guess cuts only its last row.
        const qsizetype end = sliceEnd(body, 0, std::max<qsizetype>(slice, 1 << 20), ',');
        const QString text = decodeSlice(body.left(end), utf8);
        QVector<CsvRow> rows;
        if (mapping) {
            m = *mapping;
            if (const Status chosen = chooseDecimal(m, decimalSeparator); !chosen)
                return chosen.error();
            if (const Status valid = validate(m); !valid)
                return valid.error();
            rows = splitRows(text, m.delimiter, -1);
            if (m.headerRow >= rows.size() && end < body.size())
                return std::unique_ptr<CsvStream>(); // names beyond the first part: read whole
        } else {
            auto detection = detectRows(text, &rows);
            if (!detection)
                return detection.error();
            if (detection->ambiguousDates && end < body.size())
                return std::unique_ptr<CsvStream>(); // the rest may settle it: read it whole
            m = detection->mapping;
            if (const Status chosen = chooseDecimal(m, decimalSeparator); !chosen)
                return chosen.error();
            warnings = detection->warnings;
        }
        description = describe(m, rows);
    }
    if (!mapping) {
        // The date format and the decimal separator as the whole file settles them (detection
        // read the first part only): the distinct dates of every row, counted, and every amount's
        // vote. Another answer than the first part's: read the file whole, which decides (or
        // refuses) on every row.
        QHash<QString, int> dates;
        DecimalVote decimals;
        qsizetype row = 0;
        const char delimiter = char(m.delimiter.unicode());
        for (qsizetype at = 0; at < body.size();) {
            const qsizetype end = sliceEnd(body, at, slice, delimiter);
            const QVector<CsvRow> rows =
                splitRows(decodeSlice(body.mid(at, end - at), utf8), m.delimiter, -1);
            for (const CsvRow& r : rows) {
                if (row++ < m.firstDataRow)
                    continue;
                if (const QString value = cellAt(r, m.dateColumn); !value.isEmpty())
                    ++dates[value];
                for (const int c : {m.amountColumn, m.debitColumn, m.creditColumn}) {
                    if (c < 0)
                        continue;
                    if (const QString value = cellAt(r, c); looksLikeAmount(value))
                        decimals.add(value, c, QString(), r.line);
                }
            }
            at = end;
        }
        const std::optional<QString> format = untiedDateFormat(dates);
        if (!format || *format != m.dateFormat)
            return std::unique_ptr<CsvStream>();
        if (decimalSeparator.isNull() && decimals.separator() != m.decimalSeparator)
            return std::unique_ptr<CsvStream>();
    }
    return std::unique_ptr<CsvStream>(new CsvStream(body, utf8, m, warnings, description, slice));
}

CsvStream::CsvStream(QByteArray body, bool utf8, const CsvMapping& mapping, QStringList warnings,
                     QString description, qsizetype sliceBytes)
    : m_body(std::move(body)), m_utf8(utf8), m_mapping(mapping),
      m_detectionWarnings(std::move(warnings)), m_description(std::move(description)),
      m_sliceBytes(sliceBytes)
{
    restart();
}

CsvStream::~CsvStream() = default;

void CsvStream::restart()
{
    m_state.reset();
    m_read = ReadResult();
    m_read.warnings = m_detectionWarnings;
    m_read.description = m_description;
    m_total = 0;
    m_state = std::make_unique<State>(m_mapping, m_read);
}

QVector<ImportedTransaction> CsvStream::next()
{
    State& state = *m_state;
    const char delimiter = char(m_mapping.delimiter.unicode());
    while (!state.done) {
        if (state.position >= m_body.size()) {
            state.done = true;
            break; // the last record, held back until now
        }
        const qsizetype end = sliceEnd(m_body, state.position, m_sliceBytes, delimiter);
        const QString text = decodeSlice(m_body.mid(state.position, end - state.position), m_utf8);
        state.position = end;
        QVector<CsvRow> rows = splitRows(text, m_mapping.delimiter, -1);
        for (qsizetype r = 0; r < rows.size(); ++r, ++state.rowsSeen) {
            if (state.rowsSeen < m_mapping.firstDataRow)
                continue; // preamble and column names, however small the slices
            rows[r].line += state.lineOffset;
            state.reader.read(rows.at(r));
            rows[r] = CsvRow();
        }
        state.lineOffset += lineBreaks(text);
        QVector<ImportedTransaction> settled = state.reader.takeSettled();
        if (!settled.isEmpty()) {
            for (const ImportedTransaction& t : settled)
                m_total += t.amount;
            noteLongTexts(settled, m_read.warnings);
            return settled;
        }
    }
    QVector<ImportedTransaction> rest = std::move(m_read.transactions);
    m_read.transactions = QVector<ImportedTransaction>();
    for (const ImportedTransaction& t : rest)
        m_total += t.amount;
    // Its notes before the reader's last one, in the order readCsv() gives them.
    noteLongTexts(rest, m_read.warnings);
    state.reader.finish();
    return rest;
}

Result<MinorUnits> parseBankAmount(const QString& text, QChar decimalSeparator)
{
    auto parsed = parseAmount(text, decimalSeparator);
    if (!parsed)
        return parsed.error();
    return parsed->value;
}

} // namespace allot::formats
