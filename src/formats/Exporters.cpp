#include "formats/Exporters.h"

#include "core/Money.h"

namespace allot::formats {

QString csvCell(const QString& text)
{
    QString cell = text;
    // OWASP's rule for CSV injection: these first characters make spreadsheets evaluate a cell.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.at(0)))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
        cell != cell.trimmed()) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QByteArray writeCsv(const QVector<Entry>& entries)
{
    QString out = QStringLiteral("Date,Account,Payee,Category,Memo,Amount\r\n");
    const auto row = [&](const Entry& e, const QString& account, const QString& payee) {
        // Amounts are numbers, not text: they are written plain and never prefixed.
        out += QStringList{e.date.toString(Qt::ISODate), csvCell(account), csvCell(payee),
                           csvCell(e.categoryName),      csvCell(e.memo),  money::format(e.amount)}
                   .join(QLatin1Char(','));
        out += QStringLiteral("\r\n");
    };
    for (const Entry& e : entries) {
        if (e.kind == EntryKind::Split) {
            for (const Entry& part : e.parts)
                row(part, e.accountName, e.payee);
        } else {
            row(e, e.accountName, e.payee);
        }
    }
    return out.toUtf8();
}

QByteArray writeQif(const QVector<Entry>& entries)
{
    QString out = QStringLiteral("!Type:Bank\n");
    // QIF has no quoting: a line break inside a field would start a new field.
    const auto field = [](const QString& text) { return text.simplified(); };
    for (const Entry& e : entries) {
        out += QStringLiteral("D%1\n").arg(e.date.toString(Qt::ISODate));
        out += QStringLiteral("T%1\n").arg(money::format(e.amount));
        if (!e.payee.isEmpty())
            out += QStringLiteral("P%1\n").arg(field(e.payee));
        if (!e.memo.isEmpty())
            out += QStringLiteral("M%1\n").arg(field(e.memo));
        if (e.kind == EntryKind::Split) {
            for (const Entry& part : e.parts) {
                out += QStringLiteral("S%1\n").arg(field(part.categoryName));
                if (!part.memo.isEmpty())
                    out += QStringLiteral("E%1\n").arg(field(part.memo));
                out += QStringLiteral("$%1\n").arg(money::format(part.amount));
            }
        } else if (!e.categoryName.isEmpty()) {
            out += QStringLiteral("L%1\n").arg(field(e.categoryName));
        }
        out += QStringLiteral("^\n");
    }
    return out.toUtf8();
}

} // namespace allot::formats
