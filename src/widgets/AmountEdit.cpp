#include "widgets/AmountEdit.h"

#include <QCoreApplication>

namespace allot {

Result<MinorUnits> parseTypedAmount(const QString& text, const QLocale& locale)
{
    QString normalized = text.trimmed();
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    // A typed amount uses one decimal mark; a second kind of mark is a thousands separator.
    if (decimal != QLatin1String(".") && normalized.contains(decimal)) {
        if (normalized.contains(QLatin1Char('.')))
            return Error::refused(QCoreApplication::translate(
                "allot::AmountEdit", "write the amount without thousands separators"));
        normalized.replace(decimal, QStringLiteral("."));
    } else if (!group.isEmpty() && group != QLatin1String(".") && normalized.contains(group)) {
        return Error::refused(QCoreApplication::translate(
            "allot::AmountEdit", "write the amount without thousands separators"));
    }
    normalized.remove(QChar(0x00A0));
    auto parsed = money::parse(normalized);
    if (!parsed)
        return Error::refused(
            QCoreApplication::translate("allot::AmountEdit", "\"%1\" is not an amount")
                .arg(text.trimmed()));
    return parsed;
}

QString amountForEditing(MinorUnits amount, const QLocale& locale)
{
    QString text = money::format(amount);
    text.replace(QLatin1Char('.'), locale.decimalPoint());
    return text;
}

} // namespace allot
