#include "widgets/LongWorkDialog.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace allot {

LongWorkDialog::LongWorkDialog(const QString& attempted, QWidget* parent)
    : m_attempted(attempted), m_parent(parent)
{
    m_running.start();
}

LongWorkDialog::~LongWorkDialog()
{
    delete m_dialog;
}

bool LongWorkDialog::keepGoing()
{
    if (m_running.elapsed() < kDelayMs)
        return true;
    if (!m_dialog) {
        m_dialog = new QProgressDialog(
            QCoreApplication::translate("allot::LongWorkDialog", "%1…").arg(m_attempted),
            QCoreApplication::translate("allot::LongWorkDialog", "Cancel"), 0, 0, m_parent);
        m_dialog->setObjectName(QStringLiteral("longWorkDialog"));
        m_dialog->setWindowTitle(QCoreApplication::translate("allot::LongWorkDialog", "Working"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->show();
    }
    // The dialog is modal, so only its Cancel button and painting get through here.
    QCoreApplication::processEvents();
    return !m_dialog->wasCanceled();
}

} // namespace allot
