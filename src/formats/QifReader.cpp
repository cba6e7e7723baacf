#include "formats/QifReader.h"

#include "core/Month.h"
#include "formats/CsvReader.h"
#include "formats/DecimalGuess.h"
#include "formats/LongText.h"

#include <QCoreApplication>
#include <QStringView>

#include <optional>

namespace allot::formats {

namespace {

// ---------------------------------------------------------------------------------------------
// Raw records, as the file writes them (pass 1)

struct RawSplit
{
    QString category;
    QString memo;
    QString amount;
    int line = 0; ///< The line of the split's "$" (or its first line when it has none).
    bool hasMemo = false;
    bool hasAmount = false;
};

struct RawField
{
    QString text;
    int line = 0;
    bool present = false;
};

struct RawRecord
{
    int line = 0; ///< First line of the record.
    RawField date;
    RawField total;  ///< T
    RawField uTotal; ///< U, used when T is missing
    QString payee;
    QString memo;
    QString category;
    bool hasPayee = false;
    bool hasMemo = false;
    bool hasCategory = false;
    QVector<RawSplit> splits;
    QString fileAccount;
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/// Text from the file as a message quotes it: a damaged file's 5 MB line is cut short.
QString shown(const QString& text)
{
    constexpr qsizetype kLongest = 40;
    if (text.size() <= kLongest)
        return text;
    return text.left(kLongest) + QChar(0x2026);
}

/// "Food:Groceries/Class" -> "Food:Groceries"; "[Account]/Class" -> "[Account]";
/// "--Split--" -> "" (Quicken's placeholder for a split transaction).
QString cleanCategory(QStringView value)
{
    QStringView v = value.trimmed();
    if (v.startsWith(QLatin1Char('['))) {
        const qsizetype closing = v.indexOf(QLatin1Char(']'));
        if (closing > 0)
            return v.left(closing + 1).toString();
    }
    const qsizetype slash = v.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        v = v.left(slash).trimmed();
    if (v.compare(QLatin1String("--Split--"), Qt::CaseInsensitive) == 0)
        return {};
    return v.toString();
}

// ---------------------------------------------------------------------------------------------
// Amounts

/// Parses a QIF amount: "-1,010.00", "$1,036.47", "$-15.00", "-$5", "=746.36" (a stray '=' is
/// dropped; \a strayEquals says so). With a decimal point, whole digits may be grouped by commas
/// in threes; decimals follow the dot, at most two. With a decimal comma ("-1.010,00", which
/// Quicken writes in countries that use one) the two swap roles. Exact: the digits are read as
/// text, never through a double.
Result<MinorUnits> parseAmount(const QString& raw, QChar decimal, bool* strayEquals = nullptr)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return Error::refused(QCoreApplication::translate("allot", "The amount is empty"));
    if (text.size() > 40) // "-$9,999,999,999.99" is the longest amount there can be
        return Error::refused(
            QCoreApplication::translate("allot", "\"%1\" is not an amount: it is too long")
                .arg(shown(text)));
    const qsizetype size = text.size();
    qsizetype pos = 0;
    while (pos < size && text.at(pos) == QLatin1Char('='))
        ++pos;
    if (strayEquals)
        *strayEquals = pos > 0;
    if (decimal == u',')
        return parseBankAmount(text.mid(pos), decimal);
    const auto isSign = [&](qsizetype at) {
        return at < size && (text.at(at) == QLatin1Char('-') || text.at(at) == QLatin1Char('+'));
    };
    bool negative = false;
    bool signed_ = false;
    if (isSign(pos)) {
        negative = text.at(pos) == QLatin1Char('-');
        signed_ = true;
        ++pos;
    }
    if (pos < size && text.at(pos) == QLatin1Char('$')) {
        ++pos;
        if (!signed_ && isSign(pos)) {
            negative = text.at(pos) == QLatin1Char('-');
            ++pos;
        }
    }
    QString number = text.mid(pos);
    const qsizetype dot = number.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? number : number.left(dot);
    QString decimals = dot < 0 ? QString() : number.mid(dot);
    // Zeros past the cents change nothing ("-12.500"); other digits there stay refused, never
    // rounded.
    while (decimals.size() > 3 && decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    if (whole.contains(QLatin1Char(','))) {
        // Thousands separators: "1,010" and "30,020"; never "12,50" (a decimal comma).
        const QStringList groups = whole.split(QLatin1Char(','));
        bool grouped = !groups.first().isEmpty() && groups.first().size() <= 3;
        for (const QString& group : groups) {
            for (const QChar c : group)
                grouped = grouped && isDigit(c);
        }
        for (qsizetype i = 1; i < groups.size(); ++i)
            grouped = grouped && groups.at(i).size() == 3;
        if (!grouped)
            return Error::refused(QCoreApplication::translate(
                                      "allot",
                                      "\"%1\" is not an amount: write it as 1,234.56 (comma for "
                                      "thousands, a dot before the decimals)")
                                      .arg(text));
        whole.remove(QLatin1Char(','));
    }
    return money::parse((negative ? QStringLiteral("-") : QString()) + whole + decimals);
}

// ---------------------------------------------------------------------------------------------
// Dates

/// A date as written, before the file's day/month order is known.
struct RawDate
{
    bool yearFirst = false; ///< 2020-01-05 (or 20200105): first = month, second = day.
    int first = 0;
    int second = 0;
    int year = 0;
    QString text; ///< The part of the line that was read as the date.
};

/// Reads "1/ 5'98", "01/05/1998", "05.01.1998", "2020-01-05", "8/31' 0", "12/29/10" and
/// "03/25/099Share Withdrawal" (a three-digit year counts from 1900; text after the date is
/// ignored). Two-digit years: 00-49 are 20xx, 50-99 are 19xx.
std::optional<RawDate> parseRawDate(const QString& value)
{
    const qsizetype size = value.size();
    qsizetype pos = 0;
    const auto skipSpaces = [&] {
        while (pos < size && value.at(pos).isSpace())
            ++pos;
    };
    // Reads a run of digits; returns its length (0 when none), the value in *number.
    const auto digits = [&](int* number) {
        skipSpaces();
        qsizetype count = 0;
        int result = 0;
        while (pos < size && isDigit(value.at(pos))) {
            if (count < 9)
                result = result * 10 + (value.at(pos).unicode() - u'0');
            ++count;
            ++pos;
        }
        *number = result;
        return count;
    };
    const auto separator = [&](QLatin1String allowed) {
        skipSpaces();
        if (pos < size && allowed.contains(value.at(pos))) {
            ++pos;
            return true;
        }
        return false;
    };

    RawDate date;
    int a = 0;
    const qsizetype firstCount = digits(&a);
    if (firstCount == 8) {
        date.yearFirst = true;
        date.year = a / 10000;
        date.first = (a / 100) % 100;
        date.second = a % 100;
    } else if (firstCount == 4) {
        date.yearFirst = true;
        date.year = a;
        if (!separator(QLatin1String("-/.")))
            return std::nullopt;
        const qsizetype monthCount = digits(&date.first);
        if (monthCount < 1 || monthCount > 2 || !separator(QLatin1String("-/.")))
            return std::nullopt;
        const qsizetype dayCount = digits(&date.second);
        if (dayCount < 1 || dayCount > 2)
            return std::nullopt;
    } else if (firstCount >= 1 && firstCount <= 2) {
        date.first = a;
        if (!separator(QLatin1String("/.-'")))
            return std::nullopt;
        const qsizetype secondCount = digits(&date.second);
        if (secondCount < 1 || secondCount > 2 || !separator(QLatin1String("/.-'")))
            return std::nullopt;
        int year = 0;
        const qsizetype yearCount = digits(&year);
        if (yearCount < 1 || yearCount > 4)
            return std::nullopt;
        if (yearCount <= 2)
            date.year = year < 50 ? 2000 + year : 1900 + year;
        else if (yearCount == 3)
            date.year = 1900 + year; // "099": a year 2000 bug counted from 1900
        else
            date.year = year;
    } else {
        return std::nullopt;
    }
    date.text = shown(value.left(pos).trimmed());
    return date;
}

QDate dateIn(const RawDate& raw, DateOrder order)
{
    if (raw.yearFirst)
        return QDate(raw.year, raw.first, raw.second);
    return order == DateOrder::DayFirst ? QDate(raw.year, raw.second, raw.first)
                                        : QDate(raw.year, raw.first, raw.second);
}

// ---------------------------------------------------------------------------------------------
// Pass 1: lines into records

class QifScanner
{
public:
    QVector<RawRecord> records;
    QStringList warnings;
    bool sawTypeHeader = false;
    int transactionSections = 0;

    void scan(const QString& text)
    {
        const qsizetype size = text.size();
        qsizetype start = 0;
        int lineNumber = 0;
        while (start < size) {
            qsizetype end = start;
            while (end < size && text.at(end) != QLatin1Char('\n') &&
                   text.at(end) != QLatin1Char('\r'))
                ++end;
            ++lineNumber;
            handleLine(lineNumber, QStringView(text).mid(start, end - start));
            if (end + 1 < size && text.at(end) == QLatin1Char('\r') &&
                text.at(end + 1) == QLatin1Char('\n'))
                start = end + 2;
            else
                start = end + 1;
        }
        finishSection();
    }

private:
    enum class Section { None, Transactions, Account, Skipped };

    Section m_section = Section::None;
    RawRecord m_record;
    // !Account blocks: the name of the account record being read, the names read so far.
    QString m_accountName;
    int m_accountsInBlock = 0;
    QString m_lastAccountInBlock;
    bool m_autoSwitch = false;
    QString m_currentAccount;

    void handleLine(int number, QStringView line)
    {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            return;
        if (trimmed.startsWith(QLatin1Char('!'))) {
            header(number, trimmed);
            return;
        }
        // Only a line that is "^" (or Quicken 98's "^^") ends a record; "S^BTCUSD" is data.
        if (trimmed == QLatin1String("^") || trimmed == QLatin1String("^^")) {
            endRecord();
            return;
        }
        const QChar code = trimmed.at(0);
        const QStringView value = trimmed.mid(1).trimmed();
        switch (m_section) {
        case Section::Transactions:
            transactionField(number, code, value);
            break;
        case Section::Account:
            if (code == QLatin1Char('N'))
                m_accountName = value.toString();
            break;
        case Section::None:
        case Section::Skipped:
            break;
        }
    }

    void header(int number, QStringView line)
    {
        // A header line is shown in warnings; a damaged file may have a very long one.
        const QString headerText = shown(line.left(41).toString());
        finishSection();
        m_section = Section::None;
        const QLatin1String typePrefix("!Type:");
        if (line.startsWith(typePrefix, Qt::CaseInsensitive)) {
            sawTypeHeader = true;
            const QString type = line.mid(typePrefix.size()).toString().simplified().toLower();
            static const char* const transactionTypes[] = {"bank", "ccard", "cash", "oth a",
                                                           "oth l"};
            static const char* const listTypes[] = {"cat", "class", "memorized", "security",
                                                    "prices"};
            for (const char* t : transactionTypes) {
                if (type == QLatin1String(t)) {
                    m_section = Section::Transactions;
                    ++transactionSections;
                    return;
                }
            }
            m_section = Section::Skipped;
            for (const char* t : listTypes) {
                if (type == QLatin1String(t))
                    return;
            }
            warnings << QCoreApplication::translate(
                            "allot", "Line %1: the section %2 was not read (Allot imports bank, "
                                     "cash, credit card and asset or liability accounts)")
                            .arg(number)
                            .arg(headerText);
        } else if (line.compare(QLatin1String("!Account"), Qt::CaseInsensitive) == 0) {
            m_section = Section::Account;
            m_accountsInBlock = 0;
            m_lastAccountInBlock.clear();
            m_accountName.clear();
        } else if (line.startsWith(QLatin1String("!Option:AutoSwitch"), Qt::CaseInsensitive)) {
            m_autoSwitch = true;
        } else if (line.startsWith(QLatin1String("!Clear:AutoSwitch"), Qt::CaseInsensitive)) {
            m_autoSwitch = false;
        } else {
            warnings << QCoreApplication::translate(
                            "allot", "Line %1: %2 is not a QIF header; the lines after it were "
                                     "skipped up to the next header")
                            .arg(number)
                            .arg(headerText);
        }
    }

    void endRecord()
    {
        switch (m_section) {
        case Section::Transactions:
            if (m_record.line > 0) {
                m_record.fileAccount = m_currentAccount;
                records << m_record;
            }
            m_record = RawRecord();
            break;
        case Section::Account:
            if (!m_accountName.isEmpty()) {
                ++m_accountsInBlock;
                m_lastAccountInBlock = m_accountName;
            }
            m_accountName.clear();
            break;
        case Section::None:
        case Section::Skipped:
            break;
        }
    }

    /// A header or the end of the file ends the section's last record even without a "^".
    void finishSection()
    {
        endRecord();
        if (m_section == Section::Account) {
            // Under AutoSwitch a block of several accounts is only a list of them; a block that
            // names one account says whose transactions follow.
            if (m_accountsInBlock > 1 && m_autoSwitch)
                m_currentAccount.clear();
            else if (m_accountsInBlock > 0)
                m_currentAccount = m_lastAccountInBlock;
        }
    }

    static void setOnce(RawField& field, int number, QStringView value)
    {
        if (field.present)
            return;
        field.text = value.toString();
        field.line = number;
        field.present = true;
    }

    void transactionField(int number, QChar code, QStringView value)
    {
        RawRecord& r = m_record;
        if (r.line == 0)
            r.line = number;
        switch (code.unicode()) {
        case u'D':
            // A "D" inside a split (quiffen writes one) is the split's date: the first one wins.
            setOnce(r.date, number, value);
            break;
        case u'T':
            if (!value.isEmpty())
                setOnce(r.total, number, value);
            break;
        case u'U':
            if (!value.isEmpty())
                setOnce(r.uTotal, number, value);
            break;
        case u'P':
            if (!r.hasPayee) {
                r.payee = value.toString();
                r.hasPayee = true;
            }
            break;
        case u'M':
            if (!r.hasMemo) {
                r.memo = value.toString();
                r.hasMemo = true;
            }
            break;
        case u'L':
            if (!r.hasCategory) {
                r.category = cleanCategory(value);
                r.hasCategory = true;
            }
            break;
        case u'S': {
            RawSplit split;
            split.category = cleanCategory(value);
            split.line = number;
            r.splits << split;
            break;
        }
        case u'E':
            if (r.splits.isEmpty() || r.splits.last().hasMemo || r.splits.last().hasAmount) {
                RawSplit split;
                split.line = number;
                r.splits << split;
            }
            r.splits.last().memo = value.toString();
            r.splits.last().hasMemo = true;
            break;
        case u'$':
            if (r.splits.isEmpty() || r.splits.last().hasAmount) {
                RawSplit split;
                r.splits << split;
            }
            r.splits.last().amount = value.toString();
            r.splits.last().line = number;
            r.splits.last().hasAmount = true;
            break;
        default:
            // N (number), C (cleared), A (address), % (split percentage), F, X ...: not needed.
            break;
        }
    }
};

QString strayEqualsWarning(int line, MinorUnits amount)
{
    return QCoreApplication::translate(
               "allot", "Line %1: the '=' before the amount was ignored and it was read as %2; "
                        "check its sign")
        .arg(line)
        .arg(money::format(amount));
}

QString orderName(DateOrder order)
{
    return order == DateOrder::DayFirst ? QCoreApplication::translate("allot", "day/month/year")
                                        : QCoreApplication::translate("allot", "month/day/year");
}

} // namespace

Result<ReadResult> readQif(const QByteArray& bytes, DateOrder order, QChar decimalSeparator)
{
    if (bytes.trimmed().isEmpty())
        return Error::refused(QCoreApplication::translate("allot", "The file is empty"));

    QString encoding;
    const QString text = decodeText(bytes, &encoding);
    QifScanner scanner;
    scanner.scan(text);
    if (!scanner.sawTypeHeader)
        return Error::refused(QCoreApplication::translate(
            "allot", "This file is not a QIF file: it has no !Type line"));

    // The decimal mark, from every amount of the file: a dot when nothing tells, the user's
    // choice when given; refused when amounts read two ways ("1.250": 1.25 or 1250) and no
    // other amount tells which, never guessed.
    if (decimalSeparator.isNull()) {
        DecimalVote vote;
        for (const RawRecord& r : scanner.records) {
            for (const RawField* field : {&r.total, &r.uTotal})
                if (field->present)
                    vote.add(field->text, -1, QString(), field->line);
            for (const RawSplit& split : r.splits)
                if (split.hasAmount)
                    vote.add(split.amount, -1, QString(), split.line);
        }
        decimalSeparator = vote.separator();
        if (decimalSeparator.isNull()) {
            Error e = Error::refused(decimalDoubtMessage(*vote.doubt()));
            e.detail = QStringLiteral("QIF decimal mark: ambiguous");
            return e;
        }
    }

    // Pass 2: amounts and raw dates, and what the dates say about their order.
    struct Parsed
    {
        std::optional<Result<MinorUnits>> amount;
        bool strayEquals = false;
        std::optional<RawDate> date;
    };
    QVector<Parsed> parsed;
    parsed.reserve(scanner.records.size());
    int dayFirstLine = 0, monthFirstLine = 0, ambiguousLine = 0;
    QString dayFirstText, monthFirstText, ambiguousText;
    bool anyNonIsoDate = false;
    for (const RawRecord& r : scanner.records) {
        Parsed p;
        const RawField& amountField = r.total.present ? r.total : r.uTotal;
        if (amountField.present)
            p.amount = parseAmount(amountField.text, decimalSeparator, &p.strayEquals);
        if (r.date.present)
            p.date = parseRawDate(r.date.text);
        if (p.date && !p.date->yearFirst) {
            const RawDate& d = *p.date;
            const bool monthFirstValid = QDate(d.year, d.first, d.second).isValid();
            const bool dayFirstValid = QDate(d.year, d.second, d.first).isValid();
            anyNonIsoDate = anyNonIsoDate || monthFirstValid || dayFirstValid;
            if (dayFirstValid && !monthFirstValid && dayFirstLine == 0) {
                dayFirstLine = r.date.line;
                dayFirstText = d.text;
            } else if (monthFirstValid && !dayFirstValid && monthFirstLine == 0) {
                monthFirstLine = r.date.line;
                monthFirstText = d.text;
            } else if (monthFirstValid && dayFirstValid && d.first != d.second &&
                       ambiguousLine == 0 && p.amount && p.amount->ok() && **p.amount != 0) {
                // Only records that will be imported make the order matter.
                ambiguousLine = r.date.line;
                ambiguousText = d.text;
            }
        }
        parsed << p;
    }

    if (order == DateOrder::Detect) {
        if (dayFirstLine > 0 && monthFirstLine > 0) {
            Error e = Error::refused(
                QCoreApplication::translate(
                    "allot", "The dates are written both day/month (line %1: %2) and month/day "
                             "(line %3: %4); choose the date order")
                    .arg(dayFirstLine)
                    .arg(dayFirstText)
                    .arg(monthFirstLine)
                    .arg(monthFirstText));
            e.detail = QStringLiteral("QIF date order: contradictory");
            return e;
        }
        if (dayFirstLine > 0) {
            order = DateOrder::DayFirst;
        } else if (monthFirstLine > 0 || ambiguousLine == 0) {
            order = DateOrder::MonthFirst; // proven, or it does not matter
        } else {
            Error e = Error::refused(
                QCoreApplication::translate(
                    "allot", "The dates could be day/month or month/day (for example line %1: "
                             "%2); choose the date order")
                    .arg(ambiguousLine)
                    .arg(ambiguousText));
            e.detail = QStringLiteral("QIF date order: ambiguous");
            return e;
        }
    }

    // Pass 3: transactions.
    ReadResult result;
    result.warnings = scanner.warnings;
    for (qsizetype i = 0; i < scanner.records.size(); ++i) {
        const RawRecord& r = scanner.records.at(i);
        const Parsed& p = parsed.at(i);
        const auto leaveOut = [&](const QString& why) {
            result.problems << ReadProblem{r.line, why};
        };

        if (!r.date.present) {
            leaveOut(QCoreApplication::translate("allot", "The record has no date"));
            continue;
        }
        if (!p.amount) {
            leaveOut(QCoreApplication::translate("allot", "The record has no amount"));
            continue;
        }
        if (!p.amount->ok()) {
            leaveOut(p.amount->error().message);
            continue;
        }
        if (!p.date) {
            leaveOut(QCoreApplication::translate("allot", "\"%1\" is not a date")
                         .arg(shown(r.date.text)));
            continue;
        }
        const QDate date = dateIn(*p.date, order);
        if (!isStorableDate(date)) {
            leaveOut(QCoreApplication::translate("allot", "\"%1\" is not a date (read as %2)")
                         .arg(p.date->text, p.date->yearFirst ? QCoreApplication::translate(
                                                                    "allot", "year-month-day")
                                                              : orderName(order)));
            continue;
        }
        const MinorUnits amount = **p.amount;
        if (amount == 0) {
            // A zero amount (an opening balance line, typically) moves no money: it is left
            // out with a note, and does not count as a record that could not be read.
            result.warnings << QCoreApplication::translate(
                                   "allot", "Line %1: the amount is zero; nothing to import")
                                   .arg(r.line);
            continue;
        }
        if (p.strayEquals)
            result.warnings << strayEqualsWarning(r.total.present ? r.total.line : r.uTotal.line,
                                                  amount);

        ImportedTransaction t;
        t.line = r.line;
        t.date = date;
        t.amount = amount;
        t.payee = r.payee;
        t.memo = r.memo;
        t.category = r.category;
        t.fileAccount = r.fileAccount;

        bool splitsReadable = true;
        MinorUnits splitTotal = 0;
        QStringList splitWarnings;
        for (const RawSplit& s : r.splits) {
            MinorUnits splitAmount = 0;
            if (s.hasAmount) {
                bool strayEquals = false;
                const Result<MinorUnits> a = parseAmount(s.amount, decimalSeparator, &strayEquals);
                if (!a) {
                    leaveOut(QCoreApplication::translate(
                                 "allot", "The split amount on line %1 cannot be read: %2")
                                 .arg(s.line)
                                 .arg(a.error().message));
                    splitsReadable = false;
                    break;
                }
                splitAmount = *a;
                if (strayEquals)
                    splitWarnings << strayEqualsWarning(s.line, splitAmount);
            }
            if (splitAmount == 0)
                continue; // Allot stores no empty parts; a zero share changes nothing.
            splitTotal += splitAmount;
            t.splits << ImportedSplit{s.category, splitAmount, s.memo};
        }
        if (!splitsReadable)
            continue;
        if (!t.splits.isEmpty() && splitTotal != amount) {
            const MinorUnits difference = amount - splitTotal;
            if (difference > money::kMaxAmount || difference < -money::kMaxAmount) {
                leaveOut(QCoreApplication::translate(
                             "allot", "The split parts add up to %1, far from the amount %2")
                             .arg(money::format(splitTotal), money::format(amount)));
                continue;
            }
            t.splits << ImportedSplit{QString(), difference, QString()};
            splitWarnings << QCoreApplication::translate(
                                 "allot", "Line %1: the split parts add up to %2, not %3; the "
                                          "difference, %4, was added as an uncategorised part")
                                 .arg(r.line)
                                 .arg(money::format(splitTotal), money::format(amount),
                                      money::format(difference));
        }
        if (t.splits.size() == 1) {
            // One part that is the whole amount is no split at all.
            const ImportedSplit only = t.splits.first();
            if (!only.category.isEmpty())
                t.category = only.category;
            if (t.memo.isEmpty())
                t.memo = only.memo;
            t.splits.clear();
        }
        result.warnings << splitWarnings;
        result.transactions << t;
    }

    if (result.transactions.isEmpty()) {
        if (!result.problems.isEmpty())
            return Error::refused(
                QCoreApplication::translate(
                    "allot", "No transaction could be read from this QIF file (line %1: %2)")
                    .arg(result.problems.first().line)
                    .arg(result.problems.first().message));
        if (scanner.transactionSections == 0)
            return Error::refused(QCoreApplication::translate(
                "allot", "No transaction could be read from this QIF file: it holds only lists "
                         "or investment accounts, which Allot does not import"));
        return Error::refused(QCoreApplication::translate(
            "allot", "No transaction could be read from this QIF file: it has no records"));
    }

    const QString dates =
        anyNonIsoDate ? orderName(order) : QCoreApplication::translate("allot", "year-month-day");
    const qsizetype count = result.transactions.size();
    result.description =
        count == 1 ? QCoreApplication::translate("allot", "QIF, dates %1, 1 record").arg(dates)
                   : QCoreApplication::translate("allot", "QIF, dates %1, %2 records")
                         .arg(dates)
                         .arg(count);
    if (encoding != QLatin1String("UTF-8"))
        result.description +=
            QCoreApplication::translate("allot", ", text read as %1").arg(encoding);
    noteLongTexts(result.transactions, result.warnings);
    return result;
}

} // namespace allot::formats
