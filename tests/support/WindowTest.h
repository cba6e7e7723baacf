#pragma once

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QStringList>
#include <QTest>
#include <QTimer>

#include <functional>

namespace allot::test {

/// Runs \a handle on the first modal dialog of type D that opens (polling, as a dialog's
/// exec() starts its own event loop), then makes sure it is closed. Returns a flag that is set
/// once the handler ran, for the caller to check after the call that opened the dialog.
template <typename D>
std::shared_ptr<bool> whenDialogOpens(std::function<void(D*)> handle, int timeoutMs = 10000)
{
    auto ran = std::make_shared<bool>(false);
    auto* timer = new QTimer;
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, handle, ran, elapsed, timeoutMs] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
            *ran = true;
            if (dialog->isVisible())
                dialog->reject(); // never leave a test hanging in exec()
        } else if (elapsed->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            if (auto* other = QApplication::activeModalWidget())
                other->close();
        }
    });
    timer->start();
    return ran;
}

/// Answers the next message box with its button of \a role (DestructiveRole: "Delete" in a
/// question before deleting); \a text, when given, receives the question and its details.
inline std::shared_ptr<bool> answerNextQuestion(QMessageBox::ButtonRole role,
                                                QString* text = nullptr)
{
    return whenDialogOpens<QMessageBox>([role, text](QMessageBox* box) {
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* button : box->buttons())
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
    });
}

/// Every row's display text, depth first, for comparing what a view shows before and after.
inline QStringList modelContents(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(parent); ++c)
            cells << model.index(r, c, parent).data().toString();
        rows << cells.join(QLatin1Char('|'));
        const QModelIndex child = model.index(r, 0, parent);
        if (model.hasChildren(child))
            for (const QString& line : modelContents(model, child))
                rows << QStringLiteral("  ") + line;
    }
    return rows;
}

} // namespace allot::test
