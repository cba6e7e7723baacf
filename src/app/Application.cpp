#include "app/Application.h"

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initAllotResources()
{
    Q_INIT_RESOURCE(allot);
}

namespace allot {

void initResources()
{
    initAllotResources();
}

QString languageArgument(const QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option)
            return arguments.value(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

StartupOptions parseStartupArguments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("allot::Application", "Household budgeting"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(
        QStringList{QStringLiteral("lang")},
        QCoreApplication::translate("allot::Application", "Language of the window, e.g. de or fr."),
        QStringLiteral("CODE"));
    parser.addOption(lang);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("allot::Application", "The budget to open."));
    StartupOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.positionalArguments().size() > 1) {
        options.error =
            QCoreApplication::translate("allot::Application", "Give at most one budget file.");
        return options;
    }
    options.file = parser.positionalArguments().value(0);
    options.language = parser.value(lang);
    return options;
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtPath))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/" ALLOT_TRANSLATIONS_FROM_BIN);
    for (const QString& folder : {installed, QStringLiteral(":/i18n")}) {
        auto* own = new QTranslator(&app);
        if (own->load(locale, QStringLiteral("allot"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(own);
            return true;
        }
        delete own;
    }
    return false;
}

QString chooseStartupFile(const StartupOptions& options, bool* create)
{
    *create = false;
    if (!options.file.isEmpty())
        return options.file;
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
        return recent.first();
    const QString path = Database::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    *create = true;
    return path;
}

} // namespace allot
