#include "storage/Backups.h"

#include "storage/Database.h"
#include "storage/SqliteFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <filesystem>

namespace allot::backups {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("allot::backups", text);
}

const QString kSuffix = QStringLiteral(".allot-backup");
// How long a restore waits for other programs to close the budget.
constexpr int kRestoreWaitMs = 3000;

Status createPrivateEmptyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
        return Error{ErrorKind::Storage,
                     tr("the backup %1 cannot be created: %2").arg(path, file.errorString()),
                     {},
                     0};
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

std::filesystem::path fileSystemPath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

void removeBeside(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

QString folderFor(const QString& databasePath)
{
    return databasePath + QStringLiteral("-backups");
}

QStringList list(const QString& databasePath)
{
    const QDir folder(folderFor(databasePath));
    QStringList paths;
    // Names carry the time to the millisecond, so the name order is the time order.
    const QStringList names =
        folder.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names)
        paths << folder.filePath(name);
    return paths;
}

Result<QString> create(Database& db)
{
    const QString folder = folderFor(db.path());
    if (!QDir().mkpath(folder))
        return Error{
            ErrorKind::Storage, tr("the backup folder %1 cannot be created").arg(folder), {}, 0};
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = QDir(folder).filePath(QFileInfo(db.path()).completeBaseName() +
                                               QLatin1Char('-') + stamp + kSuffix);
    if (Status s = createPrivateEmptyFile(path); !s)
        return s.error();
    if (Status s = db.dialect().backupTo(db.connection(), path); !s) {
        removeBeside(path);
        return s.error().withContext(tr("Could not back up %1").arg(db.path()));
    }
    // Keep the newest few.
    const QStringList all = list(db.path());
    for (int i = kKept; i < all.size(); ++i)
        removeBeside(all[i]);
    return path;
}

Status restore(const QString& givenPath, const QString& backupPath)
{
    const QString attempted = tr("Could not restore %1").arg(backupPath);
    if (!QFileInfo::exists(backupPath))
        return Error::notFound(tr("the backup does not exist")).withContext(attempted);
    // Through a symbolic link the budget is the file it points to; replacing the link with a
    // plain file would leave the real budget as it was.
    const QFileInfo given(givenPath);
    const QString databasePath = given.isSymLink() ? given.canonicalFilePath() : givenPath;
    if (databasePath.isEmpty())
        return Error::notFound(
                   tr("the budget %1 is a link to a file that does not exist").arg(givenPath))
            .withContext(attempted);
    // By any name, hard links included (copying it would open the file while it is held).
    std::error_code sameError;
    if (std::filesystem::equivalent(fileSystemPath(backupPath), fileSystemPath(databasePath),
                                    sameError) &&
        !sameError)
        return Error::refused(tr("the backup is the budget itself")).withContext(attempted);

    // No other connection may be open while the file is replaced: an action it reported done
    // would be undone by the restore. Held until the new file is in place.
    std::unique_ptr<sqlitefiles::ExclusiveHold> alone;
    if (QFileInfo::exists(databasePath)) {
        auto hold = sqlitefiles::ExclusiveHold::take(databasePath, kRestoreWaitMs);
        if (!hold)
            return hold.error().withContext(attempted);
        alone = std::move(hold).value();
    }

    // Check a copy (opening may upgrade an older backup's schema), then put the copy in place.
    const QString candidate = databasePath + QStringLiteral(".restoring");
    removeBeside(candidate);
    if (!QFile::copy(backupPath, candidate))
        return Error{
            ErrorKind::Storage, tr("the backup could not be copied next to the budget"), {}, 0}
            .withContext(attempted);
    QFile::setPermissions(candidate, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto db = Database::open(candidate);
        if (!db) {
            removeBeside(candidate);
            Error e = db.error();
            e.message.replace(candidate, backupPath);
            return e.withContext(attempted);
        }
        auto problems = db.value()->dialect().integrityProblems(db.value()->connection());
        if (!problems || !problems->isEmpty()) {
            db.value().reset();
            removeBeside(candidate);
            return Error{ErrorKind::Corrupt, tr("the backup is damaged"),
                         problems ? problems->join(QLatin1Char('\n')) : problems.error().detail, 0}
                .withContext(attempted);
        }
    } // closing the last connection folds the WAL into the file

    QFile::remove(candidate + QStringLiteral("-wal"));
    QFile::remove(candidate + QStringLiteral("-shm"));
    // The old -wal and -shm go before the new file arrives: SQLite would read the old WAL into
    // the new file. The hold has folded the WAL into the old file, so nothing is lost should
    // the replacement fail.
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
#ifdef Q_OS_UNIX
    // One rename replaces the file: there is no moment without a budget at the path.
    if (std::rename(QFile::encodeName(candidate).constData(),
                    QFile::encodeName(databasePath).constData()) != 0) {
        removeBeside(candidate);
        return Error{ErrorKind::Storage, tr("the budget file could not be replaced"), candidate, 0}
            .withContext(attempted);
    }
#else
    // Move the current budget aside first, so that a failed rename can be undone.
    const QString aside = databasePath + QStringLiteral(".replaced");
    removeBeside(aside);
    if (QFileInfo::exists(databasePath) && !QFile::rename(databasePath, aside)) {
        removeBeside(candidate);
        return Error{ErrorKind::Storage, tr("the budget file could not be replaced"), databasePath,
                     0}
            .withContext(attempted);
    }
    if (!QFile::rename(candidate, databasePath)) {
        QFile::rename(aside, databasePath);
        removeBeside(candidate);
        return Error{ErrorKind::Storage, tr("the budget file could not be replaced"), candidate, 0}
            .withContext(attempted);
    }
    removeBeside(aside);
#endif
    alone.reset();
    return {};
}

} // namespace allot::backups
