#include "storage/SqliteFiles.h"

#include "storage/WalCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <tuple>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace allot::sqlitefiles {

namespace {

// The SQLite file header is 100 bytes; see https://www.sqlite.org/fileformat.html.
constexpr int kHeaderSize = 100;

QString tr(const char* text)
{
    return QCoreApplication::translate("allot::sqlitefiles", text);
}

QString mainFileName(sqlite3* handle)
{
    const char* name = sqlite3_db_filename(handle, "main");
    return name ? QFile::decodeName(name) : QString();
}

sqlite3_file* mainFile(sqlite3* handle)
{
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK)
        return nullptr;
    return file && file->pMethods ? file : nullptr;
}

Status inspectLocked(sqlite3_file* file, const QString& path, const QString& onDisk, bool noWriter,
                     bool alone)
{
    const sqlite3_io_methods& io = *file->pMethods;
    const auto cannotOpen = [&](const QString& why) {
        return Error{ErrorKind::CannotOpen, QStringLiteral("%1 %2").arg(path, why), {}, 0};
    };
    sqlite3_int64 size = 0;
    if (const int rc = io.xFileSize(file, &size); rc != SQLITE_OK)
        return cannotOpen(tr("cannot be read: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    if (size == 0)
        return cannotOpen(tr("is empty: it is not an Allot database"));
    unsigned char bytes[kHeaderSize] = {};
    const int read = io.xRead(file, bytes, kHeaderSize, 0);
    if (read != SQLITE_OK && read != SQLITE_IOERR_SHORT_READ)
        return cannotOpen(tr("cannot be read: %1").arg(QString::fromUtf8(sqlite3_errstr(read))));
    if (read == SQLITE_IOERR_SHORT_READ ||
        QByteArray::fromRawData(reinterpret_cast<const char*>(bytes), kHeaderSize)
                .startsWith(QByteArrayLiteral("SQLite format 3\0")) == false)
        return cannotOpen(tr("is not an Allot database: it is not an SQLite database file"));

    // A budget in WAL mode (format bytes 2) never has a rollback journal of its own; SQLite
    // would replay a stray one into the file (an old copy beside it, say) and damage it. While
    // a writer in rollback mode is at work (another process switching a new budget to WAL), the
    // journal is its own.
    const bool walFormat = bytes[18] == 2 && bytes[19] == 2;
    const QFileInfo journal(onDisk + QStringLiteral("-journal"));
    if (noWriter && walFormat && journal.exists() && journal.size() > 0)
        return cannotOpen(tr("is beside a rollback journal (%1) that does not belong to it: "
                             "move that file away, then open the budget again")
                              .arg(journal.fileName()));

    if (!alone)
        return {};
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    // The page count in the header is only meaningful when it was written with the
    // current change counter (SQLite's own rule); then a shorter file was cut off. Unless a
    // write-ahead log lies beside it: a checkpoint interrupted by a crash or power loss leaves
    // page 1 (with the new count) written and later pages only in the WAL, from which SQLite
    // reads them and finishes the checkpoint (found by tst_powerloss).
    const qint64 expected = qint64(pageSize) * qint64(pageCount);
    const QFileInfo wal(onDisk + QStringLiteral("-wal"));
    const bool walHoldsPages = wal.exists() && wal.size() > 0;
    if (validFor == changeCounter && pageCount > 0 && expected > size && !walHoldsPages) {
        return Error{
            ErrorKind::Corrupt,
            tr("%1 is damaged: it is truncated (%2 bytes of %3)").arg(path).arg(size).arg(expected),
            {},
            SQLITE_CORRUPT};
    }
    return {};
}

// Examines the -wal before SQLite's first read replays it: SQLite drops every frame after an
// invalid one without a word, saved work included. Opened through the connection's own VFS the
// way SQLite opens its WAL (os_unix.c opens every file but the main one without locking): no
// lock of SQLite's lives on the -wal, so closing it drops none. Runs only while this connection
// holds the file's exclusive lock: no other connection exists, so nobody appends to the log
// while it is read, and this connection is the one that will replay it.
Status inspectWal(sqlite3* handle, const QString& path)
{
    const char* mainName = sqlite3_db_filename(handle, "main");
    const char* walName = mainName ? sqlite3_filename_wal(mainName) : nullptr;
    if (!walName || !*walName)
        return {};
    const QString walPath = QFile::decodeName(walName);
    const QString walShown = QDir::toNativeSeparators(walPath);
    // stat() only. SQLite reads nothing of a log no longer than its 32-byte header.
    const QFileInfo walInfo(walPath);
    if (!walInfo.exists() || walInfo.size() <= 32)
        return {};
    const auto cannotOpen = [&](const QString& why) {
        return Error{ErrorKind::CannotOpen, QStringLiteral("%1 %2").arg(path, why), {}, 0};
    };
    const auto unreadable = [&](int rc) {
        return cannotOpen(tr("cannot be read: its write-ahead log %1 could not be read (%2)")
                              .arg(walShown, QString::fromUtf8(sqlite3_errstr(rc))));
    };
    sqlite3_vfs* vfs = nullptr;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK || !vfs)
        return unreadable(SQLITE_MISUSE);
    auto* file = static_cast<sqlite3_file*>(sqlite3_malloc(vfs->szOsFile));
    if (!file)
        return unreadable(SQLITE_NOMEM);
    std::memset(static_cast<void*>(file), 0, size_t(vfs->szOsFile));
    int openedAs = 0;
    const int opened =
        vfs->xOpen(vfs, walName, file, SQLITE_OPEN_READONLY | SQLITE_OPEN_WAL, &openedAs);
    const auto closeWal = [&] {
        if (file->pMethods)
            file->pMethods->xClose(file);
        sqlite3_free(file);
    };
    if (opened != SQLITE_OK) {
        closeWal();
        return unreadable(opened);
    }
    sqlite3_int64 size = 0;
    if (const int rc = file->pMethods->xFileSize(file, &size); rc != SQLITE_OK) {
        closeWal();
        return unreadable(rc);
    }
    int readFailure = SQLITE_OK;
    const walcheck::WalReport report =
        walcheck::examine(size, [&](qint64 offset, unsigned char* into, qint64 length) {
            readFailure = file->pMethods->xRead(file, into, int(length), offset);
            return readFailure == SQLITE_OK;
        });
    closeWal();

    using State = walcheck::WalReport::State;
    switch (report.state) {
    case State::Empty:
    case State::Intact:
    case State::HeaderTorn:
        return {};
    case State::Unreadable:
        return unreadable(readFailure);
    case State::NotAWal:
        return cannotOpen(
            tr("was not opened: its write-ahead log %1 does not begin with a WAL header, so "
               "SQLite would silently ignore the %2 bytes of saved work it may hold. Nothing was "
               "changed. First keep a copy of both files. Then either move %1 away and open the "
               "budget again, which loses what it held, or restore a backup with \"allot-cli "
               "restore\".")
                .arg(walShown, QString::number(size)));
    case State::Damaged:
        return cannotOpen(
            tr("was not opened: its write-ahead log %1 is damaged at frame %2 (byte %3). SQLite "
               "would keep only what was saved before it and silently drop the %4 frames "
               "written after it: at least %5 saved transactions would be lost. Nothing was "
               "changed. First keep a copy of both files. Then either cut %1 down to its first "
               "%3 bytes and open the budget again, which keeps what was saved before the "
               "damage and loses the rest, or restore a backup with \"allot-cli restore\".")
                // One pass: a % in the file's name is not taken for a placeholder.
                .arg(walShown, QString::number(report.firstBadFrame),
                     QString::number(report.firstBadOffset), QString::number(report.laterFrames),
                     QString::number(report.laterCommits)));
    }
    return {};
}

struct FileId
{
    bool exists = false;
    std::uint64_t device = 0, inode = 0;
};

FileId idOf(const QString& path)
{
    FileId id;
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) == 0) {
        id.exists = true;
        id.device = std::uint64_t(info.st_dev);
        id.inode = std::uint64_t(info.st_ino);
    }
#else
    Q_UNUSED(path);
#endif
    return id;
}

} // namespace

Status inspect(sqlite3* handle, const QString& path)
{
    sqlite3_file* file = mainFile(handle);
    if (!file)
        return Error{ErrorKind::CannotOpen,
                     QStringLiteral("%1 %2").arg(path, tr("cannot be read: SQLite did not open "
                                                          "it")),
                     {},
                     0};
    const sqlite3_io_methods& io = *file->pMethods;
    // Every connection to a WAL database holds a shared lock on the file while it is open, so
    // getting the exclusive lock means no other connection exists. The lock is given back at
    // once: SQLite itself holds none yet and takes its own when it first reads.
    // A writer in rollback mode holds the reserved lock while its journal is being written, and
    // keeps readers out (no shared lock) while it commits; a WAL writer takes neither.
    bool noWriter = false;
    bool alone = false;
    if (io.xLock(file, SQLITE_LOCK_SHARED) == SQLITE_OK) {
        int reserved = 0;
        noWriter = io.xCheckReservedLock(file, &reserved) == SQLITE_OK && !reserved;
        alone = noWriter && io.xLock(file, SQLITE_LOCK_EXCLUSIVE) == SQLITE_OK;
    }
    // The files beside it are where SQLite keeps them: beside the file a link points to.
    Status verdict = inspectLocked(file, path, mainFileName(handle), noWriter, alone);
    if (verdict && alone)
        verdict = inspectWal(handle, path);
    io.xUnlock(file, SQLITE_LOCK_NONE);
    return verdict;
}

Status checkInPlace(sqlite3* handle, FileIds& seen)
{
    const QString path = mainFileName(handle);
    const auto detached = [&](const QString& which) {
        return Error{ErrorKind::Detached,
                     tr("the budget's files were changed by another program while it was open "
                        "(%1 was deleted or replaced); nothing was written")
                         .arg(which),
                     path, 0};
    };
    int moved = 0;
    sqlite3_file* file = mainFile(handle);
    if (file && file->pMethods->xFileControl(file, SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK &&
        moved)
        return detached(QFileInfo(path).fileName());
    // SQLite deletes the -wal and -shm only when the last connection closes; while this one is
    // open they stay the same files. Another program that did delete them believed itself
    // alone (this process had lost its locks), and its new files are not the ones open here.
    for (const auto& [suffix, device, inode] :
         {std::tuple{"-wal", &seen.walDevice, &seen.walInode},
          std::tuple{"-shm", &seen.shmDevice, &seen.shmInode}}) {
        const QString name = path + QLatin1String(suffix);
        const FileId now = idOf(name);
        if (*inode == 0) {
            *device = now.device;
            *inode = now.inode;
        } else if (!now.exists || now.device != *device || now.inode != *inode) {
            return detached(QFileInfo(name).fileName());
        }
    }
    return {};
}

bool hasMoved(sqlite3* handle)
{
    int moved = 0;
    sqlite3_file* file = mainFile(handle);
    return file &&
           file->pMethods->xFileControl(file, SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved;
}

Error explainFullDisk(Error error, sqlite3* handle)
{
    if (error.kind != ErrorKind::Storage || !handle)
        return error;
    const QString path = mainFileName(handle);
    if (path.isEmpty())
        return error;
    const int code = error.nativeCode & 0xff;
    const int system = sqlite3_system_errno(handle);
    bool quota = false;
#ifdef EDQUOT
    quota = code == SQLITE_IOERR && system == EDQUOT;
#endif
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo disk(folder);
    // The errno SQLite keeps may be a later call's: a disk with almost nothing free decides.
    constexpr qint64 kAlmostNothing = 1024 * 1024;
    const bool full =
        code == SQLITE_FULL ||
        (code == SQLITE_IOERR &&
         (system == ENOSPC || (disk.isValid() && disk.bytesAvailable() < kAlmostNothing)));
    if (!full && !quota)
        return error;
    const QString where = QDir::toNativeSeparators(folder);
    // What SQLite and the system said stays in the details, for a report.
    error.detail += QStringLiteral("; the system said: %1 (errno %2); Allot said: %3")
                        .arg(qt_error_string(system))
                        .arg(system)
                        .arg(error.message);
    error.message =
        quota ? tr("your disk quota for %1 is used up: Allot needs room there even to read the "
                   "budget. Free some of your space there and try again; nothing was changed")
                    .arg(where)
              : tr("the disk holding %1 is full (%2 free): Allot needs room there even to read "
                   "the budget. Free some space on that disk and try again; nothing was changed")
                    .arg(where, QLocale().formattedDataSize(std::max<qint64>(
                                    0, disk.isValid() ? disk.bytesAvailable() : 0)));
    return error;
}

bool filesTakenOver(sqlite3* handle, const FileIds& seen)
{
    const QString path = mainFileName(handle);
    for (const auto& [suffix, device, inode] :
         {std::tuple{"-wal", seen.walDevice, seen.walInode},
          std::tuple{"-shm", seen.shmDevice, seen.shmInode}}) {
        if (inode == 0)
            continue;
        const FileId now = idOf(path + QLatin1String(suffix));
        if (!now.exists || now.device != device || now.inode != inode)
            return true;
    }
    // Moved or renamed with its -wal and -shm still beside the old name: the files are still
    // this connection's, and closing folds the WAL into the file where it is now. Another file
    // at the path is someone else's.
    return hasMoved(handle) && QFileInfo::exists(path);
}

// lupdate files the tr() of a member function under its class.
QString ExclusiveHold::tr(const char* text)
{
    return QCoreApplication::translate("allot::sqlitefiles::ExclusiveHold", text);
}

Result<std::unique_ptr<ExclusiveHold>> ExclusiveHold::take(const QString& path, int waitMs)
{
    sqlite3* handle = nullptr;
    const auto failed = [&](ErrorKind kind, const QString& message) {
        Error error{kind, message, QString::fromUtf8(sqlite3_errmsg(handle)), 0};
        if (handle)
            error.nativeCode = sqlite3_extended_errcode(handle);
        sqlite3_close(handle);
        return error;
    };
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK)
        return failed(ErrorKind::CannotOpen, tr("%1 cannot be opened").arg(path));
    // Closing must neither checkpoint nor delete the -wal: the budget at the path is replaced
    // while this is held, and the files beside it belong to the new one.
    sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    int persist = 1;
    sqlite3_file_control(handle, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
    sqlite3_busy_timeout(handle, waitMs);
    // In exclusive locking mode a WAL database is opened under the file's own exclusive lock
    // (no shared memory), which every other open connection's shared lock refuses.
    if (sqlite3_exec(handle, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE", nullptr, nullptr,
                     nullptr) != SQLITE_OK) {
        const int code = sqlite3_errcode(handle);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return failed(ErrorKind::Busy,
                          tr("%1 is open in another program (Allot's window or allot-cli): close "
                             "it there first")
                              .arg(path));
        return failed(ErrorKind::CannotOpen, tr("%1 cannot be locked").arg(path));
    }
    // Everything committed goes into the file itself (the lock stays: exclusive locking mode
    // never gives it back), so that the -wal can be removed without losing anything should
    // the file not be replaced after all.
    if (sqlite3_exec(handle, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr,
                     nullptr) != SQLITE_OK)
        return failed(ErrorKind::Storage, tr("%1 cannot be locked").arg(path));
    return std::unique_ptr<ExclusiveHold>(new ExclusiveHold(handle));
}

ExclusiveHold::~ExclusiveHold()
{
    sqlite3_close(m_handle);
}

} // namespace allot::sqlitefiles
