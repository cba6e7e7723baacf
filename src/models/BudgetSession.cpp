#include "models/BudgetSession.h"

#include "actions/BudgetQueries.h"
#include "actions/HouseholdActions.h"

namespace allot {

BudgetSession::BudgetSession(QObject* parent) : QObject(parent), m_errors(this)
{
    // Another process (allot-cli, a second window) may write to the same file; SQLite's
    // data_version tells us cheaply when it did.
    m_watch.setInterval(1000);
    connect(&m_watch, &QTimer::timeout, this, &BudgetSession::checkForOutsideChanges);
}

BudgetSession::~BudgetSession()
{
    close();
}

Status BudgetSession::open(const QString& path, bool create)
{
    OpenOptions options;
    options.createIfMissing = create;
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    close();
    m_db = std::move(db).value();
    // A commit listener runs inside commit(); views refresh after it has fully returned.
    m_listener = m_db->engine().addCommitListener([this] {
        QMetaObject::invokeMethod(
            this, [this] { refresh(); }, Qt::QueuedConnection);
    });
    m_dataVersion = dataVersion();
    reloadFormat();
    m_personId = 0;
    if (auto people = queries::people(*m_db); people && !people->isEmpty())
        m_personId = people->first().id;
    m_watch.start();
    emit opened();
    emit changed();
    return {};
}

void BudgetSession::reportNoBudget(const QString& attempted)
{
    m_errors.report(attempted, Error::refused(tr("no budget is open: open one (File, Open "
                                                 "Budget) or create one (File, New Budget)")));
}

void BudgetSession::close()
{
    if (!m_db)
        return;
    m_watch.stop();
    m_db->engine().removeCommitListener(m_listener);
    emit closed();
    m_db.reset();
}

void BudgetSession::setPersonId(RowId id)
{
    if (id == m_personId)
        return;
    m_personId = id;
    emit personChanged(id);
}

void BudgetSession::setMonth(const Month& month)
{
    if (month == m_month)
        return;
    m_month = month;
    emit monthChanged();
}

void BudgetSession::setLocale(const QLocale& locale)
{
    m_locale = locale;
    reloadFormat();
}

void BudgetSession::reloadFormat()
{
    QString code = QStringLiteral("EUR");
    if (m_db) {
        if (auto c = household::currency(*m_db))
            code = *c;
    }
    m_format = DisplayFormat(m_locale, code);
}

void BudgetSession::refresh()
{
    if (!m_db)
        return;
    m_dataVersion = dataVersion();
    // The person may have been deleted (by us, by undo, or by another process).
    if (auto people = queries::people(*m_db)) {
        bool found = false;
        for (const Person& p : *people)
            found = found || p.id == m_personId;
        // Set without personChanged: changed() below reloads everything that depends on it.
        if (!found)
            m_personId = people->isEmpty() ? 0 : people->first().id;
    }
    reloadFormat();
    emit changed();
}

qint64 BudgetSession::dataVersion()
{
    if (!m_db)
        return -1;
    auto v = m_db->dialect().outsideChangeCounter(m_db->connection());
    return v ? *v : -1;
}

void BudgetSession::checkForOutsideChanges()
{
    if (!m_db || m_db->engine().depth() > 0)
        return;
    if (!m_db->dialect().checkFilesInPlace(m_db->connection())) {
        reopen();
        return;
    }
    const qint64 now = dataVersion();
    if (now != m_dataVersion)
        refresh();
}

void BudgetSession::reopen()
{
    m_reopenQueued = false;
    if (!m_db || m_db->engine().depth() > 0)
        return;
    const QString path = m_db->path();
    const RowId person = m_personId;
    // The old connection goes first: closing it must not touch the new files.
    close();
    if (Status s = open(path, false); !s) {
        m_errors.report(tr("Open %1").arg(path), s.error());
        return;
    }
    if (auto people = queries::people(*m_db)) {
        for (const Person& p : *people)
            if (p.id == person)
                setPersonId(person);
    }
}

} // namespace allot
