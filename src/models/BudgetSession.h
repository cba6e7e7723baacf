#pragma once

#include "core/BudgetTypes.h"
#include "core/Month.h"
#include "models/DisplayFormat.h"
#include "models/ErrorReporter.h"
#include "storage/Database.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace allot {

/// \brief What a long action asks while it runs: whether to go on. The window answers with a
/// progress dialog that appears after a moment and can be cancelled.
class LongWork
{
public:
    virtual ~LongWork() = default;
    virtual bool keepGoing() = 0;
};

/// \brief The open budget as the window sees it: the database, the chosen person and month,
/// the display format, and a changed() signal after every commit, ours or another process's.
///
/// Views refresh from changed() only, which fires after a commit and never for a rollback,
/// so nothing uncommitted is ever shown.
class BudgetSession : public QObject
{
    Q_OBJECT

public:
    explicit BudgetSession(QObject* parent = nullptr);
    ~BudgetSession() override;

    /// Opens (or with \a create, creates) a budget file, replacing the one open now.
    Status open(const QString& path, bool create);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    Database& database() { return *m_db; }
    QString path() const { return m_db ? m_db->path() : QString(); }

    RowId personId() const { return m_personId; }
    void setPersonId(RowId id);
    Month month() const { return m_month; }
    void setMonth(const Month& month);

    const DisplayFormat& format() const { return m_format; }
    void setLocale(const QLocale& locale);

    ErrorReporter& errors() { return m_errors; }

    /// Runs an action (a callable returning a Result) and reports its failure, if any, under
    /// \a attempted. While it runs, the long-work hook is asked whether to go on; cancelling
    /// rolls the action back. Returns whether it succeeded.
    template <typename Action> bool perform(const QString& attempted, Action&& action)
    {
        if (!m_db) {
            reportNoBudget(attempted);
            return false;
        }
        std::unique_ptr<LongWork> work = m_longWork ? m_longWork(attempted) : nullptr;
        TransactionEngine& engine = m_db->engine();
        const TransactionLimits saved = engine.defaultLimits();
        TransactionLimits limits = saved;
        if (work)
            limits.keepGoing = [w = work.get()] { return w->keepGoing(); };
        engine.setDefaultLimits(limits);
        const auto result = action(*m_db);
        engine.setDefaultLimits(saved);
        work.reset();
        if (m_refreshAfterWork) {
            // A view asked to reload while the action ran; show committed state now.
            m_refreshAfterWork = false;
            QMetaObject::invokeMethod(
                this, [this] { refresh(); }, Qt::QueuedConnection);
        }
        if (!result.ok()) {
            m_errors.report(attempted, result.error());
            if (result.error().kind == ErrorKind::Detached && !m_reopenQueued) {
                m_reopenQueued = true;
                QMetaObject::invokeMethod(
                    this, [this] { reopen(); }, Qt::QueuedConnection);
            }
            return false;
        }
        return true;
    }

    using LongWorkFactory = std::function<std::unique_ptr<LongWork>(const QString& attempted)>;
    void setLongWorkFactory(LongWorkFactory factory) { m_longWork = std::move(factory); }
    /// True while an action runs; views must not read the database then (they would run a
    /// query from inside the running statement's progress callback).
    bool isWorking() const { return m_db && m_db->engine().depth() > 0; }
    /// Called by a view that could not reload while an action ran.
    void refreshAfterWork() { m_refreshAfterWork = true; }

    /// Re-reads everything (used after another process changed the file).
    void refresh();

signals:
    void opened();
    void closed();
    /// When the user picks another person; open() and refresh() say it with changed().
    void personChanged(allot::RowId personId);
    void monthChanged();
    /// After open, every commit, and when another process changed the file; covers the person.
    void changed();

private:
    void reportNoBudget(const QString& attempted);
    void checkForOutsideChanges();
    /// Opens the budget again as it is on disk (its files were replaced under the connection),
    /// keeping the person and the month.
    void reopen();
    void reloadFormat();
    qint64 dataVersion();

    std::unique_ptr<Database> m_db;
    ErrorReporter m_errors;
    RowId m_personId = 0;
    Month m_month = Month::current();
    QLocale m_locale;
    DisplayFormat m_format;
    QTimer m_watch;
    qint64 m_dataVersion = -1;
    int m_listener = 0;
    LongWorkFactory m_longWork;
    bool m_refreshAfterWork = false;
    bool m_reopenQueued = false;
};

} // namespace allot
