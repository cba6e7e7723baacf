#include "widgets/MergeDialog.h"

#include "actions/CategoryActions.h"
#include "models/BudgetSession.h"
#include "ui_MergeDialog.h"
#include "widgets/DialogSupport.h"

#include <QPushButton>
#include <QResizeEvent>
#include <QShowEvent>

namespace allot {

MergeDialog::MergeDialog(BudgetSession& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MergeDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Merge Categories"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    fillCategories(*m_ui->fromCategoryCombo, m_session, m_session.personId());
    fillCategories(*m_ui->toCategoryCombo, m_session, m_session.personId());
    if (m_ui->toCategoryCombo->count() > 1)
        m_ui->toCategoryCombo->setCurrentIndex(1);
    connect(m_ui->fromCategoryCombo, &QComboBox::currentIndexChanged, this,
            &MergeDialog::updatePreview);
    connect(m_ui->toCategoryCombo, &QComboBox::currentIndexChanged, this,
            &MergeDialog::updatePreview);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    updatePreview();
}

MergeDialog::~MergeDialog() = default;

void MergeDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeightToWrappedText(*this);
}

void MergeDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeightToWrappedText(*this);
}

void MergeDialog::updatePreview()
{
    const RowId from = selectedId(*m_ui->fromCategoryCombo);
    const RowId to = selectedId(*m_ui->toCategoryCombo);
    QString problem;
    if (from == 0 || to == 0)
        problem = tr("Choose the category to merge and the one to keep.");
    else if (from == to)
        problem = tr("Choose two different categories.");
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_ui->previewLabel->clear();
        fitHeightToWrappedText(*this);
        return;
    }
    auto preview = categories::previewMerge(m_session.database(), from);
    if (!preview) {
        m_ui->previewLabel->setText(preview.error().message);
        fitHeightToWrappedText(*this);
        return;
    }
    // Counts as "entries 3" read right in every language without plural rules.
    m_ui->previewLabel->setText(
        tr("Moves to %1: entries %2, budget moves %3, monthly budget %4. Then %5 is deleted.")
            .arg(m_ui->toCategoryCombo->currentText())
            .arg(preview->entries)
            .arg(preview->budgetMoves)
            .arg(m_session.format().money(preview->monthlyBudget))
            .arg(m_ui->fromCategoryCombo->currentText()));
    fitHeightToWrappedText(*this);
}

void MergeDialog::accept()
{
    const RowId person = m_session.personId();
    const RowId from = selectedId(*m_ui->fromCategoryCombo);
    const RowId to = selectedId(*m_ui->toCategoryCombo);
    if (m_session.perform(tr("Merge the categories"),
                          [&](Database& db) { return categories::merge(db, person, from, to); }))
        QDialog::accept();
    else
        updatePreview();
}

} // namespace allot
