// The window itself on a budget file: how long from the start of the process to the first
// painted register, and how much memory the register view holds after scrolling through every
// row of the whole register. Run offscreen: QT_QPA_PLATFORM=offscreen allot-window-bench FILE.
#include "ProcessMemory.h"
#include "actions/GeneratedBudget.h"
#include "app/Application.h"
#include "models/BudgetSession.h"
#include "storage/Database.h"
#include "widgets/MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTreeView>

#include <sqlite3.h>

#include <cstdio>

namespace {

// What SQLite's page cache of the session's connection holds, in MB (bounded by cache_size).
long pageCacheMb(allot::BudgetSession& session)
{
    if (!session.isOpen())
        return -1;
    const QVariant handle = session.database().connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return -1;
    int used = 0;
    int highwater = 0;
    sqlite3_db_status(*static_cast<sqlite3* const*>(handle.constData()), SQLITE_DBSTATUS_CACHE_USED,
                      &used, &highwater, 0);
    return used / (1024 * 1024);
}

// Notes when the register's viewport is first painted with rows in it.
class FirstPaint : public QObject
{
public:
    FirstPaint(QTreeView* view, const QElapsedTimer& clock) : m_view(view), m_clock(clock) {}
    double ms = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (ms < 0 && event->type() == QEvent::Paint && m_view->model() &&
            m_view->model()->rowCount() > 0) {
            // Let the paint happen, then stop the clock.
            m_view->viewport()->removeEventFilter(this);
            const bool handled = watched->event(event);
            ms = double(m_clock.nsecsElapsed()) / 1e6;
            return handled;
        }
        return false;
    }

private:
    QTreeView* m_view;
    const QElapsedTimer& m_clock;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    // Keep the user's settings (recent files, window state) out of it.
    QStandardPaths::setTestModeEnabled(true);
    allot::initResources();
    QStringList arguments = QApplication::arguments();
    int generate = 0;
    if (arguments.size() == 4 && arguments[1] == QLatin1String("--generate")) {
        generate = arguments[2].toInt();
        arguments = {arguments[0], arguments[3]};
    }
    if (arguments.size() != 2 || generate < 0) {
        std::fprintf(stderr, "usage: allot-window-bench [--generate ENTRIES] BUDGET-FILE "
                             "(run offscreen; --generate makes the file when it is missing)\n");
        return 2;
    }
    if (generate > 0 && !QFile::exists(arguments[1])) {
        allot::OpenOptions create;
        create.createIfMissing = true;
        auto db = allot::Database::open(arguments[1], create);
        const auto generated =
            db ? allot::generateBudget(*db.value(), allot::GeneratorSettings{generate, 2, 10, 1})
               : allot::Result<allot::GeneratedCounts>(db.error());
        if (!generated) {
            std::fprintf(stderr, "allot-window-bench: %s\n", qPrintable(generated.error().message));
            return 1;
        }
        clock.restart(); // the time to measure starts with a budget to open
    }

    allot::BudgetSession session;
    allot::MainWindow window(session);
    auto* view = window.findChild<QTreeView*>(QStringLiteral("registerView"));
    auto* allMonths = window.findChild<QCheckBox*>(QStringLiteral("allMonthsCheckBox"));
    if (!view || !allMonths) {
        std::fprintf(stderr, "allot-window-bench: the window has no register view\n");
        return 1;
    }
    FirstPaint firstPaint(view, clock);
    view->viewport()->installEventFilter(&firstPaint);
    window.resize(1200, 800);
    window.show();
    if (!window.openBudget(arguments[1], false)) {
        std::fprintf(stderr, "allot-window-bench: cannot open %s\n", qPrintable(arguments[1]));
        return 1;
    }
    while (firstPaint.ms < 0 && clock.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    const long beforeScrollMb = allot::bench::processMemoryMb("VmRSS:");
    const long cacheBeforeMb = pageCacheMb(session);

    // The whole register, scrolled from top to bottom a screen at a time.
    allMonths->setChecked(true);
    QApplication::processEvents();
    const int rows = view->model()->rowCount();
    QScrollBar* bar = view->verticalScrollBar();
    QElapsedTimer scrolling;
    scrolling.start();
    int screens = 0;
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
        bar->setValue(value);
        QApplication::processEvents();
        ++screens;
    }
    bar->setValue(bar->maximum());
    QApplication::processEvents();
    const double scrollMs = double(scrolling.nsecsElapsed()) / 1e6;
    const long afterScrollMb = allot::bench::processMemoryMb("VmRSS:");
    const long cacheAfterMb = pageCacheMb(session);

    std::printf("first painted register   %10.1f ms (from the start of the process)\n",
                firstPaint.ms);
    std::printf("memory before scrolling  %10ld MB\n", beforeScrollMb);
    std::printf("scrolled %d rows in %d screens: %.1f ms (%.2f ms a screen)\n", rows, screens,
                scrollMs, screens > 0 ? scrollMs / screens : 0.0);
    std::printf("memory after scrolling   %10ld MB (%ld MB more: SQLite's page cache %ld MB "
                "more, the models and the view %ld MB)\n",
                afterScrollMb, afterScrollMb - beforeScrollMb, cacheAfterMb - cacheBeforeMb,
                (afterScrollMb - beforeScrollMb) - (cacheAfterMb - cacheBeforeMb));
    std::printf("peak memory              %10ld MB\n", allot::bench::processMemoryMb("VmHWM:"));
    return firstPaint.ms < 0 ? 1 : 0;
}
