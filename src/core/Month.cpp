#include "core/Month.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace allot {

Result<Month> Month::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return Error::refused(
            QCoreApplication::translate("allot", "\"%1\" is not a month: write it as YYYY-MM")
                .arg(text));
    const Month m{match.captured(1).toInt(), match.captured(2).toInt()};
    if (m.month < 1 || m.month > 12 || m.year < 1)
        return Error::refused(
            QCoreApplication::translate("allot", "\"%1\" is not a month: there is no month %2")
                .arg(text)
                .arg(m.month));
    return m;
}

QString Month::toString() const
{
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

QString Month::endText() const
{
    if (!hasNext())
        return QStringLiteral("9999-13-01");
    return firstDay().addMonths(1).toString(Qt::ISODate);
}

Result<QDate> parseIsoDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return Error::refused(
            QCoreApplication::translate("allot", "\"%1\" is not a date: write it as YYYY-MM-DD")
                .arg(text));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid() || date.year() < 1)
        return Error::refused(
            QCoreApplication::translate("allot", "\"%1\" is not a date: that day does not exist")
                .arg(text));
    return date;
}

} // namespace allot
