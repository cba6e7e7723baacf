#include "storage/SqlStatement.h"

#include "storage/SqlDialect.h"
#include "storage/TransactionEngine.h"

#include <QCoreApplication>
#include <QDate>

namespace allot {

SqlStatement::SqlStatement(TransactionEngine& engine, const QString& sql)
    : m_engine(engine), m_sql(sql)
{
    auto prepared = engine.takeStatement(sql);
    if (prepared)
        m_statement = std::move(prepared).value();
    else
        m_prepareError = prepared.error();
}

SqlStatement::~SqlStatement()
{
    if (m_statement)
        m_engine.returnStatement(m_sql, std::move(m_statement));
}

void SqlStatement::rewind()
{
    if (m_running && m_statement)
        m_statement->reset();
    m_running = false;
    m_pendingRow = false;
    m_onRow = false;
}

SqlStatement& SqlStatement::bind(const QVariant& value)
{
    rewind();
    const int index = m_nextBind++;
    if (!m_statement)
        return *this;
    // What Qt's driver binds as NULL: no value, and null text, bytes and dates.
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        m_statement->bindNull(index);
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        m_statement->bindInteger(index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        m_statement->bindReal(index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isNull())
            m_statement->bindNull(index);
        else
            m_statement->bindBlob(index, bytes);
        break;
    }
    case QMetaType::QString: {
        const QString text = value.toString();
        if (text.isNull())
            m_statement->bindNull(index);
        else
            m_statement->bindText(index, text);
        break;
    }
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        if (date.isNull())
            m_statement->bindNull(index);
        else
            m_statement->bindText(index, date.toString(Qt::ISODate));
        break;
    }
    default:
        if (value.isNull())
            m_statement->bindNull(index);
        else
            m_statement->bindText(index, value.toString());
    }
    return *this;
}

SqlStatement& SqlStatement::bindInteger(qint64 value)
{
    rewind();
    const int index = m_nextBind++;
    if (m_statement)
        m_statement->bindInteger(index, value);
    return *this;
}

SqlStatement& SqlStatement::bindText(const QString& text)
{
    rewind();
    const int index = m_nextBind++;
    if (m_statement)
        m_statement->bindText(index, text);
    return *this;
}

SqlStatement& SqlStatement::bindId(qint64 id)
{
    return id == 0 ? bind(QVariant()) : bindInteger(id);
}

Status SqlStatement::exec()
{
    rewind();
    const int bound = m_nextBind;
    m_nextBind = 0;
    m_stepError.reset();
    m_changes = 0;
    if (!m_statement)
        return *m_prepareError;
    // Every parameter gets a value of this run: never one left from an earlier run.
    if (m_statement->bindFailed()) {
        Error e = m_engine.classify(m_statement->lastError(m_sql));
        m_statement->clearBindings();
        return e;
    }
    if (bound != m_statement->parameterCount()) {
        m_statement->clearBindings();
        return Error::internal(
            QCoreApplication::translate("allot", "A statement was given %1 values for %2")
                .arg(bound)
                .arg(m_statement->parameterCount()),
            m_sql);
    }
    if (Status s = m_engine.beforeStatement(m_sql); !s)
        return s;
    m_running = true;
    switch (m_statement->step()) {
    case PreparedStatement::Step::Row:
        m_pendingRow = true;
        return {};
    case PreparedStatement::Step::Done:
        m_changes = m_statement->changes();
        m_insertedRowId = m_statement->insertedRowId();
        // Reset at once: a finished statement must not keep a read transaction open.
        rewind();
        return {};
    case PreparedStatement::Step::Failed:
        break;
    }
    Error e = m_engine.classify(m_statement->lastError(m_sql));
    rewind();
    return e;
}

bool SqlStatement::next()
{
    if (m_pendingRow) {
        m_pendingRow = false;
        m_onRow = true;
        return true;
    }
    m_onRow = false;
    if (!m_running || !m_statement)
        return false;
    switch (m_statement->step()) {
    case PreparedStatement::Step::Row:
        m_onRow = true;
        return true;
    case PreparedStatement::Step::Done:
        rewind();
        return false;
    case PreparedStatement::Step::Failed:
        break;
    }
    if (!m_stepError)
        m_stepError = m_engine.classify(m_statement->lastError(m_sql));
    rewind();
    return false;
}

Status SqlStatement::finishReading()
{
    rewind();
    if (m_stepError)
        return *m_stepError;
    return {};
}

void SqlStatement::finish()
{
    rewind();
}

QVariant SqlStatement::value(int column) const
{
    return m_onRow ? m_statement->value(column) : QVariant();
}

qint64 SqlStatement::integerAt(int column) const
{
    return m_onRow ? m_statement->integer(column) : 0;
}

QString SqlStatement::textAt(int column) const
{
    return m_onRow ? m_statement->text(column) : QString();
}

QStringList SqlStatement::columnNames() const
{
    QStringList names;
    if (!m_statement)
        return names;
    for (int i = 0; i < m_statement->columnCount(); ++i)
        names << m_statement->columnName(i);
    return names;
}

Result<QVariant> SqlStatement::scalar()
{
    if (Status s = exec(); !s)
        return s.error();
    QVariant value;
    if (next())
        value = m_statement->value(0);
    if (Status s = finishReading(); !s)
        return s.error();
    return value;
}

Result<qint64> SqlStatement::insert()
{
    if (Status s = exec(); !s)
        return s.error();
    if (m_changes != 1)
        return Error::internal(
            QCoreApplication::translate("allot", "A row to be added was not added"),
            QStringLiteral("%1 rows changed by: %2").arg(m_changes).arg(m_sql));
    return m_insertedRowId;
}

Result<qint64> SqlStatement::integer()
{
    auto value = scalar();
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace allot
