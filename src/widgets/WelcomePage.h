#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;

namespace allot {

/// \brief What the window shows while no budget is open: that none is, and the ways to one
/// (a new budget, an existing one, a recent one).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(QAction* newBudget, QAction* openBudget, QWidget* parent = nullptr);

    /// The recent budgets, newest first; the list is hidden when there are none.
    void setRecent(const QStringList& paths);

signals:
    void recentChosen(const QString& path);

private:
    QLabel* m_recentLabel = nullptr;
    QListWidget* m_recent = nullptr;
};

} // namespace allot
