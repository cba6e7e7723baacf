#pragma once

#include "core/BudgetTypes.h"

#include <QAbstractTableModel>

namespace allot {

class BudgetSession;

/// \brief The household's accounts with their balances.
class AccountModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Balance, ColumnCount };
    enum Role { AmountRole = Qt::UserRole + 1, AccountIdRole };

    explicit AccountModel(BudgetSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QVector<Account>& accounts() const { return m_rows; }
    /// The kind of an account in words, in the window's language.
    static QString kindText(AccountKind kind);

public slots:
    void reload();

private:
    BudgetSession& m_session;
    QVector<Account> m_rows;
};

} // namespace allot
