#include "actions/ImportStatement.h"

#include "actions/ActionRunner.h"
#include "actions/EntryRows.h"
#include "actions/Lookup.h"
#include "actions/SavedMappings.h"
#include "core/Month.h"
#include "formats/CsvReader.h"
#include "formats/LongText.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

#include <functional>

namespace allot::imports {

namespace {

using formats::ImportedTransaction;

QString tr(const char* text)
{
    return QCoreApplication::translate("allot::imports", text);
}

const QString kUncategorised = QStringLiteral("Uncategorised");

static_assert(formats::kMaxImportedText == rows::kMaxTextLength,
              "the readers warn about the texts the import cuts");

// Bank text may hold control characters and be longer than the budget keeps; it is made fit
// rather than refused, since the user cannot fix their bank's file. The readers list every text
// cut here in their warnings (formats::noteLongTexts), which the report and the preview show.
QString fitText(const QString& text)
{
    const QString clean = formats::cleanImportedText(text).left(rows::kMaxTextLength);
    // Never null: a null QString is bound as NULL, and payee and memo are NOT NULL.
    return clean.isNull() ? QStringLiteral("") : clean;
}

// Exported spreadsheets protect cells that start like a formula with a leading apostrophe
// (Allot's own exports do); that apostrophe is not part of the text.
QString unprotect(const QString& text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (text.size() > 1 && text.at(0) == QLatin1Char('\'') && formulaStarts.contains(text.at(1)))
        return text.mid(1);
    return text;
}

bool isTransfer(const QString& category)
{
    return category.size() > 2 && category.startsWith(QLatin1Char('[')) &&
           category.endsWith(QLatin1Char(']'));
}

// Finds, creates or falls back for the categories a file names, once per name.
class CategoryResolver
{
public:
    CategoryResolver(ActionContext& ctx, const Person& person, const ImportOptions& options,
                     ImportReport& report)
        : m_ctx(ctx), m_person(person), m_options(options), m_report(report)
    {
        for (auto it = options.categoryMap.cbegin(); it != options.categoryMap.cend(); ++it)
            m_resolved.insert(it.key().toLower(), it.value());
    }

    Result<RowId> resolve(const QString& fileName)
    {
        const QString name = fileName.trimmed();
        if (name.isEmpty() || isTransfer(name))
            return uncategorised();
        const QString key = name.toLower();
        if (auto found = m_resolved.find(key); found != m_resolved.end())
            return *found;
        // "Food:Groceries": the whole name first, then the child.
        for (const QString& candidate : {name, name.section(QLatin1Char(':'), -1).trimmed()}) {
            auto category = lookup::categoryByName(m_ctx.engine, m_person.id, candidate);
            if (category) {
                learn(key, category->id);
                return category->id;
            }
            if (category.error().kind != ErrorKind::NotFound)
                return category.error();
        }
        const bool createThis = m_options.createUnknownCategories ||
                                m_options.categoriesToCreate.contains(name, Qt::CaseInsensitive);
        if (!createThis) {
            auto fallback = uncategorised();
            if (fallback)
                learn(key, *fallback);
            return fallback;
        }
        // A name longer than names may be keeps its first characters, and says so once; two
        // such names that start alike share the category.
        const QString kept = name.left(rows::kMaxNameLength).trimmed();
        if (kept.size() < name.size()) {
            // Its start and its end, which tell apart names that start alike.
            const QString shown = name.left(60) + QChar(0x2026) + name.right(20);
            const QString note =
                tr("The category \"%1\" is %2 characters long; it was filed under its first %3.")
                    .arg(shown)
                    .arg(name.size())
                    .arg(rows::kMaxNameLength);
            if (!m_report.warnings.contains(note))
                m_report.warnings << note;
            auto existing = lookup::categoryByName(m_ctx.engine, m_person.id, kept);
            if (existing) {
                learn(key, existing->id);
                return existing->id;
            }
            if (existing.error().kind != ErrorKind::NotFound)
                return existing.error();
        }
        auto created = create(kept);
        if (created)
            learn(key, *created);
        return created;
    }

    /// What was learned so far, to forget what a row taught once its savepoint is rolled back
    /// (a category it created is gone again).
    struct Mark
    {
        qsizetype learned = 0;
        qsizetype created = 0;
        qsizetype warnings = 0;
        RowId uncategorised = 0;
    };
    Mark mark() const
    {
        return {m_learned.size(), m_report.createdCategories.size(), m_report.warnings.size(),
                m_uncategorised};
    }
    void rewind(const Mark& mark)
    {
        while (m_learned.size() > mark.learned)
            m_resolved.remove(m_learned.takeLast());
        while (m_report.createdCategories.size() > mark.created)
            m_report.createdCategories.removeLast();
        while (m_report.warnings.size() > mark.warnings)
            m_report.warnings.removeLast();
        m_uncategorised = mark.uncategorised;
    }

private:
    void learn(const QString& key, RowId id)
    {
        m_resolved.insert(key, id);
        m_learned << key;
    }

    Result<RowId> uncategorised()
    {
        if (m_uncategorised != 0)
            return m_uncategorised;
        auto existing = lookup::categoryByName(m_ctx.engine, m_person.id, kUncategorised);
        if (existing) {
            m_uncategorised = existing->id;
            return m_uncategorised;
        }
        if (existing.error().kind != ErrorKind::NotFound)
            return existing.error();
        auto created = create(kUncategorised);
        if (created)
            m_uncategorised = *created;
        return created;
    }

    Result<RowId> create(const QString& name)
    {
        auto id = m_ctx.changes.insert(QStringLiteral("category"),
                                       {{QStringLiteral("person_id"), m_person.id},
                                        {QStringLiteral("name"), name},
                                        {QStringLiteral("monthly_budget"), 0}});
        if (id)
            m_report.createdCategories << name;
        return id;
    }

    ActionContext& m_ctx;
    const Person& m_person;
    const ImportOptions& m_options;
    ImportReport& m_report;
    QHash<QString, RowId> m_resolved;
    QStringList m_learned; ///< Keys of m_resolved in the order they were learned.
    RowId m_uncategorised = 0;
};

Error rowError(int line, const Error& e)
{
    Error out = e;
    out.message = tr("line %1: %2").arg(line).arg(e.message);
    return out;
}

Status checkTransaction(const ImportedTransaction& t)
{
    if (!isStorableDate(t.date))
        return Error::refused(tr("the date is not a valid day"));
    if (t.amount == 0)
        return Error::refused(tr("the amount is zero"));
    if (t.amount > money::kMaxAmount || t.amount < -money::kMaxAmount)
        return Error::refused(
            tr("the amount is larger than %1").arg(money::format(money::kMaxAmount)));
    MinorUnits parts = 0;
    for (const auto& split : t.splits)
        parts += split.amount;
    if (!t.splits.isEmpty() && parts != t.amount)
        return Error::refused(tr("its split parts add up to %1, not to %2")
                                  .arg(money::format(parts), money::format(t.amount)));
    return {};
}

} // namespace

namespace {

QString fingerprintOf(const ImportedTransaction& t)
{
    return QStringLiteral("fp:%1|%2|%3")
        .arg(t.date.toString(Qt::ISODate))
        .arg(t.amount)
        .arg(t.payee.simplified().toLower());
}

// The keys of a file's transactions, one after another. The same day, amount and payee twice in
// one file are two real purchases: an occurrence number keeps them apart, and a second import of
// the file matches both. Occurrences are counted without keeping a million fingerprints, and
// without the records that came before (a large file is read in slices): each fingerprint is
// remembered by two independent hashes, and only fingerprints that come again (or share the
// first hash) are kept as text. Two different fingerprints would have to agree on 128 bits for
// a number to be off.
class ImportKeys
{
public:
    QString keyOf(const ImportedTransaction& t)
    {
        if (!t.externalId.trimmed().isEmpty())
            return QStringLiteral("id:") + t.externalId.trimmed();
        const QString fingerprint = fingerprintOf(t);
        const size_t hash = qHash(fingerprint, 0);
        const size_t check = qHash(fingerprint, kSecondSeed);
        int occurrence = 1;
        if (auto first = m_firstWithHash.constFind(hash); first == m_firstWithHash.cend()) {
            m_firstWithHash.insert(hash, check);
        } else if (auto repeated = m_repeated.find(fingerprint); repeated != m_repeated.end()) {
            occurrence = ++*repeated;
        } else {
            // Seen before only if the first fingerprint with this hash was this one.
            occurrence = *first == check ? 2 : 1;
            m_repeated.insert(fingerprint, occurrence);
        }
        return fingerprint + QStringLiteral("#%1").arg(occurrence);
    }

private:
    static constexpr size_t kSecondSeed = size_t(0x9E3779B97F4A7C15ULL);
    QHash<size_t, size_t> m_firstWithHash;
    QHash<QString, int> m_repeated;
};

// The records of a file, a batch at a time, from the first again when an action is retried.
struct RecordSource
{
    std::function<void()> restart;
    std::function<const QVector<ImportedTransaction>*()> next; ///< nullptr after the last batch
    std::function<QStringList()> warnings; ///< What the reader noticed (complete at the end).
};

} // namespace

QStringList importKeys(const QVector<ImportedTransaction>& transactions)
{
    ImportKeys keys;
    QStringList out;
    out.reserve(transactions.size());
    for (const ImportedTransaction& t : transactions)
        out << keys.keyOf(t);
    return out;
}

Result<QStringList> unknownCategories(Database& db, RowId personId, const formats::ReadResult& file)
{
    QStringList unknown;
    QSet<QString> checked;
    const auto check = [&](const QString& raw) -> Status {
        const QString name = raw.trimmed();
        if (name.isEmpty() || isTransfer(name) || checked.contains(name.toLower()))
            return {};
        checked.insert(name.toLower());
        for (const QString& candidate : {name, name.section(QLatin1Char(':'), -1).trimmed()}) {
            auto category = lookup::categoryByName(db.engine(), personId, candidate);
            if (category)
                return {};
            if (category.error().kind != ErrorKind::NotFound)
                return category.error();
        }
        unknown << name;
        return {};
    };
    for (const ImportedTransaction& t : file.transactions) {
        if (Status s = check(t.category); !s)
            return s.error();
        for (const auto& split : t.splits) {
            if (Status s = check(split.category); !s)
                return s.error();
        }
    }
    return unknown;
}

namespace {

Result<ImportReport> importRecords(Database& db, const RecordSource& source,
                                   const ImportOptions& options, const QString& attempted)
{
    return runAction(db, attempted, [&](ActionContext& ctx) -> Result<ImportReport> {
        source.restart();
        auto person = lookup::personById(ctx.engine, options.personId);
        if (!person)
            return person.error();
        auto account = lookup::accountById(ctx.engine, options.accountId);
        if (!account)
            return account.error();
        if (options.mappingToSave) {
            if (Status s = mappings::saveIn(ctx, options.mappingToSave->first,
                                            options.mappingToSave->second);
                !s)
                return s.error();
        }
        ImportReport report;
        // Made afresh by every attempt: it counts occurrences as it goes.
        ImportKeys keys;
        CategoryResolver categories(ctx, *person, options, report);
        SqlStatement known(ctx.engine, QStringLiteral("SELECT 1 FROM entry WHERE account_id = ? "
                                                      "AND import_key = ? LIMIT 1"));
        // The plain rows, most of every file, through one statement.
        ChangeRecorder::Inserter entries(
            ctx.changes, QStringLiteral("entry"),
            {QStringLiteral("kind"), QStringLiteral("person_id"), QStringLiteral("account_id"),
             QStringLiteral("category_id"), QStringLiteral("date"), QStringLiteral("amount"),
             QStringLiteral("payee"), QStringLiteral("memo"), QStringLiteral("import_key")});

        // Writes one transaction; returns false (not an error) when it is a duplicate.
        const auto write = [&](const ImportedTransaction& t, const QString& key) -> Result<bool> {
            if (Status s = checkTransaction(t); !s)
                return s.error();
            auto seen = known.bindInteger(account->id).bindText(key).integer();
            if (!seen)
                return seen.error();
            if (*seen != 0)
                return false;
            const QString payee = fitText(unprotect(t.payee));
            const QString memo = fitText(unprotect(t.memo));
            if (t.splits.isEmpty() && isTransfer(t.category)) {
                // "[Savings]": a transfer. With an account of that name it becomes both sides
                // of an account transfer; without one, an uncategorised entry and a note.
                const QString otherName = t.category.mid(1, t.category.size() - 2).trimmed();
                auto other = lookup::accountByName(ctx.engine, otherName);
                if (!other && other.error().kind != ErrorKind::NotFound)
                    return other.error();
                if (other && other->id != account->id) {
                    auto pair = rows::insertTransferPair(ctx, account->id, other->id, t.date,
                                                         t.amount, payee, memo, key);
                    if (!pair)
                        return pair.error();
                    return true;
                }
                const QString note =
                    tr("Transfers to [%1] were imported as Uncategorised: there is no account "
                       "called %1")
                        .arg(otherName);
                if (!report.warnings.contains(note))
                    report.warnings << note;
            }
            if (t.splits.isEmpty()) {
                auto category = categories.resolve(unprotect(t.category));
                if (!category)
                    return category.error();
                entries.row()
                    .bindText(t.amount > 0 ? QStringLiteral("income") : QStringLiteral("expense"))
                    .bindInteger(person->id)
                    .bindInteger(account->id)
                    .bindInteger(*category)
                    .bindText(t.date.toString(Qt::ISODate))
                    .bindInteger(t.amount)
                    .bindText(payee)
                    .bindText(memo)
                    .bindText(key);
                auto id = entries.insert();
                if (!id)
                    return id.error();
                return true;
            }
            auto parent = ctx.changes.insert(
                QStringLiteral("entry"), {{QStringLiteral("kind"), QStringLiteral("split")},
                                          {QStringLiteral("person_id"), person->id},
                                          {QStringLiteral("account_id"), account->id},
                                          {QStringLiteral("date"), t.date.toString(Qt::ISODate)},
                                          {QStringLiteral("amount"), t.amount},
                                          {QStringLiteral("payee"), payee},
                                          {QStringLiteral("memo"), memo},
                                          {QStringLiteral("import_key"), key}});
            if (!parent)
                return parent.error();
            for (const auto& split : t.splits) {
                if (split.amount == 0)
                    continue;
                auto category = categories.resolve(unprotect(split.category));
                if (!category)
                    return category.error();
                auto part =
                    ctx.changes.insert(QStringLiteral("entry"),
                                       {{QStringLiteral("kind"), QStringLiteral("part")},
                                        {QStringLiteral("person_id"), person->id},
                                        {QStringLiteral("category_id"), *category},
                                        {QStringLiteral("parent_id"), *parent},
                                        {QStringLiteral("date"), t.date.toString(Qt::ISODate)},
                                        {QStringLiteral("amount"), split.amount},
                                        {QStringLiteral("memo"), fitText(split.memo)}});
                if (!part)
                    return part.error();
            }
            return true;
        };

        qsizetype records = 0;
        for (auto batch = source.next(); batch; batch = source.next()) {
            for (const ImportedTransaction& t : *batch) {
                ++records;
                const QString key = keys.keyOf(t);
                if (options.mode == BulkMode::AllOrNothing) {
                    auto written = write(t, key);
                    if (!written)
                        return rowError(t.line, written.error());
                    *written ? ++report.imported : ++report.duplicates;
                    continue;
                }
                const auto mark = ctx.changes.mark();
                const auto learned = categories.mark();
                auto written = ctx.engine.atomic([&](Transaction&) { return write(t, key); });
                if (written) {
                    *written ? ++report.imported : ++report.duplicates;
                    continue;
                }
                ctx.changes.rewind(mark);
                categories.rewind(learned);
                if (!bulk::isRowProblem(written.error()))
                    return rowError(t.line, written.error());
                report.rejected << BulkRejection{t.line, written.error().message};
            }
        }
        report.warnings = source.warnings() + report.warnings;
        ctx.label = options.label.isEmpty() ? tr("Import %1 entries").arg(records) : options.label;
        return report;
    });
}

} // namespace

Result<ImportReport> importStatement(Database& db, const formats::ReadResult& file,
                                     const ImportOptions& options)
{
    const QString attempted = tr("Could not import the file");
    // All or nothing: a bad record refuses the file before the database is touched.
    if (options.mode == BulkMode::AllOrNothing) {
        for (const ImportedTransaction& t : file.transactions) {
            if (Status s = checkTransaction(t); !s)
                return rowError(t.line, s.error()).withContext(attempted);
        }
    }
    bool given = false;
    const RecordSource source{[&] { given = false; },
                              [&]() -> const QVector<ImportedTransaction>* {
                                  if (given)
                                      return nullptr;
                                  given = true;
                                  return &file.transactions;
                              },
                              [&] { return file.warnings; }};
    return importRecords(db, source, options, attempted);
}

Result<ImportReport> importStream(Database& db, formats::CsvStream& stream,
                                  const ImportOptions& options)
{
    QVector<ImportedTransaction> batch;
    const RecordSource source{[&] { stream.restart(); },
                              [&]() -> const QVector<ImportedTransaction>* {
                                  batch = stream.next();
                                  return batch.isEmpty() ? nullptr : &batch;
                              },
                              [&] { return stream.progress().warnings; }};
    return importRecords(db, source, options, tr("Could not import the file"));
}

} // namespace allot::imports
