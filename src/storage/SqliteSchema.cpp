// The schema check of SqliteDialect: a budget's tables, indexes, views and triggers must be the
// ones Allot's migrations make for the file's version, by kind and name, nothing more and
// nothing less. Another program's trigger could change amounts on every insert without Allot
// ever seeing it.

#include "storage/SqliteDialect.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace allot {

// A named namespace: lupdate files the messages of its functions under "allot::sqliteschema",
// the context tr() asks for (a member of SqliteDialect would be filed under its class).
namespace sqliteschema {

QString tr(const char* text)
{
    return QCoreApplication::translate("allot::sqliteschema", text);
}

// Allot's own objects count by kind and name, not by their text: earlier builds wrote some of
// them differently (a CHECK, an index's columns), and those budgets are sound.
struct SchemaObject
{
    QString type; ///< table, index, view or trigger
    QString name;
};

using Schema = QHash<QString, SchemaObject>; // by type and name

QString keyOf(const QString& type, const QString& name)
{
    return type + QLatin1Char('\n') + name;
}

// SQLite's own objects (sqlite_sequence, sqlite_stat1, the indexes of UNIQUE constraints) are
// made by SQLite for Allot's statements, or only steer its query planner.
const char* const kObjectsSql = "SELECT type, name FROM sqlite_schema "
                                "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

// The schema the steps up to \a version make, built once per set of steps in a database in
// memory.
Result<Schema> expectedSchema(const QVector<Migration>& steps, int version)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(version));
    for (const Migration& step : steps) {
        if (step.version > version)
            break;
        for (const QString& sql : step.statements)
            hash.addData(sql.toUtf8() + '\0');
    }
    const QByteArray key = hash.result();
    static QMutex mutex;
    static QHash<QByteArray, Schema> built;
    QMutexLocker lock(&mutex);
    if (const auto found = built.constFind(key); found != built.constEnd())
        return *found;

    sqlite3* memory = nullptr;
    const auto failed = [&](const QString& detail) -> Result<Schema> {
        sqlite3_close(memory);
        return Error::internal(tr("Allot could not build its own schema to compare with"), detail);
    };
    if (sqlite3_open_v2(":memory:", &memory, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK)
        return failed(QStringLiteral("sqlite3_open_v2 failed"));
    for (const Migration& step : steps) {
        if (step.version > version)
            break;
        for (const QString& sql : step.statements) {
            if (sqlite3_exec(memory, sql.toUtf8().constData(), nullptr, nullptr, nullptr) !=
                SQLITE_OK)
                return failed(QStringLiteral("step %1: %2: %3")
                                  .arg(step.version)
                                  .arg(QString::fromUtf8(sqlite3_errmsg(memory)), sql));
        }
    }
    Schema schema;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(memory, kObjectsSql, -1, &statement, nullptr) != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errmsg(memory)));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto text = [&](int column) {
            return QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(statement, column)));
        };
        const SchemaObject object{text(0), text(1)};
        schema.insert(keyOf(object.type, object.name), object);
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return failed(QString::fromUtf8(sqlite3_errmsg(memory)));
    sqlite3_close(memory);
    built.insert(key, schema);
    return schema;
}

QString notAllots(const SchemaObject& object)
{
    if (object.type == QLatin1String("trigger"))
        return tr("the trigger \"%1\" was not made by Allot: it can change the budget's data "
                  "without Allot knowing")
            .arg(object.name);
    if (object.type == QLatin1String("table"))
        return tr("the table \"%1\" was not made by Allot").arg(object.name);
    if (object.type == QLatin1String("view"))
        return tr("the view \"%1\" was not made by Allot").arg(object.name);
    return tr("the index \"%1\" was not made by Allot").arg(object.name);
}

QString missing(const SchemaObject& object)
{
    return tr("Allot's \"%1\" is missing").arg(object.name);
}

} // namespace sqliteschema

Result<QStringList> SqliteDialect::schemaProblems(QSqlDatabase& db,
                                                  const QVector<Migration>& steps) const
{
    using namespace sqliteschema;
    // The version and the objects from one snapshot: another process may be upgrading the file
    // at this moment, one step per transaction.
    QSqlQuery q(db);
    const auto failed = [&](const QString& sql) {
        Error error = classify(q.lastError(), db, sql);
        q.finish();
        return error;
    };
    const bool ownSnapshot = !inTransaction(db);
    if (ownSnapshot && !q.exec(QStringLiteral("BEGIN")))
        return failed(QStringLiteral("BEGIN"));
    const auto endSnapshot = [&] {
        q.finish();
        if (ownSnapshot)
            q.exec(QStringLiteral("ROLLBACK"));
    };
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        Error error = failed(QStringLiteral("PRAGMA user_version"));
        endSnapshot();
        return error;
    }
    const int version = q.value(0).toInt();
    q.finish();
    Schema actual;
    if (!q.exec(QString::fromLatin1(kObjectsSql))) {
        Error error = failed(QString::fromLatin1(kObjectsSql));
        endSnapshot();
        return error;
    }
    while (q.next()) {
        const SchemaObject object{q.value(0).toString(), q.value(1).toString()};
        actual.insert(keyOf(object.type, object.name), object);
    }
    const bool readAll = q.lastError().type() == QSqlError::NoError;
    if (!readAll) {
        Error error = failed(QString::fromLatin1(kObjectsSql));
        endSnapshot();
        return error;
    }
    endSnapshot();
    // A newer file is refused by its version, not here.
    if (steps.isEmpty() || version > steps.last().version)
        return QStringList();

    auto expected = expectedSchema(steps, version);
    if (!expected)
        return expected.error();
    QStringList problems;
    for (const SchemaObject& object : std::as_const(actual)) {
        if (!expected->contains(keyOf(object.type, object.name)))
            problems << notAllots(object);
    }
    for (const SchemaObject& object : std::as_const(*expected)) {
        if (!actual.contains(keyOf(object.type, object.name)))
            problems << missing(object);
    }
    problems.sort();
    return problems;
}

} // namespace allot
