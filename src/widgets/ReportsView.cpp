#include "widgets/ReportsView.h"

#include "actions/HouseholdActions.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QResizeEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace allot {

namespace {

/// Minor units as a number for a chart to draw; the only place money becomes floating point.
double forDrawing(MinorUnits amount)
{
    return static_cast<double>(amount) / 100.0;
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

/// Qt Charts measures a legend label once, in the font it had when its marker was made, and
/// does not measure it again when the font changes (the theme's, then the window's when the
/// view is first shown): the longest labels were cut short although there was room. Setting each
/// label again measures it in the legend's font.
void remeasureLegend(QChart* chart)
{
    const auto markers = chart->legend()->markers();
    for (QLegendMarker* marker : markers)
        marker->setLabel(marker->label());
}

/// Names elided to \a width pixels in \a font, as long as they stay unique (a bar category axis
/// needs unique labels): the end, else the middle, else the name whole (Qt Charts then cuts it).
/// The tooltips carry the full names.
QStringList elidedNames(const QStringList& names, const QFont& font, int width)
{
    const QFontMetrics metrics(font);
    QStringList labels;
    for (const QString& name : names) {
        QString label = name;
        for (Qt::TextElideMode mode : {Qt::ElideRight, Qt::ElideMiddle}) {
            label = metrics.elidedText(name, mode, width);
            if (!labels.contains(label) && (label == name || !names.contains(label)))
                break;
            label = name;
        }
        labels << label;
    }
    return labels;
}

/// A slice's label in the legend: the category name and its share, e.g. "Food 12.3 %".
QString sliceLabel(const QString& name, const QString& percent)
{
    //: A slice of the spending donut: category name and its share, e.g. "Food 12.3 %".
    return QCoreApplication::translate("allot::ReportsView", "%1 %2 %").arg(name, percent);
}

/// Labels the donut's slices in its legend with their names shortened to what the legend may
/// use (Qt Charts gives it at most 40 % of the chart's width and cuts what is longer).
/// Each slice keeps its whole name and share in the properties "name" and "percent".
void fitPieLegend(QChart* chart)
{
    const auto series = chart->series();
    auto* pie = qobject_cast<QPieSeries*>(series.value(0));
    if (!pie)
        return;
    const QFont font = chart->legend()->font();
    const QFontMetricsF metrics(font);
    qreal left = 0, top = 0, right = 0, bottom = 0;
    chart->layout()->getContentsMargins(&left, &top, &right, &bottom);
    const qreal content =
        chart->size().width() - chart->margins().left() - chart->margins().right() - left - right;
    if (content <= 0.0)
        return; // not laid out yet
    // The marker (half a line high), the spaces around it and the text item's own margins.
    const qreal room = 0.4 * content - metrics.height() / 2.0 - 36.0;
    // The markers' labels are set too: once set (remeasureLegend), a marker no longer follows
    // its slice's label.
    const auto slices = pie->slices();
    const auto markers = chart->legend()->markers(pie);
    for (int i = 0; i < slices.size(); ++i) {
        QPieSlice* slice = slices.at(i);
        const QString percent = slice->property("percent").toString();
        const qreal forName = room - metrics.horizontalAdvance(sliceLabel(QString(), percent));
        const QString label =
            sliceLabel(metrics.elidedText(slice->property("name").toString(), Qt::ElideRight,
                                          std::max(forName, 30.0)),
                       percent);
        slice->setLabel(label);
        if (i < markers.size())
            markers.at(i)->setLabel(label);
    }
}

/// \brief A chart view whose chart's title wraps onto more lines when the view is too narrow for
/// it (Qt Charts would cut it short with "..."), at the spaces outside the phrases to keep whole;
/// and which shows what the pointer is over (a slice, a bar, a line) in a tooltip.
class ReportChartView : public QChartView
{
public:
    using QChartView::QChartView;

    /// Shows \a text beside the pointer, or hides the tip when it is empty.
    void showHoverText(const QString& text)
    {
        m_hoverText = text;
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), text, this);
    }

    void setTitle(const QString& title, const QStringList& keepWhole = {})
    {
        m_title = title;
        for (const QString& phrase : keepWhole) {
            QString joined = phrase;
            m_title.replace(phrase, joined.replace(QLatin1Char(' '), QChar::Nbsp));
        }
        wrapTitle();
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QChartView::resizeEvent(event);
        fitPieLegend(chart());
        remeasureLegend(chart());
        wrapTitle();
    }

    void showEvent(QShowEvent* event) override
    {
        QChartView::showEvent(event);
        remeasureLegend(chart());
    }

    bool viewportEvent(QEvent* event) override
    {
        // The scene answers a resting pointer with the tooltip of the item under it, and hides
        // the tip when the item has none (a slice or a bar has none): keep the hover text.
        if (event->type() == QEvent::ToolTip && !m_hoverText.isEmpty()) {
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), m_hoverText, this);
            return true;
        }
        return QChartView::viewportEvent(event);
    }

private:
    void wrapTitle()
    {
        QChart* c = chart();
        qreal left = 0, top = 0, right = 0, bottom = 0;
        c->layout()->getContentsMargins(&left, &top, &right, &bottom);
        // What the title may use: the chart less its margins, the background's and the text
        // item's own (4 pixels a side), and a pixel or two for rounding.
        const qreal room =
            c->size().width() - c->margins().left() - c->margins().right() - left - right - 12.0;
        const QFontMetricsF metrics(c->titleFont());
        QStringList lines;
        if (room > 0.0) {
            for (const QString& word : m_title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (lines.isEmpty()) {
                    lines << word;
                    continue;
                }
                const QString longer = lines.last() + QLatin1Char(' ') + word;
                if (metrics.horizontalAdvance(longer) <= room)
                    lines.last() = longer;
                else
                    lines << word;
            }
        } else {
            lines << m_title;
        }
        for (QString& line : lines)
            line = line.replace(QChar::Nbsp, QLatin1Char(' ')).toHtmlEscaped();
        c->setTitle(lines.join(QStringLiteral("<br>")));
    }

    QString m_title;
    QString m_hoverText;
};

ReportChartView* makeChartView(const QString& objectName, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    // A label Qt Charts shortens in the legend shows itself whole when pointed at.
    chart->legend()->setShowToolTips(true);

    auto* view = new ReportChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 220);
    return view;
}

void setTitle(QChartView* view, const QString& title, const QStringList& keepWhole = {})
{
    static_cast<ReportChartView*>(view)->setTitle(title, keepWhole);
}

/// Shows \a text beside the pointer over \a view, or hides the tip when it is empty.
void showTip(QChartView* view, const QString& text)
{
    static_cast<ReportChartView*>(view)->showHoverText(text);
}

/// The widest a category name may be on the bars' axis, in pixels.
constexpr int kLongestAxisName = 130;

/// Distinct colours for the donut's slices (the theme would give shades of one colour).
QColor sliceColor(int index)
{
    static const QRgb colors[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                  0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    constexpr int count = int(sizeof(colors) / sizeof(colors[0]));
    return QColor::fromRgb(colors[index % count]);
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
    monthRow->addWidget(m_spendingView, 1);
    monthRow->addWidget(m_budgetView, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(monthRow, 1);
    layout->addWidget(m_flowView, 1);
}

Status ReportsView::refresh(Database& db, RowId personId, const Month& month)
{
    // Read everything first, so that an error leaves all three charts as they were.
    auto currency = household::currency(db);
    if (!currency)
        return currency.error();
    auto spending = reports::spendingByCategory(db, personId, month);
    if (!spending)
        return spending.error();
    auto budget = reports::budgetAgainstActual(db, personId, month);
    if (!budget)
        return budget.error();
    auto flow = reports::incomeAgainstSpending(db, personId, month, 12);
    if (!flow)
        return flow.error();
    m_format = DisplayFormat(QLocale(), *currency);
    showSpending(*spending, month);
    showBudget(*budget, month);
    showFlow(*flow);
    return {};
}

void ReportsView::showSpending(const QVector<reports::CategorySpending>& rows, const Month& month)
{
    QChart* chart = m_spendingView->chart();
    clearChart(chart);
    const QString monthName = longMonthName(month);
    if (rows.isEmpty()) {
        setTitle(m_spendingView, tr("No spending in %1").arg(monthName), {monthName});
        chart->legend()->hide();
        return;
    }
    setTitle(m_spendingView, tr("Spending by category, %1").arg(monthName), {monthName});

    MinorUnits total = 0;
    for (const auto& row : rows)
        total += row.spent;

    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.85);
    for (int i = 0; i < rows.size(); ++i) {
        const auto& row = rows.at(i);
        const QString percent =
            QLocale().toString(100.0 * forDrawing(row.spent) / forDrawing(total), 'f', 1);
        QPieSlice* slice = series->append(sliceLabel(row.category, percent), forDrawing(row.spent));
        slice->setProperty("name", row.category);
        slice->setProperty("percent", percent);
        slice->setColor(sliceColor(i));
        slice->setBorderColor(Qt::white);
        //: Pointing at a slice of the spending donut: "Food: 130.00 € (12.3 %)".
        const QString tip =
            tr("%1: %2 (%3 %)").arg(row.category, m_format.money(row.spent), percent);
        QChartView* view = m_spendingView;
        connect(slice, &QPieSlice::hovered, slice, [slice, tip, view](bool state) {
            slice->setExploded(state);
            showTip(view, state ? tip : QString());
        });
    }
    series->setLabelsVisible(false); // the legend carries the labels
    chart->addSeries(series);
    // Pointing at a name in the legend does what pointing at its slice does.
    const auto markers = chart->legend()->markers(series);
    const auto slices = series->slices();
    for (int i = 0; i < markers.size() && i < slices.size(); ++i)
        connect(markers.at(i), &QLegendMarker::hovered, slices.at(i), &QPieSlice::hovered);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->show();
    fitPieLegend(chart);
    remeasureLegend(chart);
}

void ReportsView::showBudget(const QVector<reports::BudgetAgainstActual>& rows, const Month& month)
{
    QChart* chart = m_budgetView->chart();
    clearChart(chart);
    const QString monthName = longMonthName(month);
    if (rows.isEmpty()) {
        setTitle(m_budgetView, tr("No categories to compare in %1").arg(monthName), {monthName});
        chart->legend()->hide();
        return;
    }
    setTitle(m_budgetView, tr("Budget against actual, %1").arg(monthName), {monthName});

    // Bars across, the names beside them on the left, where they can be read without turning
    // the head; the first category at the top.
    auto* budgetSet = new QBarSet(tr("Budget"));
    auto* actualSet = new QBarSet(tr("Actual"));
    QStringList names;
    double lowest = 0.0;
    double highest = 0.0;
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) {
        names << row->category;
        budgetSet->append(forDrawing(row->budget));
        actualSet->append(forDrawing(row->actual));
        lowest = std::min({lowest, forDrawing(row->budget), forDrawing(row->actual)});
        highest = std::max({highest, forDrawing(row->budget), forDrawing(row->actual)});
    }
    auto* series = new QHorizontalBarSeries;
    series->append(actualSet); // drawn below the budget in each pair, and listed second
    series->append(budgetSet);
    const DisplayFormat format = m_format;
    QChartView* view = m_budgetView;
    connect(series, &QHorizontalBarSeries::hovered, series,
            [rows, budgetSet, format, view](bool state, int index, QBarSet* set) {
                const int row = int(rows.size()) - 1 - index;
                if (!state || row < 0 || row >= rows.size()) {
                    showTip(view, QString());
                    return;
                }
                const auto& r = rows.at(row);
                const MinorUnits amount = set == budgetSet ? r.budget : r.actual;
                showTip(view, tr("%1, %2: %3").arg(r.category, set->label(), format.money(amount)));
            });
    chart->addSeries(series);
    // The colours the bars had before they lay across (the theme colours by position).
    budgetSet->setColor(QColor(0x20, 0x9f, 0xdf));
    actualSet->setColor(QColor(0x99, 0xca, 0x53));

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(elidedNames(names, categoryAxis->labelsFont(), kLongestAxisName));
    // Qt Charts would cut a name to the height of its row ("..." beside thin bars); the names
    // are short enough already, and a name that would overlap the one above is left out.
    categoryAxis->setTruncateLabels(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    QValueAxis* valueAxis = makeValueAxis(lowest, highest);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setReverseMarkers(true); // Budget, then Actual
    chart->legend()->show();
    remeasureLegend(chart);
}

void ReportsView::showFlow(const QVector<reports::MonthFlow>& rows)
{
    QChart* chart = m_flowView->chart();
    clearChart(chart);
    if (rows.isEmpty()) { // not reached: the query always gives the months asked for
        setTitle(m_flowView, tr("No income or spending"));
        chart->legend()->hide();
        return;
    }
    const QString from = longMonthName(rows.first().month);
    const QString to = longMonthName(rows.last().month);
    const bool anyMoney = std::any_of(rows.cbegin(), rows.cend(), [](const auto& row) {
        return row.income != 0 || row.spending != 0;
    });
    if (!anyMoney) {
        setTitle(m_flowView, tr("No income or spending from %1 to %2").arg(from, to), {from, to});
        chart->legend()->hide();
        return;
    }
    setTitle(m_flowView, tr("Income and spending, %1 to %2").arg(from, to), {from, to});

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
    const DisplayFormat format = m_format;
    QChartView* view = m_flowView;
    for (QLineSeries* series : {income, spending}) {
        series->setPointsVisible(true);
        QPen pen = series->pen();
        pen.setWidthF(2.5);
        series->setPen(pen);
        chart->addSeries(series);
        const bool isIncome = series == income;
        // Pointing at a line tells the amount of the month nearest to the pointer.
        connect(series, &QLineSeries::hovered, series,
                [rows, isIncome, series, format, view](const QPointF& point, bool state) {
                    const int i = int(std::lround(point.x()));
                    if (!state || i < 0 || i >= rows.size()) {
                        showTip(view, QString());
                        return;
                    }
                    const auto& row = rows.at(i);
                    showTip(view, tr("%1, %2: %3")
                                      .arg(series->name(), longMonthName(row.month),
                                           format.money(isIncome ? row.income : row.spending)));
                });
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
    remeasureLegend(chart);
}

} // namespace allot
