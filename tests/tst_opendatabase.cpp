#include "actions/BudgetQueries.h"
#include "actions/HouseholdActions.h"
#include "storage/Database.h"
#include "storage/SqliteDialect.h"
#include "support/TestBudget.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace allot;
using namespace allot::test;

namespace {

QString pragma(Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return QStringLiteral("(failed)");
    return q.value(0).toString();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Makes an SQLite file with plain Qt, as another application would.
void makeForeignDatabase(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

class TestOpenDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString pathOf(const QString& name) const { return m_dir.filePath(name); }

    // Opens \a path, expects the error kind and message part, and that the file is unchanged.
    void expectRefused(const QString& path, ErrorKind kind, const QString& messagePart)
    {
        const QByteArray before = fileHash(path);
        const bool existed = QFileInfo::exists(path);
        auto db = Database::open(path);
        QVERIFY2(!db.ok(), qPrintable(path));
        QCOMPARE(db.error().kind, kind);
        QVERIFY2(db.error().message.contains(messagePart), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(path), "the message names the file");
        QCOMPARE(QFileInfo::exists(path), existed);
        if (existed && QFileInfo(path).isFile())
            QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

private slots:
    void createsANewBudgetWithItsSettings()
    {
        const QString path = pathOf(QStringLiteral("new.allot"));
        OpenOptions options;
        options.createIfMissing = true;
        auto db = Database::open(path, options);
        ALLOT_VERIFY_OK(db);
        Database& d = *db.value();
        QCOMPARE(d.schemaVersion(), SqliteDialect().migrations().last().version);
        QCOMPARE(pragma(d, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(d, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(d, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(d, QStringLiteral("busy_timeout")), QStringLiteral("2000"));
        QCOMPARE(pragma(d, QStringLiteral("user_version")), QString::number(d.schemaVersion()));
        QCOMPARE(pragma(d, QStringLiteral("application_id")),
                 QString::number(SqliteDialect::kApplicationId));
#ifndef Q_OS_WIN
        QCOMPARE(QFile::permissions(path) &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
#endif
    }

    void reopensAnExistingBudget()
    {
        const QString path = pathOf(QStringLiteral("again.allot"));
        OpenOptions options;
        options.createIfMissing = true;
        {
            auto db = Database::open(path, options);
            ALLOT_VERIFY_OK(db);
            ALLOT_VERIFY_OK(household::addPerson(*db.value(), QStringLiteral("Alice")));
        }
        auto db = Database::open(path);
        ALLOT_VERIFY_OK(db);
        QCOMPARE(dataDump(*db.value()).count(QStringLiteral("name=t:Alice")), 1);
    }

    void refusesAMissingFileUnlessAskedToCreate()
    {
        const QString path = pathOf(QStringLiteral("missing.allot"));
        expectRefused(path, ErrorKind::CannotOpen, QStringLiteral("does not exist"));
    }

    void refusesAMissingFolder()
    {
        const QString path = pathOf(QStringLiteral("no/such/folder/budget.allot"));
        OpenOptions options;
        options.createIfMissing = true;
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::CannotOpen);
        QVERIFY(db.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(db.error().message.contains(path));
        QVERIFY(!QFileInfo::exists(pathOf(QStringLiteral("no"))));
    }

    void refusesAFolder()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("afolder")));
        expectRefused(pathOf(QStringLiteral("afolder")), ErrorKind::CannotOpen,
                      QStringLiteral("is a folder"));
    }

    void refusesAnEmptyFile()
    {
        const QString path = pathOf(QStringLiteral("empty.allot"));
        writeFile(path, QByteArray());
        expectRefused(path, ErrorKind::CannotOpen, QStringLiteral("is empty"));
    }

    void refusesRandomBytes()
    {
        const QString path = pathOf(QStringLiteral("random.allot"));
        QByteArray bytes(8192, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        writeFile(path, bytes);
        expectRefused(path, ErrorKind::CannotOpen, QStringLiteral("not an SQLite database file"));
    }

    void refusesATextFile()
    {
        const QString path = pathOf(QStringLiteral("notes.txt"));
        writeFile(path, "Groceries 12.50\nRent 900.00\n");
        expectRefused(path, ErrorKind::CannotOpen, QStringLiteral("not an SQLite database file"));
    }

    void refusesATruncatedBudget()
    {
        const QString path = pathOf(QStringLiteral("truncated.allot"));
        {
            TestBudget budget;
            budget.close();
            QVERIFY(QFile::copy(budget.path(), path));
        }
        QFile file(path);
        QVERIFY(file.size() > 4096);
        QVERIFY(file.resize(file.size() / 2));
        expectRefused(path, ErrorKind::Corrupt, QStringLiteral("truncated"));
    }

    // A WAL budget never has a rollback journal of its own; SQLite would replay a stray one (an
    // old copy's, put beside it) into the file and damage it.
    void refusesAStrayRollbackJournalBesideAWalBudget()
    {
        TestBudget budget;
        for (int i = 0; i < 20; ++i)
            addExpense(budget.db(), budget.alice, budget.food, 100 + i, budget.checking);
        budget.close();
        const QString path = budget.path();
        const QString old = pathOf(QStringLiteral("old-copy.allot"));
        QVERIFY(QFile::copy(path, old));
        // A real hot journal: the old copy in rollback mode, in the middle of a transaction
        // large enough to spill pages into the file (which writes the journal first).
        sqlite3* handle = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(old).constData(), &handle), SQLITE_OK);
        const auto exec = [&](const char* sql) {
            return sqlite3_exec(handle, sql, nullptr, nullptr, nullptr);
        };
        QCOMPARE(exec("PRAGMA journal_mode = DELETE; PRAGMA cache_size = 10; BEGIN; "
                      "UPDATE entry SET memo = 'rewritten'; CREATE TABLE junk(x); "
                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                      "WHERE i < 400) INSERT INTO junk SELECT randomblob(1000) FROM n"),
                 SQLITE_OK);
        QVERIFY(QFileInfo(old + QStringLiteral("-journal")).size() > 0);
        QVERIFY(QFile::copy(old + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
        exec("ROLLBACK");
        sqlite3_close(handle);

        const QByteArray journal = fileHash(path + QStringLiteral("-journal"));
        expectRefused(path, ErrorKind::CannotOpen, QStringLiteral("rollback journal"));
        QCOMPARE(fileHash(path + QStringLiteral("-journal")), journal);
        // Moved away as the message says, the budget opens and is whole.
        QVERIFY(QFile::rename(path + QStringLiteral("-journal"), pathOf(QStringLiteral("j"))));
        auto reopened = Database::open(path);
        ALLOT_VERIFY_OK(reopened);
        expectSound(*reopened.value());
        QVERIFY(!dump(*reopened.value()).contains(QStringLiteral("rewritten")));
    }

    void reportsADamagedBudgetWithoutChangingIt()
    {
        const QString path = pathOf(QStringLiteral("damaged.allot"));
        {
            TestBudget budget;
            budget.close();
            QVERIFY(QFile::copy(budget.path(), path));
        }
        {
            // Keep the header page, scribble over every page after it.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8192);
            QVERIFY(file.seek(4096));
            QByteArray garbage(int(file.size() - 4096), '\0');
            for (int i = 0; i < garbage.size(); ++i)
                garbage[i] = char(0xA5 ^ (i * 31));
            QCOMPARE(file.write(garbage), garbage.size());
        }
        const QByteArray before = fileHash(path);
        Error error;
        {
            auto db = Database::open(path);
            if (!db.ok()) {
                error = db.error();
            } else {
                auto people = queries::people(*db.value());
                QVERIFY(!people.ok());
                error = people.error();
            }
        }
        QCOMPARE(error.kind, ErrorKind::Corrupt);
        QVERIFY2(error.message.contains(QStringLiteral("damaged")), qPrintable(error.message));
        QVERIFY(error.isDatabaseUnusable());
        QCOMPARE(fileHash(path), before);
    }

    void refusesAnotherApplicationsDatabase()
    {
        const QString path = pathOf(QStringLiteral("other.sqlite"));
        makeForeignDatabase(
            path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                   QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")});
        expectRefused(path, ErrorKind::CannotOpen, QStringLiteral("another application"));
    }

    void refusesAnEmptySqliteDatabase()
    {
        const QString path = pathOf(QStringLiteral("blank.sqlite"));
        makeForeignDatabase(path,
                            {QStringLiteral("PRAGMA user_version = 0"), QStringLiteral("VACUUM")});
        if (QFileInfo(path).size() == 0)
            QSKIP("this SQLite leaves a never-written database empty");
        expectRefused(path, ErrorKind::CannotOpen, QStringLiteral("empty SQLite database"));
    }

    void refusesANewerSchemaVersion()
    {
        const QString path = pathOf(QStringLiteral("future.allot"));
        {
            TestBudget budget(false);
            QSqlQuery q(budget.db().connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            q.finish();
            budget.close();
            QVERIFY(QFile::copy(budget.path(), path));
        }
        expectRefused(path, ErrorKind::CannotOpen,
                      QStringLiteral("newer version of Allot (schema version 99"));
    }

    void refusesAReadOnlyFile()
    {
        const QString path = pathOf(QStringLiteral("readonly.allot"));
        {
            TestBudget budget;
            budget.close();
            QVERIFY(QFile::copy(budget.path(), path));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        expectRefused(path, ErrorKind::CannotOpen, QStringLiteral("is read-only"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void migrationsRunInOrderEachInItsOwnTransaction()
    {
        const QString path = pathOf(QStringLiteral("migrate.allot"));
        QVector<Migration> steps = SqliteDialect().migrations();
        const int latest = steps.last().version;
        steps.append(Migration{latest + 1,
                               QStringLiteral("notes"),
                               {QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY)")}});
        steps.append(Migration{latest + 2,
                               QStringLiteral("broken"),
                               {QStringLiteral("CREATE TABLE half (id INTEGER PRIMARY KEY)"),
                                QStringLiteral("THIS IS NOT SQL")}});
        OpenOptions options;
        options.createIfMissing = true;
        options.migrations = &steps;
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QVERIFY2(
            db.error().message.contains(
                QStringLiteral("upgrading to schema version %1 (broken) failed").arg(latest + 2)),
            qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(path));
        // A new file that could not be set up is not left behind.
        QVERIFY(!QFileInfo::exists(path));

        // On an existing file the steps that succeeded stay, the failed one leaves no trace.
        steps.removeLast();
        {
            auto first = Database::open(path, options);
            ALLOT_VERIFY_OK(first);
            QCOMPARE(first.value()->schemaVersion(), latest + 1);
        }
        steps.append(Migration{latest + 2,
                               QStringLiteral("broken"),
                               {QStringLiteral("CREATE TABLE half (id INTEGER PRIMARY KEY)"),
                                QStringLiteral("THIS IS NOT SQL")}});
        const QByteArray before = fileHash(path);
        auto again = Database::open(path, options);
        QVERIFY(!again.ok());
        steps.removeLast();
        auto reopened = Database::open(path, options);
        ALLOT_VERIFY_OK(reopened);
        QCOMPARE(reopened.value()->schemaVersion(), latest + 1);
        QCOMPARE(pragma(*reopened.value(), QStringLiteral("user_version")),
                 QString::number(latest + 1));
        QVERIFY(!dump(*reopened.value()).contains(QStringLiteral("== half")));
        QVERIFY(dump(*reopened.value()).contains(QStringLiteral("== note")));
        Q_UNUSED(before);
    }

    void twoConnectionsToOneFileCoexist()
    {
        TestBudget budget;
        auto second = Database::open(budget.path());
        ALLOT_VERIFY_OK(second);
        ALLOT_VERIFY_OK(household::addPerson(*second.value(), QStringLiteral("Carol")));
        QVERIFY(dump(budget.db()).contains(QStringLiteral("t:Carol")));
    }
};

QTEST_GUILESS_MAIN(TestOpenDatabase)
#include "tst_opendatabase.moc"
