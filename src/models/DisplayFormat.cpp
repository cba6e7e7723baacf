#include "models/DisplayFormat.h"

namespace allot {

DisplayFormat::DisplayFormat(const QLocale& locale, const QString& currencyCode)
    : m_locale(locale), m_symbol(symbolFor(currencyCode))
{
    // Ask the locale where it puts a currency symbol, using an integer amount.
    const QString sample = m_locale.toCurrencyString(qlonglong(1), QStringLiteral("\u00A4"));
    m_symbolFirst = sample.indexOf(QChar(0x00A4)) < sample.indexOf(m_locale.toString(1));
}

QString DisplayFormat::symbolFor(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    if (upper == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (upper == QLatin1String("USD"))
        return QStringLiteral("$");
    if (upper == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (upper == QLatin1String("JPY"))
        return QStringLiteral("¥");
    if (upper == QLatin1String("INR"))
        return QStringLiteral("₹");
    return upper.isEmpty() ? QStringLiteral("¤") : upper;
}

QString DisplayFormat::number(MinorUnits amount) const
{
    const bool negative = amount < 0;
    const quint64 magnitude =
        negative ? quint64(0) - static_cast<quint64>(amount) : static_cast<quint64>(amount);
    const QString whole = m_locale.toString(static_cast<qulonglong>(magnitude / 100));
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? m_locale.negativeSign() : QString()) + whole + m_locale.decimalPoint() +
           cents;
}

QString DisplayFormat::money(MinorUnits amount) const
{
    if (!m_symbolFirst)
        return number(amount) + QChar(0x00A0) + m_symbol;
    // A code ("CHF") needs a space before the number; a sign ("$") does not.
    const QString symbol = m_symbol.size() > 1 ? m_symbol + QChar(0x00A0) : m_symbol;
    // "-$12.00", not "$-12.00".
    const QString n = number(amount);
    const QString sign = m_locale.negativeSign();
    return amount < 0 ? sign + symbol + n.mid(sign.size()) : symbol + n;
}

} // namespace allot
