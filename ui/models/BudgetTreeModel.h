// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetLoader.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

// A budget version as the editor shows it (issue 6): the template's headings as a tree,
// each with its subtotal, the lines under their headings, editable in place, and the
// template's totals lines after the headings. An edit goes to the file as one undo step and
// updates every total at once; an undo, an import or an edit elsewhere reloads the version.
class BudgetTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Item, // heading code and name; a line's description
        Partner,
        Year,
        Unit,
        Quantity,
        UnitCost,
        Currency,
        Amount,
        Rate,
        DonorPct,
        OtherPct, // other donors' share
        InKindPct,
        Heading, // a line's heading code (to move it)
        ColumnCount
    };
    // Whether column holds numbers (right-aligned).
    static bool isNumeric(int column);
    enum Role
    {
        LineIdRole = Qt::UserRole + 1,
        // For a cell edited by choosing: a list of [text, value] pairs.
        ChoicesRole,
        // For the year column: the number of years the proposal runs.
        YearsRole
    };

    explicit BudgetTreeModel(QObject *parent = nullptr);
    ~BudgetTreeModel() override;

    void setStore(core::Store *store);
    // Shows a version (0: none). Fails with the reason when it cannot be read.
    core::Status setVersion(qint64 versionId);
    qint64 versionId() const;
    // The version shown, computed; nullptr when none.
    const core::LoadedBudget *budget() const;
    // Whether lines may be edited: a file open for writing and a version not locked.
    bool isEditable() const;

    QModelIndex indexOfLine(qint64 lineId) const;
    qint64 lineId(const QModelIndex &index) const;
    // The leaf heading at or above index, or "" (where a new line goes).
    QString headingAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Line cells set to values (as setData takes them) in one undo step named actionText:
    // a fill down, cells cleared; setData is one cell of it. Nothing changes when one value
    // does not fit its cell.
    bool setCells(const QModelIndexList &cells, const QVariantList &values,
                  const QString &actionText);
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // The totals changed (an edit) or the version was read again.
    void recomputed();
    // An edit could not be made; the message says why.
    void errorOccurred(const QString &message);

private:
    struct Node;

    void reload();
    void rebuild();
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column) const;
    QVariant lineData(const Node &node, int column, int role) const;
    QVariant choices(int column) const;
    // The line at index with column set from value, or the reason it cannot be.
    core::Result<core::BudgetLine> edited(const core::BudgetLine &line, int column,
                                          const QVariant &value) const;
    void amountsChanged(const Node *node);

    core::Store *m_store = nullptr;
    std::optional<core::LoadedBudget> m_budget;
    qint64 m_versionId = 0;
    bool m_ownEdit = false;
    std::unique_ptr<Node> m_root;
    std::vector<std::unique_ptr<Node>> m_nodes;
};

} // namespace ui
} // namespace hamkor
