#include "storage/SqliteDialect.h"

#include "storage/SqliteFiles.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <unordered_map>

namespace allot {

namespace {

sqlite3* handleOf(const QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

// What the connection reported, as an Error; a full disk says which and what to free.
Error errorOf(sqlite3* handle, int code, const QString& text, const QString& what)
{
    return sqlitefiles::explainFullDisk(
        SqliteDialect::fromCode(code == SQLITE_OK ? SQLITE_ERROR : code, text, what), handle);
}

// What the busy handler needs; one per handle, alive while installed (owned by the caller's engine
// through the function it points to; the timeout is copied in).
struct BusyWait
{
    int timeoutMs = 0;
    const std::function<bool()>* keepWaiting = nullptr;
};

int busyCallback(void* context, int calls)
{
    const auto* wait = static_cast<const BusyWait*>(context);
    constexpr int kSliceMs = 20;
    if (calls * kSliceMs >= wait->timeoutMs || !(*wait->keepWaiting)())
        return 0; // give up: the statement fails with SQLITE_BUSY
    sqlite3_sleep(kSliceMs);
    return 1;
}

// Node-based, so an entry's address stays valid while others come and go.
std::unordered_map<sqlite3*, BusyWait>& busyWaits()
{
    static std::unordered_map<sqlite3*, BusyWait> waits;
    return waits;
}

QMutex& busyWaitsLock()
{
    static QMutex lock;
    return lock;
}

int progressCallback(void* context)
{
    const auto* check = static_cast<const std::function<bool()>*>(context);
    return (*check)() ? 1 : 0;
}

// Runs one statement that needs no bound values (pragmas, DDL, BEGIN).
Status execPlain(QSqlDatabase& db, const SqliteDialect& dialect, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return dialect.classify(q.lastError(), db, sql);
    return {};
}

Result<qint64> pragmaValue(QSqlDatabase& db, const SqliteDialect& dialect, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return dialect.classify(q.lastError(), db, sql);
    if (!q.next()) {
        if (q.lastError().type() != QSqlError::NoError)
            return dialect.classify(q.lastError(), db, sql);
        return Error::internal(QCoreApplication::translate("allot", "The database gave no answer"),
                               sql);
    }
    return q.value(0).toLongLong();
}

} // namespace

Status SqliteDialect::inspectOpenedFile(QSqlDatabase& db, const QString& path) const
{
    return sqlitefiles::inspect(handleOf(db), path);
}

Status SqliteDialect::checkFilesInPlace(QSqlDatabase& db) const
{
    return sqlitefiles::checkInPlace(handleOf(db), m_files);
}

void SqliteDialect::keepFilesOnClose(QSqlDatabase& db) const
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return;
    if (!sqlitefiles::filesTakenOver(handle, m_files)) {
        // Renamed or moved, its -wal and -shm still ours: SQLite does not checkpoint a moved
        // file on closing, and its WAL would stay beside the old name. Folded in now, what
        // was saved goes with the file to its new name.
        if (sqlitefiles::hasMoved(handle))
            sqlite3_exec(handle, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        return;
    }
    // No checkpoint: it would copy this connection's stale WAL over the newer file. And no
    // deleting the -wal and -shm on closing: they are another connection's now.
    sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    int persist = 1;
    sqlite3_file_control(handle, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
}

Status SqliteDialect::prepareConnection(QSqlDatabase& db, int busyTimeoutMs) const
{
    if (auto s = execPlain(db, *this, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;
    if (auto s =
            execPlain(db, *this, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
        !s)
        return s;
    // A page cache of up to 64 MB (the default is 2 MB): a large import's index pages stay in
    // memory instead of being spilled to the WAL and read back before the commit.
    if (auto s = execPlain(db, *this, QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB)); !s)
        return s;
    // Files from outside may carry schema tricks; never run functions from their schema.
    return execPlain(db, *this, QStringLiteral("PRAGMA trusted_schema = OFF"));
}

Result<int> SqliteDialect::identifySchemaVersion(QSqlDatabase& db, const QString& path,
                                                 bool setUpIfEmpty) const
{
    // One statement, one snapshot: another process may be setting the file up meanwhile, one
    // step per transaction (its identity and its first tables arrive together).
    const QString sql = QStringLiteral(
        "SELECT (SELECT application_id FROM pragma_application_id), "
        "(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master)");
    QSqlQuery q(db);
    if (!q.exec(sql))
        return classify(q.lastError(), db, sql).withContext(path);
    if (!q.next()) {
        if (q.lastError().type() != QSqlError::NoError)
            return classify(q.lastError(), db, sql).withContext(path);
        return Error::internal(QCoreApplication::translate("allot", "The database gave no answer"),
                               sql);
    }
    const qint64 appId = q.value(0).toLongLong();
    const qint64 version = q.value(1).toLongLong();
    const qint64 tables = q.value(2).toLongLong();
    q.finish();
    if (setUpIfEmpty && tables == 0)
        return 0;
    if (appId != kApplicationId) {
        const QString why =
            tables == 0 ? QCoreApplication::translate("allot", "it is an empty SQLite database")
                        : QCoreApplication::translate(
                              "allot", "it is an SQLite database of another application");
        return Error{
            ErrorKind::CannotOpen,
            QCoreApplication::translate("allot", "%1 is not an Allot database: %2").arg(path, why),
            QStringLiteral("application_id %1, user_version %2, %3 schema objects")
                .arg(appId)
                .arg(version)
                .arg(tables),
            0};
    }
    return int(version);
}

Status SqliteDialect::configureDurability(QSqlDatabase& db) const
{
    auto mode = [&]() -> Result<QString> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return classify(q.lastError(), db, QStringLiteral("PRAGMA journal_mode = WAL"));
        return q.value(0).toString();
    }();
    if (!mode)
        return mode.error();
    if (mode->compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return Error::internal(
            QCoreApplication::translate("allot", "The database could not switch to WAL journaling"),
            QStringLiteral("journal_mode is %1").arg(*mode));
    // FULL: a committed action survives power loss, not only a crash.
    return execPlain(db, *this, QStringLiteral("PRAGMA synchronous = FULL"));
}

QVector<Migration> SqliteDialect::migrations() const
{
    // Money columns are INTEGER minor units; the typeof() checks keep floating point out
    // even when a value arrives through a path that forgot to convert.
    Migration initial{1,
                      QStringLiteral("people, accounts, categories, entries, budget moves, "
                                     "action log"),
                      {}};
    initial.statements = {
        QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
        QStringLiteral(R"(CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0)
))"),
        QStringLiteral(R"(CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('checking', 'savings', 'cash', 'credit')),
    opening_balance INTEGER NOT NULL DEFAULT 0 CHECK (typeof(opening_balance) = 'integer')
))"),
        QStringLiteral(R"(CREATE TABLE category (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id),
    name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    monthly_budget INTEGER NOT NULL DEFAULT 0
        CHECK (typeof(monthly_budget) = 'integer' AND monthly_budget >= 0),
    UNIQUE (person_id, name)
))"),
        QStringLiteral(R"(CREATE TABLE entry (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('expense', 'income', 'transfer', 'split', 'part')),
    person_id INTEGER REFERENCES person(id),
    account_id INTEGER REFERENCES account(id),
    category_id INTEGER REFERENCES category(id),
    parent_id INTEGER REFERENCES entry(id),
    link_id INTEGER REFERENCES entry(id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount <> 0),
    payee TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    CHECK (kind <> 'expense' OR (amount < 0 AND category_id IS NOT NULL AND person_id IS NOT NULL
                                 AND parent_id IS NULL AND link_id IS NULL)),
    CHECK (kind <> 'income' OR (amount > 0 AND category_id IS NOT NULL AND person_id IS NOT NULL
                                AND parent_id IS NULL AND link_id IS NULL)),
    CHECK (kind <> 'transfer' OR (account_id IS NOT NULL AND category_id IS NULL
                                  AND person_id IS NULL AND parent_id IS NULL)),
    CHECK (kind <> 'split' OR (category_id IS NULL AND person_id IS NOT NULL
                               AND parent_id IS NULL AND link_id IS NULL)),
    CHECK (kind <> 'part' OR (parent_id IS NOT NULL AND category_id IS NOT NULL
                              AND account_id IS NULL AND person_id IS NOT NULL AND link_id IS NULL))
))"),
        QStringLiteral("CREATE INDEX entry_by_category_date ON entry(category_id, date, amount)"),
        QStringLiteral("CREATE INDEX entry_by_account ON entry(account_id, amount)"),
        QStringLiteral("CREATE INDEX entry_by_date ON entry(date, id)"),
        QStringLiteral("CREATE INDEX entry_by_person_date ON entry(person_id, date, id)"),
        QStringLiteral(
            "CREATE INDEX entry_by_parent ON entry(parent_id) WHERE parent_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX entry_by_link ON entry(link_id) WHERE link_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE budget_move (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id),
    category_id INTEGER NOT NULL REFERENCES category(id),
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount <> 0),
    link_id INTEGER REFERENCES budget_move(id)
))"),
        QStringLiteral("CREATE INDEX budget_move_by_category_month ON budget_move(category_id, "
                       "month, amount)"),
        QStringLiteral("CREATE INDEX budget_move_by_person ON budget_move(person_id)"),
        QStringLiteral(
            "CREATE INDEX budget_move_by_link ON budget_move(link_id) WHERE link_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE action_log (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('done', 'undone')),
    created_at TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE action_change (
    action_id INTEGER NOT NULL REFERENCES action_log(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('row', 'column')),
    table_name TEXT NOT NULL,
    row_id INTEGER,
    column_name TEXT,
    row_ids TEXT,
    image TEXT,
    PRIMARY KEY (action_id, seq)
))"),
        QStringLiteral("CREATE INDEX action_log_by_state ON action_log(state, id)"),
    };
    Migration settings{2,
                       QStringLiteral("settings of the budget (currency)"),
                       {QStringLiteral(R"(CREATE TABLE setting (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL
))")}};
    Migration imports{
        3,
        QStringLiteral("import keys and saved CSV mappings"),
        {QStringLiteral("ALTER TABLE entry ADD COLUMN import_key TEXT"),
         QStringLiteral("CREATE INDEX entry_by_import_key ON entry(account_id, import_key) "
                        "WHERE import_key IS NOT NULL"),
         QStringLiteral(R"(CREATE TABLE csv_mapping (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    mapping TEXT NOT NULL
))")}};
    // SQLite cannot change a CHECK in place: the table is rebuilt and its rows copied.
    Migration insertedRanges{
        4,
        QStringLiteral("undo records for ranges of inserted rows"),
        {QStringLiteral(R"(CREATE TABLE action_change_v4 (
    action_id INTEGER NOT NULL REFERENCES action_log(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('row', 'rows', 'column')),
    table_name TEXT NOT NULL,
    row_id INTEGER,
    column_name TEXT,
    row_ids TEXT,
    image TEXT,
    last_row_id INTEGER
        CHECK (kind <> 'rows' OR (last_row_id IS NOT NULL AND last_row_id > row_id)),
    PRIMARY KEY (action_id, seq)
))"),
         QStringLiteral("INSERT INTO action_change_v4 (action_id, seq, kind, table_name, row_id, "
                        "column_name, row_ids, image) SELECT action_id, seq, kind, table_name, "
                        "row_id, column_name, row_ids, image FROM action_change"),
         QStringLiteral("DROP TABLE action_change"),
         QStringLiteral("ALTER TABLE action_change_v4 RENAME TO action_change")}};
    // No query reads entries by date alone (every one asks for a person or a category first),
    // and every insert paid for that index. The register's index also carries what its filters
    // read (split part or not, payee, memo), so that counting a person's rows and searching
    // them read the index alone, in order, instead of looking up every row in the table.
    Migration registerIndex{
        5,
        QStringLiteral("the register's index covers its search; the unused index by date goes"),
        {QStringLiteral("DROP INDEX IF EXISTS entry_by_date"),
         QStringLiteral("DROP INDEX IF EXISTS entry_by_person_date"),
         QStringLiteral("CREATE INDEX entry_by_person_date ON entry(person_id, date, id, "
                        "parent_id, payee, memo)")}};
    return {initial, settings, imports, insertedRanges, registerIndex};
}

namespace {

class SqliteStatement final : public PreparedStatement
{
public:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement)
        : m_db(db), m_statement(statement), m_texts(sqlite3_bind_parameter_count(statement))
    {
    }
    ~SqliteStatement() override { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    int parameterCount() const override { return int(m_texts.size()); }
    void bindNull(int index) override
    {
        check(sqlite3_bind_null(m_statement, index + 1));
        if (index >= 0 && index < m_texts.size())
            m_texts[index] = QByteArray();
    }
    void bindInteger(int index, qint64 value) override
    {
        check(sqlite3_bind_int64(m_statement, index + 1, value));
    }
    void bindReal(int index, double value) override
    {
        check(sqlite3_bind_double(m_statement, index + 1, value));
    }
    void bindText(int index, const QString& value) override
    {
        if (index < 0 || index >= m_texts.size()) {
            check(sqlite3_bind_null(m_statement, index + 1)); // fails with SQLITE_RANGE
            return;
        }
        // The UTF-8 bytes are kept here until the next bind of this index, so SQLite need not
        // copy them; a QString's bytes are never null, so '' stays '' and not NULL.
        m_texts[index] = value.toUtf8();
        const QByteArray& bytes = m_texts[index];
        check(sqlite3_bind_text64(m_statement, index + 1, bytes.constData(),
                                  sqlite3_uint64(bytes.size()), SQLITE_STATIC, SQLITE_UTF8));
    }
    void bindBlob(int index, const QByteArray& value) override
    {
        check(sqlite3_bind_blob64(m_statement, index + 1, value.constData(),
                                  sqlite3_uint64(value.size()), SQLITE_TRANSIENT));
    }
    bool bindFailed() const override { return m_bindFailed; }

    Step step() override
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return Step::Row;
        if (rc == SQLITE_DONE) {
            // sqlite3_changes() still counts the last write when this statement only read.
            m_changes = sqlite3_stmt_readonly(m_statement) ? 0 : sqlite3_changes(m_db);
            m_insertedRowId = sqlite3_last_insert_rowid(m_db);
            return Step::Done;
        }
        remember(rc);
        return Step::Failed;
    }
    void reset() override { sqlite3_reset(m_statement); }
    void clearBindings() override
    {
        sqlite3_clear_bindings(m_statement);
        for (QByteArray& bytes : m_texts)
            bytes = QByteArray();
        m_bindFailed = false;
        m_errorCode = SQLITE_OK;
        m_errorText.clear();
    }
    int changes() const override { return m_changes; }
    qint64 insertedRowId() const override { return m_insertedRowId; }
    Error lastError(const QString& what) const override
    {
        return errorOf(m_db, m_errorCode, m_errorText, what);
    }

    int columnCount() const override { return sqlite3_column_count(m_statement); }
    QString columnName(int column) const override
    {
        return QString::fromUtf8(sqlite3_column_name(m_statement, column));
    }
    QVariant value(int column) const override
    {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_statement, column));
        case SQLITE_NULL:
            return QVariant();
        case SQLITE_BLOB: {
            const void* bytes = sqlite3_column_blob(m_statement, column);
            return QVariant(QByteArray(static_cast<const char*>(bytes),
                                       sqlite3_column_bytes(m_statement, column)));
        }
        default:
            return QVariant(text(column));
        }
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const override
    {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        if (!bytes)
            return QString();
        return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }

private:
    // Read at once: the next call on the connection overwrites the handle's error. The handle's
    // extended code is used only when it belongs to this failure.
    void remember(int rc)
    {
        const int extended = sqlite3_extended_errcode(m_db);
        m_errorCode = (extended & 0xff) == (rc & 0xff) ? extended : rc;
        m_errorText = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    // A value that cannot be bound (too big, out of memory, no such parameter) fails the run
    // instead of leaving the previous value in place.
    void check(int rc)
    {
        if (rc == SQLITE_OK || m_bindFailed)
            return;
        m_bindFailed = true;
        m_errorCode = rc;
        m_errorText = QString::fromUtf8(sqlite3_errstr(rc));
    }

    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    QVector<QByteArray> m_texts;
    int m_changes = 0;
    qint64 m_insertedRowId = 0;
    bool m_bindFailed = false;
    int m_errorCode = SQLITE_OK;
    QString m_errorText;
};

} // namespace

Result<std::unique_ptr<PreparedStatement>> SqliteDialect::prepare(QSqlDatabase& db,
                                                                  const QString& sql) const
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return fromCode(SQLITE_MISUSE, QStringLiteral("no connection"), sql);
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    // PERSISTENT: these statements are kept and reused for the connection's lifetime.
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(handle, text.constData(), int(text.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, &tail);
    if (rc != SQLITE_OK) {
        Error e = errorOf(handle, sqlite3_extended_errcode(handle),
                          QString::fromUtf8(sqlite3_errmsg(handle)), sql);
        sqlite3_finalize(statement);
        return e;
    }
    if (!statement)
        return Error::internal(QCoreApplication::translate("allot", "An empty statement was run"),
                               sql);
    // One statement at a time: anything after it would otherwise be silently ignored.
    if (tail && !QByteArray(tail).trimmed().isEmpty()) {
        sqlite3_finalize(statement);
        return Error::internal(
            QCoreApplication::translate("allot", "More than one statement was run at once"), sql);
    }
    return std::unique_ptr<PreparedStatement>(new SqliteStatement(handle, statement));
}

QString SqliteDialect::setSchemaVersionSql(int version) const
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString SqliteDialect::beginWriteSql() const
{
    // IMMEDIATE takes the write lock at once, so the busy timeout applies here and a
    // transaction never fails later with SQLITE_BUSY_SNAPSHOT after it has read.
    return QStringLiteral("BEGIN IMMEDIATE");
}

bool SqliteDialect::inTransaction(const QSqlDatabase& db) const
{
    sqlite3* handle = handleOf(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

void SqliteDialect::setInterruptCheck(QSqlDatabase& db, const std::function<bool()>* check) const
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return;
    if (check)
        sqlite3_progress_handler(handle, 1000, &progressCallback,
                                 const_cast<std::function<bool()>*>(check));
    else
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
}

void SqliteDialect::setBusyWait(QSqlDatabase& db, int timeoutMs,
                                const std::function<bool()>* keepWaiting) const
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return;
    QMutexLocker locked(&busyWaitsLock());
    if (!keepWaiting) {
        sqlite3_busy_timeout(handle, timeoutMs);
        busyWaits().erase(handle);
        return;
    }
    BusyWait& wait = busyWaits()[handle];
    wait = BusyWait{timeoutMs, keepWaiting};
    sqlite3_busy_handler(handle, &busyCallback, &wait);
}

Error SqliteDialect::fromCode(int code, const QString& text, const QString& what)
{
    Error e;
    e.nativeCode = code;
    e.detail = QStringLiteral("SQLite error %1 (%2) during: %3")
                   .arg(code)
                   .arg(text.isEmpty() ? QString::fromUtf8(sqlite3_errstr(code)) : text, what);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        e.kind = ErrorKind::Busy;
        e.message = QCoreApplication::translate(
            "allot", "the database is busy: another program kept it locked");
        break;
    case SQLITE_INTERRUPT:
        e.kind = ErrorKind::TimedOut;
        e.message = QCoreApplication::translate("allot", "the action was interrupted");
        break;
    case SQLITE_FULL:
        e.kind = ErrorKind::Storage;
        e.message = QCoreApplication::translate("allot", "the disk is full");
        break;
    case SQLITE_IOERR:
        e.kind = ErrorKind::Storage;
        e.message = QCoreApplication::translate(
            "allot", "the disk reported an error while reading or writing the database");
        break;
    case SQLITE_READONLY:
        e.kind = ErrorKind::Storage;
        e.message = QCoreApplication::translate("allot", "the database file cannot be written");
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        e.kind = ErrorKind::CannotOpen;
        e.message = QCoreApplication::translate("allot", "the database file cannot be opened");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        e.kind = ErrorKind::Corrupt;
        e.message = QCoreApplication::translate("allot", "the database file is damaged");
        break;
    case SQLITE_CONSTRAINT:
        e.kind = ErrorKind::Constraint;
        switch (code) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
            e.message =
                QCoreApplication::translate("allot", "something with the same name already exists");
            break;
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            e.message =
                QCoreApplication::translate("allot", "it refers to something that does not exist, "
                                                     "or something still refers to it");
            break;
        case SQLITE_CONSTRAINT_NOTNULL:
            e.message = QCoreApplication::translate("allot", "a required value is missing");
            break;
        default:
            e.message = QCoreApplication::translate("allot", "a value breaks a rule of the budget");
            break;
        }
        break;
    default:
        e.kind = ErrorKind::Internal;
        // Say what SQLite said: for an unexpected error it is the only clue a person gets.
        e.message =
            QCoreApplication::translate("allot", "the database reported an unexpected error (%1)")
                .arg(text.isEmpty() ? QString::fromUtf8(sqlite3_errstr(code)) : text);
        break;
    }
    return e;
}

Error SqliteDialect::classify(const QSqlError& error, const QSqlDatabase& db,
                              const QString& what) const
{
    bool numeric = false;
    int code = error.nativeErrorCode().toInt(&numeric);
    if (!numeric || code == 0) {
        // transaction()/commit()/rollback() report no code; only the handle knows it.
        sqlite3* handle = handleOf(db);
        code = handle ? sqlite3_extended_errcode(handle) : SQLITE_ERROR;
    }
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return errorOf(handleOf(db), code, text, what);
}

Error SqliteDialect::lastEngineError(const QSqlDatabase& db, const QString& what) const
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return fromCode(SQLITE_MISUSE, QStringLiteral("no connection"), what);
    const int code = sqlite3_extended_errcode(handle);
    return errorOf(handle, code, QString::fromUtf8(sqlite3_errmsg(handle)), what);
}

Status SqliteDialect::backupTo(QSqlDatabase& db, const QString& path) const
{
    // VACUUM INTO writes a compact, consistent copy while others keep reading and writing.
    QSqlQuery q(db);
    const QString sql = QStringLiteral("VACUUM INTO ?");
    if (!q.prepare(sql))
        return classify(q.lastError(), db, sql);
    q.addBindValue(path);
    if (!q.exec())
        return classify(q.lastError(), db, sql);
    return {};
}

Result<qint64> SqliteDialect::outsideChangeCounter(QSqlDatabase& db) const
{
    return pragmaValue(db, *this, QStringLiteral("PRAGMA data_version"));
}

QString SqliteDialect::selectAllRowsSql(const QString& table) const
{
    // Table names come from the database's own catalogue, never from user input.
    return QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table);
}

Result<QStringList> SqliteDialect::dataTables(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    if (!q.exec(sql))
        return classify(q.lastError(), db, sql);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    if (q.lastError().type() != QSqlError::NoError)
        return classify(q.lastError(), db, sql);
    return names;
}

Result<QStringList> SqliteDialect::integrityProblems(QSqlDatabase& db) const
{
    QStringList problems;
    {
        QSqlQuery q(db);
        const QString sql = QStringLiteral("PRAGMA integrity_check");
        if (!q.exec(sql))
            return classify(q.lastError(), db, sql);
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << QStringLiteral("integrity: %1").arg(line);
        }
        if (q.lastError().type() != QSqlError::NoError)
            return classify(q.lastError(), db, sql);
    }
    QSqlQuery q(db);
    const QString sql = QStringLiteral("PRAGMA foreign_key_check");
    if (!q.exec(sql))
        return classify(q.lastError(), db, sql);
    while (q.next()) {
        problems << QStringLiteral("foreign key: row %1 of %2 refers to a missing row of %3")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    if (q.lastError().type() != QSqlError::NoError)
        return classify(q.lastError(), db, sql);
    return problems;
}

} // namespace allot
