#pragma once

#include "core/Result.h"
#include "storage/SqlDialect.h"
#include "storage/TransactionEngine.h"

#include <QSqlDatabase>
#include <memory>

namespace allot {

/// \brief How to open a database file.
struct OpenOptions
{
    bool createIfMissing = false; ///< Create a new, empty budget when the file does not exist.
    int busyTimeoutMs = 2000;     ///< How long one statement waits for another writer.
    /// Test hook: the schema steps to apply instead of the dialect's own.
    const QVector<Migration>* migrations = nullptr;
};

/// \brief One open Allot database: the connection, its dialect and its transaction engine.
///
/// Opening checks the file before anything is written to it: a file that is not an Allot
/// database, is damaged, comes from a newer Allot, or cannot be written is refused with a
/// message naming the file, and stays byte-for-byte as it was.
class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  const OpenOptions& options = {});
    /// The default budget file in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    /// Whether \a path names this budget's file or one SQLite keeps beside it (-wal, -shm,
    /// -journal), by any name (a link, another spelling). Nothing may read such a file through
    /// a descriptor of its own, since closing it drops every POSIX lock the process holds on
    /// the file (SQLite's included), nor write it. Compares names and file identities only.
    bool isOwnFile(const QString& path) const;
    int schemaVersion() const { return m_schemaVersion; }
    /// The schema steps the budget was opened with (the dialect's own unless a test gave some).
    const QVector<Migration>& migrations() const { return m_migrations; }
    QSqlDatabase& connection() { return m_db; }
    const SqlDialect& dialect() const { return *m_dialect; }
    TransactionEngine& engine() { return *m_engine; }

private:
    Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect);
    Status migrate(const QVector<Migration>& steps);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    QSqlDatabase m_db;
    std::unique_ptr<TransactionEngine> m_engine;
    int m_schemaVersion = 0;
    QVector<Migration> m_migrations;
};

} // namespace allot
