#include "formats/LongText.h"

#include <QCoreApplication>

namespace allot::formats {

namespace {

// Cut when cleaned it is longer than the budget keeps (cleaning never lengthens a text).
bool isCut(const QString& text)
{
    return text.size() > kMaxImportedText && cleanImportedText(text).size() > kMaxImportedText;
}

} // namespace

QString cleanImportedText(const QString& text)
{
    QString clean = text;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        if (clean.at(i).category() == QChar::Other_Control)
            clean[i] = QLatin1Char(' ');
    }
    return clean.simplified();
}

void noteLongTexts(const QVector<ImportedTransaction>& transactions, QStringList& warnings,
                   RecordName name)
{
    const auto note = [&](const ImportedTransaction& t, const QString& field, const QString& text) {
        const QString record =
            name == RecordName::Transaction
                ? QCoreApplication::translate("allot", "Transaction %1").arg(t.line)
                : QCoreApplication::translate("allot", "Line %1").arg(t.line);
        warnings << QCoreApplication::translate(
                        "allot", "%1: the %2 is %3 characters long; only its first %4 are kept.")
                        .arg(record, field)
                        .arg(text.size())
                        .arg(kMaxImportedText);
    };
    for (const ImportedTransaction& t : transactions) {
        if (isCut(t.payee))
            note(t, QCoreApplication::translate("allot", "payee"), t.payee);
        if (isCut(t.memo))
            note(t, QCoreApplication::translate("allot", "memo"), t.memo);
        for (qsizetype i = 0; i < t.splits.size(); ++i) {
            if (isCut(t.splits.at(i).memo))
                note(t, QCoreApplication::translate("allot", "memo of split part %1").arg(i + 1),
                     t.splits.at(i).memo);
        }
    }
}

} // namespace allot::formats
