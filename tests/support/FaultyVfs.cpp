#include "support/FaultyVfs.h"

#include <QtGlobal>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace allot::test {

namespace {

sqlite3_vfs* g_base = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
bool g_armed = false;
bool g_persistent = false;
bool g_fired = false;
FaultyVfs::Operation g_operation = FaultyVfs::Operation::Read;
int g_count = 0;
int g_failAt = 0;

// Power loss. A write or truncation not yet made durable by a sync of its file, with what it
// replaced, so that it can be taken back.
struct PendingWrite
{
    bool truncation = false;
    sqlite3_int64 offset = 0;     ///< Where the write starts; for a truncation, the new size.
    sqlite3_int64 sizeBefore = 0; ///< The file's size before.
    std::string oldBytes;         ///< The bytes it replaced that the file had (none past its end).
    std::string newBytes;         ///< What was written.
};

bool g_journaling = false;
bool g_poweredOff = false;
int g_diskOperations = 0;
int g_powerLossAt = 0;
std::map<std::string, std::vector<PendingWrite>> g_pending; // by file name
std::multiset<std::string> g_openDatabases;                 // main database files open now
std::set<std::string> g_touchedDatabases; // open while journaling: their -shm goes at power loss

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file* real;
    const char* name; ///< Valid until xClose (SQLite's promise); null for temporary files.
    bool journaled;   ///< A database or WAL file: its unsynced writes are remembered.
    bool mainDatabase;
};

ShimFile* shim(sqlite3_file* f)
{
    return reinterpret_cast<ShimFile*>(f);
}

sqlite3_file* real(sqlite3_file* f)
{
    return shim(f)->real;
}

// True when this call of \a op is the one (or one of those) to fail.
bool shouldFail(FaultyVfs::Operation op)
{
    if (!g_armed || op != g_operation)
        return false;
    ++g_count;
    if (g_count == g_failAt || (g_persistent && g_count > g_failAt)) {
        g_fired = true;
        return true;
    }
    return false;
}

// True when the power is off, or goes off at this disk operation (which then does not happen).
bool powerFailsAtDiskOperation()
{
    if (g_poweredOff)
        return true;
    if (!g_journaling)
        return false;
    if (g_powerLossAt > 0 && g_diskOperations + 1 == g_powerLossAt) {
        g_poweredOff = true;
        return true;
    }
    ++g_diskOperations;
    return false;
}

bool journaling(sqlite3_file* f)
{
    return g_journaling && shim(f)->journaled;
}

// The bytes of [offset, offset + amount) that the file has now (fewer past its end), and its size.
std::string currentBytes(sqlite3_file* f, sqlite3_int64 offset, sqlite3_int64 amount,
                         sqlite3_int64& size)
{
    sqlite3_file* r = real(f);
    if (r->pMethods->xFileSize(r, &size) != SQLITE_OK)
        qFatal("FaultyVfs: cannot read the size of %s", shim(f)->name);
    std::string bytes;
    const sqlite3_int64 have = std::min(amount, size - offset);
    if (have > 0) {
        bytes.resize(static_cast<size_t>(have));
        if (r->pMethods->xRead(r, bytes.data(), static_cast<int>(have), offset) != SQLITE_OK)
            qFatal("FaultyVfs: cannot read what a write replaces in %s", shim(f)->name);
    }
    return bytes;
}

int shimClose(sqlite3_file* f)
{
    ShimFile* s = shim(f);
    if (s->mainDatabase) {
        auto it = g_openDatabases.find(s->name);
        if (it != g_openDatabases.end())
            g_openDatabases.erase(it);
    }
    sqlite3_file* r = real(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    sqlite3_free(r);
    return rc;
}
int shimRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    if (g_poweredOff || shouldFail(FaultyVfs::Operation::Read))
        return SQLITE_IOERR_READ;
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int shimWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (powerFailsAtDiskOperation() || shouldFail(FaultyVfs::Operation::Write))
        return SQLITE_IOERR_WRITE;
    if (shouldFail(FaultyVfs::Operation::DiskFull))
        return SQLITE_FULL;
    if (journaling(f)) {
        PendingWrite w;
        w.offset = offset;
        w.oldBytes = currentBytes(f, offset, amount, w.sizeBefore);
        w.newBytes.assign(static_cast<const char*>(buffer), static_cast<size_t>(amount));
        g_pending[shim(f)->name].push_back(std::move(w));
    }
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int shimSync(sqlite3_file* f, int flags)
{
    if (powerFailsAtDiskOperation() || shouldFail(FaultyVfs::Operation::Sync))
        return SQLITE_IOERR_FSYNC;
    const int rc = real(f)->pMethods->xSync(real(f), flags);
    if (rc == SQLITE_OK && journaling(f))
        g_pending.erase(shim(f)->name);
    return rc;
}
int shimTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (powerFailsAtDiskOperation())
        return SQLITE_IOERR_TRUNCATE;
    if (journaling(f)) {
        PendingWrite w;
        w.truncation = true;
        w.offset = size;
        w.oldBytes = currentBytes(f, size, std::numeric_limits<sqlite3_int64>::max(), w.sizeBefore);
        g_pending[shim(f)->name].push_back(std::move(w));
    }
    return real(f)->pMethods->xTruncate(real(f), size);
}
int shimFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    if (g_poweredOff)
        return SQLITE_IOERR_FSTAT;
    return real(f)->pMethods->xFileSize(real(f), size);
}
int shimLock(sqlite3_file* f, int level)
{
    if (g_poweredOff || shouldFail(FaultyVfs::Operation::Lock))
        return SQLITE_IOERR_LOCK;
    return real(f)->pMethods->xLock(real(f), level);
}
int shimUnlock(sqlite3_file* f, int level)
{
    // Always let go of locks, so that the process can open the file again after a power loss.
    return real(f)->pMethods->xUnlock(real(f), level);
}
int shimCheckReservedLock(sqlite3_file* f, int* out)
{
    if (g_poweredOff)
        return SQLITE_IOERR_CHECKRESERVEDLOCK;
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int shimFileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int shimSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int shimDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int shimShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    if (g_poweredOff)
        return SQLITE_IOERR_SHMMAP;
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int shimShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    if (g_poweredOff && (flags & SQLITE_SHM_LOCK))
        return SQLITE_IOERR_SHMLOCK;
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int shimShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int shimFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    if (g_poweredOff) {
        *out = nullptr; // "not mapped": SQLite falls back to xRead, which fails
        return SQLITE_OK;
    }
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int shimUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, page);
}

int shimOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* s = reinterpret_cast<ShimFile*>(file);
    s->base.pMethods = nullptr;
    if (g_poweredOff)
        return SQLITE_CANTOPEN;
    s->real = static_cast<sqlite3_file*>(sqlite3_malloc(g_base->szOsFile));
    if (!s->real)
        return SQLITE_NOMEM;
    std::memset(s->real, 0, static_cast<size_t>(g_base->szOsFile));
    const int rc = g_base->xOpen(g_base, name, s->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        sqlite3_free(s->real);
        return rc;
    }
    s->name = name;
    s->mainDatabase = name && (flags & SQLITE_OPEN_MAIN_DB);
    s->journaled =
        name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL));
    if (s->mainDatabase) {
        g_openDatabases.insert(name);
        if (g_journaling)
            g_touchedDatabases.insert(name);
    }
    // Every file of the default VFS has the same methods; wrap them once.
    if (!g_methods.xClose) {
        g_methods = *s->real->pMethods;
        g_methods.xClose = shimClose;
        g_methods.xRead = shimRead;
        g_methods.xWrite = shimWrite;
        g_methods.xTruncate = shimTruncate;
        g_methods.xSync = shimSync;
        g_methods.xFileSize = shimFileSize;
        g_methods.xLock = shimLock;
        g_methods.xUnlock = shimUnlock;
        g_methods.xCheckReservedLock = shimCheckReservedLock;
        g_methods.xFileControl = shimFileControl;
        g_methods.xSectorSize = shimSectorSize;
        g_methods.xDeviceCharacteristics = shimDeviceCharacteristics;
        g_methods.xShmMap = shimShmMap;
        g_methods.xShmLock = shimShmLock;
        g_methods.xShmBarrier = shimShmBarrier;
        g_methods.xShmUnmap = shimShmUnmap;
        g_methods.xFetch = shimFetch;
        g_methods.xUnfetch = shimUnfetch;
    }
    s->base.pMethods = &g_methods;
    return rc;
}

int shimDelete(sqlite3_vfs*, const char* name, int syncDirectory)
{
    if (g_poweredOff)
        return SQLITE_IOERR_DELETE;
    const int rc = g_base->xDelete(g_base, name, syncDirectory);
    if (rc == SQLITE_OK)
        g_pending.erase(name); // a file of the same name later is another file
    return rc;
}

// Plain file I/O for the power loss itself, outside SQLite.
sqlite3_int64 fileSize(int fd, const std::string& path)
{
    struct stat info;
    if (::fstat(fd, &info) != 0)
        qFatal("FaultyVfs: cannot stat %s", path.c_str());
    return info.st_size;
}
void writeAt(int fd, const std::string& path, const char* bytes, size_t size, sqlite3_int64 offset)
{
    if (size > 0 && ::pwrite(fd, bytes, size, offset) != static_cast<ssize_t>(size))
        qFatal("FaultyVfs: cannot write to %s", path.c_str());
}
void resize(int fd, const std::string& path, sqlite3_int64 size)
{
    if (::ftruncate(fd, size) != 0)
        qFatal("FaultyVfs: cannot resize %s", path.c_str());
}

// Puts back what \a w replaced; later writes to the file have been taken back already.
void undo(int fd, const std::string& path, const PendingWrite& w)
{
    if (w.truncation) {
        resize(fd, path, w.sizeBefore);
        writeAt(fd, path, w.oldBytes.data(), w.oldBytes.size(), w.offset);
        return;
    }
    writeAt(fd, path, w.oldBytes.data(), w.oldBytes.size(), w.offset);
    if (fileSize(fd, path) > w.sizeBefore)
        resize(fd, path, w.sizeBefore);
}

} // namespace

void FaultyVfs::install()
{
    if (g_base)
        return;
    g_base = sqlite3_vfs_find(nullptr);
    g_vfs = *g_base;
    g_vfs.zName = "allot-faulty";
    g_vfs.szOsFile = static_cast<int>(sizeof(ShimFile));
    g_vfs.xOpen = shimOpen;
    g_vfs.xDelete = shimDelete;
    g_vfs.pNext = nullptr;
    sqlite3_vfs_register(&g_vfs, 1);
}

void FaultyVfs::arm(Operation operation, int n, bool persistent)
{
    g_operation = operation;
    g_failAt = n;
    g_persistent = persistent;
    g_count = 0;
    g_fired = false;
    g_armed = true;
}

void FaultyVfs::disarm()
{
    g_armed = false;
}

bool FaultyVfs::fired()
{
    return g_fired;
}

void FaultyVfs::startJournaling()
{
    g_pending.clear();
    g_touchedDatabases = std::set<std::string>(g_openDatabases.begin(), g_openDatabases.end());
    g_diskOperations = 0;
    g_powerLossAt = 0;
    g_poweredOff = false;
    g_journaling = true;
}

void FaultyVfs::stopJournaling()
{
    g_journaling = false;
    g_poweredOff = false;
    g_powerLossAt = 0;
    g_pending.clear();
    g_touchedDatabases.clear();
}

int FaultyVfs::diskOperations()
{
    return g_diskOperations;
}

void FaultyVfs::armPowerLoss(int n)
{
    g_powerLossAt = std::max(0, n);
}

void FaultyVfs::powerOff()
{
    g_poweredOff = true;
}

bool FaultyVfs::poweredOff()
{
    return g_poweredOff;
}

FaultyVfs::PowerLossReport FaultyVfs::simulatePowerLoss(PowerLoss mode, std::uint32_t seed)
{
    g_poweredOff = true;
    std::mt19937 random(seed);
    PowerLossReport report;
    for (const auto& [path, pending] : g_pending) {
        if (pending.empty())
            continue;
        const int fd = ::open(path.c_str(), O_RDWR);
        if (fd < 0)
            continue; // deleted while the power was on: nothing of it is left to damage
        ++report.files;
        const size_t count = pending.size();
        report.unsynced += static_cast<int>(count);
        // The first `kept` writes reached the disk; in Torn mode the next one reached it half.
        size_t kept = 0;
        if (mode != PowerLoss::Lost)
            kept = std::uniform_int_distribution<size_t>(
                0, mode == PowerLoss::Torn ? count - 1 : count)(random);
        for (size_t i = count; i-- > kept;)
            undo(fd, path, pending[i]);
        report.undone += static_cast<int>(count - kept);
        if (mode == PowerLoss::Torn && !pending[kept].truncation &&
            pending[kept].newBytes.size() >= 2) {
            const PendingWrite& w = pending[kept];
            const size_t half = w.newBytes.size() / 2;
            if (std::uniform_int_distribution<int>(0, 1)(random) == 0)
                writeAt(fd, path, w.newBytes.data(), half, w.offset);
            else
                writeAt(fd, path, w.newBytes.data() + half, w.newBytes.size() - half,
                        w.offset + static_cast<sqlite3_int64>(half));
            --report.undone;
            ++report.torn;
        }
        ::close(fd);
    }
    // The -shm is memory, not data: SQLite rebuilds it from the WAL when it finds none.
    for (const std::string& database : g_touchedDatabases) {
        if (::unlink((database + "-shm").c_str()) == 0)
            ++report.shmFilesDeleted;
    }
    stopJournaling();
    return report;
}

} // namespace allot::test
