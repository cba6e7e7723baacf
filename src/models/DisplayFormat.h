#pragma once

#include "core/Money.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace allot {

/// \brief How the window shows amounts and dates: in the chosen locale, with the budget's
/// currency. Amounts are formatted from integers; no floating point is involved.
class DisplayFormat
{
public:
    DisplayFormat() = default;
    DisplayFormat(const QLocale& locale, const QString& currencyCode);

    /// "1,234.56 €", "-12.00 $", in the locale's order and separators.
    QString money(MinorUnits amount) const;
    /// The number alone, "1,234.56", for editing fields.
    QString number(MinorUnits amount) const;
    QString date(const QDate& date) const { return m_locale.toString(date, QLocale::ShortFormat); }
    QString month(const QDate& firstDay) const
    {
        return m_locale.toString(firstDay, QStringLiteral("MMMM yyyy"));
    }
    const QLocale& locale() const { return m_locale; }
    const QString& currencySymbol() const { return m_symbol; }

    /// The symbol for an ISO 4217 code where one is common ("EUR" gives "€"), else the code.
    static QString symbolFor(const QString& currencyCode);

private:
    QLocale m_locale;
    QString m_symbol = QStringLiteral("€");
    bool m_symbolFirst = false;
};

} // namespace allot
