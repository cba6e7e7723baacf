#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/SqliteFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< One, or one per plural form.
    bool unfinished = false;
};

QVector<Message> readCatalogue(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QVector<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                continue;
            // Either text, or numerusform children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyCatalogueIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(ALLOT_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("allot_*.ts")});
        QVERIFY(files.contains(QStringLiteral("allot_de.ts")));
        QVERIFY(files.contains(QStringLiteral("allot_fr.ts")));
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void everyCatalogueIsComplete()
    {
        QFETCH(QString, path);
        QString error;
        const QVector<Message> messages = readCatalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 300);
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
            if (m.unfinished)
                problems << where + QStringLiteral(" is unfinished");
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << where + QStringLiteral(" has an empty translation");
                else if (placeholders(t) != placeholders(m.source) &&
                         !(placeholders(m.source).contains(QStringLiteral("%n")) &&
                           placeholders(t) + QSet<QString>{QStringLiteral("%n")} ==
                               placeholders(m.source)))
                    problems << where + QStringLiteral(" changes the placeholders: \"%1\"").arg(t);
                if (m.source.contains(QLatin1Char('&')) &&
                    !m.source.contains(QLatin1String("&&")) && t.count(QLatin1Char('&')) != 1)
                    problems << where +
                                    QStringLiteral(" needs exactly one mnemonic: \"%1\"").arg(t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Messages built in helper functions reach the user translated: the context each helper
    // asks for at run time is the one lupdate recorded for it.
    void helperMessagesAreTranslatedAtRunTime()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral("allot_de"), QStringLiteral(ALLOT_QM_DIR)));
        QCoreApplication::installTranslator(&german);
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.allot"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto opened = allot::Database::open(empty);
        const allot::Status restored = allot::backups::restore(
            dir.filePath(QStringLiteral("b.allot")), dir.filePath(QStringLiteral("none")));
        // A member function's messages: lupdate files them under the class unless told.
        allot::OpenOptions create;
        create.createIfMissing = true;
        const QString budget = dir.filePath(QStringLiteral("open.allot"));
        auto open = allot::Database::open(budget, create);
        QVERIFY(open.ok());
        auto held = allot::sqlitefiles::ExclusiveHold::take(budget, 0);
        // A message of the dialect's schema check, built outside the class.
        {
            QSqlQuery q(open.value()->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE VIEW mine AS SELECT 1")));
        }
        auto schema = open.value()->dialect().schemaProblems(open.value()->connection(),
                                                             open.value()->migrations());
        QCoreApplication::removeTranslator(&german);
        QVERIFY(schema.ok());
        QVERIFY2(schema->join(QLatin1Char('\n')).contains(QStringLiteral("stammt nicht von Allot")),
                 qPrintable(schema->join(QLatin1Char('\n'))));
        QVERIFY(!held.ok());
        QVERIFY2(held.error().message.contains(QStringLiteral("in einem anderen Programm")),
                 qPrintable(held.error().message));
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QStringLiteral("ist leer")),
                 qPrintable(opened.error().message));
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(QStringLiteral("Sicherung existiert nicht")),
                 qPrintable(restored.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
