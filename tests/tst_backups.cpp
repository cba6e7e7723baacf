#include "actions/HouseholdActions.h"
#include "actions/UndoHistory.h"
#include "storage/Backups.h"
#include "storage/SqlStatement.h"
#include "storage/SqliteDialect.h"
#include "storage/SqliteFiles.h"
#include "support/TestBudget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace allot;
using namespace allot::test;

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void aBackupIsACompletePrivateCopy()
    {
        TestBudget b;
        addExpense(b.db(), b.alice, b.food, 4200);
        auto path = backups::create(b.db());
        ALLOT_VERIFY_OK(path);
        QVERIFY(QFileInfo(*path).absolutePath() ==
                QFileInfo(backups::folderFor(b.path())).absoluteFilePath());
#ifndef Q_OS_WIN
        QCOMPARE(QFile::permissions(*path) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
#endif
        auto copy = Database::open(*path);
        ALLOT_VERIFY_OK(copy);
        QCOMPARE(dump(*copy.value()), dump(b.db()));
    }

    void onlyTheNewestAreKept()
    {
        TestBudget b;
        QStringList made;
        for (int i = 0; i < backups::kKept + 3; ++i) {
            auto path = backups::create(b.db());
            ALLOT_VERIFY_OK(path);
            made.prepend(*path);
            QTest::qWait(2); // distinct names to the millisecond
        }
        const QStringList kept = backups::list(b.path());
        QCOMPARE(kept.size(), backups::kKept);
        QCOMPARE(kept, made.mid(0, backups::kKept));
    }

    void restoreBringsBackTheBudgetAsItWas()
    {
        TestBudget b;
        auto path = backups::create(b.db());
        ALLOT_VERIFY_OK(path);
        const QString before = dump(b.db());
        ALLOT_VERIFY_OK(household::addPerson(b.db(), QStringLiteral("Carol")));
        b.close();
        ALLOT_VERIFY_OK(backups::restore(b.path(), *path));
        b.reopen();
        QCOMPARE(dump(b.db()), before);
    }

    // A restore never undoes what another connection reported done: while one has the budget
    // open (here: in the middle of a write, as a long import would be) it is refused, and the
    // other connection's work is kept.
    void restoreIsRefusedWhileAnotherConnectionHasTheBudget()
    {
        TestBudget b;
        auto path = backups::create(b.db());
        ALLOT_VERIFY_OK(path);
        Transaction writing(b.db().engine());
        QVERIFY(writing.isActive());
        ALLOT_VERIFY_OK(household::addPerson(b.db(), QStringLiteral("Carol")));
        const Status restored = backups::restore(b.path(), *path);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().kind, ErrorKind::Busy);
        QVERIFY2(restored.error().message.contains(QStringLiteral("open in another program")),
                 qPrintable(restored.error().message));
        ALLOT_VERIFY_OK(writing.commit());
        QVERIFY(dump(b.db()).contains(QStringLiteral("Carol")));
        b.close();
        b.reopen();
        QVERIFY(dump(b.db()).contains(QStringLiteral("Carol")));
        QVERIFY(!QFileInfo::exists(b.path() + QStringLiteral(".restoring")));
        // Idle, but open: refused as well.
        QCOMPARE(backups::restore(b.path(), *path).error().kind, ErrorKind::Busy);
    }

    // While restore holds the budget, no other connection can open it, in this process either.
    void theHoldKeepsEveryOtherConnectionOut()
    {
        TestBudget b;
        b.close();
        auto hold = sqlitefiles::ExclusiveHold::take(b.path(), 100);
        ALLOT_VERIFY_OK(hold);
        OpenOptions options;
        options.busyTimeoutMs = 100;
        auto other = Database::open(b.path(), options);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().kind, ErrorKind::Busy);
        hold.value().reset();
        ALLOT_VERIFY_OK(Database::open(b.path(), options));
    }

    // Through a symbolic link, the file it points to is restored and the link stays a link.
    void restoreThroughALinkRestoresTheBudget()
    {
        TestBudget b;
        auto path = backups::create(b.db());
        ALLOT_VERIFY_OK(path);
        const QString before = dump(b.db());
        ALLOT_VERIFY_OK(household::addPerson(b.db(), QStringLiteral("Carol")));
        b.close();
        QTemporaryDir elsewhere;
        const QString link = QDir(elsewhere.path()).filePath(QStringLiteral("budget.allot"));
        QVERIFY(QFile::link(b.path(), link));
        ALLOT_VERIFY_OK(backups::restore(link, *path));
        QVERIFY(QFileInfo(link).isSymLink());
        b.reopen();
        QCOMPARE(dump(b.db()), before);
    }

    void aDamagedBackupIsRefusedAndTheBudgetKept()
    {
        TestBudget b;
        auto path = backups::create(b.db());
        ALLOT_VERIFY_OK(path);
        b.close();
        {
            QFile file(*path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 2));
        }
        const QByteArray before = fileHash(b.path());
        const Status restored = backups::restore(b.path(), *path);
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().message.startsWith(QStringLiteral("Could not restore ")),
                 qPrintable(restored.error().message));
        QVERIFY(restored.error().message.contains(QStringLiteral("truncated")));
        QCOMPARE(fileHash(b.path()), before);
        QVERIFY(!QFileInfo::exists(b.path() + QStringLiteral(".restoring")));
        const Status missing =
            backups::restore(b.path(), b.folder() + QStringLiteral("/nothing.allot-backup"));
        QVERIFY(missing.error().message.contains(QStringLiteral("does not exist")));
        QCOMPARE(fileHash(b.path()), before);
    }

    void anUpgradeKeepsACopyOfTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.allot"));
        QVector<Migration> older = SqliteDialect().migrations();
        const int latest = older.last().version;
        older.removeLast();
        {
            OpenOptions options;
            options.createIfMissing = true;
            options.migrations = &older;
            auto db = Database::open(path, options);
            ALLOT_VERIFY_OK(db);
            // Written as the previous version's actions wrote them: actions now need the latest
            // schema.
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO person (id, name) VALUES (1, 'Alice')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO action_log (id, label, state, created_at) "
                                          "VALUES (1, 'Add Alice', 'done', '2026-11-01')")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO action_change (action_id, seq, kind, "
                                      "table_name, row_id) VALUES (1, 0, 'row', 'person', 1)")));
        }
        QVERIFY(backups::list(path).isEmpty());
        auto upgraded = Database::open(path);
        ALLOT_VERIFY_OK(upgraded);
        QCOMPARE(upgraded.value()->schemaVersion(), latest);
        const QStringList kept = backups::list(path);
        QCOMPARE(kept.size(), 1);
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(kept.first());
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), latest - 1);
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        // The undo history came through the upgrade.
        ALLOT_VERIFY_OK(history::undo(*upgraded.value()));
        SqlStatement people(upgraded.value()->engine(),
                            QStringLiteral("SELECT count(*) FROM person"));
        QCOMPARE(people.integer().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
