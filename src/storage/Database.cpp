#include "storage/Database.h"

#include "storage/Backups.h"
#include "storage/SqlStatement.h"
#include "storage/SqliteDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <filesystem>

namespace allot {

namespace {

Error cannotOpen(const QString& path, const QString& why)
{
    return Error{ErrorKind::CannotOpen, QStringLiteral("%1 %2").arg(path, why), {}, 0};
}

// The refusal of a file whose schema is not Allot's alone; the first few problems named.
Error foreignSchema(const QString& path, const QStringList& problems)
{
    constexpr int kNamed = 4;
    QStringList named = problems.mid(0, kNamed);
    if (problems.size() > kNamed)
        named << QCoreApplication::translate("allot", "and %1 more").arg(problems.size() - kNamed);
    return Error{ErrorKind::CannotOpen,
                 QCoreApplication::translate(
                     "allot",
                     "%1 was not opened, and nothing in it was changed: %2. Another program "
                     "changed the budget's structure, which could alter its amounts without Allot "
                     "knowing. Restore a backup, or remove what Allot did not make with an SQLite "
                     "tool (on a copy first).")
                     .arg(path, named.join(QStringLiteral("; "))),
                 problems.join(QLatin1Char('\n')), 0};
}

// Checks what can be known from the file system alone, before any driver touches the file.
Status checkPath(const QFileInfo& info, bool createIfMissing)
{
    const QString path = info.filePath();
    if (path.isEmpty())
        return cannotOpen(QCoreApplication::translate("allot", "(no name)"),
                          QCoreApplication::translate("allot", "is not a file name"));
    if (info.isDir())
        return cannotOpen(path,
                          QCoreApplication::translate("allot", "is a folder, not a database file"));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return cannotOpen(path, QCoreApplication::translate(
                                    "allot", "cannot be opened: the folder %1 does not exist")
                                    .arg(QDir::toNativeSeparators(folder.filePath())));
    if (!info.exists()) {
        if (!createIfMissing)
            return cannotOpen(path, QCoreApplication::translate(
                                        "allot", "does not exist (create a new budget with "
                                                 "\"allot-cli --db FILE init\")"));
        if (!folder.isWritable())
            return cannotOpen(path, QCoreApplication::translate(
                                        "allot", "cannot be created: the folder %1 is read-only")
                                        .arg(QDir::toNativeSeparators(folder.filePath())));
        return {};
    }
    // A pipe or a device would make SQLite wait for ever or read nonsense.
    if (!info.isFile())
        return cannotOpen(path, QCoreApplication::translate(
                                    "allot", "is not a regular file (a pipe, a device or a "
                                             "socket): it is not a budget"));
    // The owner's write bit is checked too: root can write anyway, but a file marked read-only
    // was marked so on purpose.
    if (!info.isWritable() || !(info.permissions() & QFile::WriteOwner))
        return cannotOpen(
            path, QCoreApplication::translate("allot", "is read-only: Allot needs to write to it"));
    if (!folder.isWritable())
        return cannotOpen(path, QCoreApplication::translate(
                                    "allot", "cannot be used: its folder is read-only and "
                                             "SQLite needs to create its journal there"));
    return {};
}

// True when it made the file, false when another process made it first.
Result<bool> createPrivateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly)) {
        if (QFileInfo(path).isFile())
            return false;
        return cannotOpen(
            path,
            QCoreApplication::translate("allot", "cannot be created: %1").arg(file.errorString()));
    }
    // Budgets are private: readable and writable by their owner only.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

std::filesystem::path fileSystemPath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("allot-%1").arg(++counter);
}

} // namespace

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("budget.allot"));
}

Database::Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_dialect(std::move(dialect))
{
}

bool Database::isOwnFile(const QString& path) const
{
    if (path.isEmpty())
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Through a link, SQLite keeps the -wal and -shm beside the file the link points to.
    const QString target = QFileInfo(m_path).canonicalFilePath();
    for (const QString& base : {m_path, target.isEmpty() ? m_path : target})
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString own = base + QLatin1String(suffix);
            if (QFileInfo(own).absoluteFilePath() == absolute)
                return true;
            // stat() only: equivalent() never opens either file.
            std::error_code error;
            if (std::filesystem::equivalent(fileSystemPath(path), fileSystemPath(own), error) &&
                !error)
                return true;
        }
    return false;
}

Database::~Database()
{
    // A connection whose files were replaced must leave the new ones alone on closing.
    if (m_db.isOpen())
        m_dialect->keepFilesOnClose(m_db);
    m_engine.reset();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    auto dialect = std::make_unique<SqliteDialect>();
    const QFileInfo info(path);
    if (Status s = checkPath(info, options.createIfMissing); !s)
        return s.error();

    bool createNow = !info.exists();
    if (createNow) {
        auto created = createPrivateFile(path);
        if (!created)
            return created.error();
        createNow = *created;
    }
    // An empty file is a budget another process is creating this moment (two inits at once),
    // or one the user made to be filled: with createIfMissing it is set up like a new one,
    // and never removed again, since it is not this call's own.
    const QFileInfo made(path);
    const bool emptyToSetUp =
        !createNow && options.createIfMissing && made.isFile() && made.size() == 0;

    std::unique_ptr<Database> db(new Database(path, nextConnectionName(), std::move(dialect)));
    // From here a new file is ours to remove again if it cannot be set up.
    const auto fail = [&](Error error) -> Result<std::unique_ptr<Database>> {
        db.reset();
        if (createNow) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return error;
    };

    db->m_db = QSqlDatabase::addDatabase(db->m_dialect->driverName(), db->m_connectionName);
    if (!db->m_db.isValid())
        return fail(cannotOpen(
            path, QCoreApplication::translate("allot", "cannot be opened: the Qt SQLite driver "
                                                       "(QSQLITE) is not installed")));
    db->m_db.setDatabaseName(path);
    if (!db->m_db.open())
        return fail(db->m_dialect->classify(db->m_db.lastError(), db->m_db, QStringLiteral("open"))
                        .withContext(path));
    if (!createNow && !emptyToSetUp) {
        if (Status s = db->m_dialect->inspectOpenedFile(db->m_db, path); !s)
            return fail(s.error());
    }
    db->m_engine = std::make_unique<TransactionEngine>(db->m_db, *db->m_dialect);
    db->m_engine->setBusyTimeout(options.busyTimeoutMs);

    if (Status s = db->m_dialect->prepareConnection(db->m_db, options.busyTimeoutMs); !s)
        return fail(s.error().withContext(path));
    // With createIfMissing an SQLite file without a single table is set up too: another
    // process creating it may have switched it to WAL and no more yet.
    auto version =
        db->m_dialect->identifySchemaVersion(db->m_db, path, createNow || options.createIfMissing);
    if (!version)
        return fail(version.error());
    const QVector<Migration> steps =
        options.migrations ? *options.migrations : db->m_dialect->migrations();
    const int latest = steps.isEmpty() ? 0 : steps.last().version;
    if (*version > latest)
        return fail(cannotOpen(
            path, QCoreApplication::translate("allot", "was written by a newer version of Allot "
                                                       "(schema version %1; this version knows up "
                                                       "to %2)")
                      .arg(*version)
                      .arg(latest)));
    db->m_schemaVersion = *version;
    db->m_migrations = steps;
    // Before anything is written: a file with another program's trigger, table, view or index,
    // or without one of Allot's, is not opened.
    auto foreign = db->m_dialect->schemaProblems(db->m_db, steps);
    if (!foreign)
        return fail(foreign.error().withContext(path));
    if (!foreign->isEmpty())
        return fail(foreignSchema(path, *foreign));
    // Switching a new budget to WAL needs a moment alone with it: another process setting up the
    // same file holds it, and SQLite answers busy without waiting. Retry for the busy timeout.
    Status durable = db->m_dialect->configureDurability(db->m_db);
    QElapsedTimer waited;
    waited.start();
    while (!durable && durable.error().kind == ErrorKind::Busy &&
           waited.elapsed() < options.busyTimeoutMs) {
        QThread::msleep(20);
        durable = db->m_dialect->configureDurability(db->m_db);
    }
    if (!durable)
        return fail(durable.error().withContext(path));
    // Notes the -wal and -shm the connection has open now, to be compared before each write.
    if (Status s = db->m_dialect->checkFilesInPlace(db->m_db); !s)
        return fail(s.error().withContext(path));
    // An upgrade changes the file for good: keep a copy of it as it was first.
    if (!createNow && !emptyToSetUp && *version > 0 && *version < latest) {
        if (auto backup = backups::create(*db); !backup)
            return fail(
                backup.error().withContext(QStringLiteral("%1 was not upgraded").arg(path)));
    }
    if (Status s = db->migrate(steps); !s)
        return fail(s.error().withContext(path));
    return db;
}

Status Database::migrate(const QVector<Migration>& steps)
{
    for (const Migration& step : steps) {
        if (step.version <= m_schemaVersion)
            continue;
        // Each step is its own transaction: a failed step leaves the previous version intact.
        // Another process may have applied it meanwhile (two inits at once): the version is
        // read again under the write lock.
        Status applied = m_engine->atomic([&](Transaction&) -> Status {
            auto current = SqlStatement(*m_engine, m_dialect->schemaVersionSql()).integer();
            if (!current)
                return current.error();
            if (*current >= step.version)
                return {};
            for (const QString& sql : step.statements) {
                if (Status s = SqlStatement(*m_engine, sql).exec(); !s)
                    return s;
            }
            return SqlStatement(*m_engine, m_dialect->setSchemaVersionSql(step.version)).exec();
        });
        if (!applied)
            return applied.error().withContext(
                QCoreApplication::translate("allot", "upgrading to schema version %1 (%2) failed")
                    .arg(step.version)
                    .arg(step.description));
        m_schemaVersion = step.version;
    }
    return {};
}

} // namespace allot
