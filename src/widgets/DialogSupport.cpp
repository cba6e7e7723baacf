#include "widgets/DialogSupport.h"

#include "actions/BudgetQueries.h"
#include "models/BudgetSession.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace allot {

int fillCategories(QComboBox& combo, BudgetSession& session, RowId personId, RowId selected)
{
    combo.clear();
    if (!session.isOpen() || personId == 0)
        return 0;
    auto categories = queries::categories(session.database(), personId);
    if (!categories) {
        session.errors().report(
            QCoreApplication::translate("allot::DialogSupport", "List the categories"),
            categories.error());
        return 0;
    }
    for (const Category& c : *categories) {
        combo.addItem(c.name, c.id);
        if (c.id == selected)
            combo.setCurrentIndex(combo.count() - 1);
    }
    return combo.count();
}

int fillAccounts(QComboBox& combo, BudgetSession& session, bool allowNone, RowId selected)
{
    combo.clear();
    if (allowNone)
        combo.addItem(QCoreApplication::translate("allot::DialogSupport", "No account"), RowId(0));
    if (!session.isOpen())
        return combo.count();
    auto accounts = queries::accounts(session.database());
    if (!accounts) {
        session.errors().report(
            QCoreApplication::translate("allot::DialogSupport", "List the accounts"),
            accounts.error());
        return combo.count();
    }
    for (const Account& a : *accounts) {
        combo.addItem(a.name, a.id);
        if (a.id == selected)
            combo.setCurrentIndex(combo.count() - 1);
    }
    return combo.count();
}

RowId selectedId(const QComboBox& combo)
{
    return combo.currentIndex() < 0 ? 0 : combo.currentData().toLongLong();
}

BelowZeroAnswer askBelowZero(const Result<std::optional<BelowZero>>& below, BudgetSession& session,
                             QWidget* parent)
{
    if (!below || !*below)
        return BelowZeroAnswer::NotAsked;
    const BelowZero& b = **below;
    const DisplayFormat& f = session.format();
    QMessageBox box(QMessageBox::Warning,
                    QCoreApplication::translate("allot::DialogSupport", "Below Zero"),
                    QCoreApplication::translate("allot::DialogSupport", "This takes %1 below zero.")
                        .arg(belowzero::accountText(b.account)),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("belowZeroBox"));
    box.setInformativeText(
        QCoreApplication::translate("allot::DialogSupport",
                                    "It has %1; afterwards it would have %2. Record it anyway?")
            .arg(f.money(b.account.balance), f.money(b.after)));
    QPushButton* record =
        box.addButton(QCoreApplication::translate("allot::DialogSupport", "&Record Anyway"),
                      QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton*>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == record ? BelowZeroAnswer::Record : BelowZeroAnswer::Cancel;
}

void fitHeightToWrappedText(QWidget& window)
{
    QLayout* layout = window.layout();
    if (!layout || !layout->hasHeightForWidth())
        return;
    layout->activate();
    const int needed = layout->totalHeightForWidth(window.width());
    if (window.minimumHeight() != needed)
        window.setMinimumHeight(needed);
    if (window.height() < needed)
        window.resize(window.width(), needed);
}

} // namespace allot
