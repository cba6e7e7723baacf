#include "actions/SavedMappings.h"

#include "actions/ActionRunner.h"
#include "actions/HouseholdActions.h"
#include "formats/CsvReader.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace allot::mappings {

namespace {

QString attemptedSave(const QString& name)
{
    return QCoreApplication::translate("allot", "Could not save the mapping \"%1\"")
        .arg(name.trimmed());
}

Status write(ActionContext& ctx, const QString& name, const QJsonObject& mapping)
{
    const QString json = QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact));
    SqlStatement find(ctx.engine, QStringLiteral("SELECT id FROM csv_mapping WHERE name = ?"));
    auto id = find.bindText(name.trimmed()).integer();
    if (!id)
        return id.error();
    if (*id != 0)
        return ctx.changes.update(QStringLiteral("csv_mapping"), *id,
                                  {{QStringLiteral("mapping"), json}});
    auto inserted =
        ctx.changes.insert(QStringLiteral("csv_mapping"), {{QStringLiteral("name"), name.trimmed()},
                                                           {QStringLiteral("mapping"), json}});
    return inserted ? Status() : Status(inserted.error());
}

// A mapping that could not be read back is not saved (the import dialog's decimal mark may
// still be open when the file's amounts read two ways).
Status checkReadable(const QJsonObject& mapping)
{
    auto parsed = formats::CsvMapping::fromJson(mapping);
    return parsed ? Status() : Status(parsed.error());
}

} // namespace

Status save(Database& db, const QString& name, const QJsonObject& mapping)
{
    const QString attempted = attemptedSave(name);
    if (Status s = household::checkName(name, QCoreApplication::translate("allot", "mapping")); !s)
        return s.error().withContext(attempted);
    if (Status s = checkReadable(mapping); !s)
        return s.error().withContext(attempted);
    return runAction(db, attempted, [&](ActionContext& ctx) -> Status {
        ctx.label = QCoreApplication::translate("allot", "Save mapping %1").arg(name.trimmed());
        return write(ctx, name, mapping);
    });
}

Status saveIn(ActionContext& ctx, const QString& name, const QJsonObject& mapping)
{
    if (Status s = household::checkName(name, QCoreApplication::translate("allot", "mapping")); !s)
        return s.error().withContext(attemptedSave(name));
    if (Status s = checkReadable(mapping); !s)
        return s.error().withContext(attemptedSave(name));
    return write(ctx, name, mapping);
}

Result<QJsonObject> load(Database& db, const QString& name)
{
    SqlStatement q(db.engine(), QStringLiteral("SELECT mapping FROM csv_mapping WHERE name = ?"));
    auto text = q.bindText(name.trimmed()).scalar();
    if (!text)
        return text.error();
    if (text->isNull())
        return Error::notFound(
            QCoreApplication::translate("allot", "there is no saved mapping called \"%1\"")
                .arg(name));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text->toString().toUtf8(), &error);
    if (!doc.isObject())
        return Error{
            ErrorKind::Corrupt,
            QCoreApplication::translate("allot", "the saved mapping \"%1\" is damaged").arg(name),
            error.errorString(), 0};
    return doc.object();
}

Result<QStringList> names(Database& db)
{
    SqlStatement q(db.engine(), QStringLiteral("SELECT name FROM csv_mapping ORDER BY name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.textAt(0);
    if (Status readAll = q.finishReading(); !readAll)
        return readAll.error();
    return out;
}

} // namespace allot::mappings
