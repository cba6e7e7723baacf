#include "widgets/ErrorDialog.h"

#include "models/ErrorReporter.h"

#include <QMessageBox>

namespace allot {

ErrorDialogPresenter::ErrorDialogPresenter(ErrorReporter& reporter, QWidget* parentWindow)
    : QObject(parentWindow), m_parent(parentWindow)
{
    connect(&reporter, &ErrorReporter::reported, this, &ErrorDialogPresenter::present);
}

QMessageBox* ErrorDialogPresenter::createDialog(const QString& attempted, const Error& error,
                                                QWidget* parent)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setIcon(error.kind == ErrorKind::Refused || error.kind == ErrorKind::NotFound
                     ? QMessageBox::Warning
                     : QMessageBox::Critical);
    box->setWindowTitle(tr("%1 failed").arg(attempted));
    // A sentence starts with a capital, unless it starts with a file's name as written
    // ("f.allot is empty" is not about "F.allot").
    QString why = error.message;
    const QString firstWord = why.section(QLatin1Char(' '), 0, 0);
    const bool startsWithAName = firstWord.contains(QLatin1Char('.')) ||
                                 firstWord.contains(QLatin1Char('/')) ||
                                 firstWord.contains(QLatin1Char('\\'));
    if (!why.isEmpty() && !startsWithAName)
        why[0] = why[0].toUpper();
    box->setText(why);
    QString advice;
    switch (error.kind) {
    case ErrorKind::Busy:
        advice = tr("Another program is using the budget. Try again in a moment.");
        break;
    case ErrorKind::Storage:
        advice = tr("Check that the disk has free space and can be written to.");
        break;
    case ErrorKind::Corrupt:
        advice = tr("The file is damaged. Restore it from a backup.");
        break;
    case ErrorKind::TimedOut:
        advice = tr("The action was stopped before it finished.");
        break;
    case ErrorKind::Detached:
        advice = tr("The budget has been opened again as it is on disk; repeat the action.");
        break;
    default:
        break;
    }
    box->setInformativeText(advice.isEmpty() ? tr("Nothing was changed.")
                                             : tr("Nothing was changed. %1").arg(advice));
    QString detail = error.detail;
    detail += QStringLiteral("\n%1: %2").arg(tr("Kind"), error.kindName());
    if (error.nativeCode != 0)
        detail += QStringLiteral("\n%1: %2").arg(tr("Database code")).arg(error.nativeCode);
    box->setDetailedText(detail.trimmed());
    box->setStandardButtons(QMessageBox::Ok);
    return box;
}

void ErrorDialogPresenter::present(const QString& attempted, const Error& error)
{
    // One dialog at a time: a failure reported while one is open (a view refreshing behind
    // it) must not stack a second modal box.
    // A cancelled action was the user's own choice: it needs no error dialog.
    if (!m_enabled || m_showing || error.kind == ErrorKind::Cancelled)
        return;
    m_showing = true;
    QMessageBox* box = createDialog(attempted, error, m_parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    // open(), not exec(): no event loop runs inside the action that failed, and reports that
    // arrive while the box is up (a refresh failing in every view) do not stack more boxes.
    connect(box, &QDialog::finished, this, [this] { m_showing = false; });
    box->open();
}

} // namespace allot
