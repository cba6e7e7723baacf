// The window as a new user finds it (offscreen): Tab leaves the dialogs' date fields, the merge
// dialog's summary is readable whole, and the charts show long names and amounts in full.

#include "actions/HouseholdActions.h"
#include "models/BudgetSession.h"
#include "models/DisplayFormat.h"
#include "support/TestBudget.h"
#include "widgets/AccountTransferDialog.h"
#include "widgets/EntryDialog.h"
#include "widgets/MergeDialog.h"
#include "widgets/ReportsView.h"
#include "widgets/SplitDialog.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace allot;
using namespace allot::test;

namespace {

const Month kNovember{2026, 11};
const QString kLongName = QStringLiteral("Birthday presents for the grandchildren and godchildren");

QChartView* chartView(ReportsView& view, const char* name)
{
    return view.findChild<QChartView*>(QString::fromLatin1(name));
}

/// An amount as the window shows it in English with euros ("€65.40").
QString euros(MinorUnits amount)
{
    return DisplayFormat(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("EUR"))
        .money(amount);
}

} // namespace

class TestWidgetPolish : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBudget> m_budget;
    std::unique_ptr<BudgetSession> m_session;

    /// Opens the test budget in a session (English, euros) with Alice chosen, in November 2026.
    void openSession()
    {
        m_budget = std::make_unique<TestBudget>();
        const RowId alice = m_budget->alice;
        m_budget->close();
        m_session = std::make_unique<BudgetSession>();
        m_session->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_session->open(m_budget->path(), false).ok());
        m_session->setPersonId(alice);
        m_session->setMonth(kNovember);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<allot::Error>();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup()
    {
        m_session.reset();
        m_budget.reset();
    }

    // ---- 1. Tab leaves the date field ------------------------------------------------------

    void tabLeavesTheDateField_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("entry") << QStringLiteral("entry") << QStringLiteral("accountCombo")
                               << QStringLiteral("payeeLineEdit");
        QTest::newRow("split") << QStringLiteral("split") << QStringLiteral("accountCombo")
                               << QStringLiteral("payeeLineEdit");
        QTest::newRow("transfer") << QStringLiteral("transfer") << QStringLiteral("amountLineEdit")
                                  << QStringLiteral("memoLineEdit");
    }

    void tabLeavesTheDateField()
    {
        QFETCH(QString, dialog);
        QFETCH(QString, before);
        QFETCH(QString, after);
        openSession();
        std::unique_ptr<QDialog> d;
        if (dialog == QLatin1String("entry"))
            d = std::make_unique<EntryDialog>(*m_session, false);
        else if (dialog == QLatin1String("split"))
            d = std::make_unique<SplitDialog>(*m_session);
        else
            d = std::make_unique<AccountTransferDialog>(*m_session);
        d->show();
        d->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(d.get()));
        auto* date = d->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
        auto* next = d->findChild<QWidget*>(after);
        auto* previous = d->findChild<QWidget*>(before);
        QVERIFY(date && next && previous);

        // Tab from the first section (the day or the month) leaves the field at once.
        date->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(date->hasFocus());
        date->setCurrentSectionIndex(0);
        QTest::keyClick(date, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), next);

        // Shift+Tab from the next field comes back; Shift+Tab again leaves to the previous one.
        QTest::keyClick(next, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), date);
        date->setCurrentSectionIndex(date->sectionCount() - 1);
        QTest::keyClick(date, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), previous);

        // Inside the field the keys still move between the sections.
        date->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(date->hasFocus());
        date->setCurrentSectionIndex(0);
        const QDateTimeEdit::Section first = date->currentSection();
        for (int i = 0; i < 4 && date->currentSectionIndex() == 0; ++i)
            QTest::keyClick(date, Qt::Key_Right);
        QVERIFY(date->hasFocus());
        QCOMPARE(date->currentSectionIndex(), 1);
        QVERIFY(date->currentSection() != first);
        QTest::keyClick(date, Qt::Key_End);
        QCOMPARE(date->currentSectionIndex(), date->sectionCount() - 1);
        QTest::keyClick(date, Qt::Key_Home);
        QCOMPARE(date->currentSection(), first);
        // Typing a whole month ("3": no month starts with 3) moves on to the next section.
        date->setSelectedSection(first);
        QTest::keyClicks(date, QStringLiteral("3"));
        QVERIFY(date->hasFocus());
        QCOMPARE(date->currentSectionIndex(), 1);
        QCOMPARE(date->date().month(), 3);
    }

    // ---- 2. The merge dialog's summary -------------------------------------------------------

    void theMergeSummaryIsReadableWhole()
    {
        openSession();
        ALLOT_VERIFY_OK(
            household::addCategory(m_session->database(), m_session->personId(), kLongName, 12345));
        m_session->refresh();
        MergeDialog dialog(*m_session);
        auto* from = dialog.findChild<QComboBox*>(QStringLiteral("fromCategoryCombo"));
        auto* to = dialog.findChild<QComboBox*>(QStringLiteral("toCategoryCombo"));
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("previewLabel"));
        QVERIFY(from && to && summary);
        from->setCurrentIndex(from->findText(kLongName));
        to->setCurrentIndex(to->findText(QStringLiteral("Food")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::processEvents();
        QVERIFY2(summary->text().contains(kLongName), qPrintable(summary->text()));
        const auto fits = [summary] {
            return summary->isVisible() &&
                   summary->heightForWidth(summary->width()) <= summary->height() &&
                   summary->minimumSizeHint().width() <= summary->width();
        };
        QVERIFY2(fits(), qPrintable(QStringLiteral("needs %1 high at %2 wide, has %3")
                                        .arg(summary->heightForWidth(summary->width()))
                                        .arg(summary->width())
                                        .arg(summary->height())));
        // Choosing another pair after the dialog is shown keeps the summary whole.
        to->setCurrentIndex(to->findText(kLongName));
        from->setCurrentIndex(from->findText(QStringLiteral("Rent")));
        QApplication::processEvents();
        QVERIFY2(summary->text().contains(kLongName), qPrintable(summary->text()));
        QTRY_VERIFY2(fits(), qPrintable(QStringLiteral("needs %1 high at %2 wide, has %3")
                                            .arg(summary->heightForWidth(summary->width()))
                                            .arg(summary->width())
                                            .arg(summary->height())));
        QVERIFY(summary->geometry().bottom() < dialog.height());
    }

    // ---- 3. The charts -----------------------------------------------------------------------

    void chartsShowLongNamesAndAmounts()
    {
        TestBudget budget;
        auto longId = household::addCategory(budget.db(), budget.alice, kLongName, 8000);
        ALLOT_VERIFY_OK(longId);
        addExpense(budget.db(), budget.alice, *longId, 6540);
        addExpense(budget.db(), budget.alice, budget.food, 12345);
        ALLOT_VERIFY_OK(household::setCurrency(budget.db(), QStringLiteral("EUR")));

        ReportsView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ALLOT_VERIFY_OK(view.refresh(budget.db(), budget.alice, kNovember));
        QApplication::processEvents();

        // The donut: the long name is shortened in the legend, the legend shows every label
        // whole, and pointing at a slice tells the whole name and the amount with its currency.
        QChartView* spending = chartView(view, "spendingChartView");
        QVERIFY(spending);
        auto* pie = qobject_cast<QPieSeries*>(spending->chart()->series().value(0));
        QVERIFY(pie);
        QPieSlice* longSlice = nullptr;
        for (QPieSlice* slice : pie->slices())
            if (slice->label().startsWith(QStringLiteral("Birthday")))
                longSlice = slice;
        QVERIFY(longSlice);
        QVERIFY2(!longSlice->label().contains(kLongName), qPrintable(longSlice->label()));
        QVERIFY2(longSlice->label().contains(QChar(0x2026)), qPrintable(longSlice->label()));
        const QRectF legend = spending->chart()->legend()->geometry();
        for (QLegendMarker* marker : spending->chart()->legend()->markers()) {
            const qreal needed = QFontMetricsF(marker->font()).horizontalAdvance(marker->label());
            QVERIFY2(needed < legend.width(), qPrintable(QStringLiteral("%1 needs %2 of %3")
                                                             .arg(marker->label())
                                                             .arg(needed)
                                                             .arg(legend.width())));
        }
        emit longSlice->hovered(true);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), kLongName + QStringLiteral(": %1 (34.6 %)").arg(euros(6540)));
        emit longSlice->hovered(false);
        QTRY_VERIFY(!QToolTip::isVisible());

        // The bars: names on the axis shortened, pointing at a bar tells the whole name.
        QChartView* budgetView = chartView(view, "budgetChartView");
        QVERIFY(budgetView);
        auto* bars = qobject_cast<QHorizontalBarSeries*>(budgetView->chart()->series().value(0));
        QVERIFY(bars);
        auto* axis =
            qobject_cast<QBarCategoryAxis*>(budgetView->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        const QStringList categories = axis->categories();
        QCOMPARE(categories.size(), 4); // Birthday..., Food, Fun, Rent from the bottom up
        QVERIFY(!categories.contains(kLongName));
        QVERIFY(!axis->truncateLabels());
        QBarSet* budgetSet = nullptr;
        QBarSet* actualSet = nullptr;
        for (QBarSet* set : bars->barSets())
            (set->label() == QStringLiteral("Budget") ? budgetSet : actualSet) = set;
        QVERIFY(budgetSet && actualSet);
        const int longRow =
            int(categories.indexOf(QRegularExpression(QStringLiteral("^Birthday.*\u2026"))));
        QVERIFY(longRow >= 0);
        emit bars->hovered(true, longRow, actualSet);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), kLongName + QStringLiteral(", Actual: ") + euros(6540));
        emit bars->hovered(true, longRow, budgetSet);
        QTRY_COMPARE(QToolTip::text(), kLongName + QStringLiteral(", Budget: ") + euros(8000));
        emit bars->hovered(false, longRow, budgetSet);
        QTRY_VERIFY(!QToolTip::isVisible());

        // The titles fit: a narrow view wraps them instead of cutting them short.
        for (QChartView* chart : view.findChildren<QChartView*>()) {
            const QString title = chart->chart()->title();
            QVERIFY2(!title.contains(QStringLiteral("...")), qPrintable(title));
        }
        view.resize(620, 700);
        QApplication::processEvents();
        QVERIFY2(spending->chart()->title().contains(QStringLiteral("<br>")),
                 qPrintable(spending->chart()->title()));
        QVERIFY(spending->chart()->title().contains(QStringLiteral("November 2026")));
    }
};

QTEST_MAIN(TestWidgetPolish)
#include "tst_widgetpolish.moc"
