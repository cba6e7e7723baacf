#include "widgets/HouseholdDialog.h"

#include "actions/BudgetQueries.h"
#include "actions/CategoryActions.h"
#include "actions/HouseholdActions.h"
#include "actions/Lookup.h"
#include "models/BudgetSession.h"
#include "ui_HouseholdDialog.h"
#include "widgets/AmountEdit.h"
#include "widgets/DialogSupport.h"

#include <QMessageBox>
#include <QPushButton>

namespace allot {

HouseholdDialog::HouseholdDialog(BudgetSession& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HouseholdDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    for (const auto& [kind, label] :
         {std::pair{AccountKind::Checking, tr("Checking")},
          std::pair{AccountKind::Savings, tr("Savings")}, std::pair{AccountKind::Cash, tr("Cash")},
          std::pair{AccountKind::Credit, tr("Credit card")}})
        m_ui->accountKindCombo->addItem(label, accountKindName(kind));
    connect(m_ui->addPersonButton, &QPushButton::clicked, this, &HouseholdDialog::addPerson);
    connect(m_ui->personNameLineEdit, &QLineEdit::returnPressed, this, &HouseholdDialog::addPerson);
    connect(m_ui->deletePersonButton, &QPushButton::clicked, this, &HouseholdDialog::deletePerson);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &HouseholdDialog::addAccount);
    connect(m_ui->addCategoryButton, &QPushButton::clicked, this, &HouseholdDialog::addCategory);
    connect(m_ui->deleteCategoryButton, &QPushButton::clicked, this,
            &HouseholdDialog::deleteCategory);
    connect(m_ui->applyCurrencyButton, &QPushButton::clicked, this,
            &HouseholdDialog::applyCurrency);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &HouseholdDialog::reject);
    connect(&m_session, &BudgetSession::changed, this, &HouseholdDialog::reload);
    reload();
}

HouseholdDialog::~HouseholdDialog() = default;

void HouseholdDialog::reload()
{
    m_ui->peopleList->clear();
    m_ui->accountsList->clear();
    m_ui->categoriesList->clear();
    if (!m_session.isOpen())
        return;
    if (auto people = queries::people(m_session.database())) {
        for (const Person& p : *people) {
            auto* item = new QListWidgetItem(p.name, m_ui->peopleList);
            item->setData(Qt::UserRole, p.id);
        }
    }
    if (auto accounts = queries::accounts(m_session.database())) {
        for (const Account& a : *accounts) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 — %2").arg(a.name, m_session.format().money(a.balance)),
                m_ui->accountsList);
            item->setData(Qt::UserRole, a.id);
        }
    }
    QString personName;
    if (auto person = lookup::personById(m_session.database().engine(), m_session.personId()))
        personName = person->name;
    m_ui->categoriesPersonLabel->setText(
        personName.isEmpty() ? tr("Add a person first.") : tr("Categories of %1").arg(personName));
    if (auto categories = queries::categories(m_session.database(), m_session.personId())) {
        for (const Category& c : *categories) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 — %2").arg(c.name, m_session.format().money(c.monthlyBudget)),
                m_ui->categoriesList);
            item->setData(Qt::UserRole, c.id);
        }
    }
    fillCategories(*m_ui->moveToCombo, m_session, m_session.personId());
    m_ui->moveToCombo->insertItem(0, tr("(nothing: refuse if used)"), RowId(0));
    m_ui->moveToCombo->setCurrentIndex(0);
    if (auto code = household::currency(m_session.database());
        code && !m_ui->currencyLineEdit->hasFocus())
        m_ui->currencyLineEdit->setText(*code);
}

void HouseholdDialog::addPerson()
{
    const QString name = m_ui->personNameLineEdit->text();
    RowId added = 0;
    if (m_session.perform(tr("Add a person"), [&](Database& db) {
            auto id = household::addPerson(db, name);
            added = id ? *id : 0;
            return id;
        })) {
        m_ui->personNameLineEdit->clear();
        if (m_session.personId() == 0)
            m_session.setPersonId(added);
    }
}

void HouseholdDialog::deletePerson()
{
    QListWidgetItem* item = m_ui->peopleList->currentItem();
    if (!item)
        return;
    const RowId id = item->data(Qt::UserRole).toLongLong();
    const auto answer = QMessageBox::question(
        this, tr("Delete Person"),
        tr("Delete %1 with all their categories and entries? You can undo it.").arg(item->text()));
    if (answer != QMessageBox::Yes)
        return;
    m_session.perform(tr("Delete the person"),
                      [&](Database& db) { return household::deletePerson(db, id); });
}

void HouseholdDialog::addAccount()
{
    MinorUnits opening = 0;
    if (!m_ui->openingLineEdit->text().trimmed().isEmpty()) {
        auto parsed = parseTypedAmount(m_ui->openingLineEdit->text(), m_session.format().locale());
        if (!parsed) {
            m_session.errors().report(tr("Add the account"), parsed.error());
            return;
        }
        opening = *parsed;
    }
    const QString name = m_ui->accountNameLineEdit->text();
    const auto kind = accountKindFromName(m_ui->accountKindCombo->currentData().toString())
                          .value_or(AccountKind::Checking);
    if (m_session.perform(tr("Add the account"), [&](Database& db) {
            return household::addAccount(db, name, kind, opening);
        })) {
        m_ui->accountNameLineEdit->clear();
        m_ui->openingLineEdit->clear();
    }
}

void HouseholdDialog::addCategory()
{
    MinorUnits budget = 0;
    if (!m_ui->budgetLineEdit->text().trimmed().isEmpty()) {
        auto parsed = parseTypedAmount(m_ui->budgetLineEdit->text(), m_session.format().locale());
        if (!parsed) {
            m_session.errors().report(tr("Add the category"), parsed.error());
            return;
        }
        budget = *parsed;
    }
    const QString name = m_ui->categoryNameLineEdit->text();
    const RowId person = m_session.personId();
    if (m_session.perform(tr("Add the category"), [&](Database& db) {
            return household::addCategory(db, person, name, budget);
        })) {
        m_ui->categoryNameLineEdit->clear();
        m_ui->budgetLineEdit->clear();
    }
}

void HouseholdDialog::deleteCategory()
{
    QListWidgetItem* item = m_ui->categoriesList->currentItem();
    if (!item)
        return;
    const RowId id = item->data(Qt::UserRole).toLongLong();
    const RowId moveTo = selectedId(*m_ui->moveToCombo);
    m_session.perform(tr("Delete the category"),
                      [&](Database& db) { return categories::remove(db, id, moveTo); });
}

void HouseholdDialog::applyCurrency()
{
    const QString code = m_ui->currencyLineEdit->text();
    m_session.perform(tr("Change the currency"),
                      [&](Database& db) { return household::setCurrency(db, code); });
}

} // namespace allot
