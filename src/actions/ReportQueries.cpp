#include "actions/ReportQueries.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace allot::reports {

namespace {

bool isReportableMonth(const Month& month)
{
    return month.month >= 1 && month.month <= 12 && month.year >= 1 && month.year <= 9999;
}

QString firstDayText(const Month& month)
{
    return month.firstDay().toString(Qt::ISODate);
}

Error noMonth(const QString& attempted)
{
    return Error::refused(QCoreApplication::translate("allot", "no valid month was given"))
        .withContext(attempted);
}

} // namespace

Result<QVector<CategorySpending>> spendingByCategory(Database& db, RowId personId,
                                                     const Month& month)
{
    const QString attempted =
        QCoreApplication::translate("allot", "Could not read the spending by category");
    if (!isReportableMonth(month))
        return noMonth(attempted);
    SqlStatement q(db.engine(),
                   QStringLiteral("SELECT c.name, SUM(e.amount) FROM entry e "
                                  "JOIN category c ON c.id = e.category_id "
                                  "WHERE e.person_id = ? AND e.category_id IS NOT NULL "
                                  "AND e.date >= ? AND e.date < ? "
                                  "GROUP BY c.id, c.name HAVING SUM(e.amount) < 0 "
                                  "ORDER BY SUM(e.amount), c.name, c.id"));
    q.bind(personId).bindText(firstDayText(month)).bindText(month.endText());
    if (Status s = q.exec(); !s)
        return s.error().withContext(attempted);
    QVector<CategorySpending> out;
    while (q.next())
        out.append(CategorySpending{q.textAt(0), -q.integerAt(1)});
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    return out;
}

Result<QVector<BudgetAgainstActual>> budgetAgainstActual(Database& db, RowId personId,
                                                         const Month& month)
{
    const QString attempted =
        QCoreApplication::translate("allot", "Could not read the budget against actual spending");
    if (!isReportableMonth(month))
        return noMonth(attempted);
    SqlStatement q(db.engine(),
                   QStringLiteral("SELECT c.name, c.monthly_budget, COALESCE(m.moved, 0), "
                                  "COALESCE(s.total, 0) FROM category c "
                                  "LEFT JOIN (SELECT category_id, SUM(amount) AS total FROM entry "
                                  "WHERE person_id = ? AND category_id IS NOT NULL "
                                  "AND date >= ? AND date < ? GROUP BY category_id) s "
                                  "ON s.category_id = c.id "
                                  "LEFT JOIN (SELECT category_id, SUM(amount) AS moved "
                                  "FROM budget_move WHERE person_id = ? AND month = ? "
                                  "GROUP BY category_id) m ON m.category_id = c.id "
                                  "WHERE c.person_id = ? ORDER BY c.name, c.id"));
    q.bind(personId).bindText(firstDayText(month)).bindText(month.endText());
    q.bind(personId).bindText(month.toString());
    q.bind(personId);
    if (Status s = q.exec(); !s)
        return s.error().withContext(attempted);
    QVector<BudgetAgainstActual> out;
    while (q.next())
        out.append(
            BudgetAgainstActual{q.textAt(0), q.integerAt(1) + q.integerAt(2), -q.integerAt(3)});
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    return out;
}

Result<QVector<MonthFlow>> incomeAgainstSpending(Database& db, RowId personId, const Month& last,
                                                 int months)
{
    const QString attempted =
        QCoreApplication::translate("allot", "Could not read the income against spending");
    if (!isReportableMonth(last))
        return noMonth(attempted);
    if (months < 1)
        return Error::refused(
                   QCoreApplication::translate("allot", "a report needs at least one month"))
            .withContext(attempted);
    const QDate firstDay = last.firstDay().addMonths(-(months - 1));
    if (!firstDay.isValid() || firstDay.year() < 1)
        return Error::refused(
                   QCoreApplication::translate("allot", "the report would start before the year 1"))
            .withContext(attempted);

    QVector<MonthFlow> out;
    out.reserve(months);
    for (int i = 0; i < months; ++i)
        out.append(MonthFlow{Month::of(firstDay.addMonths(i)), 0, 0});
    const auto monthNumber = [](const QDate& day) { return day.year() * 12 + day.month() - 1; };

    // Sums per day rather than per month: grouping by a day's text needs no date functions.
    SqlStatement q(db.engine(),
                   QStringLiteral("SELECT date, "
                                  "SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END), "
                                  "SUM(CASE WHEN amount < 0 THEN amount ELSE 0 END) "
                                  "FROM entry WHERE person_id = ? AND category_id IS NOT NULL "
                                  "AND date >= ? AND date < ? GROUP BY date"));
    q.bind(personId).bindText(firstDayText(Month::of(firstDay))).bindText(last.endText());
    if (Status s = q.exec(); !s)
        return s.error().withContext(attempted);
    while (q.next()) {
        const QString dayText = q.textAt(0);
        const QDate day = QDate::fromString(dayText, Qt::ISODate);
        const int index = day.isValid() ? monthNumber(day) - monthNumber(firstDay) : -1;
        if (index < 0 || index >= months) {
            q.finish();
            return Error::internal(QCoreApplication::translate(
                                       "allot", "an entry has a date outside the report"),
                                   dayText)
                .withContext(attempted);
        }
        out[index].income += q.integerAt(1);
        out[index].spending -= q.integerAt(2);
    }
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    return out;
}

} // namespace allot::reports
