// Measures Allot's data layer against the same SQL work done directly with the sqlite3 C API, in
// the same run, on a generated budget. Prints a table and writes JSON.
#include "ProcessMemory.h"
#include "actions/BudgetQueries.h"
#include "actions/CategoryActions.h"
#include "actions/GeneratedBudget.h"
#include "actions/ImportStatement.h"
#include "actions/RegisterQuery.h"
#include "actions/Transfers.h"
#include "core/Money.h"
#include "formats/BankFile.h"
#include "formats/CsvReader.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqliteDialect.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace allot;

namespace {

struct Measure
{
    QString name;
    QString goal;
    double allotMs = 0;
    double rawMs = 0;
};

double median(QVector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double medianMs(int repeat, const std::function<void()>& work,
                const std::function<void()>& before = {})
{
    QVector<double> times;
    for (int i = 0; i < repeat; ++i) {
        if (before)
            before();
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return median(times);
}

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "allot-bench: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T> T must(Result<T> r, const char* what)
{
    if (!r.ok())
        die(QStringLiteral("%1: %2 [%3]")
                .arg(QString::fromLatin1(what), r.error().message, r.error().detail));
    return std::move(r).value();
}

void must(const Status& s, const char* what)
{
    if (!s.ok())
        die(QStringLiteral("%1: %2 [%3]")
                .arg(QString::fromLatin1(what), s.error().message, s.error().detail));
}

// The raw side: the same statements through the C API.
class Raw
{
public:
    explicit Raw(const QString& path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE,
                            nullptr) != SQLITE_OK)
            die(QStringLiteral("raw open failed"));
        exec("PRAGMA foreign_keys = ON");
        exec("PRAGMA busy_timeout = 2000");
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        // The same page cache as Allot's connections.
        exec(QStringLiteral("PRAGMA cache_size = -%1")
                 .arg(SqliteDialect::kCacheKiB)
                 .toUtf8()
                 .constData());
    }
    ~Raw() { sqlite3_close(m_db); }

    void exec(const char* sql)
    {
        char* error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK)
            die(QStringLiteral("raw: %1: %2")
                    .arg(QString::fromUtf8(sql), QString::fromUtf8(error)));
    }

    // Runs a query with integer/text binds and reads every row; returns the row count.
    int query(const QString& sql, const QVariantList& binds)
    {
        sqlite3_stmt* stmt = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &stmt, nullptr) !=
            SQLITE_OK)
            die(QStringLiteral("raw prepare: %1: %2")
                    .arg(sql, QString::fromUtf8(sqlite3_errmsg(m_db))));
        bind(stmt, binds);
        int rows = 0;
        int rc = 0;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                (void)sqlite3_column_text(stmt, c);
            ++rows;
        }
        if (rc != SQLITE_DONE)
            die(QStringLiteral("raw step: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        sqlite3_finalize(stmt);
        return rows;
    }

    sqlite3* handle() { return m_db; }

    static void bind(sqlite3_stmt* stmt, const QVariantList& binds)
    {
        for (int i = 0; i < binds.size(); ++i) {
            if (binds[i].typeId() == QMetaType::QString) {
                const QByteArray utf8 = binds[i].toString().toUtf8();
                sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()),
                                  SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(stmt, i + 1, binds[i].toLongLong());
            }
        }
    }

private:
    sqlite3* m_db = nullptr;
};

const QString kSummarySql =
    QStringLiteral("SELECT c.id, c.name, c.monthly_budget, "
                   "COALESCE((SELECT SUM(e.amount) FROM entry e WHERE e.category_id = c.id AND "
                   "e.date >= ? AND e.date < ?), 0), "
                   "COALESCE((SELECT SUM(m.amount) FROM budget_move m WHERE m.category_id = c.id "
                   "AND m.month = ?), 0) "
                   "FROM category c WHERE c.person_id = ? ORDER BY c.name");
// The register's SQL as RegisterQuery writes it: the person's rows and the household's, each in
// index order, merged by UNION ALL.
const QString kFrom = QStringLiteral(" FROM entry e LEFT JOIN account a ON a.id = e.account_id "
                                     "LEFT JOIN category c ON c.id = e.category_id ");
const QString kColumns =
    QStringLiteral("SELECT e.id, e.kind, e.person_id, e.account_id, a.name, e.category_id, c.name, "
                   "e.parent_id, e.link_id, e.date, e.amount, e.payee, e.memo, e.date");

QString branch(bool household, const QString& filter)
{
    return QStringLiteral("WHERE e.parent_id IS NULL AND ") +
           (household ? QStringLiteral("e.person_id IS NULL ")
                      : QStringLiteral("e.person_id = ? ")) +
           filter;
}

QString registerPage(const QString& filter)
{
    return kColumns + kFrom + branch(false, filter) + QStringLiteral("UNION ALL ") + kColumns +
           kFrom + branch(true, filter) + QStringLiteral("ORDER BY 14, 1 LIMIT 200");
}

QString registerCount(const QString& filter)
{
    return QStringLiteral("SELECT (SELECT count(*) FROM entry e ") + branch(false, filter) +
           QStringLiteral(") + (SELECT count(*) FROM entry e ") + branch(true, filter) +
           QStringLiteral(")");
}

long peakRssMb()
{
    // Linux keeps getrusage()'s peak across fork() and exec(), so a child would report its
    // parent's; the memory map's own high-water mark starts afresh with exec().
    if (const long peak = bench::processMemoryMb("VmHWM:"); peak >= 0)
        return peak;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// A workload in a process of its own ("allot-bench --child open BUDGET" or "--child import CSV
// BUDGET"), so that the peak memory it reports is the whole process's for that workload alone.
// Prints "milliseconds peak-MB".
int runChild(const QStringList& arguments)
{
    QElapsedTimer timer;
    timer.start();
    const Month month{2026, 11};
    if (arguments.size() == 2 && arguments[0] == QLatin1String("open")) {
        auto db = must(Database::open(arguments[1]), "open");
        must(queries::monthSummary(*db, 1, month), "summary");
        RegisterQuery query(*db, RegisterFilter{1, month, 0, {}, RegisterSort::Date, false});
        must(query.count(), "count");
        must(query.page(std::nullopt, 200), "page");
    } else if (arguments.size() == 3 && arguments[0] == QLatin1String("import")) {
        // As allot-cli imports a file: a large CSV a slice at a time, a small one whole.
        auto db = must(Database::open(arguments[2]), "open import target");
        ImportOptions options;
        options.personId = 1;
        options.accountId = 1;
        auto stream = must(formats::openLargeCsvFile(arguments[1], {}), "open csv");
        if (stream) {
            must(imports::importStream(*db, *stream, options), "import");
        } else {
            auto file = must(formats::readBankFile(arguments[1], {}), "read csv");
            must(imports::importStatement(*db, file, options), "import");
        }
    } else {
        die(QStringLiteral("unknown child workload: %1").arg(arguments.join(QLatin1Char(' '))));
    }
    std::printf("%.3f %ld\n", double(timer.nsecsElapsed()) / 1e6, peakRssMb());
    return 0;
}

struct ChildMeasure
{
    QString name;
    QString goal;
    double ms = 0;
    long peakMb = 0;
};

ChildMeasure inChildProcess(const QString& name, const QString& goal, const QStringList& arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--child")} + arguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0)
        die(QStringLiteral("the child process for \"%1\" failed").arg(name));
    const QStringList fields =
        QString::fromUtf8(child.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    if (fields.size() != 2)
        die(QStringLiteral("the child process for \"%1\" answered nothing readable").arg(name));
    return ChildMeasure{name, goal, fields[0].toDouble(), fields[1].toLong()};
}

// A CSV of \a rows rows in the shape bank exports have, one day of the year after another.
QByteArray importCsv(int rows)
{
    QByteArray csv("Date,Payee,Amount\n");
    csv.reserve(qsizetype(rows) * 36);
    for (int i = 0; i < rows; ++i) {
        const QDate date(2026, 1 + i % 12, 1 + i % 28);
        const qint64 amount = -(100 * (1 + i % 90) + i % 100);
        csv += date.toString(Qt::ISODate).toUtf8() + ",Payee " + QByteArray::number(i % 500) + ',' +
               money::format(amount).toUtf8() + '\n';
    }
    return csv;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QCoreApplication::arguments().mid(2));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Allot's data layer against raw SQLite, on a generated budget."));
    parser.addHelpOption();
    const QCommandLineOption entriesOption(QStringList{QStringLiteral("entries")},
                                           QStringLiteral("Entries to generate."),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption repeatOption(QStringList{QStringLiteral("repeat")},
                                          QStringLiteral("Repetitions (median)."),
                                          QStringLiteral("R"), QStringLiteral("9"));
    const QCommandLineOption dbOption(QStringList{QStringLiteral("db")},
                                      QStringLiteral("Reuse (or create) this generated budget."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption jsonOption(QStringList{QStringLiteral("json")},
                                        QStringLiteral("Write the results here."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption onlyOption(
        QStringList{QStringLiteral("only")},
        QStringLiteral("Run only these workloads (comma-separated): open, register, summary, "
                       "transfer, import, merge."),
        QStringLiteral("LIST"));
    const QCommandLineOption largeImportOption(
        QStringList{QStringLiteral("large-import")},
        QStringLiteral("Rows of the CSV imported in a process of its own (default: 1,000,000 "
                       "with --entries 1000000 or more, else none)."),
        QStringLiteral("N"));
    parser.addOptions(
        {entriesOption, repeatOption, dbOption, jsonOption, onlyOption, largeImportOption});
    parser.process(app);
    const int entries = parser.value(entriesOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    // Workloads of a millisecond or less are repeated more, so that the median is not noise.
    const int quickRepeat = std::max(repeat, 200);

    QTemporaryDir work;
    const QString path = parser.isSet(dbOption)
                             ? parser.value(dbOption)
                             : work.filePath(QStringLiteral("bench-%1.allot").arg(entries));
    if (!QFile::exists(path)) {
        OpenOptions create;
        create.createIfMissing = true;
        auto db = must(Database::open(path, create), "create");
        QElapsedTimer timer;
        timer.start();
        must(generateBudget(*db, GeneratorSettings{entries, 2, 10, 1}), "generate");
        std::printf("generated %d entries in %.1f s\n", entries, double(timer.elapsed()) / 1000.0);
    }

    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&](const QString& workload) {
        return only.isEmpty() || only.contains(workload);
    };
    QVector<Measure> results;
    const Month month{2026, 11};
    const QString from = month.firstDay().toString(Qt::ISODate);
    const QString to = month.endText();

    // 1. Open the file and have the first screen: the month's envelopes and the register's first
    // page.
    if (wanted(QStringLiteral("open"))) {
        Measure m{QStringLiteral("open + first screen"), QStringLiteral("< 300 ms"), 0, 0};
        m.allotMs = medianMs(quickRepeat, [&] {
            auto db = must(Database::open(path), "open");
            must(queries::monthSummary(*db, 1, month), "summary");
            RegisterQuery query(*db, RegisterFilter{1, month, 0, {}, RegisterSort::Date, false});
            must(query.count(), "count");
            must(query.page(std::nullopt, 200), "page");
        });
        m.rawMs = medianMs(quickRepeat, [&] {
            Raw raw(path);
            // Nothing below writes to the budget itself; the writing workloads copy it, and a copy
            // of the file alone must hold everything.
            raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
            raw.query(kSummarySql, {from, to, month.toString(), 1});
            const QString inMonth = QStringLiteral("AND e.date >= ? AND e.date < ? ");
            raw.query(registerCount(inMonth), {1, from, to, from, to});
            raw.query(registerPage(inMonth), {1, from, to, from, to});
        });
        results << m;
    }

    auto db = must(Database::open(path), "open");
    Raw raw(path);
    const RegisterFilter everything{1, std::nullopt, 0, {}, RegisterSort::Date, false};

    // 2. The whole register: scroll one page, jump to the last row, filter by payee.
    if (wanted(QStringLiteral("register"))) {
        RegisterQuery query(*db, everything);
        const int count = must(query.count(), "count");
        const RegisterKey middle = must(query.keyAt(count / 2), "key");
        Measure scroll{QStringLiteral("register: next page"), QStringLiteral("< 5 ms"), 0, 0};
        scroll.allotMs = medianMs(quickRepeat, [&] { must(query.page(middle, 200), "page"); });
        const QString keyset = QStringLiteral("AND (e.date, e.id) > (?, ?) ");
        const QVariantList keysetBinds{1, middle.value.toString(), middle.id,
                                       middle.value.toString(), middle.id};
        scroll.rawMs = medianMs(quickRepeat, [&] { raw.query(registerPage(keyset), keysetBinds); });
        results << scroll;

        Measure last{QStringLiteral("register: jump to last row"), QStringLiteral("< 50 ms"), 0, 0};
        last.allotMs = medianMs(repeat, [&] {
            const RegisterKey key = must(query.keyAt(count - 201, count), "key");
            must(query.page(key, 200), "page");
        });
        last.rawMs = medianMs(repeat, [&] {
            const QString keys = QStringLiteral("SELECT e.date, e.id") + kFrom;
            raw.query(keys + branch(false, {}) + QStringLiteral("UNION ALL ") + keys +
                          branch(true, {}) +
                          QStringLiteral("ORDER BY 1 DESC, 2 DESC LIMIT 1 OFFSET ?"),
                      {1, 200});
            raw.query(registerPage(keyset), keysetBinds);
        });
        results << last;

        Measure search{QStringLiteral("register: payee search"), QStringLiteral("< 50 ms"), 0, 0};
        RegisterFilter filter = everything;
        filter.search = QStringLiteral("Payee 1999");
        search.allotMs = medianMs(repeat, [&] {
            RegisterQuery q(*db, filter);
            must(q.count(), "count");
            must(q.page(std::nullopt, 200), "page");
        });
        search.rawMs = medianMs(repeat, [&] {
            const QString like = QStringLiteral("%Payee 1999%");
            const QString matching =
                QStringLiteral("AND (e.payee LIKE ? ESCAPE '\\' OR e.memo LIKE ? ESCAPE '\\') ");
            raw.query(registerCount(matching), {1, like, like, like, like});
            raw.query(registerPage(matching), {1, like, like, like, like});
        });
        results << search;
    }

    // 3. The month's summary across the person's categories.
    if (wanted(QStringLiteral("summary"))) {
        Measure m{QStringLiteral("month summary"), QStringLiteral("< 20 ms"), 0, 0};
        m.allotMs =
            medianMs(quickRepeat, [&] { must(queries::monthSummary(*db, 1, month), "summary"); });
        m.rawMs = medianMs(quickRepeat, [&] {
            raw.query(kSummarySql, {from, to, month.toString(), 1});
        });
        results << m;
    }

    // 4. One budget transfer, committed durably, against the raw two-insert transaction. On a
    // copy, so that repeated runs do not pile up budget moves; the two sides take turns, so that
    // both see the same state of the WAL and its checkpoints.
    if (wanted(QStringLiteral("transfer"))) {
        Measure m{QStringLiteral("budget transfer (durable)"), QStringLiteral("<= 1.3x raw"), 0, 0};
        const QString copy = work.filePath(QStringLiteral("transfer.allot"));
        QFile::remove(copy);
        if (!QFile::copy(path, copy))
            die(QStringLiteral("cannot copy %1").arg(path));
        auto target = must(Database::open(copy), "open copy");
        Raw rawTarget(copy);
        sqlite3_stmt* insert = nullptr;
        const char* sql = "INSERT INTO budget_move (person_id, category_id, month, amount, "
                          "link_id) VALUES (?, ?, ?, ?, ?)";
        sqlite3_prepare_v2(rawTarget.handle(), sql, -1, &insert, nullptr);
        QVector<double> allotTimes, rawTimes;
        for (int i = 0; i < quickRepeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            must(transfers::moveBudget(*target, BudgetTransfer{1, 1, 2, 100, month, true}),
                 "transfer");
            allotTimes << double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            rawTarget.exec("BEGIN IMMEDIATE");
            Raw::bind(insert, {1, 1, month.toString(), -100, 0});
            sqlite3_bind_null(insert, 5);
            sqlite3_step(insert);
            sqlite3_reset(insert);
            const qint64 first = sqlite3_last_insert_rowid(rawTarget.handle());
            Raw::bind(insert, {1, 2, month.toString(), 100, first});
            sqlite3_step(insert);
            sqlite3_reset(insert);
            rawTarget.exec("COMMIT");
            rawTimes << double(timer.nsecsElapsed()) / 1e6;
        }
        sqlite3_finalize(insert);
        m.allotMs = median(allotTimes);
        m.rawMs = median(rawTimes);
        results << m;
    }

    // 5. Importing a CSV file of many rows, against the raw prepared-insert loop writing the same
    // rows (every column Allot writes, the import key included) into the same fresh budget and
    // committing them the same way. The raw side is given its values ready; reading the file,
    // checking rows for duplicates and recording the undo step are Allot's cost.
    const int importRows = std::min(100000, std::max(1000, entries));
    if (wanted(QStringLiteral("import"))) {
        QString csv = QStringLiteral("Date,Payee,Amount\n");
        struct RawRow
        {
            QByteArray date, payee, key;
            qint64 amount;
        };
        std::vector<RawRow> rawRows;
        rawRows.reserve(std::size_t(importRows));
        for (int i = 0; i < importRows; ++i) {
            const QDate date(2026, 1 + i % 12, 1 + i % 28);
            const qint64 amount = -(100 * (1 + i % 90) + i % 100);
            const QString payee = QStringLiteral("Payee %1").arg(i % 500);
            csv += QStringLiteral("%1,%2,%3\n")
                       .arg(date.toString(Qt::ISODate), payee, money::format(amount));
            rawRows.push_back(RawRow{date.toString(Qt::ISODate).toUtf8(), payee.toUtf8(),
                                     QStringLiteral("fp:%1|%2|%3#1")
                                         .arg(date.toString(Qt::ISODate))
                                         .arg(amount)
                                         .arg(payee.toLower())
                                         .toUtf8(),
                                     amount});
        }
        const QByteArray bytes = csv.toUtf8();
        const QString household = work.filePath(QStringLiteral("household.allot"));
        {
            OpenOptions create;
            create.createIfMissing = true;
            auto fresh = must(Database::open(household, create), "create import household");
            must(generateBudget(*fresh, GeneratorSettings{0, 1, 2, 1}), "household");
        }
        int round = 0;
        QString target;
        const auto freshTarget = [&] {
            target = work.filePath(QStringLiteral("import-%1.allot").arg(++round));
            if (!QFile::copy(household, target))
                die(QStringLiteral("cannot copy %1").arg(household));
        };
        Measure m{QStringLiteral("import %1-row CSV").arg(importRows),
                  QStringLiteral(">= 250,000 rows/s, <= 2x raw"), 0, 0};
        m.allotMs = medianMs(
            repeat,
            [&] {
                auto fresh = must(Database::open(target), "open import target");
                auto file = must(formats::readCsv(bytes), "read csv");
                ImportOptions options;
                options.personId = 1;
                options.accountId = 1;
                must(imports::importStatement(*fresh, file, options), "import");
            },
            freshTarget);
        m.rawMs = medianMs(
            repeat,
            [&] {
                Raw fresh(target);
                sqlite3_stmt* insert = nullptr;
                fresh.exec("BEGIN IMMEDIATE");
                sqlite3_prepare_v2(fresh.handle(),
                                   "INSERT INTO entry (kind, person_id, account_id, category_id, "
                                   "date, amount, payee, memo, import_key) "
                                   "VALUES ('expense', 1, 1, 1, ?, ?, ?, '', ?)",
                                   -1, &insert, nullptr);
                for (const RawRow& row : rawRows) {
                    sqlite3_bind_text(insert, 1, row.date.constData(), int(row.date.size()),
                                      SQLITE_STATIC);
                    sqlite3_bind_int64(insert, 2, row.amount);
                    sqlite3_bind_text(insert, 3, row.payee.constData(), int(row.payee.size()),
                                      SQLITE_STATIC);
                    sqlite3_bind_text(insert, 4, row.key.constData(), int(row.key.size()),
                                      SQLITE_STATIC);
                    if (sqlite3_step(insert) != SQLITE_DONE)
                        die(QStringLiteral("raw insert: %1")
                                .arg(QString::fromUtf8(sqlite3_errmsg(fresh.handle()))));
                    sqlite3_reset(insert);
                }
                sqlite3_finalize(insert);
                fresh.exec("COMMIT");
            },
            freshTarget);
        results << m;
    }

    // 6. Merging two categories that hold many entries (person 1's categories 3 and 4: at a
    // million entries, about 100,000 between them), each side on its own fresh copy and committed.
    if (wanted(QStringLiteral("merge"))) {
        Measure m{QStringLiteral("merge two categories"), QStringLiteral("< 200 ms"), 0, 0};
        int round = 0;
        QString copy;
        const auto freshCopy = [&] {
            copy = work.filePath(QStringLiteral("merge-%1.allot").arg(++round));
            if (!QFile::copy(path, copy))
                die(QStringLiteral("cannot copy %1").arg(path));
        };
        {
            freshCopy();
            auto counted = must(Database::open(copy), "open copy");
            SqlStatement q(
                counted->engine(),
                QStringLiteral("SELECT count(*) FROM entry WHERE category_id IN (3, 4)"));
            m.name += QStringLiteral(" (%1 entries)").arg(must(q.integer(), "count"));
        }
        QScopedPointer<Database> target;
        m.allotMs = medianMs(
            repeat, [&] { must(categories::merge(*target, 1, 3, 4), "merge"); },
            [&] {
                freshCopy();
                target.reset(must(Database::open(copy), "open copy").release());
            });
        target.reset();
        QScopedPointer<Raw> rawTarget;
        m.rawMs = medianMs(
            repeat,
            [&] {
                rawTarget->exec("BEGIN IMMEDIATE");
                rawTarget->exec("UPDATE entry SET category_id = 4 WHERE category_id = 3");
                rawTarget->exec("UPDATE budget_move SET category_id = 4 WHERE category_id = 3");
                rawTarget->exec("UPDATE category SET monthly_budget = monthly_budget + 1 "
                                "WHERE id = 4");
                rawTarget->exec("DELETE FROM category WHERE id = 3");
                rawTarget->exec("COMMIT");
            },
            [&] {
                freshCopy();
                rawTarget.reset(new Raw(copy));
            });
        results << m;
    }

    // 7. In processes of their own, for their whole memory: the first screen, and a large import.
    QVector<ChildMeasure> processes;
    if (wanted(QStringLiteral("open"))) {
        processes << inChildProcess(QStringLiteral("open + first screen"),
                                    QStringLiteral("< 300 ms, < 150 MB"),
                                    {QStringLiteral("open"), path});
    }
    const int largeImport = parser.isSet(largeImportOption)
                                ? parser.value(largeImportOption).toInt()
                                : (entries >= 1000000 ? 1000000 : 0);
    if (largeImport > 0 && wanted(QStringLiteral("import"))) {
        const QString csvPath = work.filePath(QStringLiteral("large.csv"));
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly) || csv.write(importCsv(largeImport)) < 0)
            die(QStringLiteral("cannot write %1").arg(csvPath));
        csv.close();
        const QString target = work.filePath(QStringLiteral("large-import.allot"));
        {
            OpenOptions create;
            create.createIfMissing = true;
            auto fresh = must(Database::open(target, create), "create import target");
            must(generateBudget(*fresh, GeneratorSettings{0, 1, 2, 1}), "household");
        }
        processes << inChildProcess(QStringLiteral("import %1-row CSV").arg(largeImport),
                                    QStringLiteral("< 10 s, < 200 MB"),
                                    {QStringLiteral("import"), csvPath, target});
    }

    std::printf("\n%-34s %12s %12s %8s  %s\n", "workload", "Allot ms", "raw ms", "ratio", "goal");
    QJsonArray json;
    for (const Measure& m : results) {
        const double ratio = m.rawMs > 0 ? m.allotMs / m.rawMs : 0;
        std::printf("%-34s %12.2f %12.2f %8.2f  %s\n", qPrintable(m.name), m.allotMs, m.rawMs,
                    ratio, qPrintable(m.goal));
        json.append(QJsonObject{{QStringLiteral("workload"), m.name},
                                {QStringLiteral("allotMs"), m.allotMs},
                                {QStringLiteral("rawMs"), m.rawMs},
                                {QStringLiteral("ratio"), ratio},
                                {QStringLiteral("goal"), m.goal}});
    }
    QJsonArray processJson;
    if (!processes.isEmpty())
        std::printf("\n%-34s %12s %12s  %s\n", "in a process of its own", "ms", "peak MB", "goal");
    for (const ChildMeasure& p : processes) {
        std::printf("%-34s %12.1f %12ld  %s\n", qPrintable(p.name), p.ms, p.peakMb,
                    qPrintable(p.goal));
        processJson.append(QJsonObject{{QStringLiteral("workload"), p.name},
                                       {QStringLiteral("ms"), p.ms},
                                       {QStringLiteral("peakMemoryMb"), qint64(p.peakMb)},
                                       {QStringLiteral("goal"), p.goal}});
    }
    std::printf("\nentries %d, peak memory of this process %ld MB\n", entries, peakRssMb());
    if (parser.isSet(jsonOption)) {
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write %1").arg(parser.value(jsonOption)));
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries},
                                            {QStringLiteral("peakMemoryMb"), qint64(peakRssMb())},
                                            {QStringLiteral("results"), json},
                                            {QStringLiteral("processes"), processJson}})
                      .toJson());
    }
    return 0;
}
