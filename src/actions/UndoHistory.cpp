#include "actions/UndoHistory.h"

#include "actions/ChangeRecorder.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace allot::history {

namespace {

const QString kNextUndo = QStringLiteral(
    "SELECT id, label FROM action_log WHERE state = 'done' ORDER BY id DESC LIMIT 1");
const QString kNextRedo = QStringLiteral(
    "SELECT id, label FROM action_log WHERE state = 'undone' ORDER BY id ASC LIMIT 1");

Result<std::optional<QPair<RowId, QString>>> next(TransactionEngine& engine, const QString& sql)
{
    SqlStatement q(engine, sql);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status readAll = q.finishReading(); !readAll)
            return readAll.error();
        return std::optional<QPair<RowId, QString>>();
    }
    return std::optional<QPair<RowId, QString>>(qMakePair(q.integerAt(0), q.textAt(1)));
}

Result<QString> replay(Database& db, bool redo)
{
    const QString attempted = redo ? QCoreApplication::translate("allot", "Could not redo")
                                   : QCoreApplication::translate("allot", "Could not undo");
    auto result = db.engine().atomic([&](Transaction&) -> Result<QString> {
        auto step = next(db.engine(), redo ? kNextRedo : kNextUndo);
        if (!step)
            return step.error();
        if (!step->has_value())
            return Error::refused(
                redo ? QCoreApplication::translate("allot", "there is nothing to redo")
                     : QCoreApplication::translate("allot", "there is nothing to undo"));
        const auto [id, label] = **step;
        if (Status s = ChangeRecorder::replay(db.engine(), id, redo); !s) {
            if (redo || s.error().kind != ErrorKind::Constraint)
                return s.error().withContext(QStringLiteral("\"%1\"").arg(label));
            // Undo goes newest first: a step that cannot be undone blocks every older one.
            SqlStatement older(db.engine(), QStringLiteral("SELECT count(*) FROM action_log "
                                                           "WHERE state = 'done' AND id < ?"));
            auto blocked = older.bind(id).integer();
            if (!blocked)
                return blocked.error();
            Error error = s.error();
            error.message =
                QCoreApplication::translate(
                    "allot", "step %1 (\"%2\") cannot be undone: %3. Another program changed what "
                             "it would put back; it blocks the %4 older steps (allot-cli check "
                             "lists such steps)")
                    .arg(QString::number(id), label, error.message, QString::number(*blocked));
            return error;
        }
        SqlStatement mark(db.engine(),
                          QStringLiteral("UPDATE action_log SET state = ? WHERE id = ?"));
        if (Status s =
                mark.bind(redo ? QStringLiteral("done") : QStringLiteral("undone")).bind(id).exec();
            !s)
            return s.error();
        return label;
    });
    if (!result)
        return result.error().withContext(attempted);
    return result;
}

Result<std::optional<QString>> nextLabel(Database& db, const QString& sql)
{
    auto step = next(db.engine(), sql);
    if (!step)
        return step.error();
    if (!step->has_value())
        return std::optional<QString>();
    return std::optional<QString>((*step)->second);
}

} // namespace

Result<QString> undo(Database& db)
{
    return replay(db, false);
}

Result<QString> redo(Database& db)
{
    return replay(db, true);
}

Result<std::optional<QString>> nextUndo(Database& db)
{
    return nextLabel(db, kNextUndo);
}

Result<std::optional<QString>> nextRedo(Database& db)
{
    return nextLabel(db, kNextRedo);
}

Result<QVector<HistoryStep>> steps(Database& db, int limit)
{
    SqlStatement q(db.engine(),
                   QStringLiteral("SELECT id, label, state, created_at FROM action_log "
                                  "ORDER BY id DESC LIMIT ?"));
    if (Status s = q.bind(limit).exec(); !s)
        return s.error();
    QVector<HistoryStep> out;
    while (q.next()) {
        out.append(HistoryStep{q.integerAt(0), q.textAt(1), q.textAt(2) == QLatin1String("undone"),
                               QDateTime::fromString(q.textAt(3), Qt::ISODate)});
    }
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    return out;
}

} // namespace allot::history
