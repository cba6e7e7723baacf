#include "storage/SqlStatement.h"

#include "storage/TransactionEngine.h"

#include <QSqlError>

namespace allot {

SqlStatement::SqlStatement(TransactionEngine& engine, const QString& sql)
    : m_engine(engine), m_query(engine.connection()), m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlStatement& SqlStatement::bind(const QVariant& value)
{
    m_query.bindValue(m_nextBind++, value);
    return *this;
}

SqlStatement& SqlStatement::bindText(const QString& text)
{
    return bind(text.isNull() ? QStringLiteral("") : text);
}

SqlStatement& SqlStatement::bindId(qint64 id)
{
    return bind(id == 0 ? QVariant() : QVariant(id));
}

bool SqlStatement::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().type() != QSqlError::NoError && !m_stepError)
        m_stepError = m_engine.classify(m_query.lastError(), m_sql);
    return false;
}

Status SqlStatement::finishReading()
{
    m_query.finish();
    if (m_stepError)
        return *m_stepError;
    return {};
}

Status SqlStatement::exec()
{
    m_nextBind = 0;
    m_stepError.reset();
    if (!m_prepared)
        return m_engine.classify(m_query.lastError(), m_sql);
    if (Status s = m_engine.beforeStatement(m_sql); !s)
        return s;
    if (!m_query.exec())
        return m_engine.classify(m_query.lastError(), m_sql);
    return {};
}

Result<QVariant> SqlStatement::scalar()
{
    if (Status s = exec(); !s)
        return s.error();
    QVariant value;
    if (next())
        value = m_query.value(0);
    if (Status s = finishReading(); !s)
        return s.error();
    return value;
}

Result<qint64> SqlStatement::integer()
{
    auto value = scalar();
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace allot
