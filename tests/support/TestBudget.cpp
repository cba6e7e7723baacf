#include "support/TestBudget.h"

#include "actions/BudgetCheck.h"
#include "actions/EntryActions.h"
#include "actions/HouseholdActions.h"
#include "storage/DatabaseDump.h"
#include "storage/SqlStatement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace allot::test {

namespace {

template <typename T> T must(Result<T> result)
{
    if (!result.ok())
        qFatal("fixture failed: %s [%s]", qPrintable(result.error().message),
               qPrintable(result.error().detail));
    return std::move(result).value();
}

} // namespace

TestBudget::TestBudget(bool withHousehold, const QVector<Migration>* migrations)
    : m_path(m_dir.filePath(QStringLiteral("test.allot"))), m_migrations(migrations)
{
    OpenOptions options;
    options.createIfMissing = true;
    options.migrations = migrations;
    m_db = must(Database::open(m_path, options));
    if (!withHousehold)
        return;
    alice = must(household::addPerson(*m_db, QStringLiteral("Alice")));
    bob = must(household::addPerson(*m_db, QStringLiteral("Bob")));
    food = must(household::addCategory(*m_db, alice, QStringLiteral("Food"), 40000));
    fun = must(household::addCategory(*m_db, alice, QStringLiteral("Fun"), 10000));
    rent = must(household::addCategory(*m_db, alice, QStringLiteral("Rent"), 90000));
    tools = must(household::addCategory(*m_db, bob, QStringLiteral("Tools"), 5000));
    checking = must(
        household::addAccount(*m_db, QStringLiteral("Checking"), AccountKind::Checking, 100000));
    savings =
        must(household::addAccount(*m_db, QStringLiteral("Savings"), AccountKind::Savings, 0));
    visa = must(household::addAccount(*m_db, QStringLiteral("Visa"), AccountKind::Credit, 0));
}

void TestBudget::reopen()
{
    m_db.reset();
    OpenOptions options;
    options.migrations = m_migrations;
    m_db = must(Database::open(m_path, options));
}

void refuseEntriesWith(Database& db, const QString& column, const QString& value)
{
    Q_ASSERT(column == QLatin1String("payee") || column == QLatin1String("memo"));
    SqlStatement trigger(
        db.engine(),
        // TEMP: the connection's own, never in the file, whose schema must stay Allot's alone.
        QStringLiteral("CREATE TEMP TRIGGER refuse_%1 AFTER INSERT ON main.entry WHEN "
                       "NEW.%1 = '%2' BEGIN SELECT RAISE(ABORT, 'this %1 is "
                       "refused'); END")
            .arg(column, QString(value).replace(QLatin1Char('\''), QStringLiteral("''"))));
    if (Status s = trigger.exec(); !s)
        qFatal("cannot create the trigger: %s", qPrintable(s.error().detail));
}

void writeAsAnotherProgram(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("another-program");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void expectSound(Database& db)
{
    auto problems = checkBudget(db);
    ALLOT_VERIFY_OK(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

QString dump(Database& db)
{
    auto text = dumpDatabase(db);
    if (!text.ok())
        qFatal("dump failed: %s", qPrintable(text.error().detail));
    return *text;
}

QString dataDump(Database& db)
{
    QStringList kept;
    bool inLog = false;
    for (const QString& line : dump(db).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("== ")))
            inLog = line.startsWith(QLatin1String("== action_"));
        if (!inLog)
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

RowId addExpense(Database& db, RowId person, RowId category, MinorUnits amount, RowId account,
                 const QDate& date)
{
    EntryDraft draft;
    draft.personId = person;
    draft.categoryId = category;
    draft.accountId = account;
    draft.amount = amount;
    draft.date = date;
    draft.payee = QStringLiteral("Corner shop");
    draft.allowBelowZero = true; // test data, not the rule (tst_actions tests the rule)
    return must(entries::add(db, draft));
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("(unreadable)");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace allot::test
