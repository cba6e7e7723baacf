#include "actions/ChangeRecorder.h"

#include "storage/SqlStatement.h"
#include "storage/TransactionEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace allot {

namespace {

// Values are written with their type so that integers stay exact (JSON numbers are doubles).
QJsonValue encode(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QStringLiteral("i:") + QString::number(value.toLongLong());
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(value.toByteArray().toBase64());
    case QMetaType::Double:
        return QStringLiteral("r:") + QString::number(value.toDouble(), 'g', 17);
    default:
        return QStringLiteral("t:") + value.toString();
    }
}

QVariant decode(const QJsonValue& json)
{
    if (json.isNull() || json.isUndefined())
        return QVariant();
    const QString text = json.toString();
    const QString payload = text.mid(2);
    if (text.startsWith(QLatin1String("i:")))
        return payload.toLongLong();
    if (text.startsWith(QLatin1String("b:")))
        return QByteArray::fromBase64(payload.toLatin1());
    if (text.startsWith(QLatin1String("r:")))
        return payload.toDouble();
    return payload;
}

// INSERT INTO table (columns) VALUES (?, ...): names from the actions or checked against the
// schema, values always bound.
QString insertSql(const QString& table, const QStringList& columns)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

Result<QJsonValue> readImage(TransactionEngine& engine, const QString& table, qint64 id)
{
    SqlStatement q(engine, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status readAll = q.finishReading(); !readAll)
            return readAll.error();
        return QJsonValue(QJsonValue::Null);
    }
    QJsonObject image;
    // Column order is the table's, so images compare and replay the same way every time.
    QJsonArray columns;
    const QStringList names = q.columnNames();
    for (int i = 0; i < names.size(); ++i) {
        columns.append(names[i]);
        image.insert(names[i], encode(q.value(i)));
    }
    image.insert(QStringLiteral("#columns"), columns);
    q.finish();
    return QJsonValue(image);
}

Status writeImage(TransactionEngine& engine, const QString& table, qint64 id,
                  const QJsonValue& current, const QJsonValue& wanted)
{
    if (wanted.isNull()) {
        if (current.isNull())
            return {};
        SqlStatement q(engine, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        return q.bind(id).exec();
    }
    const QJsonObject image = wanted.toObject();
    const QJsonArray columns = image.value(QStringLiteral("#columns")).toArray();
    QStringList names;
    for (const auto& c : columns)
        names << c.toString();
    if (current.isNull()) {
        SqlStatement q(engine, insertSql(table, names));
        for (const QString& name : names)
            q.bind(decode(image.value(name)));
        return q.exec();
    }
    QStringList assignments;
    for (const QString& name : names)
        assignments << name + QStringLiteral(" = ?");
    SqlStatement q(engine, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                               .arg(table, assignments.join(QStringLiteral(", "))));
    for (const QString& name : names)
        q.bind(decode(image.value(name)));
    return q.bind(id).exec();
}

// The image of a row an action is about to change; refused when the row is gone.
Result<QJsonValue> readExistingImage(TransactionEngine& engine, const QString& table, qint64 id)
{
    auto image = readImage(engine, table, id);
    if (image && image->isNull())
        return Error::notFound(QCoreApplication::translate("allot", "row %1 of %2 no longer exists")
                                   .arg(id)
                                   .arg(table));
    return image;
}

// Sets column to value for the given rows, in chunks that stay under any engine's bind limit.
Status setColumn(TransactionEngine& engine, const QString& table, const QString& column,
                 const QVariant& value, const QVector<qint64>& ids)
{
    constexpr int kChunk = 500;
    for (int start = 0; start < ids.size(); start += kChunk) {
        const int n = std::min<int>(kChunk, int(ids.size()) - start);
        QStringList marks;
        for (int i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        SqlStatement q(engine, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id IN (%3)")
                                   .arg(table, column, marks.join(QLatin1Char(','))));
        q.bind(value);
        for (int i = 0; i < n; ++i)
            q.bind(ids[start + i]);
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

// The undo log comes from the file, which may come from elsewhere: names read from it are
// used in SQL only when they are tables and columns the actions write.
const QStringList kUndoableTables{QStringLiteral("person"),      QStringLiteral("account"),
                                  QStringLiteral("category"),    QStringLiteral("entry"),
                                  QStringLiteral("budget_move"), QStringLiteral("setting"),
                                  QStringLiteral("csv_mapping")};

Error damagedLog(qint64 actionId, const QString& what)
{
    return Error{
        ErrorKind::Corrupt,
        QCoreApplication::translate("allot", "the undo history is damaged (step %1 names %2)")
            .arg(actionId)
            .arg(what),
        {},
        0};
}

Result<QStringList> columnsOf(TransactionEngine& engine, const QString& table)
{
    SqlStatement q(engine, QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
    if (Status s = q.exec(); !s)
        return s.error();
    const QStringList names = q.columnNames();
    q.finish();
    return names;
}

// A range of inserted rows as text: a line with the column names, then a line per row, each a
// JSON array (of encoded values); one row at a time, so a million-row import can be undone
// without a million JSON objects in memory. Empty when no row of the range exists.
Result<QByteArray> readRange(TransactionEngine& engine, const QString& table, qint64 first,
                             qint64 last)
{
    SqlStatement q(
        engine, QStringLiteral("SELECT * FROM %1 WHERE id BETWEEN ? AND ? ORDER BY id").arg(table));
    if (Status s = q.bindInteger(first).bindInteger(last).exec(); !s)
        return s.error();
    QByteArray text;
    const QStringList names = q.columnNames();
    while (q.next()) {
        if (text.isEmpty())
            text = QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact);
        QJsonArray row;
        for (int i = 0; i < names.size(); ++i)
            row.append(encode(q.value(i)));
        text += '\n';
        text += QJsonDocument(row).toJson(QJsonDocument::Compact);
    }
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    return text;
}

// Puts the range back to \a wanted (rows as readRange() writes them, or none) and stores what
// was there for the way back.
Status swapRange(TransactionEngine& engine, const QString& table, const QStringList& columns,
                 qint64 first, qint64 last, const QVariant& wanted, SqlStatement& store,
                 qint64 actionId, qint64 seq)
{
    if (first <= 0 || last <= first)
        return damagedLog(
            actionId,
            QCoreApplication::translate("allot", "the rows %1 to %2").arg(first).arg(last));
    const QByteArray wantedText = wanted.isNull() ? QByteArray() : wanted.toString().toUtf8();
    const QList<QByteArray> lines = wantedText.split('\n');
    QStringList names;
    if (!wantedText.isEmpty()) {
        QJsonParseError parsed{};
        const QJsonDocument header = QJsonDocument::fromJson(lines.first(), &parsed);
        if (parsed.error != QJsonParseError::NoError || !header.isArray())
            return damagedLog(actionId,
                              QCoreApplication::translate("allot", "unreadable column names"));
        for (const auto& name : header.array()) {
            if (!columns.contains(name.toString()))
                return damagedLog(actionId,
                                  QCoreApplication::translate("allot", "the unknown column \"%1\"")
                                      .arg(name.toString()));
            names << name.toString();
        }
        if (!names.contains(QStringLiteral("id")))
            return damagedLog(actionId,
                              QCoreApplication::translate("allot", "rows without their ids"));
    }
    auto current = readRange(engine, table, first, last);
    if (!current)
        return current.error();
    if (!current->isEmpty()) {
        SqlStatement remove(engine,
                            QStringLiteral("DELETE FROM %1 WHERE id BETWEEN ? AND ?").arg(table));
        if (Status s = remove.bindInteger(first).bindInteger(last).exec(); !s)
            return s;
    }
    if (!names.isEmpty()) {
        SqlStatement insert(engine, insertSql(table, names));
        const qsizetype idColumn = names.indexOf(QStringLiteral("id"));
        for (qsizetype line = 1; line < lines.size(); ++line) {
            const QJsonArray row = QJsonDocument::fromJson(lines[line]).array();
            if (row.size() != names.size())
                return damagedLog(actionId, QCoreApplication::translate(
                                                "allot", "a row of %1 values for %2 columns")
                                                .arg(row.size())
                                                .arg(names.size()));
            const qint64 id = decode(row.at(idColumn)).toLongLong();
            if (id < first || id > last)
                return damagedLog(
                    actionId, QCoreApplication::translate("allot", "row %1 outside rows %2 to %3")
                                  .arg(id)
                                  .arg(first)
                                  .arg(last));
            for (const auto& value : row)
                insert.bind(decode(value));
            if (Status s = insert.exec(); !s)
                return s;
        }
    }
    store.bind(current->isEmpty() ? QVariant() : QVariant(QString::fromUtf8(*current)));
    return store.bindInteger(actionId).bindInteger(seq).exec();
}

} // namespace

Result<qint64> ChangeRecorder::insert(const QString& table, const ColumnValues& values)
{
    QStringList names;
    for (const auto& [name, value] : values)
        names << name;
    SqlStatement q(m_engine, insertSql(table, names));
    for (const auto& [name, value] : values)
        q.bind(value);
    auto inserted = q.insert();
    if (!inserted)
        return inserted.error();
    recordInsert(table, *inserted);
    return *inserted;
}

void ChangeRecorder::recordInsert(const QString& table, qint64 id)
{
    // The next id after an insert of the same table: one change for the whole run of rows.
    if (!m_changes.isEmpty()) {
        Change& last = m_changes.last();
        if (!last.column && last.image.isNull() && last.table == table &&
            last.lastRowId + 1 == id) {
            last.lastRowId = id;
            return;
        }
    }
    m_changes.append(Change{false, table, id, id, {}, QJsonValue::Null, {}});
}

ChangeRecorder::Inserter::Inserter(ChangeRecorder& recorder, const QString& table,
                                   const QStringList& columns)
    : m_recorder(recorder), m_table(table)
{
    m_statement = std::make_unique<SqlStatement>(recorder.m_engine, insertSql(table, columns));
}

ChangeRecorder::Inserter::~Inserter() = default;

Result<qint64> ChangeRecorder::Inserter::insert()
{
    auto inserted = m_statement->insert();
    if (inserted)
        m_recorder.recordInsert(m_table, *inserted);
    return inserted;
}

ChangeRecorder::Mark ChangeRecorder::mark() const
{
    return Mark{int(m_changes.size()), m_changes.isEmpty() ? 0 : m_changes.last().lastRowId};
}

void ChangeRecorder::rewind(const Mark& mark)
{
    m_changes.resize(mark.changes);
    if (!m_changes.isEmpty())
        m_changes.last().lastRowId = mark.lastRowId;
}

Status ChangeRecorder::update(const QString& table, qint64 id, const ColumnValues& values)
{
    auto before = readExistingImage(m_engine, table, id);
    if (!before)
        return before.error();
    QStringList assignments;
    for (const auto& [name, value] : values)
        assignments << name + QStringLiteral(" = ?");
    SqlStatement q(m_engine, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                 .arg(table, assignments.join(QStringLiteral(", "))));
    for (const auto& [name, value] : values)
        q.bind(value);
    if (Status s = q.bind(id).exec(); !s)
        return s;
    m_changes.append(Change{false, table, id, id, {}, *before, {}});
    return {};
}

Status ChangeRecorder::remove(const QString& table, qint64 id)
{
    auto before = readExistingImage(m_engine, table, id);
    if (!before)
        return before.error();
    SqlStatement q(m_engine, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    if (Status s = q.bind(id).exec(); !s)
        return s;
    m_changes.append(Change{false, table, id, id, {}, *before, {}});
    return {};
}

Result<int> ChangeRecorder::reassign(const QString& table, const QString& column, qint64 from,
                                     qint64 to)
{
    SqlStatement select(
        m_engine, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column));
    if (Status s = select.bind(from).exec(); !s)
        return s.error();
    QVector<qint64> ids;
    while (select.next())
        ids << select.integerAt(0);
    if (Status readAll = select.finishReading(); !readAll)
        return readAll.error();
    if (ids.isEmpty())
        return 0;
    SqlStatement q(m_engine,
                   QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(table, column));
    if (Status s = q.bind(to).bind(from).exec(); !s)
        return s.error();
    m_changes.append(Change{true, table, 0, 0, column, QJsonArray{encode(from), encode(to)}, ids});
    return int(ids.size());
}

Result<qint64> ChangeRecorder::writeLog(const QString& label)
{
    // A new action ends the redo history, as in every editor. Asked first: the DELETE, with
    // its cascade to the changes, costs a temporary table even when there is nothing to delete.
    // (Not EXISTS, which SQLite answers through a temporary table of its own.)
    auto redoable = SqlStatement(m_engine, QStringLiteral("SELECT 1 FROM action_log "
                                                          "WHERE state = 'undone' LIMIT 1"))
                        .integer();
    if (!redoable)
        return redoable.error();
    if (*redoable != 0) {
        if (Status s = SqlStatement(m_engine,
                                    QStringLiteral("DELETE FROM action_log WHERE state = 'undone'"))
                           .exec();
            !s)
            return s.error();
    }
    SqlStatement log(m_engine, QStringLiteral("INSERT INTO action_log (label, state, created_at) "
                                              "VALUES (?, 'done', ?)"));
    log.bindText(label).bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    auto logged = log.insert();
    if (!logged)
        return logged.error();
    const qint64 actionId = *logged;
    SqlStatement change(
        m_engine, QStringLiteral("INSERT INTO action_change (action_id, seq, kind, table_name, "
                                 "row_id, column_name, row_ids, image, last_row_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int seq = 0; seq < m_changes.size(); ++seq) {
        const Change& c = m_changes[seq];
        const bool range = !c.column && c.lastRowId > c.rowId;
        change.bind(actionId).bind(seq).bindText(c.column ? QStringLiteral("column")
                                                 : range  ? QStringLiteral("rows")
                                                          : QStringLiteral("row"));
        change.bindText(c.table);
        if (range) {
            // Inserted rows: absent before, so no image until the range is first undone.
            change.bindInteger(c.rowId).bind(QVariant()).bind(QVariant()).bind(QVariant());
            change.bindInteger(c.lastRowId);
        } else if (c.column) {
            QJsonArray ids;
            for (qint64 id : c.rowIds)
                ids.append(id);
            change.bind(QVariant()).bindText(c.columnName);
            change.bind(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
            change.bind(
                QString::fromUtf8(QJsonDocument(c.image.toArray()).toJson(QJsonDocument::Compact)));
        } else {
            change.bind(c.rowId).bind(QVariant()).bind(QVariant());
            change.bind(
                c.image.isNull()
                    ? QVariant()
                    : QVariant(QString::fromUtf8(
                          QJsonDocument(c.image.toObject()).toJson(QJsonDocument::Compact))));
        }
        if (!range)
            change.bind(QVariant());
        if (Status s = change.exec(); !s)
            return s.error();
    }
    return actionId;
}

Status ChangeRecorder::replay(TransactionEngine& engine, qint64 actionId, bool redo)
{
    SqlStatement read(engine, QStringLiteral("SELECT seq, kind, table_name, row_id, column_name, "
                                             "row_ids, image, last_row_id FROM action_change "
                                             "WHERE action_id = ? ORDER BY seq %1")
                                  .arg(redo ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    if (Status s = read.bind(actionId).exec(); !s)
        return s;
    struct Stored
    {
        qint64 seq;
        QString kind;
        QString table;
        qint64 rowId;
        QString columnName;
        QString rowIds;
        QVariant image;
        qint64 lastRowId;
        bool column;
    };
    QVector<Stored> changes;
    while (read.next()) {
        const QString kind = read.textAt(1);
        changes.append(Stored{read.integerAt(0), kind, read.textAt(2), read.integerAt(3),
                              read.textAt(4), read.textAt(5), read.value(6), read.integerAt(7),
                              kind == QLatin1String("column")});
    }
    if (Status readAll = read.finishReading(); !readAll)
        return readAll.error();

    SqlStatement store(engine, QStringLiteral("UPDATE action_change SET image = ? "
                                              "WHERE action_id = ? AND seq = ?"));
    for (const Stored& c : changes) {
        if (c.kind != QLatin1String("row") && c.kind != QLatin1String("rows") && !c.column)
            return damagedLog(
                actionId,
                QCoreApplication::translate("allot", "the unknown change \"%1\"").arg(c.kind));
        if (!kUndoableTables.contains(c.table))
            return damagedLog(
                actionId,
                QCoreApplication::translate("allot", "the unknown table \"%1\"").arg(c.table));
        auto columns = columnsOf(engine, c.table);
        if (!columns)
            return columns.error();
        if (c.column && !columns->contains(c.columnName))
            return damagedLog(actionId,
                              QCoreApplication::translate("allot", "the unknown column \"%1\"")
                                  .arg(c.columnName));
        if (c.kind == QLatin1String("row") && !c.image.isNull()) {
            const QJsonObject image = QJsonDocument::fromJson(c.image.toString().toUtf8()).object();
            for (const auto& name : image.value(QStringLiteral("#columns")).toArray()) {
                if (!columns->contains(name.toString()))
                    return damagedLog(
                        actionId, QCoreApplication::translate("allot", "the unknown column \"%1\"")
                                      .arg(name.toString()));
            }
        }
        if (c.kind == QLatin1String("rows")) {
            if (Status s = swapRange(engine, c.table, *columns, c.rowId, c.lastRowId, c.image,
                                     store, actionId, c.seq);
                !s)
                return s;
            continue;
        }
        if (c.column) {
            const QJsonArray values = QJsonDocument::fromJson(c.image.toString().toUtf8()).array();
            QVector<qint64> ids;
            for (const auto& id : QJsonDocument::fromJson(c.rowIds.toUtf8()).array())
                ids << id.toInteger();
            if (Status s =
                    setColumn(engine, c.table, c.columnName, decode(values.at(redo ? 1 : 0)), ids);
                !s)
                return s;
            continue;
        }
        // Swap: the stored image goes in, and what was there is stored for the way back.
        auto current = readImage(engine, c.table, c.rowId);
        if (!current)
            return current.error();
        const QJsonValue wanted =
            c.image.isNull()
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(QJsonDocument::fromJson(c.image.toString().toUtf8()).object());
        if (Status s = writeImage(engine, c.table, c.rowId, *current, wanted); !s)
            return s;
        store.bind(current->isNull()
                       ? QVariant()
                       : QVariant(QString::fromUtf8(
                             QJsonDocument(current->toObject()).toJson(QJsonDocument::Compact))));
        if (Status s = store.bind(actionId).bind(c.seq).exec(); !s)
            return s;
    }
    return {};
}

} // namespace allot
