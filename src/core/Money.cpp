#include "core/Money.h"

#include <QCoreApplication>

namespace allot::money {

Result<MinorUnits> parse(const QString& input)
{
    const QString text = input.trimmed();
    const auto refuse = [&](const QString& why) {
        return Error::refused(
            QCoreApplication::translate("allot", "\"%1\" is not an amount: %2").arg(input, why));
    };
    if (text.isEmpty())
        return Error::refused(QCoreApplication::translate("allot", "The amount is empty"));

    qsizetype pos = 0;
    bool negative = false;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QLatin1Char('+')) {
        negative = text.at(0) == QLatin1Char('-');
        pos = 1;
    }
    // Whole units and up to two decimals, accumulated in integers only.
    MinorUnits units = 0;
    int wholeDigits = 0;
    for (; pos < text.size() && text.at(pos).isDigit(); ++pos) {
        if (text.at(pos) > QLatin1Char('9'))
            return refuse(QCoreApplication::translate("allot", "use the digits 0-9"));
        ++wholeDigits;
        units = units * 10 + (text.at(pos).unicode() - '0');
        if (units > kMaxAmount / 100)
            return refuse(
                QCoreApplication::translate("allot", "it is larger than the largest amount, %1")
                    .arg(format(kMaxAmount)));
    }
    int decimals = 0;
    MinorUnits fraction = 0;
    if (pos < text.size() && text.at(pos) == QLatin1Char('.')) {
        ++pos;
        for (; pos < text.size() && text.at(pos).isDigit(); ++pos) {
            if (text.at(pos) > QLatin1Char('9'))
                return refuse(QCoreApplication::translate("allot", "use the digits 0-9"));
            if (++decimals > 2)
                return refuse(
                    QCoreApplication::translate("allot", "it has more than two decimals"));
            fraction = fraction * 10 + (text.at(pos).unicode() - '0');
        }
        if (decimals == 0 && wholeDigits == 0)
            return refuse(QCoreApplication::translate("allot", "it has no digits"));
    }
    if (pos < text.size()) {
        if (text.at(pos) == QLatin1Char(','))
            return refuse(QCoreApplication::translate(
                "allot", "write the decimals after a dot, as in 12.50"));
        return refuse(
            QCoreApplication::translate("allot", "unexpected character '%1' at position %2")
                .arg(text.at(pos))
                .arg(pos + 1));
    }
    if (wholeDigits == 0 && decimals == 0)
        return refuse(QCoreApplication::translate("allot", "it has no digits"));
    if (decimals == 1)
        fraction *= 10;
    const MinorUnits amount = units * 100 + fraction;
    if (amount > kMaxAmount)
        return refuse(
            QCoreApplication::translate("allot", "it is larger than the largest amount, %1")
                .arg(format(kMaxAmount)));
    return negative ? -amount : amount;
}

Result<MinorUnits> parsePositive(const QString& text)
{
    auto amount = parse(text);
    if (!amount)
        return amount;
    if (*amount <= 0)
        return Error::refused(
            QCoreApplication::translate("allot", "\"%1\" is not an amount above zero")
                .arg(text.trimmed()));
    return amount;
}

QString format(MinorUnits amount)
{
    // Negate through unsigned arithmetic so that the smallest qint64 cannot overflow.
    const bool negative = amount < 0;
    const quint64 magnitude =
        negative ? quint64(0) - static_cast<quint64>(amount) : static_cast<quint64>(amount);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace allot::money
