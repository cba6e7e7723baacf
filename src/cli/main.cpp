#include "cli/CliApp.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Allot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLOT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = allot::cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
