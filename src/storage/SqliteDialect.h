#pragma once

#include "storage/SqlDialect.h"
#include "storage/SqliteFiles.h"

namespace allot {

/// \brief SQLite through Qt's QSQLITE driver: the one place for SQL only SQLite speaks.
class SqliteDialect final : public SqlDialect
{
public:
    /// PRAGMA application_id of every Allot database ("Allt").
    static constexpr int kApplicationId = 0x416C6C74;
    /// The most memory each connection's page cache may use, in KiB.
    static constexpr int kCacheKiB = 65536;

    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    Status inspectOpenedFile(QSqlDatabase& db, const QString& path) const override;
    Status checkFilesInPlace(QSqlDatabase& db) const override;
    void keepFilesOnClose(QSqlDatabase& db) const override;
    Status prepareConnection(QSqlDatabase& db, int busyTimeoutMs) const override;
    Result<int> identifySchemaVersion(QSqlDatabase& db, const QString& path,
                                      bool setUpIfEmpty) const override;
    Status configureDurability(QSqlDatabase& db) const override;
    QVector<Migration> migrations() const override;
    QString setSchemaVersionSql(int version) const override;
    QString schemaVersionSql() const override { return QStringLiteral("PRAGMA user_version"); }
    Result<std::unique_ptr<PreparedStatement>> prepare(QSqlDatabase& db,
                                                       const QString& sql) const override;
    QString beginWriteSql() const override;
    bool inTransaction(const QSqlDatabase& db) const override;
    void setInterruptCheck(QSqlDatabase& db, const std::function<bool()>* check) const override;
    void setBusyWait(QSqlDatabase& db, int timeoutMs,
                     const std::function<bool()>* keepWaiting) const override;
    Error classify(const QSqlError& error, const QSqlDatabase& db,
                   const QString& what) const override;
    Error lastEngineError(const QSqlDatabase& db, const QString& what) const override;
    Result<qint64> outsideChangeCounter(QSqlDatabase& db) const override;
    Status backupTo(QSqlDatabase& db, const QString& path) const override;
    QString selectAllRowsSql(const QString& table) const override;
    Result<QStringList> dataTables(QSqlDatabase& db) const override;
    Result<QStringList> integrityProblems(QSqlDatabase& db) const override;
    /// In SqliteSchema.cpp.
    Result<QStringList> schemaProblems(QSqlDatabase& db,
                                       const QVector<Migration>& steps) const override;

    /// Builds an Error from an SQLite extended result code.
    static Error fromCode(int extendedCode, const QString& text, const QString& what);

private:
    // One dialect per connection: the files it noted when the database was opened.
    mutable sqlitefiles::FileIds m_files;
};

} // namespace allot
