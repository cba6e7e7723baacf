#include "storage/DatabaseDump.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace allot {

namespace {

QString describe(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QStringLiteral("i:") + value.toString();
    case QMetaType::Double:
        return QStringLiteral("r:") + QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(value.toByteArray().toHex());
    default:
        return QStringLiteral("t:") + value.toString();
    }
}

} // namespace

Result<QString> dumpDatabase(Database& db)
{
    QSqlDatabase& connection = db.connection();
    auto tables = db.dialect().dataTables(connection);
    if (!tables)
        return tables.error();
    QString out;
    for (const QString& pragma :
         {QStringLiteral("user_version"), QStringLiteral("application_id")}) {
        QSqlQuery q(connection);
        if (q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next())
            out += QStringLiteral("%1 = %2\n").arg(pragma, q.value(0).toString());
    }
    for (const QString& table : *tables) {
        out += QStringLiteral("== %1\n").arg(table);
        QSqlQuery q(connection);
        q.setForwardOnly(true);
        const QString sql = db.dialect().selectAllRowsSql(table);
        if (!q.exec(sql))
            return db.dialect().classify(q.lastError(), connection, sql);
        while (q.next()) {
            const QSqlRecord record = q.record();
            QStringList cells;
            for (int i = 0; i < record.count(); ++i)
                cells << record.fieldName(i) + QLatin1Char('=') + describe(q.value(i));
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
        if (q.lastError().type() != QSqlError::NoError)
            return db.dialect().classify(q.lastError(), connection, sql);
    }
    return out;
}

} // namespace allot
