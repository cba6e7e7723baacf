#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace allot {

/// \brief A calendar month, the period of a budget envelope.
struct Month
{
    int year = 0;
    int month = 0;

    static Month of(const QDate& date) { return {date.year(), date.month()}; }
    static Month current() { return of(QDate::currentDate()); }
    /// Parses "YYYY-MM"; refuses anything else with a message saying why.
    static Result<Month> parse(const QString& text);

    QDate firstDay() const { return QDate(year, month, 1); }
    QDate lastDay() const { return QDate(year, month, firstDay().daysInMonth()); }
    /// The end of the month's days for "date < ?", as ISO text: the first day of the next
    /// month. December 9999 ends in year 10000, which QDate writes as an empty text (every
    /// query bounded by it found nothing), so its end is a text that sorts after every day
    /// the budget can store.
    QString endText() const;
    /// False for December 9999, the last month whose days the budget can store.
    bool hasNext() const { return year < 9999 || month < 12; }
    QString toString() const;

    bool operator==(const Month& other) const { return year == other.year && month == other.month; }
    bool operator!=(const Month& other) const { return !(*this == other); }
};

/// True for days the budget can store: years 1 to 9999.
inline bool isStorableDate(const QDate& date)
{
    return date.isValid() && date.year() >= 1 && date.year() <= 9999;
}

/// Parses an ISO date "YYYY-MM-DD" and refuses days that do not exist (2026-02-30).
Result<QDate> parseIsoDate(const QString& text);

} // namespace allot
