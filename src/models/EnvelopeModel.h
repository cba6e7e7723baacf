#pragma once

#include "core/BudgetTypes.h"

#include <QAbstractTableModel>

namespace allot {

class BudgetSession;

/// \brief The selected person's envelopes for the selected month: budget, spent, available.
class EnvelopeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Budget, Spent, Available, ColumnCount };
    enum Role {
        AmountRole = Qt::UserRole + 1, ///< The column's amount in minor units.
        FractionRole,                  ///< Spent / (budget + moved), for the bar; may exceed 1.
        OverspentRole,                 ///< True when available is below zero.
        CategoryIdRole,
    };

    explicit EnvelopeModel(BudgetSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QVector<Envelope>& envelopes() const { return m_rows; }
    /// Totals of the month (for the status bar).
    Envelope totals() const;

public slots:
    void reload();

private:
    BudgetSession& m_session;
    QVector<Envelope> m_rows;
};

} // namespace allot
