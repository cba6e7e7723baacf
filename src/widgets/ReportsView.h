#pragma once

#include "actions/ReportQueries.h"
#include "core/BudgetTypes.h"
#include "core/Month.h"
#include "core/Result.h"
#include "models/DisplayFormat.h"

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QChartView)

namespace allot {

class Database;

/// \brief The Reports tab: three charts for one person and one month.
///
/// - "spendingChartView": a donut of the month's spending by category;
/// - "budgetChartView": horizontal bars of each category's budget against its actual spending;
/// - "flowChartView": lines of income and spending over the twelve months ending with the month.
///
/// Pointing at a slice, a bar or a line shows its amount in a tooltip, with the budget's currency
/// in the locale's format (DisplayFormat); category names too long for the legend or the axis are
/// shortened there and shown whole in the tooltips, and titles too long for a chart wrap.
///
/// Money stays in integer minor units until it is handed to a chart as a double.
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsView(QWidget* parent = nullptr);

    /// Reads the three reports and redraws the charts. On an error the charts stay as they were
    /// and the error is returned for the caller to show.
    Status refresh(Database& db, RowId personId, const Month& month);

private:
    void showSpending(const QVector<reports::CategorySpending>& rows, const Month& month);
    void showBudget(const QVector<reports::BudgetAgainstActual>& rows, const Month& month);
    void showFlow(const QVector<reports::MonthFlow>& rows);

    QChartView* m_spendingView = nullptr;
    QChartView* m_budgetView = nullptr;
    QChartView* m_flowView = nullptr;
    /// The amounts in the tooltips: the locale's, with the budget's currency.
    DisplayFormat m_format;
};

} // namespace allot
