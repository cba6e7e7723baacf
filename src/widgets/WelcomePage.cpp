#include "widgets/WelcomePage.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace allot {

namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIconSize(QSize(24, 24));
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QAction* newBudget, QAction* openBudget, QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("No budget is open"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto* text = new QLabel(tr("A budget is one file that keeps a household's people, accounts, "
                               "envelopes and entries. Create a new one, or open one you keep "
                               "already."),
                            this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(newBudget, this));
    buttons->addWidget(buttonFor(openBudget, this));
    buttons->addStretch();

    m_recentLabel = new QLabel(tr("&Recent budgets:"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentBudgetsList"));
    m_recent->setAccessibleName(tr("Recent budgets"));
    m_recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentChosen(item->data(Qt::UserRole).toString());
    });

    // At most eight recent files high, so that the page stays a block in the middle.
    m_recent->setMaximumHeight(m_recent->sizeHintForRow(0) > 0 ? 8 * m_recent->sizeHintForRow(0) + 8
                                                               : 8 * (fontMetrics().height() + 6));
    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent);
    column->addStretch(2);

    // A readable column in the middle of a wide window.
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    setRecent({});
}

void WelcomePage::setRecent(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
    }
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
    if (!paths.isEmpty())
        m_recent->setCurrentRow(0);
}

} // namespace allot
