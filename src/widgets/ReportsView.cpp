#include "widgets/ReportsView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace allot {

namespace {

/// Minor units as a number for a chart to draw; the only place money becomes floating point.
double forDrawing(MinorUnits amount)
{
    return static_cast<double>(amount) / 100.0;
}

/// Minor units as text in the user's locale ("1,234.50"), without going through floating point.
QString amountText(MinorUnits amount)
{
    const QLocale locale;
    const MinorUnits magnitude = amount < 0 ? -amount : amount;
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (amount < 0 ? locale.negativeSign() : QString()) + locale.toString(magnitude / 100) +
           locale.decimalPoint() + cents;
}

QString longMonthName(const Month& month)
{
    return QLocale().toString(month.firstDay(), QStringLiteral("MMMM yyyy"));
}

QString shortMonthName(const Month& month, bool withYear)
{
    return QLocale().toString(month.firstDay(),
                              withYear ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
}

QChartView* makeChartView(const QString& objectName, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);

    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 220);
    return view;
}

/// Distinct colours for the donut's slices (the theme would give shades of one colour).
QColor sliceColor(int index)
{
    static const QRgb colors[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                  0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    constexpr int count = int(sizeof(colors) / sizeof(colors[0]));
    return QColor::fromRgb(colors[index % count]);
}

/// Category names for an axis: long ones shortened, as long as the labels stay unique (a bar
/// category axis needs unique labels). The tooltips carry the full names.
QStringList axisLabels(const QStringList& names)
{
    constexpr int kLongest = 16;
    QStringList labels;
    for (const QString& name : names) {
        QString label = name.size() > kLongest ? name.left(kLongest - 1) + QChar(0x2026) : name;
        if (labels.contains(label) || names.contains(label))
            label = name;
        labels << label;
    }
    return labels;
}

/// Removes every series and axis, so a chart can be filled again.
void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// A value axis from the lowest to the highest value (always including zero), with round ticks.
QValueAxis* makeValueAxis(double lowest, double highest)
{
    auto* axis = new QValueAxis;
    lowest = std::min(lowest, 0.0);
    highest = std::max(highest, 0.0);
    if (highest - lowest < 1.0)
        highest = lowest + 1.0;
    axis->setRange(lowest, highest);
    axis->setTickCount(6);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

} // namespace

ReportsView::ReportsView(QWidget* parent)
    : QWidget(parent), m_spendingView(makeChartView(QStringLiteral("spendingChartView"), this)),
      m_budgetView(makeChartView(QStringLiteral("budgetChartView"), this)),
      m_flowView(makeChartView(QStringLiteral("flowChartView"), this))
{
    // The month's two charts side by side, the year's trend below across the whole width.
    auto* monthRow = new QHBoxLayout;
    monthRow->addWidget(m_spendingView, 2);
    monthRow->addWidget(m_budgetView, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(monthRow, 1);
    layout->addWidget(m_flowView, 1);
}

Status ReportsView::refresh(Database& db, RowId personId, const Month& month)
{
    // Read everything first, so that an error leaves all three charts as they were.
    auto spending = reports::spendingByCategory(db, personId, month);
    if (!spending)
        return spending.error();
    auto budget = reports::budgetAgainstActual(db, personId, month);
    if (!budget)
        return budget.error();
    auto flow = reports::incomeAgainstSpending(db, personId, month, 12);
    if (!flow)
        return flow.error();
    showSpending(*spending, month);
    showBudget(*budget, month);
    showFlow(*flow);
    return {};
}

void ReportsView::showSpending(const QVector<reports::CategorySpending>& rows, const Month& month)
{
    QChart* chart = m_spendingView->chart();
    clearChart(chart);
    if (rows.isEmpty()) {
        chart->setTitle(tr("No spending in %1").arg(longMonthName(month)));
        chart->legend()->hide();
        return;
    }
    chart->setTitle(tr("Spending by category, %1").arg(longMonthName(month)));

    MinorUnits total = 0;
    for (const auto& row : rows)
        total += row.spent;

    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.85);
    for (int i = 0; i < rows.size(); ++i) {
        const auto& row = rows.at(i);
        const double percent = 100.0 * forDrawing(row.spent) / forDrawing(total);
        //: A slice of the spending donut: category name and its share, e.g. "Food 12.3 %".
        const QString label = tr("%1 %2 %").arg(row.category, QLocale().toString(percent, 'f', 1));
        QPieSlice* slice = series->append(label, forDrawing(row.spent));
        slice->setColor(sliceColor(i));
        slice->setBorderColor(Qt::white);
        const QString tip = tr("%1: %2").arg(row.category, amountText(row.spent));
        connect(slice, &QPieSlice::hovered, slice, [slice, tip](bool state) {
            slice->setExploded(state);
            if (state)
                QToolTip::showText(QCursor::pos(), tip);
            else
                QToolTip::hideText();
        });
    }
    series->setLabelsVisible(false); // the legend carries the labels
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->show();
}

void ReportsView::showBudget(const QVector<reports::BudgetAgainstActual>& rows, const Month& month)
{
    QChart* chart = m_budgetView->chart();
    clearChart(chart);
    if (rows.isEmpty()) {
        chart->setTitle(tr("No categories to compare in %1").arg(longMonthName(month)));
        chart->legend()->hide();
        return;
    }
    chart->setTitle(tr("Budget against actual, %1").arg(longMonthName(month)));

    auto* budgetSet = new QBarSet(tr("Budget"));
    auto* actualSet = new QBarSet(tr("Actual"));
    QStringList names;
    double lowest = 0.0;
    double highest = 0.0;
    for (const auto& row : rows) {
        names << row.category;
        budgetSet->append(forDrawing(row.budget));
        actualSet->append(forDrawing(row.actual));
        lowest = std::min({lowest, forDrawing(row.budget), forDrawing(row.actual)});
        highest = std::max({highest, forDrawing(row.budget), forDrawing(row.actual)});
    }
    auto* series = new QBarSeries;
    series->append(budgetSet);
    series->append(actualSet);
    connect(series, &QBarSeries::hovered, series,
            [rows, budgetSet](bool state, int index, QBarSet* set) {
                if (!state || index < 0 || index >= rows.size()) {
                    QToolTip::hideText();
                    return;
                }
                const auto& row = rows.at(index);
                const MinorUnits amount = set == budgetSet ? row.budget : row.actual;
                QToolTip::showText(
                    QCursor::pos(),
                    tr("%1, %2: %3").arg(row.category, set->label(), amountText(amount)));
            });
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(axisLabels(names));
    if (names.size() > 6) {
        categoryAxis->setLabelsAngle(-40);
        categoryAxis->setTruncateLabels(false);
    }
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    QValueAxis* valueAxis = makeValueAxis(lowest, highest);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);

    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->show();
}

void ReportsView::showFlow(const QVector<reports::MonthFlow>& rows)
{
    QChart* chart = m_flowView->chart();
    clearChart(chart);
    if (rows.isEmpty()) { // not reached: the query always gives the months asked for
        chart->setTitle(tr("No income or spending"));
        chart->legend()->hide();
        return;
    }
    const QString from = longMonthName(rows.first().month);
    const QString to = longMonthName(rows.last().month);
    const bool anyMoney = std::any_of(rows.cbegin(), rows.cend(), [](const auto& row) {
        return row.income != 0 || row.spending != 0;
    });
    if (!anyMoney) {
        chart->setTitle(tr("No income or spending from %1 to %2").arg(from, to));
        chart->legend()->hide();
        return;
    }
    chart->setTitle(tr("Income and spending, %1 to %2").arg(from, to));

    auto* income = new QLineSeries;
    income->setName(tr("Income"));
    auto* spending = new QLineSeries;
    spending->setName(tr("Spending"));
    QStringList labels;
    // Category labels must be unique: beyond twelve months the short names repeat.
    const bool withYear = rows.size() > 12;
    double highest = 0.0;
    for (int i = 0; i < rows.size(); ++i) {
        const auto& row = rows.at(i);
        income->append(i, forDrawing(row.income));
        spending->append(i, forDrawing(row.spending));
        highest = std::max({highest, forDrawing(row.income), forDrawing(row.spending)});
        labels << shortMonthName(row.month, withYear);
    }
    for (QLineSeries* series : {income, spending}) {
        series->setPointsVisible(true);
        QPen pen = series->pen();
        pen.setWidthF(2.5);
        series->setPen(pen);
        chart->addSeries(series);
    }
    income->setColor(QColor(0x2e, 0x7d, 0x32));   // green
    spending->setColor(QColor(0xc6, 0x28, 0x28)); // red

    auto* monthAxis = new QBarCategoryAxis;
    monthAxis->append(labels);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    QValueAxis* valueAxis = makeValueAxis(0.0, highest);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    for (QLineSeries* series : {income, spending}) {
        series->attachAxis(monthAxis);
        series->attachAxis(valueAxis);
    }

    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->show();
}

} // namespace allot
