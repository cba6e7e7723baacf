#pragma once

#include "actions/RegisterQuery.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <memory>

namespace allot {

class BudgetSession;

/// \brief The register: the month's entries, with the parts of each split as its children.
///
/// Rows are read a page at a time through RegisterQuery's keyset queries and only a window of
/// pages is kept, so a register of a million entries opens at once and stays small. Every page
/// is a finished query: nothing is left open between pages. The model resets from the
/// session's changed() signal, which fires only after a commit.
class RegisterModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Date, Account, Payee, Category, Amount, Memo, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, AmountRole, KindRole };

    static constexpr int kPageSize = 200;
    static constexpr int kPagesKept = 16;

    explicit RegisterModel(BudgetSession& session, QObject* parent = nullptr);
    ~RegisterModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString& text);
    void setCategoryFilter(RowId categoryId);
    /// Whole register instead of the session's month.
    void setAllMonths(bool all);

    /// The entry on a top-level row, read from its page (for dialogs).
    const Entry* entryAt(const QModelIndex& index) const;
    /// The top-level row of entry \a id, invalid when the register does not show it.
    QModelIndex indexOfEntry(RowId id) const;
    /// How many pages are held now (for tests and benchmarks).
    int pagesHeld() const { return int(m_pages.size()); }

public slots:
    void reload();

private:
    const Entry* topLevel(int row) const;
    const QVector<Entry>* partsOf(int row) const;
    QString categoryText(const Entry& e) const;

    BudgetSession& m_session;
    RegisterFilter m_filter;
    bool m_allMonths = false;
    int m_count = 0;
    // Caches are filled from const data(); they do not change what the model shows.
    mutable QHash<int, QVector<Entry>> m_pages;
    mutable QList<int> m_pageOrder;               ///< Least recently used first.
    mutable QHash<int, RegisterKey> m_pageStarts; ///< Key of the row before page p.
    mutable QHash<RowId, QVector<Entry>> m_parts;
    mutable bool m_reportedFailure = false;
};

} // namespace allot
