// A budget's write-ahead log is examined before SQLite replays it (issue 11): SQLite keeps the
// frames up to the first invalid one and drops the rest without a word, so 64 bytes overwritten
// in the middle of a WAL lost five of eight saved actions, and even `allot-cli check` said all
// was well and deleted the WAL. A damaged log with saved work after the damage is refused and
// both files stay as they were; the ends a crash or a power loss leaves (a torn last frame,
// frames of an older generation, a transaction rolled back) open as before.

#include "storage/Database.h"
#include "support/Programs.h"
#include "support/TestBudget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

using namespace allot;
using namespace allot::test;

namespace {

constexpr int kActions = 8;
constexpr qint64 kWalHeader = 32;
constexpr qint64 kFrameHeader = 24;

sqlite3* handleOf(Database& db)
{
    return *static_cast<sqlite3* const*>(db.connection().driver()->handle().constData());
}

qint64 entryCount(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM entry")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// A budget whose last actions are only in its WAL, copied (the budget and its -wal, no -shm)
// into a folder of its own, as a person would find it after a crash.
struct WalBudget
{
    QTemporaryDir dir;
    QString path;
    QString wal;
    qint64 entriesBefore = 0;     // entries already in the file itself
    QVector<qint64> commitFrames; // the WAL's frame count after each action
    qint64 frameSize = 0;
    qint64 walSizeAfterActions = 0; // before any actions of a second generation
    QByteArray firstSalts, lastSalts;
};

// Adds kActions expenses with every frame kept in the WAL; with \a restartThen, the log is then
// checkpointed and restarted, and \a laterActions more go into its new generation (the older
// frames stay behind them).
void makeWalBudget(WalBudget& out, bool restartThen = false, int laterActions = 0)
{
    TestBudget b;
    b.reopen(); // the household is in the file; the WAL starts empty
    out.entriesBefore = entryCount(b.db());
    QSqlQuery q(b.db().connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    const QString wal = b.path() + QStringLiteral("-wal");
    for (int i = 0; i < kActions; ++i) {
        addExpense(b.db(), b.alice, b.food, 1000 + i, b.checking, QDate(2026, 11, 1 + i));
        // No lock of SQLite's lives on the -wal: reading it drops none of the connection's.
        const QByteArray bytes = readAll(wal);
        QVERIFY(bytes.size() > kWalHeader);
        out.frameSize = kFrameHeader + qFromBigEndian<quint32>(bytes.constData() + 8);
        out.commitFrames << (bytes.size() - kWalHeader) / out.frameSize;
    }
    out.walSizeAfterActions = QFileInfo(wal).size();
    out.firstSalts = readAll(wal).mid(16, 8);
    if (restartThen) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(RESTART)")));
        q.finish();
        for (int i = 0; i < laterActions; ++i)
            addExpense(b.db(), b.bob, b.tools, 500 + i, b.checking, QDate(2026, 12, 1 + i));
    }
    out.lastSalts = readAll(wal).mid(16, 8);
    // Closing must leave the log as it is: no checkpoint, no deleting it.
    sqlite3* handle = handleOf(b.db());
    QCOMPARE(sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr), SQLITE_OK);
    int persist = 1;
    QCOMPARE(sqlite3_file_control(handle, "main", SQLITE_FCNTL_PERSIST_WAL, &persist), SQLITE_OK);
    q = QSqlQuery();
    const QString source = b.path();
    b.close();
    QVERIFY(out.dir.isValid());
    // A name with placeholders in it: the messages must show it as it is.
    out.path = out.dir.filePath(QStringLiteral("budget %2 %1.allot"));
    out.wal = out.path + QStringLiteral("-wal");
    QVERIFY(QFile::copy(source, out.path));
    QVERIFY(QFile::copy(source + QStringLiteral("-wal"), out.wal));
    QVERIFY(QFileInfo(out.wal).size() > kWalHeader + out.frameSize * kActions);
}

qint64 frameOffset(const WalBudget& w, qint64 frame)
{
    return kWalHeader + (frame - 1) * w.frameSize;
}

// The same log with checksums of the other byte order (magic 0x377f0683: big-endian words, as
// a big-endian machine writes it); SQLite reads either. Every frame must be valid.
QByteArray withBigEndianChecksums(const QByteArray& wal, qint64 frameSize)
{
    QByteArray out = wal;
    auto* bytes = reinterpret_cast<uchar*>(out.data());
    qToBigEndian<quint32>(0x377f0683, bytes);
    quint32 s1 = 0, s2 = 0;
    const auto add = [&](const uchar* data, qint64 length) {
        for (qint64 i = 0; i < length; i += 8) {
            s1 += qFromBigEndian<quint32>(data + i) + s2;
            s2 += qFromBigEndian<quint32>(data + i + 4) + s1;
        }
    };
    const auto store = [&](uchar* at) {
        qToBigEndian(s1, at);
        qToBigEndian(s2, at + 4);
    };
    add(bytes, 24);
    store(bytes + 24);
    for (qint64 offset = kWalHeader; offset + frameSize <= out.size(); offset += frameSize) {
        add(bytes + offset, 8);
        add(bytes + offset + kFrameHeader, frameSize - kFrameHeader);
        store(bytes + offset + 16);
    }
    return out;
}

// Opens \a path, expects the refusal, and that neither file changed and no file came or went.
void expectRefusedUntouched(const WalBudget& w, const QStringList& messageParts)
{
    const QByteArray budgetHash = fileHash(w.path);
    const QByteArray walHash = fileHash(w.wal);
    const QStringList files = filesIn(w.dir.path());
    {
        auto db = Database::open(w.path);
        QVERIFY2(!db.ok(), "a damaged WAL was opened");
        QCOMPARE(db.error().kind, ErrorKind::CannotOpen);
        for (const QString& part : messageParts)
            QVERIFY2(
                db.error().message.contains(part),
                qPrintable(
                    QStringLiteral("message \"%1\" lacks \"%2\"").arg(db.error().message, part)));
    }
    QCOMPARE(fileHash(w.path), budgetHash);
    QCOMPARE(fileHash(w.wal), walHash);
    QCOMPARE(filesIn(w.dir.path()), files);
}

} // namespace

class TestWalCheck : public QObject
{
    Q_OBJECT

private slots:
    void anIntactWalOpensWithEverySavedAction()
    {
        WalBudget w;
        makeWalBudget(w);
        auto db = Database::open(w.path);
        ALLOT_VERIFY_OK(db);
        QCOMPARE(entryCount(*db.value()), w.entriesBefore + kActions);
    }

    void refusesAWalDamagedInTheMiddle()
    {
        WalBudget w;
        makeWalBudget(w);
        QByteArray bytes = readAll(w.wal);
        const qint64 middle = bytes.size() / 2;
        for (int i = 0; i < 64; ++i)
            bytes[int(middle + i)] = char(0xA5 ^ i);
        QVERIFY(writeAll(w.wal, bytes));
        const qint64 badFrame = (middle - kWalHeader) / w.frameSize + 1;
        const qint64 badOffset = frameOffset(w, badFrame);
        // The damage must leave saved actions after it, or there would be nothing to lose.
        QVERIFY(w.commitFrames.last() > badFrame);
        expectRefusedUntouched(
            w, {QFileInfo(w.wal).fileName(), QStringLiteral("frame %1 ").arg(badFrame),
                QStringLiteral("byte %1").arg(badOffset), QStringLiteral("Nothing was changed"),
                QStringLiteral("allot-cli restore")});

        // The way out the message names: cut the log at the damage; what was saved before
        // it opens, the rest is gone.
        QVERIFY(QFile::resize(w.wal, badOffset));
        auto db = Database::open(w.path);
        ALLOT_VERIFY_OK(db);
        qint64 savedBefore = 0;
        for (qint64 commitFrame : w.commitFrames)
            savedBefore += commitFrame < badFrame ? 1 : 0;
        QVERIFY(savedBefore < kActions);
        QCOMPARE(entryCount(*db.value()), w.entriesBefore + savedBefore);
        expectSound(*db.value());
    }

    void refusesADamagedFrameHeaderWithSavedWorkAfterIt()
    {
        WalBudget w;
        makeWalBudget(w);
        // The salts of the frame that starts the third action: SQLite would stop there.
        const qint64 badFrame = w.commitFrames[1] + 1;
        QByteArray bytes = readAll(w.wal);
        const int salt = int(frameOffset(w, badFrame) + 8);
        bytes[salt] = char(bytes[salt] ^ 0x01);
        QVERIFY(writeAll(w.wal, bytes));
        expectRefusedUntouched(
            w, {QStringLiteral("frame %1 ").arg(badFrame),
                QStringLiteral("at least %1 saved transactions").arg(kActions - 2)});
    }

    void readsChecksumsOfEitherByteOrder()
    {
        WalBudget w;
        makeWalBudget(w);
        const QByteArray bigEndian = withBigEndianChecksums(readAll(w.wal), w.frameSize);
        QByteArray damaged = bigEndian;
        const qint64 middle = damaged.size() / 2;
        for (int i = 0; i < 64; ++i)
            damaged[int(middle + i)] = char(0x77);
        QVERIFY(writeAll(w.wal, damaged));
        expectRefusedUntouched(
            w, {QStringLiteral("frame %1 ").arg((middle - kWalHeader) / w.frameSize + 1)});
        // Undamaged, SQLite replays all of it: the rewritten checksums are right, and the
        // check found nothing wrong with them.
        QVERIFY(writeAll(w.wal, bigEndian));
        auto db = Database::open(w.path);
        ALLOT_VERIFY_OK(db);
        QCOMPARE(entryCount(*db.value()), w.entriesBefore + kActions);
    }

    void acceptsATornLastFrame()
    {
        WalBudget w;
        makeWalBudget(w);
        // A crash or a power loss in the middle of the last action's commit frame.
        const qint64 lastFrame = w.commitFrames.last();
        QVERIFY(QFile::resize(w.wal, frameOffset(w, lastFrame) + w.frameSize / 2));
        auto db = Database::open(w.path);
        ALLOT_VERIFY_OK(db);
        QCOMPARE(entryCount(*db.value()), w.entriesBefore + kActions - 1);
    }

    void acceptsAHalfWrittenLastFrame()
    {
        WalBudget w;
        makeWalBudget(w);
        // The last frame at its full length, its second half as zeros (a torn write).
        QByteArray bytes = readAll(w.wal);
        const qint64 lastFrame = w.commitFrames.last();
        const qint64 half = frameOffset(w, lastFrame) + w.frameSize / 2;
        QCOMPARE(qint64(bytes.size()), frameOffset(w, lastFrame + 1));
        bytes.replace(int(half), int(bytes.size() - half), QByteArray(int(bytes.size() - half), 0));
        QVERIFY(writeAll(w.wal, bytes));
        auto db = Database::open(w.path);
        ALLOT_VERIFY_OK(db);
        QCOMPARE(entryCount(*db.value()), w.entriesBefore + kActions - 1);
    }

    // A power loss during the last action's commit: its frames reach the disk in any order, so
    // its commit frame may be there while an earlier frame of it is not. That action was never
    // confirmed; SQLite drops it, and the budget opens with every confirmed one.
    void acceptsALastActionWrittenOutOfOrder()
    {
        WalBudget w;
        makeWalBudget(w);
        const qint64 firstOfLast = w.commitFrames.at(w.commitFrames.size() - 2) + 1;
        QVERIFY2(w.commitFrames.last() > firstOfLast, "the last action needs two frames");
        QByteArray bytes = readAll(w.wal);
        bytes.replace(int(frameOffset(w, firstOfLast)), int(w.frameSize),
                      QByteArray(int(w.frameSize), 0));
        QVERIFY(writeAll(w.wal, bytes));
        auto db = Database::open(w.path);
        ALLOT_VERIFY_OK(db);
        QCOMPARE(entryCount(*db.value()), w.entriesBefore + kActions - 1);
    }

    void acceptsFramesOfAnOlderGenerationAfterARestart()
    {
        WalBudget w;
        makeWalBudget(w, true, 2);
        // The second generation is shorter than the first: older frames follow it.
        QVERIFY(w.firstSalts != w.lastSalts);
        QCOMPARE(QFileInfo(w.wal).size(), w.walSizeAfterActions);
        auto db = Database::open(w.path);
        ALLOT_VERIFY_OK(db);
        QCOMPARE(entryCount(*db.value()), w.entriesBefore + kActions + 2);
    }

    void acceptsTheRemainsOfATransactionThatSavedNothing()
    {
        WalBudget w;
        makeWalBudget(w);
        // The last action's frames without its commit frame, one of them invalid: what a
        // rolled-back transaction leaves behind the last commit. Nothing saved is in them.
        const qint64 lastCommit = w.commitFrames.last();
        const qint64 previousCommit = w.commitFrames[kActions - 2];
        QVERIFY2(lastCommit - previousCommit >= 3, "an action writes at least three pages");
        QVERIFY(QFile::resize(w.wal, frameOffset(w, lastCommit)));
        QByteArray bytes = readAll(w.wal);
        const int inPage = int(frameOffset(w, previousCommit + 1) + kFrameHeader + 100);
        bytes[inPage] = char(bytes[inPage] ^ 0x10);
        QVERIFY(writeAll(w.wal, bytes));
        auto db = Database::open(w.path);
        ALLOT_VERIFY_OK(db);
        QCOMPARE(entryCount(*db.value()), w.entriesBefore + kActions - 1);
    }

    void acceptsAWalHeaderTornByAPowerLoss()
    {
        WalBudget w;
        makeWalBudget(w, true, 2);
        // A restart rewrites the header (new checkpoint sequence, salts and checksum); torn
        // half old, half new, its checksum no longer matches and SQLite ignores the whole log,
        // whose frames are then of the older generation, already in the file. That cannot be
        // told from a header damaged later: the two actions of the new generation are lost
        // here, as SQLite decides.
        QByteArray bytes = readAll(w.wal);
        bytes[15] = char(bytes[15] ^ 0x01);
        QVERIFY(writeAll(w.wal, bytes));
        auto db = Database::open(w.path);
        ALLOT_VERIFY_OK(db);
        QCOMPARE(entryCount(*db.value()), w.entriesBefore + kActions);
    }

    void refusesALogThatIsNoWalAtAll()
    {
        WalBudget w;
        makeWalBudget(w);
        QByteArray bytes = readAll(w.wal);
        for (int i = 0; i < 64; ++i)
            bytes[i] = char(0x5A);
        QVERIFY(writeAll(w.wal, bytes));
        expectRefusedUntouched(w, {QFileInfo(w.wal).fileName(), QStringLiteral("WAL header")});
    }

    void acceptsAWalOfZeros()
    {
        // What a crash can leave of a new log whose bytes never reached the disk.
        WalBudget w;
        makeWalBudget(w);
        QVERIFY(writeAll(w.wal, QByteArray(int(w.frameSize * 3 + kWalHeader), 0)));
        auto db = Database::open(w.path);
        ALLOT_VERIFY_OK(db);
        QCOMPARE(entryCount(*db.value()), w.entriesBefore);
    }

    void theCliCheckRefusesADamagedWalAndChangesNothing()
    {
        WalBudget w;
        makeWalBudget(w);
        QByteArray bytes = readAll(w.wal);
        const qint64 middle = bytes.size() / 2;
        for (int i = 0; i < 64; ++i)
            bytes[int(middle + i)] = char(0x3C);
        QVERIFY(writeAll(w.wal, bytes));
        const QByteArray budgetHash = fileHash(w.path);
        const QByteArray walHash = fileHash(w.wal);
        const QStringList files = filesIn(w.dir.path());
        const Run run = runProgram(QStringLiteral(ALLOT_CLI_PATH),
                                   {QStringLiteral("--db"), w.path, QStringLiteral("check")});
        QVERIFY2(run.code == 3, qPrintable(QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
                                               .arg(run.code)
                                               .arg(run.out, run.err)));
        QVERIFY2(run.err.contains(QStringLiteral("is damaged at frame")), qPrintable(run.err));
        QCOMPARE(fileHash(w.path), budgetHash);
        QCOMPARE(fileHash(w.wal), walHash);
        QCOMPARE(filesIn(w.dir.path()), files);
    }
};

QTEST_GUILESS_MAIN(TestWalCheck)
#include "tst_walcheck.moc"
