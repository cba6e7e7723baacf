#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace allot {

/// \brief What the command line asked of the window: `allot [FILE] [--lang CODE]`.
struct StartupOptions
{
    QString file;     ///< Empty: the last file used, else the default budget.
    QString language; ///< Empty: the system's.
    QString error;    ///< Set when the arguments could not be understood.
};

/// Parses the command line; call it after installTranslations(), so that --help is translated.
StartupOptions parseStartupArguments(const QStringList& arguments);

/// The value of --lang CODE or --lang=CODE in \a arguments (empty if none), read before the
/// full parse so that the help and the parser's own messages come out in that language.
QString languageArgument(const QStringList& arguments);

/// Registers the icons compiled into the library (a static library's resources need this).
void initResources();

/// Loads Qt's own translations and Allot's for \a language (e.g. "de", "fr_CA"; empty: the
/// system's). Allot's come from the installed folder beside the program
/// (bin/../share/allot/translations) when it has them, else from those compiled in.
/// Returns whether Allot's own translation was found (English needs none).
bool installTranslations(QCoreApplication& app, const QString& language);

/// The file to open: the one given, else the last one used if it still exists, else the
/// default budget in the user's data folder. \a create tells whether it may be created.
QString chooseStartupFile(const StartupOptions& options, bool* create);

} // namespace allot
